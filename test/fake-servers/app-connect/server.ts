/**
 * A fake App Connect server (Node `http`) for tests: the routes of routes.ts, CORS as the real
 * server sends it (`*`, `x-refreshed-jwt-token` exposed), and `/__fake/*` endpoints through
 * which tests read what it received and turn its knobs (see control.ts).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { routes, type FakeReply, type FakeRequest } from './routes';
import { createFakeState, type FakeState } from './state';
import { readBody } from '../read-body';

export interface FakeAppConnect {
  url: string;
  state: FakeState;
  close(): Promise<void>;
}

export async function startFakeAppConnect(): Promise<FakeAppConnect> {
  let state = createFakeState();
  const server = createServer((req, res) => {
    void handle(req, res).catch((failure: unknown) => send(res, state, { status: 400, json: { error: String(failure) } }));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    if (req.method === 'OPTIONS') {
      return send(res, state, { status: 204, text: '' }, req.headers['access-control-request-headers'], url.pathname.startsWith('/__fake/'));
    }
    const raw = await readBody(req);
    const body = raw ? JSON.parse(raw) : undefined;
    if (url.pathname.startsWith('/__fake/')) return send(res, state, control(url.pathname, body), undefined, true);

    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const queryToken = url.searchParams.get('jwtToken') ?? undefined;
    const query = Object.fromEntries([...url.searchParams].filter(([name]) => name !== 'jwtToken'));
    state.requests.push({ method: req.method ?? '', path: url.pathname, query, bearer, queryToken, body });

    const key = `${req.method} ${url.pathname}`;
    const injected = state.controls.failNext[key];
    if (injected) {
      delete state.controls.failNext[key];
      return send(res, state, injected);
    }
    const route = routes[key];
    if (!route) return send(res, state, { status: 404, text: `Cannot ${req.method} ${url.pathname}` });
    const request: FakeRequest = {
      method: req.method ?? '',
      path: url.pathname,
      query: url.searchParams,
      body,
      token: state.controls.jwtInQueryOnly ? queryToken : (bearer ?? queryToken),
    };
    const reply = await route(state, request);
    const { answerDelayMs } = state.controls;
    if (answerDelayMs > 0) await new Promise((done) => setTimeout(done, answerDelayMs));
    send(res, state, reply);
  }

  function control(path: string, body: any): FakeReply {
    switch (path) {
      case '/__fake/reset':
        state = createFakeState();
        return { status: 200, json: { ok: true } };
      case '/__fake/controls':
        Object.assign(state.controls, body);
        return { status: 200, json: state.controls };
      case '/__fake/stats':
        return { status: 200, json: stats(state) };
      case '/__fake/release': {
        state.controls.holdCallLogCreate = false;
        const held = state.held.splice(0);
        for (const release of held) release();
        return { status: 200, json: { released: held.length } };
      }
      case '/__fake/revoke':
        for (const user of state.users.values()) user.crmSessionRevoked = true;
        return { status: 200, json: { ok: true } };
      case '/__fake/seed-log': {
        // A call logged through this server from somewhere else (another browser, server-side logging).
        const activity = state.crm.createActivity(body.userId, body.request);
        state.mappings.set(body.request.logInfo.telephonySessionId ?? body.request.logInfo.id, {
          sessionId: body.request.logInfo.sessionId,
          logId: activity.id,
          userId: body.userId,
          contactId: String(body.request.contactId),
        });
        return { status: 200, json: { logId: activity.id } };
      }
      default:
        return { status: 404, text: 'no such control' };
    }
  }

  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get state() {
      return state;
    },
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

function stats(state: FakeState) {
  const activitiesBySession: Record<string, number> = {};
  for (const activity of state.crm.activities.values()) activitiesBySession[activity.sessionId] = (activitiesBySession[activity.sessionId] ?? 0) + 1;
  return {
    requests: state.requests,
    activitiesBySession,
    messageActivities: [...state.messageActivities.values()],
    issuedTokens: state.issuedTokens,
    users: [...state.users.keys()],
  };
}

function send(res: ServerResponse, state: FakeState, reply: FakeReply, allowHeaders?: string, forceCors = false): void {
  const headers: Record<string, string> = 'drop' in reply ? {} : { ...reply.headers };
  if (state.controls.cors || forceCors) {
    headers['access-control-allow-origin'] = '*';
    headers['access-control-expose-headers'] = 'x-refreshed-jwt-token';
    headers['access-control-allow-methods'] = 'GET,HEAD,PUT,PATCH,POST,DELETE';
    if (allowHeaders) headers['access-control-allow-headers'] = allowHeaders;
  }
  if ('drop' in reply) {
    // Half an answer, then the connection breaks. (A connection closed before any byte of the
    // answer makes Chrome send the request again by itself when the socket was a reused one.)
    res.writeHead(200, { ...headers, 'content-type': 'application/json; charset=utf-8', 'content-length': '1000' });
    res.write('{"successful":', () => res.socket?.destroy());
    return;
  }
  if (reply.stall) {
    res.writeHead(reply.status, { ...headers, 'content-type': 'application/json; charset=utf-8', 'content-length': '1000' });
    res.write('{"successful":');
    return;
  }
  if (reply.json !== undefined) headers['content-type'] = 'application/json; charset=utf-8';
  else headers['content-type'] = 'text/html; charset=utf-8';
  res.writeHead(reply.status, headers);
  res.end(reply.json !== undefined ? JSON.stringify(reply.json) : (reply.text ?? ''));
}
