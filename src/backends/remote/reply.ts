/**
 * Sends one request to the App Connect server and sorts its answer: a body that passed the
 * route's schema, or the `ApiResponse` the local backend would give for the same failure.
 * `outcomeUnknown` says the server may have acted although no usable answer came back (network
 * error, timeout, 5xx, an answer that cannot be read): a create must then not be sent blindly again.
 * A fresh JWT in `x-refreshed-jwt-token` is stored on the way.
 */
import type * as z from 'zod/mini';
import type { ApiResponse } from '../../protocol/envelope';
import { badRequest, failure } from '../../protocol/respond';
import { error, warning } from '../../protocol/return-message';
import { forgetRemoteConnection, replaceRemoteToken } from '../../storage/remote-connections';
import { REDIRECT_HINT, redirectMessage } from '../../http/redirect-guard';
import { needsJwtInQuery, rememberJwtInQuery } from './jwt-in-query';
import { callServer, type ServerReply, type ServerRequest } from './remote-http';
import { errorAnswer, toReturnMessage } from './schemas';
import type { RemoteServer } from './session';
import { hasHostAccess } from '../../protocol/host-access';
import { isCredentialUrl } from '../../protocol/http-url';

export type Asked<T> = { ok: true; body: T } | { ok: false; response: ApiResponse; outcomeUnknown: boolean };

type Request = Omit<ServerRequest, 'timeoutMs' | 'jwtToken'> & { timeoutMs?: number };

/** The server's plain-text answers to a missing or invalid JWT (not JSON, and not a 401). */
const LOGIN_REFUSED = /authorize CRM platform|Invalid JWT token/i;

export async function askServer<S extends z.ZodMiniType>(
  server: RemoteServer,
  jwtToken: string | undefined,
  request: Request,
  schema: S,
  operation: string,
): Promise<Asked<z.output<S>>> {
  const { serverUrl, options } = server;
  if (!isCredentialUrl(serverUrl)) return { ok: false, outcomeUnknown: false, response: plainHttpRefused(serverUrl) };
  const send = (jwtInQuery: boolean) =>
    callServer(serverUrl, { ...request, jwtToken, jwtInQuery, timeoutMs: request.timeoutMs ?? options.timeoutMs });
  const inQuery = await needsJwtInQuery(serverUrl);
  let reply = await send(inQuery);
  if (jwtToken && !inQuery && loginRefused(reply)) {
    // Refused before any work (the JWT check comes first): safe to send once more, the old way.
    const again = await send(true);
    if (again.kind === 'answer' && !loginRefused(again)) await rememberJwtInQuery(serverUrl);
    reply = again;
  }
  if (reply.kind === 'unreachable') {
    return { ok: false, outcomeUnknown: true, response: await unreachable(serverUrl, reply.reason, operation) };
  }
  if (reply.kind === 'redirect') {
    const { origin } = new URL(serverUrl);
    return {
      ok: false,
      // A POST answered 303 may have been carried out before the redirect.
      outcomeUnknown: request.method !== 'GET',
      response: failure(200, error(`Error ${operation}`, 8000, `${redirectMessage(`The App Connect server at ${origin}`)} ${REDIRECT_HINT}`)),
    };
  }
  if (jwtToken && reply.refreshedJwt && reply.refreshedJwt !== jwtToken) {
    await replaceRemoteToken(serverUrl, jwtToken, reply.refreshedJwt);
  }
  const { status, json, text } = reply;
  const known = (response: ApiResponse) => ({ ok: false as const, outcomeUnknown: false, response });

  if (loginRefused(reply)) {
    // The server will never take this JWT again: forget it, so Options shows "not connected".
    if (jwtToken) await forgetRemoteConnection(serverUrl, jwtToken);
    return known(
      badRequest('Not connected to a CRM.', 'The App Connect server asks you to connect again. Open Options and connect your CRM, then try again.'),
    );
  }
  if (status === 401) {
    const returnMessage = toReturnMessage((json as { returnMessage?: unknown } | undefined)?.returnMessage);
    return known(
      failure(401, returnMessage ?? warning('User session expired. Please connect again.', 5000, 'Open Options and connect your CRM again.'), {
        errorCode: 'CRM_SESSION_REVOKED',
      }),
    );
  }
  if (status >= 200 && status < 300) {
    const parsed = schema.safeParse(json);
    if (parsed.success) return { ok: true, body: parsed.data };
    return {
      ok: false,
      outcomeUnknown: true,
      response: failure(
        200,
        error(
          `Error ${operation}`,
          8000,
          'The App Connect server sent an answer this extension cannot read. Check in Options that the server address is an App Connect server.',
        ),
      ),
    };
  }
  const said = serverSaid(json, text);
  const response = failure(
    200,
    said.returnMessage ??
      warning(
        `Error ${operation}`,
        5000,
        `The App Connect server said: ${said.text} Try again; if it keeps happening, tell the server's administrator.`,
      ),
  );
  // A 5xx or a gateway timeout may come after the server did the work.
  return status >= 500 || status === 408 ? { ok: false, outcomeUnknown: true, response } : known(response);
}

/** A server kept from an older release at a plain http:// address on the network: nothing is sent there. */
function plainHttpRefused(serverUrl: string): ApiResponse {
  return badRequest(
    `The App Connect server ${new URL(serverUrl).origin} is not reached over https://, so no key or sign-in is sent to it.`,
    "Open Options and enter the server's https:// address (http:// works only for localhost).",
  );
}

function loginRefused(reply: ServerReply): boolean {
  return reply.kind === 'answer' && reply.status === 400 && reply.json === undefined && LOGIN_REFUSED.test(reply.text);
}

/** What a refusal says: its own returnMessage, the text of `{ error }`, or the plain body. */
function serverSaid(json: unknown, text: string): { returnMessage?: ReturnType<typeof toReturnMessage>; text: string } {
  const returnMessage = toReturnMessage((json as { returnMessage?: unknown } | undefined)?.returnMessage);
  if (returnMessage) return { returnMessage, text: returnMessage.message };
  const parsedError = errorAnswer.safeParse(json);
  const raw = parsedError.success ? String(parsedError.data.error) : json === undefined ? text : '';
  const clean = raw.replace(/\s+/g, ' ').trim().slice(0, 300);
  return { text: clean ? `"${clean}".` : 'nothing readable.' };
}

async function unreachable(serverUrl: string, reason: 'network' | 'timeout', operation: string): Promise<ApiResponse> {
  const { origin } = new URL(serverUrl);
  if (reason === 'timeout') {
    return failure(200, warning(`Error ${operation}`, 5000, `The App Connect server at ${origin} did not answer in time. Try again in a moment.`));
  }
  if (!(await hasHostAccess(serverUrl))) {
    return failure(
      200,
      error(
        `This extension may not reach ${origin}.`,
        8000,
        'Open Options, choose the App Connect server again and allow access when the browser asks.',
      ),
    );
  }
  return failure(
    200,
    warning(
      `Error ${operation}`,
      5000,
      `Could not reach the App Connect server at ${origin}. Check your connection and the server address in Options.`,
    ),
  );
}
