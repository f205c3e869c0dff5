/**
 * Pipedrive's endpoints as typed functions, one request each. v2 wherever it exists; v1 only
 * for users/me, activityTypes and leads, which have no v2 (docs/pipedrive.md, "Endpoints").
 */
import { createCrmClient } from '../../http/crm-client';
import type { AuthHeader } from '../types';
import * as s from './schemas';

export type NewActivity = Record<string, unknown>;

export function pipedriveApi(baseUrl: string, authHeader: AuthHeader) {
  const client = createCrmClient({ connectorId: 'pipedrive', crmName: 'Pipedrive', baseUrl, headers: authHeader });
  const get = <S extends Parameters<typeof client.send>[0]['schema']>(
    path: string,
    schema: S,
    searchParams?: Record<string, string | number>,
    notFound?: string,
  ) => client.send({ method: 'GET', path, schema, searchParams, notFound });

  return {
    me: async () => (await get('api/v1/users/me', s.meResponse)).data,

    searchPersonsByPhone: async (term: string) => (await get('api/v2/persons/search', s.personSearchResponse, { term, fields: 'phone' })).data.items,

    openDeals: async (personId: number) => (await get('api/v2/deals', s.dealsResponse, { person_id: personId, status: 'open' })).data,

    leads: async (personId: number) => (await get('api/v1/leads', s.leadsResponse, { person_id: personId })).data,

    personDates: async (ids: number[]) => (await get('api/v2/persons', s.personDatesResponse, { ids: ids.join(',') })).data,

    person: async (id: number) =>
      (await get(`api/v2/persons/${id}`, s.personResponse, undefined, `Pipedrive has no person ${id}: it was deleted or merged.`)).data,

    createPerson: async (name: string, phone: string) =>
      (
        await client.send({
          method: 'POST',
          path: 'api/v2/persons',
          json: { name, phones: [{ value: phone, primary: true, label: 'work' }] },
          schema: s.personResponse,
        })
      ).data,

    activityTypes: async () => (await get('api/v1/activityTypes', s.activityTypesResponse)).data,

    createActivity: async (body: NewActivity) =>
      (await client.send({ method: 'POST', path: 'api/v2/activities', json: body, schema: s.activityResponse })).data,

    activity: async (id: string) => (await get(`api/v2/activities/${encodeURIComponent(id)}`, s.activityResponse, undefined, activityGone(id))).data,

    updateActivity: async (id: string, patch: Record<string, unknown>) =>
      (
        await client.send({
          method: 'PATCH',
          path: `api/v2/activities/${encodeURIComponent(id)}`,
          json: patch,
          schema: s.activityResponse,
          notFound: activityGone(id),
        })
      ).data,

    /**
     * One page of the person's activities, newest first: for reconciling a lost create. With
     * Pipedrive's own time of the answer (its `Date` header), which the lookup's window is based on.
     */
    recentActivities: async (personId: number, cursor?: string) => {
      const page = await get('api/v2/activities', s.activitiesPage, {
        person_id: personId,
        sort_by: 'add_time',
        sort_direction: 'desc',
        limit: 500,
        ...(cursor ? { cursor } : {}),
      });
      return { activities: page.data, nextCursor: page.additional_data?.next_cursor ?? null, serverTime: client.lastAnswerTime() };
    },
  };
}

export type PipedriveApi = ReturnType<typeof pipedriveApi>;

function activityGone(id: string): string {
  return `Pipedrive has no activity ${id}: it was deleted in Pipedrive.`;
}
