/**
 * A fake Pipedrive on 127.0.0.1, built from docs/pipedrive.md and Pipedrive's API docs (not from the
 * connector): its paths, `x-api-token` and Bearer auth, envelopes, error bodies, a real
 * per-token 2 s rate-limit window with its headers, and an optional fixed latency per company. Tests steer it through `/_fake/` (see
 * control-client.ts); CORS is open because browser-mode test pages are cross-origin.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isSearch, routeApi } from './api-routes';
import { companyForCredential, type FakeCompany, type LoggedRequest } from './company';
import { control, holdTokenRequest, holdUntilReleased } from './control-routes';
import { authorizePage, BASIC, revokeEndpoint, tokenEndpoint } from './oauth-routes';
import { fail, unauthorized, type FakeResponse } from './responses';
import { listenOnLoopback } from '../listen-on-loopback';
import { readBody } from '../read-body';

export interface FakePipedrive {
  url: string;
  close(): Promise<void>;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, PATCH, PUT, DELETE, OPTIONS',
  'access-control-allow-headers': 'authorization, content-type, x-api-token',
  'access-control-expose-headers': 'date, retry-after, x-ratelimit-limit, x-ratelimit-remaining, x-ratelimit-reset, x-daily-requests-left',
};

export async function startFakePipedrive(port = 0): Promise<FakePipedrive> {
  return listenOnLoopback((req, res, url) => {
    handle(req, res, url).catch((failure: unknown) => send(res, { status: 500, body: { success: false, error: String(failure) } }));
  }, port);
}

async function handle(req: IncomingMessage, res: ServerResponse, baseUrl: string): Promise<void> {
  const method = req.method ?? 'GET';
  if (method === 'OPTIONS') return send(res, { status: 204 });
  const url = new URL(req.url ?? '/', baseUrl);
  const path = url.pathname;
  const query = Object.fromEntries(url.searchParams);
  const text = await readBody(req);
  const contentType = req.headers['content-type'] ?? '';

  if (path.startsWith('/_fake/')) return send(res, control(method, path, text ? JSON.parse(text) : {}));
  if (method === 'GET' && path === '/oauth/authorize') return send(res, authorizePage(query));
  if (method === 'POST' && (path === '/oauth/token' || path === '/exchange/token')) {
    await holdTokenRequest();
    return send(res, tokenEndpoint(path === '/exchange/token' ? BASIC : req.headers.authorization, new URLSearchParams(text), baseUrl));
  }
  if (method === 'POST' && (path === '/oauth/revoke' || path === '/exchange/revoke')) {
    return send(res, revokeEndpoint(path === '/exchange/revoke' ? BASIC : req.headers.authorization, new URLSearchParams(text)));
  }

  const apiToken = header(req, 'x-api-token');
  const bearer = /^Bearer (.+)$/.exec(header(req, 'authorization') ?? '')?.[1];
  const company = companyForCredential({ apiToken, bearer });
  if (!company) return send(res, unauthorized());
  const body = parseJson(text);
  const entry: LoggedRequest = { method, path, query, body, auth: apiToken ? 'apiToken' : 'bearer', status: 0, at: Date.now() };
  company.log.push(entry);

  const limit = company.countRequest((apiToken ?? bearer)!, isSearch(path));
  const fault = company.takeFault(method, path);
  if (fault?.hold) await holdUntilReleased(fault.hold);
  if (fault?.drop === 'before') return drop(res, entry);
  if (fault?.workAfterMs) await new Promise((resolve) => setTimeout(resolve, fault.workAfterMs));

  let answer: FakeResponse;
  if (limit.over) answer = { ...fail(429, 'Request over limit'), headers: { 'retry-after': limit.headers['x-ratelimit-reset']! } };
  else if (fault?.status) answer = { status: fault.status, body: fault.body ?? defaultBody(fault.status), headers: fault.headers };
  else if ((method === 'POST' || method === 'PATCH') && !contentType.startsWith('application/json'))
    answer = fail(415, 'Unsupported Media Type: send JSON');
  else if (text && body === undefined) answer = fail(400, 'Malformed JSON');
  else answer = routeApi(company, method, path, query, (body ?? {}) as Record<string, unknown>);
  if (fault?.drop === 'after') return cutAnswer(res, entry, answer.status);
  if (fault?.drop === 'afterWork') {
    entry.status = -2;
    return void res.socket?.destroy();
  }
  if (fault?.stall) {
    entry.status = answer.status;
    res.writeHead(answer.status, { ...CORS, 'content-type': 'application/json', 'content-length': '1000' });
    res.write('{"success":true,"da');
    return;
  }
  const delayMs = company.latencyMs + (fault?.delayMs ?? 0);
  if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
  entry.status = answer.status;
  const budget: Record<string, string> = apiToken ? { 'x-daily-requests-left': '9000' } : {};
  send(res, { ...answer, headers: { ...limit.headers, ...budget, ...answer.headers } });
}

function defaultBody(status: number): unknown {
  if (status === 401) return unauthorized().body;
  if (status === 403) return '<html><body><h1>403 Forbidden</h1></body></html>';
  if (status === 429) return fail(429, 'Request over limit').body;
  return fail(status, status >= 500 ? 'Internal server error' : 'Request failed').body;
}

/**
 * Closes the connection without a byte of answer. A browser may send the request again by
 * itself on a reused connection (Chromium does, for any method), exactly as with a real server.
 */
function drop(res: ServerResponse, entry: LoggedRequest): void {
  entry.status = -1;
  res.socket?.destroy();
}

/** The work is done and the answer starts, then the connection dies: the client cannot know the outcome. */
function cutAnswer(res: ServerResponse, entry: LoggedRequest, status: number): void {
  entry.status = -status;
  res.writeHead(status, { ...CORS, 'content-type': 'application/json', 'content-length': '1000' });
  res.write('{"success":true,"da');
  setTimeout(() => res.socket?.destroy(), 20);
}

function send(res: ServerResponse, { status, body, headers }: FakeResponse): void {
  const isText = typeof body === 'string';
  res.writeHead(status, { ...CORS, ...(body === undefined ? {} : { 'content-type': isText ? 'text/html' : 'application/json' }), ...headers });
  res.end(body === undefined ? undefined : isText ? body : JSON.stringify(body));
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export type { FakeCompany };
