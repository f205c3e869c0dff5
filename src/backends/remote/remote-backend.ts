/**
 * The remote backend: every forwarded path goes to an App Connect server over HTTP and comes
 * back in the shapes the local backend gives, so the side panel cannot tell them apart. The
 * server's quirks are handled in the remote-*.ts modules next to this one; the handler table is
 * typed by route, so a path without a remote handler is a compile error.
 */
import type { ApiResponse } from '../../protocol/envelope';
import { notConnected, ok } from '../../protocol/respond';
import { success, warning } from '../../protocol/return-message';
import type { RouteRequest } from '../../protocol/routes';
import { getRemoteConnection } from '../../storage/remote-connections';
import { noPlatform, remoteApiKeyLogin, remoteConnection, remoteOauthCallback, remoteUnAuthorize } from './auth';
import { createRemoteCallLog } from './create-call-log';
import { getRemoteCallLogs } from './get-call-logs';
import { messageOf } from './ledger';
import { askServer } from './reply';
import { createContactAnswer, findContactAnswer, implementedInterfacesAnswer } from './schemas';
import { DEFAULT_REMOTE_OPTIONS, remoteSessionKey, type RemoteOptions, type RemoteServer, type RemoteSession } from './session';
import { discardOutboxItem, listOutbox, reviewCallLog } from '../../logging/outbox/outbox-actions';
import { remotePatchCallLog, remotePutCallDisposition } from './update';
import { remoteGetMessageLog, remotePostMessageLog } from './message-log';
import type { Backend, ForwardedRequest, ForwardedRoute } from '../types';

type Handler<K extends ForwardedRoute> = (server: RemoteServer, request: RouteRequest<K>) => Promise<ApiResponse>;

/** Runs a handler with the login kept for this server, or says how to connect. */
function connected<K extends ForwardedRoute>(handler: (session: RemoteSession, request: RouteRequest<K>) => Promise<ApiResponse>): Handler<K> {
  return async (server, request) => {
    const connection = await getRemoteConnection(server.serverUrl);
    return connection ? handler({ ...server, connection }, request) : notConnected();
  };
}

const handlers: { [K in ForwardedRoute]: Handler<K> } = {
  'POST /apiKeyLogin': remoteApiKeyLogin,
  'GET /oauth-callback': remoteOauthCallback,
  'POST /unAuthorize': connected(remoteUnAuthorize),
  'GET /connection': remoteConnection,
  'GET /contact': connected(findContact),
  'POST /contact': connected(createContact),
  'POST /callLog': connected((session, { body }) => createRemoteCallLog(session, body)),
  'GET /callLog': connected((session, { query }) => getRemoteCallLogs(session, query.sessionIds, query.requireDetails === 'true')),
  'PATCH /callLog': connected(remotePatchCallLog),
  'POST /callLog/review': connected((session, { body }) => withAnswer(reviewCallLog(remoteAccount(session), body.sessionId, body.logId))),
  'PUT /callDisposition': connected(remotePutCallDisposition),
  // The server does not queue and neither does this backend for it, so nothing waits to be sent.
  'GET /outbox': connected(async (session) => ok({ successful: true, items: await listOutbox(remoteAccount(session)) })),
  'POST /outbox/retry': connected(async () =>
    ok({ successful: false, returnMessage: warning('Nothing waits to be sent to the App Connect server.') }),
  ),
  'POST /outbox/discard': connected((session, { body }) => withAnswer(discardOutboxItem(remoteAccount(session), body.id))),
  'GET /implementedInterfaces': implementedInterfaces,
  'POST /messageLog': connected(remotePostMessageLog),
  'GET /messageLog': connected(remoteGetMessageLog),
};

function remoteAccount(session: RemoteSession) {
  const { platform, userId } = remoteSessionKey(session, '');
  return { platform, userId };
}

async function withAnswer(answer: Promise<unknown>): Promise<ApiResponse> {
  return ok(await answer);
}

export function createRemoteBackend(serverUrl: string, options: Partial<RemoteOptions> = {}): Backend {
  const server: RemoteServer = { serverUrl, options: { ...DEFAULT_REMOTE_OPTIONS, ...options } };
  return {
    kind: 'remote',
    handle(request: ForwardedRequest) {
      const handler = handlers[request.route] as Handler<typeof request.route>;
      return handler(server, request as never);
    },
  };
}

async function findContact(session: RemoteSession, { query }: RouteRequest<'GET /contact'>): Promise<ApiResponse> {
  const { phoneNumber, overridingFormat, isExtension } = query;
  const asked = await askServer(
    session,
    session.connection.jwtToken,
    { method: 'GET', path: '/contact', query: { phoneNumber, overridingFormat, isExtension } },
    findContactAnswer,
    'finding contact',
  );
  if (!asked.ok) return asked.response;
  const { successful } = asked.body;
  const contact = asked.body.contact ?? [];
  const found = contact.filter((c) => !c.isNewContact).length;
  const returnMessage =
    messageOf(asked.body) ??
    (!successful
      ? warning('Error finding contact', 5000, 'The App Connect server could not search the CRM. Try again in a moment.')
      : found
        ? success(`Found ${found} contact(s)`, 3000)
        : warning('No contact has this number.', 3000, 'Choose "Create new contact..." to add one.'));
  return ok({ successful, contact, returnMessage });
}

async function createContact(session: RemoteSession, { body }: RouteRequest<'POST /contact'>): Promise<ApiResponse> {
  const asked = await askServer(
    session,
    session.connection.jwtToken,
    { method: 'POST', path: '/contact', body },
    createContactAnswer,
    'creating contact',
  );
  if (!asked.ok) return asked.response;
  const contact = asked.body.contact ?? null;
  const successful = asked.body.successful && contact !== null;
  return ok({
    successful,
    contact,
    returnMessage: messageOf(asked.body) ?? (successful ? success('Contact created.') : warning('The contact was not created.')),
  });
}

async function implementedInterfaces(server: RemoteServer, { query }: RouteRequest<'GET /implementedInterfaces'>): Promise<ApiResponse> {
  const platform = query.platform ?? (await getRemoteConnection(server.serverUrl))?.platform;
  if (!platform) return noPlatform();
  const asked = await askServer(
    server,
    undefined,
    { method: 'GET', path: '/implementedInterfaces', query: { platform } },
    implementedInterfacesAnswer,
    'reading the connector',
  );
  return asked.ok ? ok(asked.body) : asked.response;
}
