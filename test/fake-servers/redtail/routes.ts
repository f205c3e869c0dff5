/**
 * Redtail's resources as the fake answers them (spec ../shared/spec/connectors/redtail.md, from
 * App Connect's connector and its tests, and Redtail's help centre for the login): bodies wrapped
 * in the resource's name, ISO dates, activities that must name an existing contact and an active
 * category, a PUT that changes only what it is given, and 25 activities per page of a contact's
 * list, newest first.
 */
import type { Account, FakeAnswer, FakeRequest } from '../small-fake/server';
import type { RedtailActivityRecord, RedtailState } from './seed';

type A = Account<RedtailState>;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;
const PAGE = 25;
export const API_ROOT = '/api/public/v1';

/** The parts of `Basic|Userkeyauth base64(a:b[:c])`: a password may hold `:`, so the third part takes the rest. */
export function credentialParts(request: FakeRequest): string[] {
  const encoded = /^(?:Basic|Userkeyauth) (.+)$/i.exec(request.headers.authorization ?? '')?.[1];
  if (!encoded) return [];
  const [key = '', second = '', ...rest] = Buffer.from(encoded, 'base64').toString('utf8').split(':');
  return rest.length ? [key, second, rest.join(':')] : [key, second];
}

export const error = (status: number, message: string): FakeAnswer => ({ status, body: { error: message } });
const ok = (body: unknown, status = 200): FakeAnswer => ({ status, body });

export function routeRedtail(account: A, request: FakeRequest): FakeAnswer {
  const { method, path, query, body } = request;
  const s = account.state;
  if (!path.startsWith(`${API_ROOT}/`)) return error(404, 'Not found');
  const [collection, id, sub] = path.slice(API_ROOT.length + 1).split('/');
  const b = (body ?? {}) as Record<string, unknown>;

  if (method === 'GET' && collection === 'authentication') {
    const [, username, password] = credentialParts(request);
    const user = s.users.find((u) => u.username === username && u.password === password && !u.disabled);
    if (!user) return error(401, 'Invalid username or password');
    return ok({ authenticated_user: { id: 1, name: user.name, user_key: user.user_key, database_id: 7 } });
  }
  if (method === 'GET' && collection === 'lists' && id === 'categories') return ok({ categories: s.categories });
  if (collection === 'contacts') {
    if (method === 'GET' && id === 'search_basic') {
      const term = query.get('phone_number');
      if (!term) return error(422, 'phone_number is required');
      return ok({ contacts: s.contacts.filter((c) => c.phones.some((p) => p.number === term.replace(/\D/g, ''))) });
    }
    if (method === 'POST' && !id) return createContact(s, b);
    if (method === 'GET' && id && sub === 'activities') return contactActivities(s, Number(id), Number(query.get('page') ?? 1));
    return error(404, 'Not found');
  }
  if (collection === 'activities') return routeActivities(s, method, id, sub, query, b);
  return error(404, 'Not found');
}

function createContact(s: RedtailState, b: Record<string, unknown>): FakeAnswer {
  if (b.type !== 'Crm::Contact::Individual') return error(422, 'type is invalid');
  if (!b.first_name && !b.last_name) return error(422, 'A name is required');
  const phones = Array.isArray(b.phones) ? (b.phones as { phone_type: number; number: string; country_code?: number }[]) : [];
  if (phones.some((p) => typeof p.number !== 'string' || !/^\d+$/.test(p.number))) return error(422, 'phones.number is invalid');
  const now = new Date().toISOString();
  const created = {
    id: s.nextId++,
    type: String(b.type),
    first_name: String(b.first_name ?? ''),
    middle_name: '',
    last_name: String(b.last_name ?? ''),
    job_title: '',
    phones,
    created_at: now,
    updated_at: now,
  };
  s.contacts.push(created);
  return ok({ contact: created }, 201);
}

function contactActivities(s: RedtailState, contactId: number, page: number): FakeAnswer {
  if (!s.contacts.some((c) => c.id === contactId)) return error(404, 'Contact not found');
  const all = s.activities.filter((a) => a.linked_contacts.some((l) => l.contact_id === contactId)).reverse();
  const pages = Math.max(1, Math.ceil(all.length / PAGE));
  return ok({ activities: all.slice((page - 1) * PAGE, page * PAGE).map(bare), meta: { total_pages: pages, total_records: all.length } });
}

