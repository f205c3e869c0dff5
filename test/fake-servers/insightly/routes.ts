/**
 * Insightly REST v3.1 as the fake answers it (from Insightly's API help and the spec
 * ../shared/spec/connectors/insightly.md): bare JSON with UPPER_SNAKE fields, exact-match
 * `Search` endpoints, events with `LINKS` taken inside the POST, `PUT /Events` as a partial
 * update, link sub-collections. Paths are matched without regard to case.
 */
import type { Account, FakeAnswer, FakeRequest } from '../small-fake/server';
import type { InsightlyEventRecord, InsightlyPerson, InsightlyState } from './seed';

type A = Account<InsightlyState>;
const DATE = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
const now = () => new Date().toISOString().slice(0, 19).replace('T', ' ');
export const error = (status: number, message: string): FakeAnswer => ({ status, body: { Message: message } });
const ok = (body: unknown, status = 200): FakeAnswer => ({ status, body });

const personOut = (p: InsightlyPerson, kind: 'contact' | 'lead') => ({
  [kind === 'contact' ? 'CONTACT_ID' : 'LEAD_ID']: p.id,
  FIRST_NAME: p.FIRST_NAME,
  LAST_NAME: p.LAST_NAME,
  TITLE: null,
  PHONE: p.PHONE,
  ...(kind === 'contact' ? { PHONE_MOBILE: p.PHONE_MOBILE ?? null } : { MOBILE: p.MOBILE ?? null }),
  DATE_CREATED_UTC: '2024-03-04 18:22:10',
  DATE_UPDATED_UTC: '2025-09-28 10:01:00',
  LAST_ACTIVITY_DATE_UTC: null,
  CUSTOMFIELDS: [],
  LINKS: p.LINKS,
});

export function routeInsightly(account: A, { method, path, query, body }: FakeRequest): FakeAnswer {
  const s = account.state;
  const parts = path.toLowerCase().split('/').filter(Boolean);
  if (parts[0] !== 'v3.1') return error(404, 'Not found');
  const [, collection, id, sub, subId] = parts;
  const people = collection === 'contacts' ? s.contacts : collection === 'leads' ? s.leads : undefined;
  const kind = collection === 'contacts' ? 'contact' : 'lead';

  if (method === 'GET' && collection === 'users' && id === 'me') return ok(s.user);
  if (people && method === 'GET' && id === 'search') {
    const field = query.get('field_name') ?? '';
    const value = query.get('field_value');
    if (!['PHONE', 'PHONE_MOBILE', 'MOBILE'].includes(field) || value === null) return error(400, 'Invalid field_name');
    if (field === 'PHONE_MOBILE' && kind === 'lead') return error(400, 'Invalid field_name');
    if (field === 'MOBILE' && kind === 'contact') return error(400, 'Invalid field_name');
    return ok(people.filter((p) => (p as unknown as Record<string, unknown>)[field] === value).map((p) => personOut(p, kind)));
  }
  if (people && method === 'GET' && id) {
    const found = people.find((p) => String(p.id) === id);
    return found ? ok(personOut(found, kind)) : error(404, 'Record not found');
  }
  if (people && method === 'POST' && !id) {
    const b = body as Record<string, string>;
    if (!b?.LAST_NAME && kind === 'lead') return error(400, 'LAST_NAME is required');
    const created: InsightlyPerson = {
      id: s.nextId++,
      FIRST_NAME: b.FIRST_NAME ?? '',
      LAST_NAME: b.LAST_NAME ?? '',
      PHONE: b.PHONE ?? null,
      LINKS: [],
    };
    people.push(created);
    return ok(personOut(created, kind), 201);
  }
  const named = {
    organisations: ['ORGANISATION', s.organisations],
    opportunities: ['OPPORTUNITY', s.opportunities],
    projects: ['PROJECT', s.projects],
  } as const;
  if (method === 'GET' && collection && collection in named && id) {
    const [prefix, table] = named[collection as keyof typeof named];
    const name = table[Number(id)];
    return name === undefined ? error(404, 'Record not found') : ok({ [`${prefix}_ID`]: Number(id), [`${prefix}_NAME`]: name });
  }
  if (collection === 'events') return routeEvents(s, method, id, sub, subId, query, body);
  return error(404, 'Not found');
}

