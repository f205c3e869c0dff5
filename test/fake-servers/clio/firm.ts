/**
 * One Clio firm on the fake (docs/clio.md; Clio Manage API v4): its user, contacts, matters,
 * relationships, communications and activities, its OAuth codes and tokens, a request log and
 * injected faults. Each test makes its own firm, so test files run side by side.
 */
import { randomUUID } from 'node:crypto';

export interface FakeContact {
  id: number;
  type: 'Person' | 'Company';
  name: string;
  phone_numbers: { number: string }[];
  created_at: string;
  updated_at: string;
}
export interface FakeMatter {
  id: number;
  display_number: string;
  description: string;
  status: 'Open' | 'Pending' | 'Closed';
  client_id: number;
}
export interface FakeCommunication {
  id: number;
  type: string;
  subject: string;
  body: string;
  received_at: string | null;
  senders: { id: number; type: string }[];
  receivers: { id: number; type: string }[];
  matter: { id: number } | null;
  external_properties: { id: number; name: string; value: string }[];
  created_at: string;
}
export interface FakeActivity {
  id: number;
  type: 'TimeEntry';
  communication_id: number | null;
  quantity: number;
  date: string;
  non_billable: boolean;
  note: string;
  matter_id: number | null;
}
export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  status: number;
}
export interface Fault {
  status: number;
  times?: number;
  headers?: Record<string, string>;
}

let nextId = 5000;
const id = () => ++nextId;
const now = () => new Date().toISOString();

export const firms = new Map<number, FakeFirm>();

export function createFirm(): FakeFirm {
  const firm = new FakeFirm();
  firms.set(firm.id, firm);
  return firm;
}

export class FakeFirm {
  readonly id = id();
  readonly user = { id: id(), name: 'Dana Whitfield', time_zone: 'America/Los_Angeles' };
  readonly contacts: FakeContact[] = [];
  readonly matters: FakeMatter[] = [];
  readonly relationships: { id: number; contact_id: number; matter_id: number }[] = [];
  readonly communications: FakeCommunication[] = [];
  readonly activities: FakeActivity[] = [];
  readonly log: LoggedRequest[] = [];
  readonly faults: Fault[] = [];
  readonly accessTokens = new Map<string, number>();
  readonly refreshTokens = new Set<string>();
  readonly codes = new Map<string, { redirectUri: string }>();
  readonly tokenGrants: string[] = [];
  /** Requests in the current 60 s window, per access token (Clio: 50 at peak). */
  readonly windows = new Map<string, { start: number; count: number }>();
  rateLimit = 50;
  /**
   * Not Clio's documented behaviour (its refresh tokens are reusable and a refresh names none):
   * each refresh answers a new refresh token and retires the one used, as many OAuth servers do,
   * to show the extension keeps the newest and a replayed one is refused.
   */
  singleUseRefreshTokens = false;
  readonly accessToken: string;

  constructor() {
    this.accessToken = this.issueTokens().access_token;
    const person = (name: string, number: string, type: 'Person' | 'Company' = 'Person') => {
      const contact = { id: id(), type, name, phone_numbers: [{ number }], created_at: now(), updated_at: now() };
      this.contacts.push(contact);
      return contact;
    };
    const maria = person('Maria Okafor', '+14155550123');
    person('Dana Whitfield LLP', '+14155550132', 'Company');
    person('Sam Whitfield', '+14155550132');
    const matter = (client: FakeContact, display_number: string, status: FakeMatter['status']) => {
      const created = { id: id(), display_number, description: `${client.name} matter`, status, client_id: client.id };
      this.matters.push(created);
      return created;
    };
    matter(maria, '00001-Okafor', 'Open');
    matter(maria, '00002-Okafor', 'Closed');
    const other = person('Lee Grant', '+16175550100');
    const related = matter(other, '00003-Grant', 'Open');
    this.relationships.push({ id: id(), contact_id: maria.id, matter_id: related.id });
  }

  issueTokens(expiresIn = 2592000) {
    const access_token = `clio-at-${randomUUID()}`;
    const refresh_token = `clio-rt-${randomUUID()}`;
    this.accessTokens.set(access_token, Date.now() + expiresIn * 1000);
    this.refreshTokens.add(refresh_token);
    return { token_type: 'bearer', access_token, refresh_token, expires_in: expiresIn };
  }

  takeFault(): Fault | undefined {
    const fault = this.faults[0];
    if (!fault) return undefined;
    fault.times = (fault.times ?? 1) - 1;
    if (fault.times <= 0) this.faults.shift();
    return fault;
  }

  countRequest(token: string): Record<string, string> & { over?: string } {
    const t = Date.now();
    const window = this.windows.get(token);
    const current = window && t - window.start < 60_000 ? window : { start: t, count: 0 };
    current.count += 1;
    this.windows.set(token, current);
    const reset = String(Math.ceil((current.start + 60_000) / 1000));
    const headers = {
      'x-ratelimit-limit': String(this.rateLimit),
      'x-ratelimit-remaining': String(Math.max(0, this.rateLimit - current.count)),
      'x-ratelimit-reset': reset,
    };
    return current.count > this.rateLimit ? { ...headers, over: String(Math.ceil((current.start + 60_000 - t) / 1000)) } : headers;
  }

  nextId(): number {
    return id();
  }
}

export function firmForToken(token: string | undefined): FakeFirm | undefined {
  if (!token) return undefined;
  for (const firm of firms.values()) {
    const expires = firm.accessTokens.get(token);
    if (expires !== undefined && expires > Date.now()) return firm;
  }
  return undefined;
}

/** The firm that issued `token`, whether or not it still works. */
export function issuerOf(token: string | undefined): FakeFirm | undefined {
  for (const firm of firms.values()) if (token && firm.accessTokens.has(token)) return firm;
  return undefined;
}