function routeActivities(
  s: RedtailState,
  method: string,
  id: string | undefined,
  sub: string | undefined,
  query: URLSearchParams,
  b: Record<string, unknown>,
): FakeAnswer {
  if (method === 'POST' && !id) {
    const problem = activityProblem(s, b, true);
    if (problem) return error(422, problem);
    const now = new Date().toISOString();
    const created: RedtailActivityRecord = {
      id: s.nextId++,
      subject: String(b.subject),
      description: typeof b.description === 'string' ? b.description : '',
      start_date: String(b.start_date),
      end_date: String(b.end_date),
      activity_code_id: Number(b.activity_code_id),
      category_id: Number(b.category_id ?? 2),
      repeats: String(b.repeats ?? 'never'),
      completed: b.completed === true,
      linked_contacts: (b.linked_contacts as { contact_id: number }[]).map((l) => ({ contact_id: l.contact_id })),
      notes: [],
      created_at: now,
      updated_at: now,
    };
    s.activities.push(created);
    return ok({ activity: bare(created) }, 201);
  }
  const activity = s.activities.find((a) => String(a.id) === id);
  if (!activity) return error(404, 'Activity not found');
  if (method === 'GET' && !sub) {
    return ok({ activity: query.get('include') === 'linked_contacts' ? withContacts(s, activity) : bare(activity) });
  }
  if (method === 'PUT' && !sub) {
    const problem = activityProblem(s, b, false);
    if (problem) return error(422, problem);
    for (const field of ['subject', 'description', 'start_date', 'end_date', 'category_id', 'completed'] as const)
      if (b[field] !== undefined) (activity as unknown as Record<string, unknown>)[field] = b[field];
    activity.updated_at = new Date().toISOString();
    return ok({ activity: bare(activity) });
  }
  if (method === 'POST' && sub === 'notes') {
    if (typeof b.body !== 'string' || !b.body) return error(422, 'body is required');
    if (typeof b.note_type !== 'number') return error(422, 'note_type is required');
    const note = { id: s.nextId++, category_id: Number(b.category_id ?? activity.category_id), note_type: b.note_type, body: b.body };
    activity.notes.push(note);
    return ok({ note }, 201);
  }
  if (method === 'GET' && sub === 'notes') return ok({ notes: activity.notes });
  return error(405, 'Method not allowed');
}

function activityProblem(s: RedtailState, b: Record<string, unknown>, create: boolean): string | undefined {
  if (create && (typeof b.subject !== 'string' || !b.subject)) return 'subject is required';
  if (create && typeof b.activity_code_id !== 'number') return 'activity_code_id is required';
  for (const field of ['start_date', 'end_date'])
    if ((create || b[field] !== undefined) && !(typeof b[field] === 'string' && ISO.test(b[field] as string))) return `${field} is invalid`;
  if (b.category_id !== undefined && !s.categories.some((c) => c.id === b.category_id && !c.deleted)) return 'category_id is invalid';
  if (b.completed !== undefined && typeof b.completed !== 'boolean') return 'completed is invalid';
  if (create) {
    const links = b.linked_contacts;
    if (!Array.isArray(links) || !links.length) return 'linked_contacts is required';
    for (const link of links as { contact_id?: unknown }[])
      if (!s.contacts.some((c) => c.id === link.contact_id)) return `Contact ${String(link.contact_id)} not found`;
  }
  return undefined;
}

const bare = ({ notes: _notes, ...activity }: RedtailActivityRecord) => activity;

function withContacts(s: RedtailState, activity: RedtailActivityRecord) {
  return {
    ...bare(activity),
    linked_contacts: activity.linked_contacts.map(({ contact_id }) => {
      const contact = s.contacts.find((c) => c.id === contact_id);
      return { contact_id, first_name: contact?.first_name ?? '', last_name: contact?.last_name ?? '' };
    }),
  };
}
