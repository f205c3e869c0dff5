/**
 * Clio Manage API v4 (docs/clio.md; the spec's sections 4–10) for one firm: the endpoints the
 * connector may call, strict about bodies (ids are numbers, `data` wraps every body, dates have
 * one format) and with `fields=` as Clio has it. Lists page at `limit` (at most 200).
 */
import type { FakeContact, FakeFirm } from './firm';
import { parseFields, select } from './fields';
import { badRequest, notFound, one, unprocessable, type FakeResponse } from './responses';
import { activityView, communicationView, contactView, matterView } from './views';

type Body = Record<string, unknown>;
const isInt = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
const isRef = (value: unknown): value is { id: number } => typeof value === 'object' && value !== null && isInt((value as { id?: unknown }).id);
const isIsoDate = (value: unknown) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
const isIsoTime = (value: unknown) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value));

export function routeApi(firm: FakeFirm, method: string, path: string, query: Record<string, string>, body: Body, baseUrl: string): FakeResponse {
  const route = `${method} ${path.replace(/\/\d+\.json$/, '/{id}.json')}`;
  const recordId = Number(/\/(\d+)\.json$/.exec(path)?.[1]);
  const fields = parseFields(query.fields);
  const pick = (record: Record<string, unknown>, status = 200): FakeResponse => {
    const picked = select(record, fields);
    return 'unknown' in picked ? badRequest(`Unknown field: ${picked.unknown}`) : one(picked.data, status);
  };
  const list = (records: Record<string, unknown>[]): FakeResponse => {
    const limit = query.limit === undefined ? 200 : Number(query.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 200) return badRequest('limit must be between 1 and 200');
    const from = Number(query.page_token ?? 0);
    const page = records.slice(from, from + limit);
    const data = [];
    for (const record of page) {
      const picked = select(record, fields);
      if ('unknown' in picked) return badRequest(`Unknown field: ${picked.unknown}`);
      data.push(picked.data);
    }
    const next =
      from + limit < records.length
        ? new URL(`${baseUrl}${path}?${new URLSearchParams({ ...query, page_token: String(from + limit) })}`).href
        : undefined;
    return { status: 200, body: { data, meta: { paging: next ? { next } : {}, records: records.length } } };
  };
  const data = body.data as Body | undefined;
  if ((method === 'POST' || method === 'PATCH') && (typeof data !== 'object' || data === null)) return badRequest('Body must be { "data": { ... } }');

  switch (route) {
    case 'GET /api/v4/users/who_am_i.json':
      return pick(firm.user);
    case 'GET /api/v4/contacts.json': {
      const term = (query.query ?? '').toLowerCase();
      const found = firm.contacts.filter((c) => !term || c.name.toLowerCase().includes(term) || c.phone_numbers.some((p) => p.number.includes(term)));
      return list(found.map(contactView));
    }
    case 'GET /api/v4/contacts/{id}.json': {
      const contact = firm.contacts.find((c) => c.id === recordId);
      return contact ? pick(contactView(contact)) : notFound('Contact');
    }
    case 'POST /api/v4/contacts.json':
      return createContact(firm, data!, pick);
    case 'GET /api/v4/matters.json': {
      const client = query.client_id === undefined ? undefined : Number(query.client_id);
      return list(firm.matters.filter((m) => client === undefined || m.client_id === client).map((m) => matterView(firm, m)));
    }
    case 'GET /api/v4/relationships.json': {
      const contact = Number(query.contact_id);
      const related = firm.relationships.filter((r) => r.contact_id === contact);
      return list(
        related.map((r) => ({
          id: r.id,
          contact: { id: r.contact_id },
          matter: matterView(
            firm,
            firm.matters.find((m) => m.id === r.matter_id)!,
          ),
        })),
      );
    }
    case 'GET /api/v4/communications.json': {
      let found = firm.communications;
      if (query.type) found = found.filter((c) => c.type === query.type);
      if (query.contact_id)
        found = found.filter((c) => [...c.senders, ...c.receivers].some((p) => p.type === 'Contact' && p.id === Number(query.contact_id)));
      if (query.external_property_name !== undefined || query.external_property_value !== undefined) {
        if (!query.external_property_name || !query.external_property_value)
          return badRequest('external_property_name and external_property_value go together');
        found = found.filter((c) =>
          c.external_properties.some((p) => p.name === query.external_property_name && p.value === query.external_property_value),
        );
      }
      const ordered = query.order === 'id(desc)' ? [...found].reverse() : found;
      return list(ordered.map((c) => communicationView(firm, c)));
    }
    case 'GET /api/v4/communications/{id}.json': {
      const communication = firm.communications.find((c) => c.id === recordId);
      return communication ? pick(communicationView(firm, communication)) : notFound('Communication');
    }
    case 'POST /api/v4/communications.json':
      return createCommunication(firm, data!, pick);
    case 'PATCH /api/v4/communications/{id}.json': {
      const communication = firm.communications.find((c) => c.id === recordId);
      if (!communication) return notFound('Communication');
      const problem = communicationProblem(firm, data!, false);
      if (problem) return unprocessable(problem);
      if (data!.subject !== undefined) communication.subject = data!.subject as string;
      if (data!.body !== undefined) communication.body = data!.body as string;
      if (data!.received_at !== undefined) communication.received_at = data!.received_at as string;
      if (data!.matter !== undefined) communication.matter = data!.matter as { id: number } | null;
      return pick(communicationView(firm, communication));
    }
    case 'POST /api/v4/activities.json':
      return createActivity(firm, data!, pick);
    case 'PATCH /api/v4/activities/{id}.json': {
      const activity = firm.activities.find((a) => a.id === recordId);
      if (!activity) return notFound('Activity');
      const problem = activityProblem(firm, data!, false);
      if (problem) return unprocessable(problem);
      if (data!.quantity !== undefined) activity.quantity = data!.quantity as number;
      if (data!.note !== undefined) activity.note = data!.note as string;
      if (data!.date !== undefined) activity.date = data!.date as string;
      if (data!.non_billable !== undefined) activity.non_billable = data!.non_billable as boolean;
      if (data!.matter !== undefined) activity.matter_id = (data!.matter as { id: number }).id;
      return pick(activityView(activity));
    }
    default:
      return notFound('Route');
  }
}

