/**
 * The local backend: answers every forwarded path inside the service worker by running the
 * connector of the connected CRM. The handler table is typed by route, so a path without a
 * handler is a compile error.
 */
import type { ApiResponse } from '../../protocol/envelope';
import { crmErrorResponse } from './crm-error-response';
import { apiKeyLogin, connection, oauthCallback, unAuthorize } from './handlers/auth';
import { putCallDisposition } from './handlers/call-disposition';
import { getCallLog, patchCallLog, postCallLog } from './handlers/call-log';
import { createContact, findContact } from './handlers/contact';
import { implementedInterfaces } from './handlers/implemented-interfaces';
import { getMessageLog, postMessageLog } from './handlers/message-log';
import { connectAgainFirst, discardOutbox, getOutbox, postCallLogReview, retryOutbox } from './handlers/outbox';
import { notConnected } from '../../protocol/respond';
import type { RouteRequest } from '../../protocol/routes';
import { isCrmError } from '../../http/crm-error';
import type { CrmSession } from '../../logging/crm-session';
import { openCrmSession, withCrmSession } from './local-session';
import { accountOf, type LedgerAccount } from '../../logging/outbox/outbox-actions';
import { signedOutAccount } from './signed-out-account';
import { operations } from './operations';
import type { Backend, ForwardedRequest, ForwardedRoute } from '../types';

type Handler<K extends ForwardedRoute> = (request: RouteRequest<K>) => Promise<ApiResponse>;

/** Runs a handler for the connected user, or says how to connect. */
function connected<K extends ForwardedRoute>(
  handler: (request: RouteRequest<K>, session: CrmSession) => Promise<ApiResponse>,
  otherwise: Handler<K> = async () => notConnected(),
): Handler<K> {
  return async (request) => (await withCrmSession((session) => handler(request, session))) ?? otherwise(request);
}

/**
 * Runs a handler for the connected user's ledger account or, with no CRM connected, for the
 * account the CRM signed out: its paused changes stay listed and can be discarded, not sent.
 */
function ownAccount<K extends ForwardedRoute>(handler: (request: RouteRequest<K>, account: LedgerAccount) => Promise<ApiResponse>): Handler<K> {
  return connected<K>(
    (request, session) => handler(request, accountOf(session)),
    async (request) => {
      const ended = (await signedOutAccount())?.account;
      return ended ? handler(request, ended) : notConnected();
    },
  );
}

const handlers: { [K in ForwardedRoute]: Handler<K> } = {
  'POST /apiKeyLogin': apiKeyLogin,
  'GET /oauth-callback': oauthCallback,
  'POST /unAuthorize': connected(unAuthorize),
  'GET /connection': async (request) => connection(request, await openCrmSession()),
  'GET /contact': connected(findContact),
  'POST /contact': connected(createContact),
  'POST /callLog': connected(postCallLog),
  'GET /callLog': connected(getCallLog),
  'PATCH /callLog': connected(patchCallLog),
  'POST /callLog/review': connected(postCallLogReview),
  'PUT /callDisposition': connected(putCallDisposition),
  'GET /outbox': ownAccount(getOutbox),
  'POST /outbox/retry': connected(retryOutbox, connectAgainFirst),
  'POST /outbox/discard': ownAccount(discardOutbox),
  'GET /implementedInterfaces': implementedInterfaces,
  'POST /messageLog': connected(postMessageLog),
  'GET /messageLog': connected(getMessageLog),
};

export const localBackend: Backend = {
  kind: 'local',
  async handle(request: ForwardedRequest) {
    const handler = handlers[request.route] as Handler<typeof request.route>;
    try {
      return await handler(request as never);
    } catch (failure) {
      if (isCrmError(failure)) return crmErrorResponse(failure, operations[request.route]);
      throw failure;
    }
  },
};
