/**
 * Every path of the message API with the schemas of its query and body. The router validates
 * against this table before any backend sees a request, so local and remote get the same input.
 */
import type * as z from 'zod/mini';
import { putBackendBody } from './schemas/backend-setting';
import { phoneAccountSchema } from './schemas/phone-account';
import { logBodySettingsSchema } from './schemas/log-body-settings';
import type { ApiRequest } from './envelope';
import { apiKeyLoginBody, implementedInterfacesQuery, oauthCallbackQuery } from './schemas/auth';
import { callDispositionBody, createCallLogBody, getCallLogQuery, outboxItemBody, reviewCallLogBody, updateCallLogBody } from './schemas/call-log';
import { createContactBody, findContactQuery } from './schemas/contact';
import { getCallsQuery, oauthSignInBody, putOAuthAppBody, signInCallbackBody } from './schemas/local';

interface RouteSchemas {
  query?: z.ZodMiniType;
  body?: z.ZodMiniType;
  /** Answered by the router itself (local-routes.ts), whatever the backend; never forwarded. */
  local?: true;
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
  'POST /callLog/review': { body: reviewCallLogBody },
  'PUT /callDisposition': { body: callDispositionBody },
  'GET /outbox': {},
  'POST /outbox/retry': { body: outboxItemBody },
  'POST /outbox/discard': { body: outboxItemBody },
  'GET /implementedInterfaces': { query: implementedInterfacesQuery },
  // This browser's own settings and calls, for the extension's pages.
  'GET /backend': { local: true },
  'PUT /backend': { body: putBackendBody, local: true },
  'GET /settings/logBody': { local: true },
  'PUT /settings/logBody': { body: logBodySettingsSchema, local: true },
  'GET /calls': { query: getCallsQuery, local: true },
  'GET /phoneAccount': { local: true },
  'PUT /phoneAccount': { body: phoneAccountSchema, local: true },
  'POST /phoneAccount/signIn': { local: true },
  'POST /phoneAccount/signInCallback': { body: signInCallbackBody, local: true },
  'POST /phoneAccount/signOut': { local: true },
  'GET /settings/oauthApps': { local: true },
  'PUT /settings/oauthApps': { body: putOAuthAppBody, local: true },
  'POST /oauth/signIn': { body: oauthSignInBody, local: true },
} as const satisfies Record<string, RouteSchemas>;

export type RouteKey = keyof typeof routes;
export type LocalRoute = { [K in RouteKey]: (typeof routes)[K] extends { local: true } ? K : never }[RouteKey];

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
