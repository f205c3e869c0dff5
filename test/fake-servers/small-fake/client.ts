/** The test side of a small fake's `/_fake/` paths (server.ts), from browser-mode tests and Node. */
import type { Fault } from './server';

export interface FakeAccountHandle<S> {
  url: string;
  id: string;
  token: string;
  state(): Promise<S>;
  patch(changes: Partial<S>): Promise<void>;
  requests(): Promise<{ method: string; path: string; query: string; body: unknown; status: number }[]>;
  /** `METHOD path` of each request that reached the API. */
  requestLines(): Promise<string[]>;
  clearRequests(): Promise<void>;
  inject(...faults: Fault[]): Promise<void>;
}

async function call<T>(url: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`fake control ${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export async function createFakeAccount<S>(url: string, options: Record<string, unknown> = {}): Promise<FakeAccountHandle<S>> {
  const { id, token } = await call<{ id: string; token: string }>(url, 'POST', '/_fake/accounts', options);
  const at = `/_fake/accounts/${id}`;
  const handle: FakeAccountHandle<S> = {
    url,
    id,
    token,
    state: () => call(url, 'GET', at),
    patch: async (changes) => void (await call(url, 'PATCH', at, changes)),
    requests: () => call(url, 'GET', `${at}/requests`),
    requestLines: async () => (await handle.requests()).map((r) => `${r.method} ${r.path}`),
    clearRequests: async () => void (await call(url, 'DELETE', `${at}/requests`)),
    inject: async (...faults) => void (await call(url, 'POST', `${at}/faults`, faults)),
  };
  return handle;
}
