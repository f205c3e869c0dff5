/**
 * One HTTP exchange with an App Connect server, with ky. Never throws: the caller gets the
 * status and the body (JSON when it parses, the text always, since the server answers some
 * errors in plain text), or why no answer came. Nothing is retried here: whether a request may
 * be sent again is the caller's decision (a POST /callLog must not be).
 */
import ky from 'ky';
import { isRedirect } from '../../http/redirect-guard';

export interface ServerRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT';
  path: string;
  query?: Record<string, string | undefined>;
  body?: unknown;
  jwtToken?: string;
  /** Also send the JWT as `?jwtToken=`: only for a server known to need it (jwt-in-query.ts). */
  jwtInQuery?: boolean;
  timeoutMs: number;
}

export type ServerReply =
  | { kind: 'answer'; status: number; json: unknown; text: string; refreshedJwt?: string }
  | { kind: 'unreachable'; reason: 'network' | 'timeout' }
  /** The server answered with a redirect, which is not followed: the JWT would go along. */
  | { kind: 'redirect' };

export const REFRESHED_JWT_HEADER = 'x-refreshed-jwt-token';

export async function callServer(serverUrl: string, request: ServerRequest): Promise<ServerReply> {
  const searchParams = new URLSearchParams();
  for (const [name, value] of Object.entries(request.query ?? {})) if (value !== undefined) searchParams.set(name, value);
  const headers: Record<string, string> = { accept: 'application/json, text/plain' };
  if (request.jwtToken) {
    headers.authorization = `Bearer ${request.jwtToken}`;
    // A URL ends up in server and proxy logs and in the browser's history of requests: the
    // query parameter only for a server that reads nothing else.
    if (request.jwtInQuery) searchParams.set('jwtToken', request.jwtToken);
  }
  // One deadline for the answer and its body: ky's own timeout stops at the headers. Whether it
  // passed is read from the signal, not from the error's name: Chromium 150 reports a body cut
  // off by the abort as a network TypeError, Chromium 156 as the TimeoutError.
  const deadline = AbortSignal.timeout(request.timeoutMs);
  try {
    const response = await ky(`${serverUrl}${request.path}`, {
      method: request.method,
      searchParams,
      headers,
      json: request.body,
      signal: deadline,
      timeout: false,
      retry: 0,
      throwHttpErrors: false,
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'manual',
    });
    if (isRedirect(response)) return { kind: 'redirect' };
    const text = await response.text();
    return {
      kind: 'answer',
      status: response.status,
      json: parseJson(text),
      text,
      refreshedJwt: response.headers.get(REFRESHED_JWT_HEADER)?.trim() || undefined,
    };
  } catch (failure) {
    const timedOut = deadline.aborted || (failure instanceof Error && failure.name === 'TimeoutError');
    return { kind: 'unreachable', reason: timedOut ? 'timeout' : 'network' };
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
