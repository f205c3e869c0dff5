/** users/me, persons (search, list, get, create), deals and leads: the paths findContact and createContact use. */
import type { FakeCompany } from './company';
import { fail, invalid, list, notFound, ok, type FakeResponse } from './responses';
import type { FakePerson } from './seed';
import { firstProblem, isInt, isText, queryInt } from './strict';

export function me(company: FakeCompany): FakeResponse {
  return ok({
    ...company.user,
    phone: null,
    default_currency: 'USD',
    locale: 'en_US',
    lang: 1,
    activated: true,
    active_flag: true,
    role_id: 1,
    icon_url: null,
    is_you: true,
    is_deleted: false,
    created: '2022-03-01 09:00:00',
    last_login: '2025-10-02 13:58:12',
    company_id: company.id,
    company_name: 'Northwind Freight',
    company_domain: company.domain,
    company_country: 'US',
    company_industry: 'Logistics',
    language: { language_code: 'en', country_code: 'US' },
  });
}

/** Formatting inside stored numbers is ignored when matching (how Pipedrive treats it is unverified). */
const digitsOf = (text: string) => text.replace(/[\s()./-]/g, '');

export function searchPersons(company: FakeCompany, query: Record<string, string>): FakeResponse {
  const term = query.term ?? '';
  if (term.length < 2) return invalid('term: must be at least 2 characters');
  const fields = (query.fields ?? 'phone').split(',');
  const matches = company.persons.filter(
    (person) =>
      (fields.includes('phone') && person.phones.some((phone) => digitsOf(phone.value).includes(digitsOf(term)))) ||
      (fields.includes('name') && person.name.toLowerCase().includes(term.toLowerCase())),
  );
  const items = matches.map((person) => ({
    result_score: 0.91,
    item: {
      id: person.id,
      type: 'person',
      name: person.name,
      phones: person.phones.map((phone) => phone.value),
      emails: [],
      visible_to: 3,
      owner: { id: person.owner_id },
      organization: person.org_id ? { id: person.org_id, name: company.orgs[person.org_id] ?? null, address: null } : null,
      custom_fields: [],
      notes: [],
    },
  }));
  return ok({ items }, { next_cursor: null });
}

function personData(person: FakePerson) {
  const [first_name, ...rest] = person.name.split(' ');
  return {
    ...person,
    first_name,
    last_name: rest.join(' '),
    emails: [],
    visible_to: 3,
    label_ids: [],
    picture_id: null,
    is_deleted: false,
    custom_fields: {},
  };
}

export function listPersons(company: FakeCompany, query: Record<string, string>): FakeResponse {
  const ids = query.ids?.split(',') ?? [];
  if (ids.length > 100 || ids.some((id) => !/^\d+$/.test(id))) return invalid('ids: must be up to 100 integers');
  const wanted = new Set(ids.map(Number));
  return list(company.persons.filter((person) => !query.ids || wanted.has(person.id)).map(personData));
}

export function getPerson(company: FakeCompany, id: number): FakeResponse {
  const person = company.person(id);
  return person ? ok(personData(person)) : notFound('Person');
}

export function createPerson(company: FakeCompany, body: Record<string, unknown>): FakeResponse {
  const problem = firstProblem(body, { name: isText, org_id: isInt, owner_id: isInt }, ['name']);
  if (problem) return invalid(problem);
  if (!String(body.name).trim()) return invalid('name: must not be empty');
  const phones = body.phones ?? [];
  if (
    !Array.isArray(phones) ||
    phones.some((phone) => typeof phone?.value !== 'string' || (phone.primary !== undefined && typeof phone.primary !== 'boolean'))
  ) {
    return invalid('phones: must be an array of { value, primary, label }');
  }
  const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  const person: FakePerson = {
    id: company.nextPersonId++,
    name: String(body.name),
    phones: phones.map((phone: { value: string; primary?: boolean; label?: string }) => ({
      value: phone.value,
      primary: phone.primary ?? false,
      label: phone.label ?? 'work',
    })),
    org_id: (body.org_id as number | undefined) ?? null,
    owner_id: (body.owner_id as number | undefined) ?? company.user.id,
    add_time: now,
    update_time: now,
  };
  company.persons.push(person);
  return ok(personData(person));
}

export function listDeals(company: FakeCompany, query: Record<string, string>): FakeResponse {
  const personId = queryInt(query, 'person_id');
  if (personId === 'invalid') return invalid('person_id: must be an integer');
  const statuses = query.status?.split(',');
  const deals = company.deals.filter(
    (deal) => (personId === undefined || deal.person_id === personId) && (!statuses || statuses.includes(deal.status)),
  );
  return list(
    deals.map((deal) => ({
      ...deal,
      owner_id: company.user.id,
      value: 18000,
      currency: 'USD',
      pipeline_id: 1,
      stage_id: 3,
      is_deleted: false,
      custom_fields: {},
    })),
  );
}

/** v1: `additional_data` is `{ start, limit, more_items_in_collection }`; archived leads are not listed. */
export function listLeads(company: FakeCompany, query: Record<string, string>): FakeResponse {
  const personId = queryInt(query, 'person_id');
  if (personId === 'invalid') return fail(400, 'person_id must be a number');
  const leads = company.leads.filter((lead) => !lead.is_archived && (personId === undefined || lead.person_id === personId));
  return ok(
    leads.map((lead) => ({ ...lead, owner_id: company.user.id, organization_id: null, value: { amount: 4000, currency: 'USD' } })),
    { start: 0, limit: 100, more_items_in_collection: false },
  );
}
