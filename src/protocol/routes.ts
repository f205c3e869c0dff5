/**
 * Every path of the message API with the schemas of its query and body, and the type of its
 * answer. The router validates against this table before any backend sees a request, so local
 * and remote get the same input; pages read the answer types from it (src/ui/api-client.ts).
 */
import type * as z from 'zod/mini';
import { putBackendBody } from './schemas/backend-setting';
import { phoneAccountSchema } from './schemas/phone-account';
import { logBodySettingsSchema } from './schemas/log-body-settings';
import { autoLogCallBody, autoLogSettingsSchema } from './schemas/auto-log-settings';
import type { ApiRequest } from './envelope';
import { apiKeyLoginBody, implementedInterfacesQuery, oauthCallbackQuery } from './schemas/auth';
import { callDispositionBody, createCallLogBody, getCallLogQuery, outboxItemBody, reviewCallLogBody, updateCallLogBody } from './schemas/call-log';
import { createContactBody, findContactQuery } from './schemas/contact';
import { autoLogMessagesBody, createMessageLogBody, getMessageLogQuery, waitingMessageLogBody } from './schemas/message-log';
import type {
  AutoLogMessagesAnswer,
  GetMessageLogsAnswer,
  MessageLogActionAnswer,
  MessageLogAnswer,
  MessagesAnswer,
  WaitingMessageLogsAnswer,
} from './message-answers';
import { logHistoryQuery } from './schemas/history';
import type { LogHistoryAnswer } from './api-answers-history';
import { getCallsQuery, oauthSignInBody, putOAuthAppBody, putPartnerKeyBody, signInCallbackBody } from './schemas/local';
import type {
  ActionAnswer,
  ChangeAnswer,
  ConnectionAnswer,
  CreateCallLogAnswer,
  CreateContactAnswer,
  FindContactAnswer,
  GetCallLogsAnswer,
  ImplementedInterfaces,
  LoginAnswer,
  OutboxAnswer,
  Outcome,
  Refusal,
  UpdateCallLogAnswer,
} from './api-answers';
import type { CallNoteAnswer, ContactUrlAnswer, DialerSettingsAnswer } from './api-answers-dialer';
import { callNoteBody, callNoteQuery, contactUrlQuery, dialerSettingsSchema } from './schemas/dialer';
import type {
  AutoLogCallAnswer,
  AutoLogSettingsAnswer,
  BackendAnswer,
  CallsAnswer,
  LogBodySettingsAnswer,
  OAuthAppsAnswer,
  PartnerKeysAnswer,
  PhoneAccountAnswer,
  SignInAnswer,
} from './api-answers-browser';

declare const answerType: unique symbol;
/** Carries a path's answer type in the table; nothing at run time. */
export interface AnswerOf<T> {
  readonly [answerType]?: T;
}
const answer = <T>(): AnswerOf<T> => ({});

interface RouteSchemas {
  query?: z.ZodMiniType;
  body?: z.ZodMiniType;
  /** Answered by this browser (src/backends/browser/browser-paths.ts), whatever the backend; never forwarded. */
  local?: true;
  answer: AnswerOf<unknown>;
}

