/** Bullhorn REST endpoints as typed functions, one request each (docs/bullhorn.md, "Requests"). */
import type { CrmUser } from '../../storage/connections';
import type { AuthHeader } from '../types';
import { restClient, type RestClient } from './rest-session';
import * as s from './schemas';

export type PersonEntity = 'ClientContact' | 'Candidate' | 'Lead';

const NOTE_FIELDS = 'id,comments,action,externalID,personReference,commentingPerson';
const USER_FIELDS = 'id,name,firstName,lastName,timeZoneOffsetEST';
/** Bullhorn's where clauses quote text in single quotes; one inside is doubled. */
const quoted = (text: string) => `'${text.replace(/'/g, "''")}'`;
const gone = (id: string) => `Bullhorn has no Note ${id}: it was deleted in Bullhorn.`;

export function bullhornApi(user: CrmUser, authHeader: AuthHeader) {
  return apiOn(restClient(user, authHeader));
}

export function apiOn(rest: RestClient) {
  return {
    userByName: async (username: string) =>
      (
        await rest.send({
          method: 'GET',
          path: 'query/CorporateUser',
          searchParams: { where: `username=${quoted(username)}`, fields: USER_FIELDS },
          schema: s.corporateUserList,
        })
      ).data?.[0],

    ownUserId: async () => (await rest.send({ method: 'GET', path: 'settings/userId', schema: s.userIdSetting })).userId,

    user: async (id: number) =>
      (await rest.send({ method: 'GET', path: `entity/CorporateUser/${id}`, searchParams: { fields: USER_FIELDS }, schema: s.corporateUserOne }))
        .data,

    /** Lucene search; a POST that changes nothing, so safe to repeat. */
    search: async (entity: PersonEntity | 'ClientCorporation', fields: string, query: string) =>
      (
        await rest.send({
          method: 'POST',
          path: `search/${entity}`,
          searchParams: { fields, count: 20 },
          json: { query },
          schema: s.personList,
          idempotent: true,
        })
      ).data ?? [],

    commentActions: async () =>
      (await rest.send({ method: 'GET', path: 'settings/commentActionList', schema: s.commentActionList })).commentActionList ?? [],

    statusOptions: async (entity: PersonEntity) =>
      (await rest.send({ method: 'GET', path: `meta/${entity}`, searchParams: { fields: 'status' }, schema: s.statusMeta })).fields?.find(
        (f) => f.name === 'status',
      )?.options ?? [],

    create: async (entity: string, data: Record<string, unknown>) =>
      (await rest.send({ method: 'PUT', path: `entity/${entity}`, json: data, schema: s.changed, idempotent: false })).changedEntityId,

    /** Bullhorn's partial update: the same body twice leaves the same record, so it may be repeated. */
    update: async (entity: string, id: string | number, data: Record<string, unknown>) =>
      (
        await rest.send({
          method: 'POST',
          path: `entity/${entity}/${encodeURIComponent(id)}`,
          json: data,
          schema: s.changed,
          idempotent: true,
          notFound: entity === 'Note' ? gone(String(id)) : `Bullhorn has no ${entity} ${id}.`,
        })
      ).changedEntityId,

    note: async (id: string) =>
      (
        await rest.send({
          method: 'GET',
          path: `entity/Note/${encodeURIComponent(id)}`,
          searchParams: { fields: NOTE_FIELDS },
          schema: s.noteOne,
          notFound: gone(id),
        })
      ).data,

    /** The Notes that carry this session id as their `externalID`. */
    notesOfSession: async (sessionId: string) =>
      (
        await rest.send({
          method: 'GET',
          path: 'query/Note',
          searchParams: { where: `externalID=${quoted(sessionId)}`, fields: NOTE_FIELDS, count: 5 },
          schema: s.noteList,
        })
      ).data ?? [],
  };
}

export type BullhornApi = ReturnType<typeof apiOn>;
