/**
 * One Pipedrive company of the fake: its data, its credentials, its rate-limit window, the
 * faults a test asked for and the requests it received. Every test makes its own company, so
 * test files running side by side never see each other's data, limits or faults.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import {
  SEED_ORGS,
  SEED_USER,
  seedActivityTypes,
  seedDeals,
  seedLeads,
  seedPersons,
  type FakeActivityType,
  type FakeDeal,
  type FakeLead,
  type FakePerson,
} from './seed';

export interface FakeActivity {
  id: number;
  subject: string;
  type: string;
  owner_id: number;
  creator_user_id: number;
  deal_id: number | null;
  lead_id: string | null;
  person_id: number | null;
  org_id: number | null;
  due_date: string | null;
  due_time: string | null;
  duration: string | null;
  busy: boolean;
  done: boolean;
  note: string | null;
  participants: { person_id: number; primary: boolean }[];
  add_time: string;
  update_time: string;
  marked_as_done_time: string | null;
  is_deleted: boolean;
}

/** A switch a test throws: the next `times` matching requests fail, stall or lose their answer. */
export interface Fault {
  method?: string;
  /** Exact path, or a prefix ending in `*`. */
  path?: string;
  times?: number;
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Answer this much later (after doing the work: a slow CRM still creates the record). */
  delayMs?: number;
  /**
   * Close the connection: before doing the work with no answer; after it, half-way through the
   * answer; or after it without a single byte of answer (`afterWork`: a server that crashed
   * right after its commit).
   */
  drop?: 'before' | 'after' | 'afterWork';
  /**
   * Do the work only this long after the request arrived, whether or not the client still waits
   * (a CRM that keeps working after the client gave up); the answer follows the work.
   */
  workAfterMs?: number;
  /** Send the status line and half the body (after doing the work), then nothing more, keeping the connection open. */
  stall?: boolean;
  /** Wait until the test releases this name (see control routes). */
  hold?: string;
}

export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  auth: 'apiToken' | 'bearer' | 'none';
  /**
   * The status answered; -1 when the connection was dropped before the work, -2 when it was
   * closed after the work without a byte, minus the status when the answer was cut.
   */
  status: number;
  /** When it arrived (ms since the epoch, the fake's clock). */
  at: number;
}

export interface CompanyOptions {
  /** Requests per 2 s window per token (Pipedrive: 20–120 for API tokens). */
  rateLimit?: number;
  /** Search requests per 2 s window (Pipedrive: 10). */
  searchRateLimit?: number;
  /** The connected user's id (default: the spec's 13570). Users of different companies are different users. */
  userId?: number;
  /** Every answer of this company comes this much later: the network between a client and Pipedrive. */
  latencyMs?: number;
}

let nextCompanyId = 4411;

export class FakeCompany {
  readonly id = nextCompanyId++;
  readonly domain = `northwind${this.id === 4411 ? '' : `-${this.id}`}`;
  apiToken = randomBytes(20).toString('hex');
  readonly user: typeof SEED_USER;
  readonly orgs = { ...SEED_ORGS };
  persons = seedPersons();
  deals: FakeDeal[] = seedDeals();
  leads: FakeLead[] = seedLeads();
  activityTypes: FakeActivityType[] = seedActivityTypes();
  activities: FakeActivity[] = [];
  nextPersonId = 900;
  nextActivityId = 5530;
  rateLimit: number;
  searchRateLimit: number;
  latencyMs: number;
  readonly windows = new Map<string, { start: number; count: number }>();
  faults: (Fault & { times: number })[] = [];
  log: LoggedRequest[] = [];
  /** OAuth: access token → expiry (ms); refresh tokens that are still valid; codes not yet used. */
  readonly accessTokens = new Map<string, number>();
  readonly refreshTokens = new Set<string>();
  /** Every refresh token ever given out, so a spent one is still known to be this company's. */
  readonly issuedRefreshTokens = new Set<string>();
  readonly codes = new Map<string, { redirectUri: string; expiresIn: number; codeChallenge?: string }>();
  /** Grants the token endpoint gave out for this company, in order (`authorization_code`, `refresh_token`, `revoke`). */
  tokenGrants: string[] = [];

  constructor(options: CompanyOptions = {}) {
    this.user = { ...SEED_USER, id: options.userId ?? SEED_USER.id };
    this.rateLimit = options.rateLimit ?? 40;
    this.searchRateLimit = options.searchRateLimit ?? 10;
    this.latencyMs = options.latencyMs ?? 0;
  }

  person(id: number): FakePerson | undefined {
    return this.persons.find((person) => person.id === id);
  }

  activity(id: number): FakeActivity | undefined {
    return this.activities.find((activity) => activity.id === id && !activity.is_deleted);
  }

  /** Takes the first fault that matches, counting it down. */
  takeFault(method: string, path: string): Fault | undefined {
    const fault = this.faults.find(
      (f) =>
        f.times > 0 &&
        (!f.method || f.method === method) &&
        (!f.path || (f.path.endsWith('*') ? path.startsWith(f.path.slice(0, -1)) : f.path === path)),
    );
    if (fault) fault.times--;
    return fault;
  }

  /** Counts a request in the token's 2 s window; returns the headers to send and whether it is over the limit. */
  countRequest(token: string, search: boolean, now = Date.now()): { over: boolean; headers: Record<string, string> } {
    const key = `${search ? 'search:' : ''}${token}`;
    const limit = search ? this.searchRateLimit : this.rateLimit;
    let window = this.windows.get(key);
    if (!window || now - window.start >= 2000) window = { start: now, count: 0 };
    window.count++;
    this.windows.set(key, window);
    const resetSeconds = Math.max(1, Math.ceil((window.start + 2000 - now) / 1000));
    return {
      over: window.count > limit,
      headers: {
        'x-ratelimit-limit': String(limit),
        'x-ratelimit-remaining': String(Math.max(0, limit - window.count)),
        'x-ratelimit-reset': String(resetSeconds),
      },
    };
  }

  issueTokens(expiresIn = 3600) {
    const access = `at-${randomUUID()}`;
    const refresh = `rt-${randomUUID()}`;
    this.accessTokens.set(access, Date.now() + expiresIn * 1000);
    this.refreshTokens.add(refresh);
    this.issuedRefreshTokens.add(refresh);
    return {
      access_token: access,
      token_type: 'Bearer',
      refresh_token: refresh,
      scope: 'base,activities:full,contacts:full,deals:read,leads:read',
      expires_in: expiresIn,
    };
  }
}

export const companies = new Map<number, FakeCompany>();

export function createCompany(options?: CompanyOptions): FakeCompany {
  const company = new FakeCompany(options);
  companies.set(company.id, company);
  return company;
}

/** The company a credential belongs to, if it is valid now. */
export function companyForCredential(headers: { apiToken?: string; bearer?: string }): FakeCompany | undefined {
  for (const company of companies.values()) {
    if (headers.apiToken && headers.apiToken === company.apiToken) return company;
    const expiry = headers.bearer ? company.accessTokens.get(headers.bearer) : undefined;
    if (expiry !== undefined && expiry > Date.now()) return company;
  }
  return undefined;
}
