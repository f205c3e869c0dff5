/** activityTypes (v1) and activities (v2): create, read, patch, list. Strictly typed, like v2. */
import type { FakeActivity, FakeCompany } from './company';
import { invalid, list, notFound, ok, type FakeResponse } from './responses';
import { firstProblem, isBool, isDate, isDuration, isInt, isText, isTime, isUuid, nullable, queryInt } from './strict';

const RULES = {
  subject: isText,
  type: isText,
  owner_id: isInt,
  deal_id: nullable(isInt),
  lead_id: nullable(isUuid),
  org_id: nullable(isInt),
  due_date: isDate,
  due_time: isTime,
  duration: isDuration,
  busy: isBool,
  done: isBool,
  note: nullable(isText),
};

export function listActivityTypes(company: FakeCompany): FakeResponse {
  return ok(
    company.activityTypes.map((type) => ({
      ...type,
      order_nr: type.id,
      icon_key: 'call',
      color: null,
      add_time: '2022-03-01 09:00:00',
      update_time: '2022-03-01 09:00:00',
    })),
  );
}

/** Checks types, then that every record the activity points at exists. */
function problemWith(company: FakeCompany, body: Record<string, unknown>): string | undefined {
  const problem = firstProblem(body, RULES);
  if (problem) return problem;
  if (body.type !== undefined && !company.activityTypes.some((type) => type.active_flag && type.key_string === body.type))
    return `type: no active activity type "${String(body.type)}"`;
  if (typeof body.deal_id === 'number' && !company.deals.some((deal) => deal.id === body.deal_id)) return `deal_id: deal ${body.deal_id} not found`;
  if (typeof body.lead_id === 'string' && !company.leads.some((lead) => lead.id === body.lead_id)) return `lead_id: lead ${body.lead_id} not found`;
  if (body.participants !== undefined) {
    const participants = body.participants;
    if (!Array.isArray(participants) || participants.some((p) => !isInt(p?.person_id) || (p.primary !== undefined && !isBool(p.primary)))) {
      return 'participants: must be an array of { person_id: number, primary: boolean }';
    }
    const missing = participants.find((p: { person_id: number }) => !company.person(p.person_id));
    if (missing) return `participants: person ${missing.person_id} not found`;
  }
  return undefined;
}

const stamp = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

export function createActivity(company: FakeCompany, body: Record<string, unknown>): FakeResponse {
  const problem = problemWith(company, body);
  if (problem) return invalid(problem);
  const participants = (body.participants as FakeActivity['participants'] | undefined) ?? [];
  const primary = participants.find((p) => p.primary) ?? participants[0];
  const now = stamp();
  const activity: FakeActivity = {
    id: company.nextActivityId++,
    subject: (body.subject as string | undefined) ?? 'Call',
    type: (body.type as string | undefined) ?? 'call',
    owner_id: (body.owner_id as number | undefined) ?? company.user.id,
    creator_user_id: company.user.id,
    deal_id: (body.deal_id as number | null | undefined) ?? null,
    lead_id: (body.lead_id as string | null | undefined) ?? null,
    person_id: primary?.person_id ?? null,
    org_id: (body.org_id as number | null | undefined) ?? null,
    due_date: (body.due_date as string | undefined) ?? null,
    due_time: (body.due_time as string | undefined) ?? null,
    duration: (body.duration as string | undefined) ?? null,
    busy: (body.busy as boolean | undefined) ?? false,
    done: (body.done as boolean | undefined) ?? false,
    note: (body.note as string | null | undefined) ?? null,
    participants: participants.map((p) => ({ person_id: p.person_id, primary: p.primary ?? false })),
    add_time: now,
    update_time: now,
    marked_as_done_time: body.done ? now : null,
    is_deleted: false,
  };
  company.activities.push(activity);
  return ok(activityData(activity));
}

export function getActivity(company: FakeCompany, id: number): FakeResponse {
  const activity = company.activity(id);
  return activity ? ok(activityData(activity)) : notFound('Activity');
}

export function patchActivity(company: FakeCompany, id: number, body: Record<string, unknown>): FakeResponse {
  const activity = company.activity(id);
  if (!activity) return notFound('Activity');
  if (body.person_id !== undefined) return invalid('person_id: is read-only, use participants');
  const problem = problemWith(company, body);
  if (problem) return invalid(problem);
  for (const field of Object.keys(RULES)) if (body[field] !== undefined) Object.assign(activity, { [field]: body[field] });
  activity.update_time = stamp();
  return ok(activityData(activity));
}

export function listActivities(company: FakeCompany, query: Record<string, string>): FakeResponse {
  const personId = queryInt(query, 'person_id');
  if (personId === 'invalid') return invalid('person_id: must be an integer');
  if (query.updated_since !== undefined && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(query.updated_since)) {
    return invalid('updated_since: must be RFC 3339');
  }
  const since = query.updated_since ? Date.parse(query.updated_since) : Number.NEGATIVE_INFINITY;
  const sortBy = (query.sort_by ?? 'id') as 'id' | 'add_time' | 'update_time';
  const direction = query.sort_direction === 'desc' ? -1 : 1;
  const found = company.activities
    .filter((a) => !a.is_deleted && (personId === undefined || a.person_id === personId) && Date.parse(a.update_time) >= since)
    .sort((a, b) => direction * ((a[sortBy] < b[sortBy] ? -1 : a[sortBy] > b[sortBy] ? 1 : 0) || a.id - b.id));
  // v2 lists page with an opaque cursor (docs/pipedrive.md, "Response shapes"): `limit` default 100, at most 500.
  const limit = Math.min(Math.max(1, Number(query.limit ?? 100) || 100), 500);
  const start = query.cursor ? Number(Buffer.from(query.cursor, 'base64url').toString()) : 0;
  if (!Number.isSafeInteger(start) || start < 0) return invalid('cursor: not a cursor this API gave out');
  const page = found.slice(start, start + limit).map(activityData);
  const next = start + limit < found.length ? Buffer.from(String(start + limit)).toString('base64url') : null;
  return ok(page, { next_cursor: next });
}

function activityData(activity: FakeActivity) {
  const { is_deleted, ...data } = activity;
  return { ...data, is_deleted, project_id: null, location: null, attendees: [], public_description: null, priority: null };
}
