/** Insightly's v3.1 endpoints as typed functions, one request each, with the documented capitalisation. */
import { createCrmClient } from '../../http/crm-client';
import type { AuthHeader } from '../types';
import * as s from './schemas';

export function insightlyApi(baseUrl: string, authHeader: AuthHeader) {
  const client = createCrmClient({ connectorId: 'insightly', crmName: 'Insightly', baseUrl, headers: authHeader });
  const get = <S extends Parameters<typeof client.send>[0]['schema']>(
    path: string,
    schema: S,
    searchParams?: Record<string, string | number>,
    notFound?: string,
  ) => client.send({ method: 'GET', path, schema, searchParams, notFound });
  const eventGone = (id: string | number) => `Insightly has no event ${id}: it was deleted in Insightly.`;

  return {
    me: () => get('Users/Me', s.me),
    search: (collection: 'Contacts' | 'Leads', field: string, value: string) =>
      get(`${collection}/Search`, s.people, { field_name: field, field_value: value, brief: 'false', top: 500 }),
    record: (collection: 'Contacts' | 'Leads', id: string) =>
      get(`${collection}/${encodeURIComponent(id)}`, s.person, undefined, `Insightly has no ${collection.slice(0, -1).toLowerCase()} ${id}.`),
    linked: (collection: string, id: number) => get(`${collection}/${id}`, s.named),
    createPerson: (collection: 'Contacts' | 'Leads', body: Record<string, unknown>) =>
      client.send({ method: 'POST', path: collection, json: body, schema: s.person }),
    createEvent: (body: Record<string, unknown>) => client.send({ method: 'POST', path: 'Events', json: body, schema: s.event }),
    event: (id: string) => get(`Events/${encodeURIComponent(id)}`, s.event, undefined, eventGone(id)),
    updateEvent: (body: Record<string, unknown>) =>
      client.send({ method: 'PUT', path: 'Events', json: body, schema: s.event, notFound: eventGone(String(body.EVENT_ID)) }),
    addLink: (eventId: string | number, link: { LINK_OBJECT_NAME: string; LINK_OBJECT_ID: number }) =>
      // Re-sent only after re-reading the event's links (upsertCallDisposition), so a retry is safe.
      client.send({ method: 'POST', path: `Events/${eventId}/Links`, json: link, schema: s.anything, idempotent: true }),
    removeLink: (eventId: string | number, linkId: number) =>
      client.send({ method: 'DELETE', path: `Events/${eventId}/Links/${linkId}`, schema: s.anything }),
    /** Events with this title changed since `since`, one page: for finding a create whose answer was lost. */
    eventsTitled: (title: string, since: string, skip: number) =>
      get('Events/Search', s.events, { field_name: 'TITLE', field_value: title, updated_after_utc: since, brief: 'false', top: 500, skip }),
  };
}

export type InsightlyApi = ReturnType<typeof insightlyApi>;