type Pick = (record: Record<string, unknown>, status?: number) => FakeResponse;

function createContact(firm: FakeFirm, data: Body, pick: Pick): FakeResponse {
  const type = data.type;
  if (type !== 'Person' && type !== 'Company') return unprocessable('type must be Person or Company');
  const name = type === 'Person' ? [data.first_name, data.last_name].filter((part) => typeof part === 'string' && part).join(' ') : data.name;
  if (typeof name !== 'string' || !name) return unprocessable(type === 'Person' ? 'first_name or last_name is required' : 'name is required');
  const phones = Array.isArray(data.phone_numbers) ? data.phone_numbers : [];
  if (!phones.every((p) => typeof p === 'object' && p !== null && typeof (p as Body).number === 'string'))
    return unprocessable('phone_numbers: number is required');
  const at = new Date().toISOString();
  const contact: FakeContact = {
    id: firm.nextId(),
    type,
    name,
    phone_numbers: phones.map((p) => ({ number: (p as Body).number as string })),
    created_at: at,
    updated_at: at,
  };
  firm.contacts.push(contact);
  return pick(contactView(contact), 201);
}

function communicationProblem(firm: FakeFirm, data: Body, creating: boolean): string | undefined {
  if (creating && data.type !== 'PhoneCommunication' && data.type !== 'EmailCommunication') return 'type is invalid';
  for (const field of ['subject', 'body'] as const)
    if (data[field] !== undefined && typeof data[field] !== 'string') return `${field} must be a string`;
  if (data.received_at !== undefined && !isIsoTime(data.received_at)) return 'received_at must be an ISO 8601 time';
  if (
    data.matter !== undefined &&
    data.matter !== null &&
    !(isRef(data.matter) && firm.matters.some((m) => m.id === (data.matter as { id: number }).id))
  )
    return 'matter is invalid';
  for (const side of ['senders', 'receivers'] as const) {
    if (data[side] === undefined && !creating) continue;
    const refs = data[side];
    if (!Array.isArray(refs) || refs.length === 0) return `${side} is required`;
    for (const ref of refs as Body[]) {
      if (!isInt(ref.id) || (ref.type !== 'User' && ref.type !== 'Contact')) return `${side}: id must be a number and type User or Contact`;
      const known = ref.type === 'User' ? ref.id === firm.user.id : firm.contacts.some((c) => c.id === ref.id);
      if (!known) return `${side}: ${String(ref.type)} ${String(ref.id)} does not exist`;
    }
  }
  const properties = data.external_properties;
  if (
    properties !== undefined &&
    !(Array.isArray(properties) && properties.every((p: Body) => typeof p.name === 'string' && typeof p.value === 'string'))
  )
    return 'external_properties must be [{ name, value }]';
  return undefined;
}