export const routes = {
  'POST /apiKeyLogin': { body: apiKeyLoginBody, answer: answer<LoginAnswer>() },
  'GET /oauth-callback': { query: oauthCallbackQuery, answer: answer<LoginAnswer>() },
  'POST /unAuthorize': { answer: answer<Outcome>() },
  'GET /connection': { answer: answer<ConnectionAnswer>() },
  'GET /contact': { query: findContactQuery, answer: answer<FindContactAnswer>() },
  'POST /contact': { body: createContactBody, answer: answer<CreateContactAnswer>() },
  'POST /callLog': { body: createCallLogBody, answer: answer<CreateCallLogAnswer>() },
  'GET /callLog': { query: getCallLogQuery, answer: answer<GetCallLogsAnswer>() },
  'PATCH /callLog': { body: updateCallLogBody, answer: answer<UpdateCallLogAnswer>() },
  'POST /callLog/review': { body: reviewCallLogBody, answer: answer<ActionAnswer>() },
  'PUT /callDisposition': { body: callDispositionBody, answer: answer<ChangeAnswer>() },
  'GET /outbox': { answer: answer<OutboxAnswer>() },
  'POST /outbox/retry': { body: outboxItemBody, answer: answer<ActionAnswer>() },
  'POST /outbox/discard': { body: outboxItemBody, answer: answer<ActionAnswer>() },
  'GET /implementedInterfaces': { query: implementedInterfacesQuery, answer: answer<ImplementedInterfaces>() },
  'POST /messageLog': { body: createMessageLogBody, answer: answer<MessageLogAnswer>() },
  'GET /messageLog': { query: getMessageLogQuery, answer: answer<GetMessageLogsAnswer>() },
  // This browser's own settings and calls, for the extension's pages.
  'GET /backend': { local: true, answer: answer<BackendAnswer>() },
  'PUT /backend': { body: putBackendBody, local: true, answer: answer<BackendAnswer>() },
  'GET /settings/logBody': { local: true, answer: answer<LogBodySettingsAnswer>() },
  'PUT /settings/logBody': { body: logBodySettingsSchema, local: true, answer: answer<LogBodySettingsAnswer>() },
  'GET /calls': { query: getCallsQuery, local: true, answer: answer<CallsAnswer>() },
  'GET /messages': { query: getCallsQuery, local: true, answer: answer<MessagesAnswer>() },
  // The message ledger's waiting sends, for the Messages view (this browser's own; none through a server).
  'GET /messageLog/waiting': { local: true, answer: answer<WaitingMessageLogsAnswer>() },
  'POST /messageLog/retry': { body: waitingMessageLogBody, local: true, answer: answer<MessageLogActionAnswer>() },
  'POST /messageLog/discard': { body: waitingMessageLogBody, local: true, answer: answer<MessageLogActionAnswer>() },
  'GET /phoneAccount': { local: true, answer: answer<PhoneAccountAnswer>() },
  'PUT /phoneAccount': { body: phoneAccountSchema, local: true, answer: answer<PhoneAccountAnswer>() },
  'POST /phoneAccount/signIn': { local: true, answer: answer<SignInAnswer>() },
  'POST /phoneAccount/signInCallback': { body: signInCallbackBody, local: true, answer: answer<PhoneAccountAnswer>() },
  'POST /phoneAccount/signOut': { local: true, answer: answer<PhoneAccountAnswer>() },
  'GET /settings/oauthApps': { local: true, answer: answer<OAuthAppsAnswer>() },
  'PUT /settings/oauthApps': { body: putOAuthAppBody, local: true, answer: answer<OAuthAppsAnswer>() },
  'POST /oauth/signIn': { body: oauthSignInBody, local: true, answer: answer<SignInAnswer>() },
  'GET /settings/partnerKeys': { local: true, answer: answer<PartnerKeysAnswer>() },
  'PUT /settings/partnerKeys': { body: putPartnerKeyBody, local: true, answer: answer<PartnerKeysAnswer>() },
  // The dialer (RingCentral Embeddable in the side panel): its settings, live-call notes, contact links.
  'GET /settings/dialer': { local: true, answer: answer<DialerSettingsAnswer>() },
  'PUT /settings/dialer': { body: dialerSettingsSchema, local: true, answer: answer<DialerSettingsAnswer>() },
  'GET /callLog/note': { query: callNoteQuery, local: true, answer: answer<CallNoteAnswer>() },
  'PUT /callLog/note': { body: callNoteBody, local: true, answer: answer<CallNoteAnswer>() },
  'GET /contactUrl': { query: contactUrlQuery, local: true, answer: answer<ContactUrlAnswer>() },
  'GET /settings/autoLog': { local: true, answer: answer<AutoLogSettingsAnswer>() },
  'PUT /settings/autoLog': { body: autoLogSettingsSchema, local: true, answer: answer<AutoLogSettingsAnswer>() },
  /** The dialer's call-end event: logs the call now if auto-log is on (docs/auto-log.md). */
  'POST /calls/autoLog': { body: autoLogCallBody, local: true, answer: answer<AutoLogCallAnswer>() },
  /** The dialer's "auto log messages" event: logs them now by auto-log's rules (docs/auto-log.md). */
  'POST /messages/autoLog': { body: autoLogMessagesBody, local: true, answer: answer<AutoLogMessagesAnswer>() },
  // What the ledger says was logged: the statistics view (its figures computed in the page) and the CSV export.
  'GET /logHistory': { query: logHistoryQuery, local: true, answer: answer<LogHistoryAnswer>() },
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

/** What a path answers when it worked, or when it could only say why not (see `Refusal`). */
export type RouteAnswer<K extends RouteKey> = (typeof routes)[K]['answer'] extends AnswerOf<infer T> ? T | Refusal<T> : never;

/** What a page sends: the input of the path's schemas (before their defaults and transforms). */
export type RouteInput<K extends RouteKey> = Input<'query', K> & Input<'body', K>;

type Input<Part extends 'query' | 'body', K extends RouteKey> = (typeof routes)[K] extends { [P in Part]: infer S extends z.ZodMiniType }
  ? undefined extends z.input<S>
    ? { [P in Part]?: z.input<S> }
    : {} extends z.input<S>
      ? { [P in Part]?: z.input<S> }
      : { [P in Part]: z.input<S> }
  : { [P in Part]?: never };

export type AnyRouteRequest = { [K in RouteKey]: RouteRequest<K> }[RouteKey];

export function findRoute(method: string, path: string): RouteKey | undefined {
  const key = `${method} ${path}`;
  return Object.hasOwn(routes, key) ? (key as RouteKey) : undefined;
}
