/** The test side of the fake Clio's `/_fake/` switches: a firm per test, its state, requests and faults. */
import type { FakeActivity, FakeCommunication, FakeContact, Fault, LoggedRequest } from './firm';

export interface FakeFirmHandle {
  url: string;
  firmId: number;
  accessToken: string;
  userId: number;
  state(): Promise<{ communications: FakeCommunication[]; activities: FakeActivity[]; contacts: FakeContact[]; tokenGrants: string[] }>;
  requests(): Promise<LoggedRequest[]>;
  /** `METHOD path` of every request that reached the API. */
  requestLines(): Promise<string[]>;
  clearRequests(): Promise<void>;
  inject(...faults: Fault[]): Promise<void>;
  forgetRefreshTokens(): Promise<void>;
  /** Every access token issued so far stops working, as when their 30 days are over. */
  expireAccessTokens(): Promise<void>;
  /** Refresh tokens that rotate and work once (not Clio's documented behaviour; see firm.ts). */
  useSingleUseRefreshTokens(): Promise<void>;
  addMatter(clientId: number, displayNumber: string, description: string): Promise<{ id: number }>;
  /** Where Clio's consent page sends the browser after "Allow": the redirect URI with a code and the state. */
  consent(redirectUri: string, state: string): Promise<string>;
}

async function call<T>(url: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`fake Clio control ${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export async function createFakeFirm(url: string): Promise<FakeFirmHandle> {
  const created = await call<{ firmId: number; accessToken: string; userId: number }>(url, 'POST', '/_fake/firms');
  const at = `/_fake/firms/${created.firmId}`;
  const handle: FakeFirmHandle = {
    url,
    ...created,
    state: () => call(url, 'GET', at),
    requests: () => call(url, 'GET', `${at}/requests`),
    requestLines: async () => (await handle.requests()).map((r) => `${r.method} ${r.path}`),
    clearRequests: async () => void (await call(url, 'DELETE', `${at}/requests`)),
    inject: async (...faults) => void (await call(url, 'POST', `${at}/faults`, { faults })),
    consent: async (redirect_uri, state) => (await call<{ location: string }>(url, 'POST', `${at}/oauth-code`, { redirect_uri, state })).location,
    forgetRefreshTokens: async () => void (await call(url, 'POST', `${at}/forget-refresh-tokens`)),
    expireAccessTokens: async () => void (await call(url, 'POST', `${at}/expire-access-tokens`)),
    useSingleUseRefreshTokens: async () => void (await call(url, 'POST', `${at}/settings`, { singleUseRefreshTokens: true })),
    addMatter: (client_id, display_number, description) => call(url, 'POST', `${at}/matters`, { client_id, display_number, description }),
  };
  return handle;
}