function createCommunication(firm: FakeFirm, data: Body, pick: Pick): FakeResponse {
  const problem = communicationProblem(firm, data, true);
  if (problem) return unprocessable(problem);
  const communication = {
    id: firm.nextId(),
    type: data.type as string,
    subject: (data.subject as string | undefined) ?? '',
    body: (data.body as string | undefined) ?? '',
    received_at: (data.received_at as string | undefined) ?? null,
    senders: (data.senders as Body[]).map((r) => ({ id: r.id as number, type: r.type as string })),
    receivers: (data.receivers as Body[]).map((r) => ({ id: r.id as number, type: r.type as string })),
    matter: isRef(data.matter) ? { id: data.matter.id } : null,
    external_properties: ((data.external_properties as Body[] | undefined) ?? []).map((p) => ({
      id: firm.nextId(),
      name: p.name as string,
      value: p.value as string,
    })),
    created_at: new Date().toISOString(),
  };
  firm.communications.push(communication);
  return pick(communicationView(firm, communication), 201);
}

function activityProblem(firm: FakeFirm, data: Body, creating: boolean): string | undefined {
  if (creating && data.type !== 'TimeEntry' && data.type !== 'ExpenseEntry') return 'type is invalid';
  // Since API 4.0.4 a time entry's quantity is in seconds: a whole number.
  if ((creating || data.quantity !== undefined) && !(Number.isInteger(data.quantity) && (data.quantity as number) >= 0))
    return 'quantity must be a whole number of seconds';
  if ((creating || data.date !== undefined) && !isIsoDate(data.date)) return 'date must be YYYY-MM-DD';
  if (data.non_billable !== undefined && typeof data.non_billable !== 'boolean') return 'non_billable must be a boolean';
  if (data.note !== undefined && typeof data.note !== 'string') return 'note must be a string';
  if (data.matter !== undefined && !(isRef(data.matter) && firm.matters.some((m) => m.id === (data.matter as { id: number }).id)))
    return 'matter is invalid';
  if (
    data.communication !== undefined &&
    !(isRef(data.communication) && firm.communications.some((c) => c.id === (data.communication as { id: number }).id))
  )
    return 'communication is invalid';
  return undefined;
}

function createActivity(firm: FakeFirm, data: Body, pick: Pick): FakeResponse {
  const problem = activityProblem(firm, data, true);
  if (problem) return unprocessable(problem);
  const activity = {
    id: firm.nextId(),
    type: 'TimeEntry' as const,
    communication_id: isRef(data.communication) ? data.communication.id : null,
    quantity: data.quantity as number,
    date: data.date as string,
    non_billable: (data.non_billable as boolean | undefined) ?? false,
    note: (data.note as string | undefined) ?? '',
    matter_id: isRef(data.matter) ? data.matter.id : null,
  };
  firm.activities.push(activity);
  return pick(activityView(activity), 201);
}
