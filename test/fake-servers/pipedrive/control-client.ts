/**
 * The test side of the fake's `/_fake/` switches, usable from browser-mode tests and from Node.
 * `createFakeCompany()` gives each test its own company, token and request log.
 */
import type { CompanyOptions, FakeActivity, Fault, LoggedRequest } from './company';
import type { FakeDeal, FakeLead, FakePerson } from './seed';

export interface FakeCompanyHandle {
  url: string;
  companyId: number;
  apiToken: string;
  companyDomain: string;
  userId: number;
  requests(): Promise<LoggedRequest[]>;
  clearRequests(): Promise<void>;
  /** The requests that reached the API (not those refused before routing), as `METHOD path`. */
  requestLines(): Promise<string[]>;
  inject(...faults: Fault[]): Promise<void>;
  clearFaults(): Promise<void>;
  state(): Promise<{ persons: FakePerson[]; deals: FakeDeal[]; leads: FakeLead[]; activities: FakeActivity[]; tokenGrants: string[] }>;
  update(settings: Partial<CompanyOptions> & { activityTypes?: unknown[] }): Promise<void>;
  /** Changes a person behind the connector's back (a user editing Pipedrive). */
  updatePerson(id: number, changes: Partial<Pick<FakePerson, 'name' | 'org_id'>>): Promise<void>;
  rotateToken(): Promise<string>;
  /** A code as the consent page gives it; with `codeChallenge`, the exchange wants its PKCE verifier. */
  oauthCode(redirectUri: string, expiresIn?: number, codeChallenge?: string): Promise<string>;
  forgetRefreshTokens(): Promise<void>;
}

async function call<T>(url: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`fake Pipedrive control ${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export async function createFakeCompany(url: string, options: CompanyOptions = {}): Promise<FakeCompanyHandle> {
  const created = await call<{ companyId: number; apiToken: string; companyDomain: string; userId: number }>(
    url,
    'POST',
    '/_fake/companies',
    options,
  );
  const at = `/_fake/companies/${created.companyId}`;
  const handle: FakeCompanyHandle = {
    url,
    ...created,
    requests: () => call(url, 'GET', `${at}/requests`),
    clearRequests: async () => void (await call(url, 'DELETE', `${at}/requests`)),
    requestLines: async () => (await handle.requests()).map((r) => `${r.method} ${r.path}`),
    inject: async (...faults) => void (await call(url, 'POST', `${at}/faults`, faults)),
    clearFaults: async () => void (await call(url, 'DELETE', `${at}/faults`)),
    state: () => call(url, 'GET', at),
    update: async (settings) => void (await call(url, 'PATCH', at, settings)),
    updatePerson: async (id, changes) => void (await call(url, 'PATCH', `${at}/persons/${id}`, changes)),
    rotateToken: async () => {
      const { apiToken } = await call<{ apiToken: string }>(url, 'POST', `${at}/rotate-token`);
      handle.apiToken = apiToken;
      return apiToken;
    },
    oauthCode: async (redirectUri, expiresIn, codeChallenge) =>
      (await call<{ code: string }>(url, 'POST', `${at}/oauth/code`, { redirectUri, expiresIn, codeChallenge })).code,
    forgetRefreshTokens: async () => void (await call(url, 'POST', `${at}/oauth/forget-refresh-tokens`)),
  };
  return handle;
}

/** Names of requests parked by a `hold` fault, with how many wait on each. */
export function heldRequests(url: string): Promise<Record<string, number>> {
  return call(url, 'GET', '/_fake/held');
}

/** The next request to the token endpoint waits until `name` is released. */
export async function holdNextTokenRequest(url: string, name: string): Promise<void> {
  await call(url, 'POST', '/_fake/oauth/hold', { name });
}

export async function releaseHeld(url: string, name: string): Promise<void> {
  await call(url, 'POST', '/_fake/release', { name });
}
