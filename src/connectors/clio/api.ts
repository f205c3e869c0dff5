/** Clio Manage v4 endpoints as typed functions, one request each (docs/clio.md, "Requests"). */
import { createCrmClient } from '../../http/crm-client';
import type { AuthHeader } from '../types';
import * as s from './schemas';

const COMMUNICATION_FIELDS =
  'id,subject,body,received_at,matter{id},senders{id,type,name},receivers{id,type,name},time_entries{id},external_properties{name,value}';
const MATTER_FIELDS = 'id,display_number,description,status';

export function clioApi(baseUrl: string, authHeader: AuthHeader) {
  const client = createCrmClient({ connectorId: 'clio', crmName: 'Clio', baseUrl, headers: authHeader });
  const get = <S extends Parameters<typeof client.send>[0]['schema']>(
    path: string,
    schema: S,
    searchParams?: Record<string, string | number>,
    notFound?: string,
  ) => client.send({ method: 'GET', path: `api/v4/${path}`, schema, searchParams, notFound });
  const write = <S extends Parameters<typeof client.send>[0]['schema']>(
    method: 'POST' | 'PATCH',
    path: string,
    data: unknown,
    schema: S,
    notFound?: string,
  ) => client.send({ method, path: `api/v4/${path}`, json: { data }, schema, notFound });

  return {
    whoAmI: async () => (await get('users/who_am_i.json', s.whoAmI, { fields: 'id,name,time_zone' })).data,

    searchContacts: async (query: string) =>
      (await get('contacts.json', s.contactPage, { query, fields: 'id,type,name,created_at,updated_at', limit: 20 })).data,

    clientMatters: async (contactId: number) => (await get('matters.json', s.matterPage, { client_id: contactId, fields: MATTER_FIELDS })).data,

    relatedMatters: async (contactId: number) =>
      (await get('relationships.json', s.relationshipPage, { contact_id: contactId, fields: `id,matter{${MATTER_FIELDS}}` })).data.flatMap((r) =>
        r.matter ? [r.matter] : [],
      ),

    createContact: async (data: Record<string, unknown>) => (await write('POST', 'contacts.json', data, s.contactOne)).data,

    createCommunication: async (data: Record<string, unknown>) => (await write('POST', 'communications.json', data, s.created)).data,

    communication: async (id: string) =>
      (await get(`communications/${encodeURIComponent(id)}.json`, s.communicationOne, { fields: COMMUNICATION_FIELDS }, gone(id))).data,

    updateCommunication: async (id: string, data: Record<string, unknown>) =>
      (await write('PATCH', `communications/${encodeURIComponent(id)}.json`, data, s.created, gone(id))).data,

    /** The communications that carry this external property (Clio filters its index by it). */
    communicationsWithProperty: async (name: string, value: string) =>
      (
        await get('communications.json', s.communicationPage, {
          external_property_name: name,
          external_property_value: value,
          fields: 'id,senders{id,type},receivers{id,type},external_properties{name,value}',
          limit: 200,
        })
      ).data,

    createTimeEntry: async (data: Record<string, unknown>) => (await write('POST', 'activities.json', data, s.created)).data,

    updateTimeEntry: async (id: number, data: Record<string, unknown>) => (await write('PATCH', `activities/${id}.json`, data, s.created)).data,
  };
}

export type ClioApi = ReturnType<typeof clioApi>;

const gone = (id: string) => `Clio has no communication ${id}: it was deleted in Clio.`;
