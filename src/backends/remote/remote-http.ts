/**
 * One HTTP exchange with an App Connect server, with ky. Never throws: the caller gets the
 * status and the body (JSON when it parses, the text always, since the server answers some
 * errors in plain text), or why no answer came. Nothing is retried here: whether a request may
 * be sent again is the caller's decision (a POST /callLog must not be).
 */
import ky from 'ky';

export interface ServerRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT';
  path: string;
  query?: Record<string, string | undefined>;
  body?: unknown;
  jwtToken?: string;
  timeoutMs: number;
}

export type ServerReply =
  { kind: 'answer'; status: number; json: unknown; text: string; refreshedJwt?: string } | { kind: 'unreachable'; reason: 'network' | 'timeout' };

export const REFRESHED_JWT_HEADER = 'x-refreshed-jwt-token';

export async function callServer(serverUrl: string, request: ServerRequest): Promise<ServerReply> {
  const searchParams = new URLSearchParams();
  for (const [name, value] of Object.entries(request.query ?? {})) if (value !== undefined) searchParams.set(name, value);
  const headers: Record<string, string> = { accept: 'application/json, text/plain' };
  if (request.jwtToken) {
    headers.authorization = `Bearer ${request.jwtToken}`;
    // Servers older than the Bearer header read only the query parameter.
    searchParams.set('jwtToken', request.jwtToken);
  }
  try {
    const response = await ky(`${serverUrl}${request.path}`, {
      method: request.method,
      searchParams,
      headers,
      json: request.body,
      // One deadline for the answer and its body: ky's own timeout stops at the headers.
      signal: AbortSignal.timeout(request.timeoutMs),
      timeout: false,
      retry: 0,
      throwHttpErrors: false,
      credentials: 'omit',
      cache: 'no-store',
    });
    const text = await response.text();
    return {
      kind: 'answer',
      status: response.status,
      json: parseJson(text),
      text,
      refreshedJwt: response.headers.get(REFRESHED_JWT_HEADER)?.trim() || undefined,
    };
  } catch (failure) {
    return { kind: 'unreachable', reason: failure instanceof Error && failure.name === 'TimeoutError' ? 'timeout' : 'network' };
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
