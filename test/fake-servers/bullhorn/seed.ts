/**
 * One Bullhorn corporation on the fake (docs/bullhorn.md; Bullhorn REST): its user, client
 * contacts, candidates, leads, companies and Notes, its OAuth client, codes, tokens and REST
 * sessions. Dates are epoch ms, as Bullhorn's are. Each test makes its own corporation.
 */
export interface FakePerson {
  id: number;
  entity: 'ClientContact' | 'Candidate' | 'Lead';
  name: string;
  firstName: string;
  lastName: string;
  phone: string;
  mobile?: string;
  status: string;
  isDeleted: boolean;
  dateAdded: number;
  dateLastModified: number;
  comments?: string;
  clientCorporation?: { id: number };
}
export interface FakeNote {
  id: number;
  comments: string;
  action: string | null;
  personReference: { id: number; personSubtype?: string };
  commentingPerson: { id: number };
  dateAdded: number;
  minutesSpent: number | null;
  externalID: string | null;
}
export interface BullhornState {
  clientId: string;
  clientSecret: string;
  username: string;
  user: { id: number; name: string; firstName: string; lastName: string; timeZoneOffsetEST: number };
  commentActionList: string[];
  people: FakePerson[];
  companies: { id: number; name: string; companyDescription?: string }[];
  notes: FakeNote[];
  codes: Record<string, string>;
  /** access token → expiry (epoch ms); Bullhorn's live 10 minutes. */
  accessTokens: Record<string, number>;
  /** refresh token → still usable (single use: false once spent). */
  refreshTokens: Record<string, boolean>;
  /** BhRestToken → expiry (epoch ms), pushed back by each call (an idle timeout). */
  sessions: Record<string, number>;
  sessionMinutes: number;
  /** Token and login requests in order: `authorization_code`, `refresh_token`, `refresh_token refused`, `login`, `login refused`. */
  grants: string[];
  /** `GET loginInfo` for this user (it carries no credential, so it is not in the request log). */
  loginInfoCalls: number;
  /** How far this corporation's clock is ahead of the real one: tests let token lifetimes and idle timeouts pass. */
  clockOffsetMs: number;
}

/** The corporation's "now": tokens and sessions expire by it. */
export const nowOf = (s: BullhornState) => Date.now() + s.clockOffsetMs;

let nextId = 3000;
export const newId = () => ++nextId;

export function seedBullhorn(id: string, token: string): BullhornState {
  const added = Date.UTC(2024, 1, 1, 11);
  const person = (entity: FakePerson['entity'], firstName: string, lastName: string, phone: string, status = 'Active'): FakePerson => ({
    id: newId(),
    entity,
    name: `${firstName} ${lastName}`,
    firstName,
    lastName,
    phone,
    status,
    isDeleted: false,
    dateAdded: added,
    dateLastModified: added + 86_400_000,
  });
  const company = { id: newId(), name: 'Northwind Staffing Client' };
  const people = [
    person('Candidate', 'Jonas', 'Meyer', '(415) 555-0123'),
    { ...person('ClientContact', 'Priya', 'Natarajan', '415-555-0132'), clientCorporation: { id: company.id } },
    person('Lead', 'Omar', 'Haddad', '+1 415 555 0132'),
    person('Candidate', 'Archived', 'Person', '972-555-0102', 'Archived'),
    person('Lead', 'Converted', 'Lead', '(972) 555-0103', 'Converted'),
  ];
  return {
    clientId: `bh-client-${id}`,
    clientSecret: `bh-secret-${id}`,
    username: `recruiter.${id}`,
    user: { id: newId(), name: 'Riley Chen', firstName: 'Riley', lastName: 'Chen', timeZoneOffsetEST: -180 },
    commentActionList: ['Left Message', 'Phone Screen', 'Reference Check'],
    people,
    companies: [company],
    notes: [],
    codes: {},
    accessTokens: { [token]: Date.now() + 600_000 },
    refreshTokens: {},
    sessions: {},
    sessionMinutes: 60,
    grants: [],
    loginInfoCalls: 0,
    clockOffsetMs: 0,
  };
}
