/**
 * Every path of the message API with the schemas of its query and body. The router validates
 * against this table before any backend sees a request, so local and remote get the same input.
 */
import type * as z from 'zod/mini';
import { backendSettingSchema } from '../backends/backend-setting';
import { phoneAccountSchema } from '../calls/phone-account';
import { logBodySettingsSchema } from '../logging/compose/log-body-settings';
import type { ApiRequest } from './envelope';
import { apiKeyLoginBody, implementedInterfacesQuery, oauthCallbackQuery } from './schemas/auth';
import { callDispositionBody, createCallLogBody, getCallLogQuery, updateCallLogBody } from './schemas/call-log';
import { createContactBody, findContactQuery } from './schemas/contact';
import { getCallsQuery, signInCallbackBody } from './schemas/local';

interface RouteSchemas {
  query?: z.ZodMiniType;
  body?: z.ZodMiniType;
}

export const routes = {
  'POST /apiKeyLogin': { body: apiKeyLoginBody },
  'GET /oauth-callback': { query: oauthCallbackQuery },
  'POST /unAuthorize': {},
  'GET /connection': {},
  'GET /contact': { query: findContactQuery },
  'POST /contact': { body: createContactBody },
  'POST /callLog': { body: createCallLogBody },
  'GET /callLog': { query: getCallLogQuery },
  'PATCH /callLog': { body: updateCallLogBody },
  'PUT /callDisposition': { body: callDispositionBody },
  'GET /implementedInterfaces': { query: implementedInterfacesQuery },
  'GET /backend': {},
  'PUT /backend': { body: backendSettingSchema },
  // Local paths for the extension's own pages; answered by the router, never forwarded.
  'GET /settings/logBody': {},
  'PUT /settings/logBody': { body: logBodySettingsSchema },
  'GET /calls': { query: getCallsQuery },
  'GET /phoneAccount': {},
  'PUT /phoneAccount': { body: phoneAccountSchema },
  'POST /phoneAccount/signIn': {},
  'POST /phoneAccount/signInCallback': { body: signInCallbackBody },
  'POST /phoneAccount/signOut': {},
} as const satisfies Record<string, RouteSchemas>;

/** Paths the router answers itself: settings of this browser, never sent to a backend. */
export const LOCAL_ROUTES = [
  'GET /backend',
  'PUT /backend',
  'GET /settings/logBody',
  'PUT /settings/logBody',
  'GET /calls',
  'GET /phoneAccount',
  'PUT /phoneAccount',
  'POST /phoneAccount/signIn',
  'POST /phoneAccount/signInCallback',
  'POST /phoneAccount/signOut',
] as const satisfies readonly (keyof typeof routes)[];
export type LocalRoute = (typeof LOCAL_ROUTES)[number];

export type RouteKey = keyof typeof routes;

type Parsed<S> = S extends z.ZodMiniType ? z.output<S> : undefined;

/** A request that passed its route's schemas, with the envelope it came in. */
export interface RouteRequest<K extends RouteKey> {
  route: K;
  raw: ApiRequest;
  query: Parsed<(typeof routes)[K] extends { query: infer Q } ? Q : undefined>;
  body: Parsed<(typeof routes)[K] extends { body: infer B } ? B : undefined>;
}

export type AnyRouteRequest = { [K in RouteKey]: RouteRequest<K> }[RouteKey];

export function findRoute(method: string, path: string): RouteKey | undefined {
  const key = `${method} ${path}`;
  return Object.hasOwn(routes, key) ? (key as RouteKey) : undefined;
}
