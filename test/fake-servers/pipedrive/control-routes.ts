/**
 * The fake's own switches under `/_fake/` (not part of Pipedrive): make a company, read what it
 * received and holds, inject faults, rotate its token, hand out OAuth codes, release held requests.
 */
import { randomUUID } from 'node:crypto';
import { companies, createCompany, type Fault } from './company';
import type { FakeResponse } from './responses';

const held = new Map<string, (() => void)[]>();
/** The next token-endpoint request waits under this name (to interleave a test with a renewal). */
let tokenHold: string | undefined;

export async function holdTokenRequest(): Promise<void> {
  const name = tokenHold;
  tokenHold = undefined;
  if (name) await holdUntilReleased(name);
}

/** Parks a request until a test releases `name`. */
export function holdUntilReleased(name: string): Promise<void> {
  return new Promise((resolve) => held.set(name, [...(held.get(name) ?? []), resolve]));
}

export function control(method: string, path: string, body: Record<string, unknown>): FakeResponse {
  const json = (data: unknown, status = 200): FakeResponse => ({ status, body: data });
  if (method === 'POST' && path === '/_fake/companies') {
    const company = createCompany(body);
    return json({ companyId: company.id, apiToken: company.apiToken, companyDomain: company.domain, userId: company.user.id });
  }
  if (method === 'POST' && path === '/_fake/oauth/hold') {
    tokenHold = String(body.name);
    return json({ ok: true });
  }
  if (method === 'GET' && path === '/_fake/held') return json(Object.fromEntries([...held].map(([name, waiting]) => [name, waiting.length])));
  if (method === 'POST' && path === '/_fake/release') {
    const name = String(body.name);
    for (const release of held.get(name) ?? []) release();
    held.delete(name);
    return json({ released: name });
  }
  const match = /^\/_fake\/companies\/(\d+)(\/.*)?$/.exec(path);
  const company = match ? companies.get(Number(match[1])) : undefined;
  if (!company) return json({ error: `no such control path ${method} ${path}` }, 404);
  const rest = match![2] ?? '';
  const person = /^\/persons\/(\d+)$/.exec(rest);
  if (method === 'PATCH' && person) {
    const found = company.person(Number(person[1]));
    if (!found) return json({ error: 'no such person' }, 404);
    Object.assign(found, pick(body, ['name', 'org_id', 'phones']));
    return json(found);
  }
  switch (`${method} ${rest}`) {
    case 'GET ':
      return json({
        persons: company.persons,
        deals: company.deals,
        leads: company.leads,
        activities: company.activities,
        activityTypes: company.activityTypes,
        tokenGrants: company.tokenGrants,
      });
    case 'PATCH ':
      Object.assign(company, pick(body, ['rateLimit', 'searchRateLimit', 'latencyMs', 'activityTypes']));
      return json({ ok: true });
    case 'GET /requests':
      return json(company.log);
    case 'DELETE /requests':
      company.log = [];
      return json({ ok: true });
    case 'POST /faults':
      for (const fault of [body].flat() as Fault[]) company.faults.push({ ...fault, times: fault.times ?? 1 });
      return json({ faults: company.faults.length });
    case 'DELETE /faults':
      company.faults = [];
      return json({ ok: true });
    case 'POST /rotate-token':
      company.apiToken = randomUUID().replace(/-/g, '');
      return json({ apiToken: company.apiToken });
    case 'POST /oauth/code': {
      const code = `code-${randomUUID()}`;
      const codeChallenge = typeof body.codeChallenge === 'string' ? body.codeChallenge : undefined;
      company.codes.set(code, { redirectUri: String(body.redirectUri), expiresIn: Number(body.expiresIn ?? 3600), codeChallenge });
      return json({ code });
    }
    case 'POST /oauth/forget-refresh-tokens':
      company.refreshTokens.clear();
      return json({ ok: true });
    default:
      return json({ error: `no such control path ${method} ${path}` }, 404);
  }
}

function pick(body: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((key) => body[key] !== undefined).map((key) => [key, body[key]]));
}