function routeEvents(
  s: InsightlyState,
  method: string,
  id: string | undefined,
  sub: string | undefined,
  subId: string | undefined,
  query: URLSearchParams,
  body: unknown,
): FakeAnswer {
  const b = (body ?? {}) as Record<string, unknown>;
  const event = s.events.find((e) => String(e.EVENT_ID) === id);
  if (method === 'GET' && id === 'search') {
    if (query.get('field_name') !== 'TITLE') return error(400, 'Invalid field_name');
    const since = query.get('updated_after_utc') ?? '';
    const skip = Number(query.get('skip') ?? 0);
    const top = Math.min(Number(query.get('top') ?? 500), 500);
    return ok(s.events.filter((e) => e.TITLE === query.get('field_value') && e.DATE_UPDATED_UTC >= since).slice(skip, skip + top));
  }
  if (method === 'POST' && !id) {
    const problem = eventProblem(s, b, true);
    if (problem) return error(400, problem);
    const links = ((b.LINKS as Record<string, unknown>[] | undefined) ?? []).map((l) => ({
      LINK_ID: s.nextId++,
      LINK_OBJECT_NAME: String(l.LINK_OBJECT_NAME),
      LINK_OBJECT_ID: Number(l.LINK_OBJECT_ID),
    }));
    const created: InsightlyEventRecord = {
      EVENT_ID: s.nextId++,
      TITLE: String(b.TITLE),
      DETAILS: (b.DETAILS as string | undefined) ?? null,
      START_DATE_UTC: String(b.START_DATE_UTC),
      END_DATE_UTC: String(b.END_DATE_UTC),
      DATE_UPDATED_UTC: now(),
      LINKS: links,
    };
    s.events.push(created);
    return ok(created, 201);
  }
  if (method === 'PUT' && !id) {
    const target = s.events.find((e) => e.EVENT_ID === b.EVENT_ID);
    if (!target) return error(404, 'Record not found');
    const problem = eventProblem(s, b, false);
    if (problem) return error(400, problem);
    for (const field of ['TITLE', 'DETAILS', 'START_DATE_UTC', 'END_DATE_UTC'] as const)
      if (b[field] !== undefined) (target as unknown as Record<string, unknown>)[field] = b[field];
    target.DATE_UPDATED_UTC = now();
    return ok(target);
  }
  if (!event) return error(404, 'Record not found');
  if (method === 'GET' && !sub) return ok(event);
  if (sub === 'links' && method === 'POST') {
    const exists = linkTargetExists(s, String(b.LINK_OBJECT_NAME), Number(b.LINK_OBJECT_ID));
    if (!exists) return error(400, 'Invalid LINK_OBJECT_ID');
    const added = { LINK_ID: s.nextId++, LINK_OBJECT_NAME: String(b.LINK_OBJECT_NAME), LINK_OBJECT_ID: Number(b.LINK_OBJECT_ID) };
    event.LINKS.push(added);
    event.DATE_UPDATED_UTC = now();
    return ok(added, 201);
  }
  if (sub === 'links' && method === 'DELETE') {
    const before = event.LINKS.length;
    event.LINKS = event.LINKS.filter((l) => String(l.LINK_ID) !== subId);
    return event.LINKS.length === before ? error(404, 'Record not found') : { status: 202 };
  }
  return error(405, 'Method not allowed');
}

function eventProblem(s: InsightlyState, b: Record<string, unknown>, create: boolean): string | undefined {
  if (create && (typeof b.TITLE !== 'string' || !b.TITLE)) return 'TITLE is required';
  for (const field of ['START_DATE_UTC', 'END_DATE_UTC']) {
    if ((create || b[field] !== undefined) && !(typeof b[field] === 'string' && DATE.test(b[field] as string)))
      return `${field} must be yyyy-MM-dd HH:mm:ss`;
  }
  for (const l of (b.LINKS as Record<string, unknown>[] | undefined) ?? []) {
    if (!linkTargetExists(s, String(l.LINK_OBJECT_NAME), Number(l.LINK_OBJECT_ID)))
      return `Invalid link ${String(l.LINK_OBJECT_NAME)} ${String(l.LINK_OBJECT_ID)}`;
  }
  return undefined;
}

function linkTargetExists(s: InsightlyState, name: string, id: number): boolean {
  const tables: Record<string, () => boolean> = {
    contact: () => s.contacts.some((p) => p.id === id),
    lead: () => s.leads.some((p) => p.id === id),
    organisation: () => id in s.organisations,
    opportunity: () => id in s.opportunities,
    project: () => id in s.projects,
  };
  return tables[name.toLowerCase()]?.() ?? false;
}
