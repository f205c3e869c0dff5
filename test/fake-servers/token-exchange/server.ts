/**
 * An operator's token-exchange endpoint on 127.0.0.1, as docs/token-exchange.md asks one to be:
 * `POST` of an RFC 6749 form without client credentials (a form that carries any is refused: the
 * extension must never hold a secret), the client id and secret added as form fields (Clio's way)
 * and forwarded to ONE fixed token URL, the CRM's status and JSON body answered unchanged, no
 * redirect, CORS for the extension and `OPTIONS`. It keeps the grant type and status of each
 * request it forwarded (never the form), so a test counts refreshes where they happen.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { listenOnLoopback, type RunningFake } from '../listen-on-loopback';
import { readBody } from '../read-body';

export interface TokenExchangeOptions {
  /** The CRM's token URL: fixed here, never taken from a request. */
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
}

export interface ForwardedGrant {
  grantType: string;
  status: number;
}

export interface FakeTokenExchange extends RunningFake {
  /** Where the extension sends token requests (Options → "Token-exchange URL"). */
  exchangeUrl: string;
  grants: ForwardedGrant[];
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'POST, OPTIONS',
  'access-control-allow-headers': 'content-type',
};

export async function startFakeTokenExchange(options: TokenExchangeOptions): Promise<FakeTokenExchange> {
  const grants: ForwardedGrant[] = [];
  const running = await listenOnLoopback((req, res) => {
    handle(req, res, options, grants).catch((failure: unknown) => send(res, 502, { error: 'server_error', error_description: String(failure) }));
  });
  return { ...running, exchangeUrl: `${running.url}/token`, grants };
}

async function handle(req: IncomingMessage, res: ServerResponse, options: TokenExchangeOptions, grants: ForwardedGrant[]): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
  if (req.method === 'OPTIONS') return send(res, 204);
  if (path !== '/token') return send(res, 404, { error: 'not_found' });
  if (req.method !== 'POST') return send(res, 405, { error: 'invalid_request', error_description: 'POST only' });
  if (!(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded'))
    return send(res, 400, { error: 'invalid_request', error_description: 'Send application/x-www-form-urlencoded' });
  const form = new URLSearchParams(await readBody(req));
  if (form.has('client_secret') || form.has('client_id') || req.headers.authorization)
    return send(res, 400, { error: 'invalid_request', error_description: 'Client credentials are added here, never sent by the extension' });
  const grantType = form.get('grant_type') ?? '';
  if (grantType !== 'authorization_code' && grantType !== 'refresh_token') return send(res, 400, { error: 'unsupported_grant_type' });
  form.set('client_id', options.clientId);
  form.set('client_secret', options.clientSecret);
  const answer = await fetch(options.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form,
    redirect: 'manual',
  });
  grants.push({ grantType, status: answer.status });
  // The CRM's answer as it came, whatever it says (docs/token-exchange.md: status and JSON unchanged).
  res.writeHead(answer.status, { ...CORS, 'content-type': answer.headers.get('content-type') ?? 'application/json', 'cache-control': 'no-store' });
  res.end(await answer.text());
}

function send(res: ServerResponse, status: number, body?: unknown): void {
  res.writeHead(status, { ...CORS, ...(body === undefined ? {} : { 'content-type': 'application/json' }) });
  res.end(body === undefined ? undefined : JSON.stringify(body));
}
