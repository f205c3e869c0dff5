/**
 * What the Insightly, NetSuite and Google Sheets fakes share (each speaks its own CRM's paths,
 * auth and error bodies): a Node server on 127.0.0.1 with open CORS, one account per test made
 * through `/_fake/accounts`, a request log per account, and faults a test queues (status with
 * headers, or "drop the answer after doing the work" for lost answers). See client.ts.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { readBody } from '../read-body';

export interface FakeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  text: string;
  headers: IncomingMessage['headers'];
}
export interface FakeAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}
export interface Fault {
  status?: number;
  times?: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** `after`: the request is carried out, then the answer is cut half-way (lost). */
  drop?: 'after';
  /** Only requests whose `METHOD path` starts with this. */
  match?: string;
}
export interface Account<S> {
  id: string;
  token: string;
  state: S;
  log: { method: string; path: string; query: string; body: unknown; status: number }[];
  faults: Fault[];
}

export interface CrmSpec<S> {
  seed(account: { id: string; token: string }, options: Record<string, unknown>): S;
  /** The account a request's credential belongs to; undefined → `unauthorized()`. */
  authenticate(request: FakeRequest, accounts: Map<string, Account<S>>): Account<S> | undefined;
  route(account: Account<S>, request: FakeRequest): FakeAnswer;
  errorBody(status: number, message: string): unknown;
  /** Paths without the API credential (OAuth endpoints), answered before authentication. */
  open?(request: FakeRequest, accounts: Map<string, Account<S>>, baseUrl: string): FakeAnswer | undefined;
  exposeHeaders?: string;
  /** Request headers beyond the usual (Bullhorn's `BhRestToken`). */
  allowHeaders?: string;
  /** More `/_fake/accounts/<id>/<what>` switches of this CRM (an OAuth consent, say). */
  control?(what: string, account: Account<S>, request: FakeRequest, baseUrl: string): FakeAnswer | undefined;
}

export interface SmallFake {
  url: string;
  close(): Promise<void>;
}

export async function startSmallFake<S>(spec: CrmSpec<S>): Promise<SmallFake> {
  const accounts = new Map<string, Account<S>>();
  const cors = {
    'access-control-allow-origin': '*',
    'access-control-allow-methods': 'GET, POST, PATCH, PUT, DELETE, OPTIONS',
    'access-control-allow-headers': spec.allowHeaders ?? 'authorization, content-type, prefer',
    'access-control-expose-headers': spec.exposeHeaders ?? 'retry-after',
  };
  const send = (res: ServerResponse, answer: FakeAnswer) => {
    const json = answer.body !== undefined && typeof answer.body !== 'string';
    res.writeHead(answer.status, { ...cors, ...(json ? { 'content-type': 'application/json' } : {}), ...answer.headers });
    res.end(answer.body === undefined ? undefined : json ? JSON.stringify(answer.body) : String(answer.body));
  };
  let baseUrl = '';
  const server = createServer((req, res) => {
    handle(req, res).catch((failure: unknown) => send(res, { status: 500, body: spec.errorBody(500, String(failure)) }));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    if (method === 'OPTIONS') return send(res, { status: 204 });
    const url = new URL(req.url ?? '/', baseUrl);
    const text = await readBody(req);
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    const request: FakeRequest = { method, path: url.pathname, query: url.searchParams, body, text, headers: req.headers };
    if (url.pathname.startsWith('/_fake/')) return send(res, control(request));
    const open = spec.open?.(request, accounts, baseUrl);
    if (open) return send(res, open);
    const account = spec.authenticate(request, accounts);
    if (!account) return send(res, { status: 401, body: spec.errorBody(401, 'Unauthorized') });
    const entry = { method, path: url.pathname, query: url.search, body, status: 0 };
    account.log.push(entry);
    const fault = takeFault(account, `${method} ${url.pathname}`);
    const answer = fault?.status
      ? { status: fault.status, headers: fault.headers, body: fault.body ?? spec.errorBody(fault.status, 'Injected fault') }
      : spec.route(account, request);
    entry.status = answer.status;
    if (fault?.drop === 'after') {
      // The answer starts, then the connection dies: a browser does not resend a request that got
      // answer bytes (it may resend one cut before any), so the client cannot know the outcome.
      entry.status = -answer.status;
      // (A 204 cannot carry a body to cut: it is cut as a 200 a gateway broke off.)
      res.writeHead(answer.status === 204 ? 200 : answer.status, { ...cors, 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"');
      setTimeout(() => res.socket?.destroy(), 20);
      return;
    }
    send(res, answer);
  }

  function takeFault(account: Account<S>, line: string): Fault | undefined {
    const index = account.faults.findIndex((fault) => !fault.match || line.startsWith(fault.match));
    if (index === -1) return undefined;
    const fault = account.faults[index]!;
    fault.times = (fault.times ?? 1) - 1;
    if (fault.times <= 0) account.faults.splice(index, 1);
    return fault;
  }

  function control(request: FakeRequest): FakeAnswer {
    const { method, path, body } = request;
    if (method === 'POST' && path === '/_fake/accounts') {
      const id = randomUUID().slice(0, 8);
      const token = `token-${randomUUID()}`;
      const account: Account<S> = { id, token, state: spec.seed({ id, token }, (body ?? {}) as Record<string, unknown>), log: [], faults: [] };
      accounts.set(id, account);
      return { status: 200, body: { id, token } };
    }
    const [, , , id, what] = path.split('/');
    const account = accounts.get(id ?? '');
    if (!account) return { status: 404, body: { error: 'no such account' } };
    if (method === 'GET' && !what) return { status: 200, body: account.state };
    if (method === 'GET' && what === 'requests') return { status: 200, body: account.log };
    if (method === 'DELETE' && what === 'requests') return ((account.log.length = 0), { status: 200, body: {} });
    if (method === 'POST' && what === 'faults') return (account.faults.push(...(body as Fault[])), { status: 200, body: {} });
    if (method === 'PATCH' && !what) return (Object.assign(account.state as object, body), { status: 200, body: {} });
    const more = what ? spec.control?.(what, account, request, baseUrl) : undefined;
    if (more) return more;
    return { status: 404, body: { error: 'unknown control path' } };
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: baseUrl,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
