/**
 * A fake RingCentral platform on 127.0.0.1 that speaks the real HTTP API the extension uses:
 * the OAuth authorize page (auto-approving, PKCE S256 checked), the token endpoint
 * (authorization_code and refresh_token grants, rotating refresh tokens, invalid_grant), revoke,
 * the signed-in extension, and the call log (Detailed/Simple view, dateFrom, type, paging with
 * navigation.nextPage), the message store (fake-messages.ts). CORS is answered, as RingCentral does. `/_fake/*` lets tests look inside,
 * and change the call log as calls happen (`/_fake/calls`: add calls, give one its recording).
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { asApiRecord, rebasedCalls, type FakeCall } from './fake-calls';
import { listPage } from './paging';
import { messageStorePage, rebasedMessages, type FakeMessage } from './fake-messages';
import { readBody } from '../read-body';

export const FAKE_CLIENT_ID = 'fake-rc-client';

export interface FakeRingCentralOptions {
  /** Lifetime of an access token; short lifetimes make the extension refresh before use. */
  accessTokenSeconds: number;
  /** The largest page the call log gives, whatever perPage asks (to exercise paging). */
  maxPerPage: number;
  /** Answer the next call-log requests with this status (429 carries Retry-After: 30). */
  failCallLog: number | null;
  /** Answer the next message-store requests with this status (429 carries Retry-After: 30). */
  failMessageStore: number | null;
  /** Answer call-log requests with a 302 to this address (a server that moved, or a hostile one). */
  redirectCallLog?: string;
}

export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** The access token a request carried, or the grant type of a token request. */
  token?: string;
  grant?: string;
}

const DEFAULTS: FakeRingCentralOptions = { accessTokenSeconds: 3600, maxPerPage: 1000, failCallLog: null, failMessageStore: null };

