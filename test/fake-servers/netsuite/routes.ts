/**
 * NetSuite REST web services as the fake answers them (docs/netsuite.md and Oracle's REST API
 * guide): SuiteQL with `Prefer: transient`, phone calls created with 204 and `Location`, fetched by
 * id or `eid:<externalId>`, changed with PATCH; external ids unique; NetSuite's error body.
 */
import type { Account, FakeAnswer, FakeRequest } from '../small-fake/server';
import type { NetsuiteState, NsPhoneCall } from './seed';
import { runSuiteql } from './suiteql';

type A = Account<NetsuiteState>;
export const nsError = (status: number, detail: string, code = 'INVALID_PARAMETER'): FakeAnswer => ({
  status,
  body: {
    type: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.1',
    title: 'Bad Request',
    status,
    'o:errorDetails': [{ detail, 'o:errorCode': code }],
  },
});
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function routeNetsuite(account: A, { method, path, query, body, headers }: FakeRequest, baseUrl: string): FakeAnswer {
  const s = account.state;
  const b = (body ?? {}) as Record<string, unknown>;
  if (method === 'POST' && path === '/services/rest/query/v1/suiteql') {
    if (headers.prefer !== 'transient') return nsError(400, 'The request must have the header Prefer: transient.');
    const result = runSuiteql(s, String(b.q ?? ''));
    if ('problem' in result) return nsError(400, result.problem);
    const limit = Number(query.get('limit') ?? 1000);
    const items = result.rows.slice(0, limit).map((row) => ({ links: [], ...row }));
    return {
      status: 200,
      body: { links: [], count: items.length, hasMore: result.rows.length > limit, offset: 0, totalResults: result.rows.length, items },
    };
  }
  const record = /^\/services\/rest\/record\/v1\/(\w+)(?:\/(eid:)?([^/]+))?$/i.exec(path);
  if (!record) return nsError(404, 'Resource not found.', 'NONEXISTENT_ID');
  const [, type, eid, rawId] = record;
  const id = rawId ? decodeURIComponent(rawId) : undefined;
  if (type!.toLowerCase() === 'contact' && method === 'GET' && id) {
    const contact = s.contact.find((c) => c.id === id);
    return contact
      ? { status: 200, body: { id, entityTitle: contact.entitytitle, company: contact.company ? ref(s, contact.company) : null } }
      : nsError(404, `Record ${id} was not found.`, 'NONEXISTENT_ID');
  }
  if (type!.toLowerCase() !== 'phonecall') return nsError(404, 'Resource not found.', 'NONEXISTENT_ID');
  const call = id ? s.phonecalls.find((c) => (eid ? c.externalId === id : c.id === id)) : undefined;
  if (method === 'POST' && !id) {
    const problem = callProblem(s, b, true);
    if (problem) return nsError(400, problem);
    if (b.externalId && s.phonecalls.some((c) => c.externalId === b.externalId))
      return nsError(400, 'A record with the same external ID already exists.', 'DUP_RCRD');
    const created: NsPhoneCall = { id: String(s.nextId++), ...fields(b) } as NsPhoneCall;
    s.phonecalls.push(created);
    return { status: 204, headers: { location: `${baseUrl}/services/rest/record/v1/phonecall/${created.id}` } };
  }
  if (!call) return nsError(404, `Record ${id} was not found.`, 'NONEXISTENT_ID');
  if (method === 'GET') return { status: 200, body: view(s, call) };
  if (method === 'PATCH') {
    const problem = callProblem(s, { ...call, ...b }, false);
    if (problem) return nsError(400, problem);
    Object.assign(call, fields(b));
    return { status: 204 };
  }
  return nsError(405, 'Method not allowed.');
}

function fields(b: Record<string, unknown>): Partial<NsPhoneCall> {
  const out: Record<string, unknown> = {};
  for (const key of ['externalId', 'title', 'message', 'status', 'priority', 'startDate', 'startTime', 'endTime', 'phone'])
    if (b[key] !== undefined) out[key] = b[key];
  for (const key of ['contact', 'company', 'transaction']) if (b[key] !== undefined) out[key] = (b[key] as { id?: string } | null)?.id;
  return out;
}

function callProblem(s: NetsuiteState, b: Record<string, unknown>, create: boolean): string | undefined {
  if (create && (typeof b.title !== 'string' || !b.title)) return 'Please enter value(s) for: Subject';
  if (typeof b.message === 'string' && b.message.length > 4000) return 'message: the field is longer than 4000 characters.';
  if (b.startDate !== undefined && !DATE.test(String(b.startDate))) return 'Invalid startDate.';
  for (const key of ['startTime', 'endTime']) if (b[key] !== undefined && !TIME.test(String(b[key]))) return `Invalid ${key}.`;
  if (b.startTime && b.endTime && String(b.endTime) <= String(b.startTime)) return 'The end time must be after the start time.';
  const refs = { contact: s.contact, company: [...s.customer, ...s.vendor], transaction: s.transaction } as const;
  for (const [key, table] of Object.entries(refs)) {
    const value = b[key] as { id?: unknown } | string | undefined;
    const refId = typeof value === 'object' && value !== null ? value.id : value;
    if (refId !== undefined && refId !== null && !table.some((row) => row.id === String(refId)))
      return `Invalid value for the resource or sub-resource field '${key}'. Provide a valid value.`;
  }
  return undefined;
}

function ref(s: NetsuiteState, id: string) {
  const row = [...s.contact, ...s.customer, ...s.vendor, ...s.transaction].find((r) => r.id === id) as
    { entitytitle?: string; trandisplayname?: string } | undefined;
  return { id, refName: row?.entitytitle ?? row?.trandisplayname ?? id, links: [] };
}

function view(s: NetsuiteState, call: NsPhoneCall) {
  return {
    links: [],
    id: call.id,
    externalId: call.externalId,
    title: call.title,
    message: call.message,
    status: { id: call.status, refName: call.status },
    startDate: call.startDate,
    startTime: call.startTime,
    endTime: call.endTime,
    ...(call.contact ? { contact: ref(s, call.contact) } : {}),
    ...(call.company ? { company: ref(s, call.company) } : {}),
    ...(call.transaction ? { transaction: ref(s, call.transaction) } : {}),
  };
}
