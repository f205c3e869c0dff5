/**
 * A fake Clio Manage (API v4) on 127.0.0.1, built from Clio's documentation as docs/clio.md and
 * the connector spec summarise it, not from the connector: Bearer auth, `{ data }` envelopes,
 * `fields=`, paging, its error bodies, a 60 s per-token rate-limit window with Clio's headers
 * (`X-RateLimit-Reset` is a Unix time), `X-API-VERSION`, its OAuth endpoints, and `/_fake/` switches.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { routeApi } from './api-routes';
import { createFirm, firmForToken, firms, issuerOf } from './firm';
import { authorizePage, CLIENT_ID, CLIENT_SECRET, deauthorize, tokenEndpoint } from './oauth-routes';
import { badRequest, clioError, invalidToken, type FakeResponse } from './responses';
import { listenOnLoopback, type RunningFake } from '../listen-on-loopback';
import { readBody } from '../read-body';

export const API_VERSION = '4.0.13';

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, PATCH, DELETE, OPTIONS',
  'access-control-allow-headers': 'authorization, content-type, x-api-version',
  'access-control-expose-headers': 'date, retry-after, x-ratelimit-limit, x-ratelimit-remaining, x-ratelimit-reset, x-api-version',
};

export async function startFakeClio(port = 0): Promise<RunningFake> {
  return listenOnLoopback((req, res, url) => {
    handle(req, res, url).catch((failure: unknown) => send(res, clioError(500, 'InternalServerError', String(failure))));
  }, port);
}

async function handle(req: IncomingMessage, res: ServerResponse, baseUrl: string): Promise<void> {
  const method = req.method ?? 'GET';
  if (method === 'OPTIONS') return send(res, { status: 204 });
  const url = new URL(req.url ?? '/', baseUrl);
  const path = url.pathname;
  const query = Object.fromEntries(url.searchParams);
  const text = await readBody(req);

  if (path.startsWith('/_fake/')) return send(res, control(method, path, text ? JSON.parse(text) : {}));
  if (method === 'GET' && path === '/oauth/authorize') return send(res, authorizePage(query));
  if (method === 'POST' && path === '/oauth/token') return send(res, tokenEndpoint(new URLSearchParams(text)));
  if (method === 'POST' && path === '/exchange/token') {
    const form = new URLSearchParams(text);
    form.set('client_id', CLIENT_ID);
    form.set('client_secret', CLIENT_SECRET);
    return send(res, tokenEndpoint(form));
  }
  if (method === 'POST' && path === '/oauth/deauthorize') return send(res, deauthorize(req.headers.authorization, new URLSearchParams(text)));

  const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  // A request with a token the firm issued but that expired is counted in its log (a refused try).
  const firm = firmForToken(bearer) ?? issuerOf(bearer);
  if (!firm) return send(res, invalidToken());
  let body: Record<string, unknown> = {};
  if (text) {
    try {
      body = JSON.parse(text) as Record<string, unknown>;
    } catch {
      return send(res, badRequest('Malformed JSON'));
    }
  }
  const entry = { method, path, query, body: text ? body : undefined, status: 0 };
  firm.log.push(entry);
  if (!firmForToken(bearer)) {
    entry.status = 401;
    return send(res, invalidToken());
  }
  const limit = firm.countRequest(bearer!);
  const fault = firm.takeFault();
  let answer: FakeResponse;
  if (limit.over) answer = { ...clioError(429, 'RateLimited', 'Rate limit exceeded'), headers: { 'retry-after': limit.over } };
  else if (fault?.status === 401) answer = invalidToken();
  else if (fault) answer = { ...clioError(fault.status, fault.status >= 500 ? 'InternalServerError' : 'Error', 'Injected'), headers: fault.headers };
  else if ((method === 'POST' || method === 'PATCH') && !(req.headers['content-type'] ?? '').startsWith('application/json'))
    answer = clioError(415, 'UnsupportedMediaType', 'Send JSON');
  else answer = routeApi(firm, method, path, query, body, baseUrl);
  entry.status = answer.status;
  const { over: _over, ...rateHeaders } = limit;
  send(res, { ...answer, headers: { ...rateHeaders, 'x-api-version': API_VERSION, ...answer.headers } });
}

function control(method: string, path: string, body: Record<string, unknown>): FakeResponse {
  if (method === 'POST' && path === '/_fake/firms') {
    const firm = createFirm();
    return { status: 200, body: { firmId: firm.id, accessToken: firm.accessToken, userId: firm.user.id } };
  }
  const match = /^\/_fake\/firms\/(\d+)(\/[a-z-]+)?$/.exec(path);
  const firm = match ? firms.get(Number(match[1])) : undefined;
  if (!firm) return { status: 404, body: { error: 'no such firm' } };
  const action = `${method} ${match![2] ?? ''}`;
  if (action === 'GET ')
    return {
      status: 200,
      body: { communications: firm.communications, activities: firm.activities, contacts: firm.contacts, tokenGrants: firm.tokenGrants },
    };
  if (action === 'GET /requests') return { status: 200, body: firm.log };
  if (action === 'DELETE /requests') return { status: 200, body: { cleared: firm.log.splice(0).length } };
  if (action === 'POST /faults') {
    firm.faults.push(...(body.faults as never[]));
    return { status: 200, body: { ok: true } };
  }
  if (action === 'POST /oauth-code') {
    // What the consent page does when the user presses "Allow" (browser tests cannot read a redirect).
    const answer = authorizePage({ ...(body as Record<string, string>), firm: String(firm.id), client_id: CLIENT_ID, response_type: 'code' });
    return { status: 200, body: { location: answer.headers?.location } };
  }
  if (action === 'POST /expire-access-tokens') {
    // The tokens' 30 days are over: every one issued so far is refused (401 invalid_token).
    for (const token of firm.accessTokens.keys()) firm.accessTokens.set(token, Date.now() - 1);
    return { status: 200, body: { ok: true } };
  }
  if (action === 'POST /settings') {
    firm.singleUseRefreshTokens = body.singleUseRefreshTokens === true;
    return { status: 200, body: { ok: true } };
  }
  if (action === 'POST /matters') {
    const matter = {
      id: firm.nextId(),
      display_number: String(body.display_number),
      description: String(body.description),
      status: 'Open' as const,
      client_id: Number(body.client_id),
    };
    firm.matters.push(matter);
    return { status: 200, body: matter };
  }
  if (action === 'POST /forget-refresh-tokens') {
    firm.refreshTokens.clear();
    return { status: 200, body: { ok: true } };
  }
  return { status: 404, body: { error: `no ${action}` } };
}

function send(res: ServerResponse, { status, body, headers }: FakeResponse): void {
  const isText = typeof body === 'string';
  res.writeHead(status, { ...CORS, ...(body === undefined ? {} : { 'content-type': isText ? 'text/html' : 'application/json' }), ...headers });
  res.end(body === undefined ? undefined : isText ? body : JSON.stringify(body));
}
