/** One Insightly account's data (contacts, leads, linked records, events), fresh per test account. */
export interface InsightlyLink {
  LINK_ID: number;
  LINK_OBJECT_NAME: string;
  LINK_OBJECT_ID: number;
}
export interface InsightlyPerson {
  id: number;
  FIRST_NAME: string;
  LAST_NAME: string;
  PHONE: string | null;
  PHONE_MOBILE?: string | null;
  MOBILE?: string | null;
  LINKS: InsightlyLink[];
}
export interface InsightlyEventRecord {
  EVENT_ID: number;
  TITLE: string;
  DETAILS: string | null;
  START_DATE_UTC: string;
  END_DATE_UTC: string;
  DATE_UPDATED_UTC: string;
  LINKS: InsightlyLink[];
}
export interface InsightlyState {
  user: { USER_ID: number; FIRST_NAME: string; LAST_NAME: string; TIMEZONE_ID: string };
  contacts: InsightlyPerson[];
  leads: InsightlyPerson[];
  organisations: Record<number, string>;
  opportunities: Record<number, string>;
  projects: Record<number, string>;
  events: InsightlyEventRecord[];
  nextId: number;
  /** Requests left today (X-RateLimit-Remaining). */
  remaining: number;
}

const link = (LINK_ID: number, LINK_OBJECT_NAME: string, LINK_OBJECT_ID: number) => ({ LINK_ID, LINK_OBJECT_NAME, LINK_OBJECT_ID });

export function seedInsightly(): InsightlyState {
  return {
    user: { USER_ID: 7001, FIRST_NAME: 'Jordan', LAST_NAME: 'Lee', TIMEZONE_ID: 'Pacific Standard Time' },
    contacts: [
      {
        id: 101,
        FIRST_NAME: 'Priya',
        LAST_NAME: 'Shah',
        PHONE: '+14155550123',
        LINKS: [link(9001, 'Organisation', 201), link(9002, 'Opportunity', 301)],
      },
      { id: 102, FIRST_NAME: 'Dana', LAST_NAME: 'Whitfield', PHONE: null, PHONE_MOBILE: '+16505550111', LINKS: [] },
      { id: 103, FIRST_NAME: 'Omar', LAST_NAME: 'Haddad', PHONE: '4155550199', LINKS: [link(9003, 'Project', 501)] },
      { id: 104, FIRST_NAME: 'Lena', LAST_NAME: 'Fischer', PHONE: '(415) 555-0177', LINKS: [] },
    ],
    leads: [{ id: 401, FIRST_NAME: 'Sam', LAST_NAME: 'Whitfield', PHONE: null, MOBILE: '+16505550111', LINKS: [] }],
    organisations: { 201: 'Shah Imports' },
    opportunities: { 301: 'Q4 restock', 302: 'Renewal 2026' },
    projects: { 501: 'Warehouse rollout' },
    events: [],
    nextId: 5001,
    remaining: 100_000,
  };
}