export async function startFakeRingCentral() {
  let options = { ...DEFAULTS };
  let calls: FakeCall[] = rebasedCalls(Date.now());
  let messages: FakeMessage[] = rebasedMessages(Date.now());
  let requests: LoggedRequest[] = [];
  let counter = 0;
  const codes = new Map<string, { challenge: string; redirectUri: string }>();
  const accessTokens = new Map<string, number>(); // token → expires at
  const refreshTokens = new Set<string>();

  function issueTokens() {
    const n = ++counter;
    accessTokens.set(`at-${n}`, Date.now() + options.accessTokenSeconds * 1000);
    refreshTokens.add(`rt-${n}`);
    return {
      access_token: `at-${n}`,
      token_type: 'bearer',
      expires_in: options.accessTokenSeconds,
      refresh_token: `rt-${n}`,
      refresh_token_expires_in: 604800,
      scope: 'ReadCallLog',
      owner_id: '3000000101',
      endpoint_id: `endpoint-${n}`,
    };
  }

  /** What the authorize page does once the user approves: where it sends the browser. */
  function approve(query: URLSearchParams): string {
    const redirectUri = query.get('redirect_uri') ?? '';
    const target = new URL(redirectUri);
    const state = query.get('state');
    if (state) target.searchParams.set('state', state);
    if (query.get('client_id') !== FAKE_CLIENT_ID) {
      target.searchParams.set('error', 'unauthorized_client');
      target.searchParams.set('error_description', 'Client application is not known');
    } else if (query.get('response_type') !== 'code' || query.get('code_challenge_method') !== 'S256' || !query.get('code_challenge')) {
      target.searchParams.set('error', 'invalid_request');
    } else {
      const code = `code-${++counter}`;
      codes.set(code, { challenge: query.get('code_challenge')!, redirectUri });
      target.searchParams.set('code', code);
    }
    return target.href;
  }

  function tokenGrant(form: URLSearchParams): { status: number; body: unknown } {
    const invalid = (description: string) => ({
      status: 400,
      body: { error: 'invalid_grant', error_description: description, errors: [{ errorCode: 'OAU-211', message: description }] },
    });
    if (form.get('client_id') !== FAKE_CLIENT_ID) return { status: 400, body: { error: 'invalid_client', error_description: 'Invalid client' } };
    if (form.get('grant_type') === 'authorization_code') {
      const code = codes.get(form.get('code') ?? '');
      codes.delete(form.get('code') ?? '');
      if (!code || code.redirectUri !== form.get('redirect_uri')) return invalid('Authorization code is not valid');
      const challenge = createHash('sha256')
        .update(form.get('code_verifier') ?? '')
        .digest('base64url');
      if (challenge !== code.challenge) return invalid('Code verifier does not match the challenge');
      return { status: 200, body: issueTokens() };
    }
    if (form.get('grant_type') === 'refresh_token') {
      const token = form.get('refresh_token') ?? '';
      if (!refreshTokens.delete(token)) return invalid('Token is revoked');
      return { status: 200, body: issueTokens() };
    }
    return { status: 400, body: { error: 'unsupported_grant_type' } };
  }

  function authorized(request: IncomingMessage): string | null {
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
    const expiresAt = accessTokens.get(token);
    return expiresAt !== undefined && expiresAt > Date.now() ? token : null;
  }

  function callLogPage(origin: string, query: URLSearchParams) {
    const dateFrom = Date.parse(query.get('dateFrom') ?? '') || Date.now() - 24 * 3600_000; // RingCentral's default: a day
    const types = query.getAll('type');
    const detailed = query.get('view') === 'Detailed';
    const matching = calls.filter((call) => Date.parse(call.startTime) >= dateFrom && (!types.length || types.includes(call.type)));
    return listPage(origin, 'call-log', query, matching, options.maxPerPage, (call) => {
      const { legs, ...simple } = call;
      return detailed ? call : simple;
    });
  }

  const server = createServer(async (request, response) => {
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const url = new URL(request.url ?? '/', origin);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': 'application/json', ...cors, ...headers });
      response.end(body === undefined ? '' : JSON.stringify(body));
    };
    if (request.method === 'OPTIONS') return void response.writeHead(204, cors).end();
    const body = await readBody(request);
    const path = url.pathname;
    const logged: LoggedRequest = { method: request.method ?? 'GET', path, query: Object.fromEntries(url.searchParams) };
    if (!path.startsWith('/_fake/')) requests.push(logged);

    if (path === '/_fake/requests') return send(200, requests);
    if (path === '/_fake/reset') {
      options = { ...DEFAULTS, ...(body ? (JSON.parse(body) as Partial<FakeRingCentralOptions>) : {}) };
      calls = rebasedCalls(Date.now());
      messages = rebasedMessages(Date.now());
      requests = [];
      return send(200, options);
    }
    if (path === '/_fake/options') {
      options = { ...options, ...(JSON.parse(body) as Partial<FakeRingCentralOptions>) };
      return send(200, options);
    }
    if (path === '/_fake/calls') {
      // New calls come first (the API lists newest first); a recording is attached as RingCentral does once it is processed.
      const change = JSON.parse(body) as { add?: FakeCall[]; replace?: FakeCall[]; recording?: { sessionId: string; recording: object } };
      if (change.replace) calls = change.replace.map(asApiRecord);
      if (change.add) calls = [...change.add.map(asApiRecord), ...calls];
      const target = change.recording;
      if (target) calls = calls.map((call) => (call.sessionId === target.sessionId ? asApiRecord({ ...call, recording: target.recording }) : call));
      return send(200, { count: calls.length });
    }
    if (path === '/_fake/approve') return send(200, { location: approve(url.searchParams) });
    if (path === '/_fake/expire-access-tokens') {
      accessTokens.clear();
      return send(200, {});
    }
    if (path === '/restapi/oauth/authorize') {
      response.writeHead(302, { location: approve(url.searchParams) });
      return void response.end();
    }
    if (path === '/restapi/oauth/token' && request.method === 'POST') {
      const form = new URLSearchParams(body);
      logged.grant = form.get('grant_type') ?? '';
      const { status, body: answer } = tokenGrant(form);
      return send(status, answer);
    }
    if (path === '/restapi/oauth/revoke' && request.method === 'POST') {
      const token = new URLSearchParams(body).get('token') ?? '';
      refreshTokens.delete(token);
      accessTokens.clear();
      return send(200, undefined);
    }
    const token = authorized(request);
    if (token) logged.token = token;
    if (path.startsWith('/restapi/v1.0/')) {
      if (!token)
        return send(401, {
          errorCode: 'TokenInvalid',
          message: 'Access token is invalid or expired',
          errors: [{ errorCode: 'OAU-213', message: 'Token not found' }],
        });
      if (/^\/restapi\/v1\.0\/account\/[^/]+\/extension\/[^/]+$/.test(path))
        return send(200, { id: 3000000101, extensionNumber: '101', name: 'Jordan Rivera', status: 'Enabled' });
      if (/^\/restapi\/v1\.0\/account\/[^/]+\/extension\/[^/]+\/call-log$/.test(path)) {
        if (options.redirectCallLog) return send(302, undefined, { location: options.redirectCallLog });
        if (options.failCallLog === 429) return send(429, { errorCode: 'CMN-301', message: 'Request rate exceeded' }, { 'retry-after': '30' });
        if (options.failCallLog) return send(options.failCallLog, { errorCode: 'CMN-211', message: 'Internal error' });
        return send(200, callLogPage(origin, url.searchParams));
      }
      if (/^\/restapi\/v1\.0\/account\/[^/]+\/extension\/[^/]+\/message-store$/.test(path)) {
        if (options.failMessageStore === 429) return send(429, { errorCode: 'CMN-301', message: 'Request rate exceeded' }, { 'retry-after': '30' });
        if (options.failMessageStore) return send(options.failMessageStore, { errorCode: 'CMN-211', message: 'Internal error' });
        return send(200, messageStorePage(origin, url.searchParams, messages, options.maxPerPage));
      }
    }
    send(404, { errorCode: 'CMN-102', message: `Resource for parameter [${path}] is not found` });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const cors = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'authorization, content-type, accept',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-expose-headers': 'retry-after',
};
