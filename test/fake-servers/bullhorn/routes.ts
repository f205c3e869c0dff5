/**
 * Bullhorn REST on the fake (docs/bullhorn.md, "Envelope, errors and limits"): the login that
 * opens a session for an access token, then `{rest}` = `/rest-services/<corporation>/` with the
 * `BhRestToken` header (or query parameter); a session that timed out answers 401. Entity reads
 * `{ data }`, searches and queries `{ total, start, count, data }`, `PUT entity/X` inserts,
 * `POST entity/X/{id}` updates the fields it names, errors `{ errorMessage, errorMessageKey, errorCode }`.
 */
import { randomUUID } from 'node:crypto';
import type { Account, FakeAnswer, FakeRequest } from '../small-fake/server';
import { insert, noteView, searchEntity, update } from './entities';
import { nowOf, type BullhornState } from './seed';

type A = Account<BullhornState>;

export const bhError = (status: number, errorMessage: string, errorMessageKey?: string): FakeAnswer => ({
  status,
  body: { errorMessage, ...(errorMessageKey ? { errorMessageKey } : {}), errorCode: status },
});

/** The account a request names: by its access token for the login, by the corporation in `{rest}` otherwise. */
export function accountOf(request: FakeRequest, accounts: Map<string, A>): A | undefined {
  if (request.path === '/rest-services/login') {
    const token = request.query.get('access_token') ?? '';
    return [...accounts.values()].find((a) => a.state.accessTokens[token] !== undefined);
  }
  return accounts.get(/^\/rest-services\/([^/]+)\//.exec(request.path)?.[1] ?? '');
}

export function routeBullhorn(account: A, request: FakeRequest, baseUrl: string): FakeAnswer {
  const s = account.state;
  if (request.path === '/rest-services/login') {
    const expires = s.accessTokens[request.query.get('access_token') ?? ''] ?? 0;
    if (!['POST', 'GET'].includes(request.method) || !request.query.get('version')) return bhError(400, 'Missing version');
    if (expires < nowOf(s)) {
      s.grants.push('login refused');
      return bhError(401, 'Invalid or expired OAuth access token.');
    }
    s.grants.push('login');
    const BhRestToken = `bh-session-${randomUUID()}`;
    s.sessions[BhRestToken] = nowOf(s) + s.sessionMinutes * 60_000;
    return { status: 200, body: { BhRestToken, restUrl: `${baseUrl}/rest-services/${account.id}/` } };
  }
  const session = String(request.headers.bhresttoken ?? request.query.get('BhRestToken') ?? '');
  if ((s.sessions[session] ?? 0) < nowOf(s)) return bhError(401, "Bad 'BhRestToken' or timed-out.", 'errors.authentication.invalidRestToken');
  s.sessions[session] = nowOf(s) + s.sessionMinutes * 60_000;
  const path = request.path.replace(/^\/rest-services\/[^/]+\//, '');
  const fields = request.query.get('fields');
  const json = (request.body ?? {}) as Record<string, unknown>;
  if (['PUT', 'POST'].includes(request.method) && !String(request.headers['content-type'] ?? '').startsWith('application/json'))
    return bhError(415, 'Content-Type must be application/json');
  const key = `${request.method} ${path.replace(/\/\d+$/, '/{id}')}`;
  switch (key) {
    case 'GET logout':
      delete s.sessions[session];
      return { status: 200, body: { logout: 'OK' } };
    case 'GET settings/userId':
      return { status: 200, body: { userId: s.user.id } };
    case 'GET settings/commentActionList':
      return { status: 200, body: { commentActionList: s.commentActionList } };
    case 'GET query/CorporateUser': {
      const username = /^username='(.*)'$/.exec(request.query.get('where') ?? '')?.[1];
      if (!fields || username === undefined) return bhError(400, 'fields and where are required');
      const data = username === s.username ? [s.user] : [];
      return { status: 200, body: { start: 0, count: data.length, data } };
    }
    case 'GET entity/CorporateUser/{id}':
      return Number(path.split('/').pop()) === s.user.id ? { status: 200, body: { data: s.user } } : notFound('CorporateUser', path);
    case 'GET entity/Note/{id}': {
      const note = s.notes.find((n) => n.id === Number(path.split('/').pop()));
      return note ? { status: 200, body: { data: noteView(s, note, fields ?? 'id') } } : notFound('Note', path);
    }
    case 'GET query/Note': {
      const externalID = /^externalID='((?:[^']|'')*)'$/.exec(request.query.get('where') ?? '')?.[1]?.replace(/''/g, "'");
      if (!fields || externalID === undefined) return bhError(400, 'fields and a where clause on externalID are required');
      const data = s.notes.filter((n) => n.externalID === externalID).slice(0, Number(request.query.get('count') ?? 20));
      return { status: 200, body: { start: 0, count: data.length, data: data.map((n) => noteView(s, n, fields)) } };
    }
  }
  const [, entity] = /^(?:search|entity)\/(\w+)/.exec(path) ?? [];
  if (request.method === 'POST' && path.startsWith('search/')) return searchEntity(s, entity!, fields, String(json.query ?? ''));
  if (request.method === 'PUT' && path.startsWith('entity/')) return insert(s, entity!, json);
  if (request.method === 'POST' && /^entity\/\w+\/\d+$/.test(path))
    return update(s, entity!, Number(path.split('/').pop()), json) ?? notFound(entity!, path);
  return bhError(404, `No such path ${request.method} ${path}`);
}

const notFound = (entity: string, path: string) =>
  bhError(404, `Cannot find entity of type '${entity}' with id ${path.split('/').pop()}`, 'errors.cannotFindEntity');
