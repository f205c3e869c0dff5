/**
 * Redtail's resources as typed functions, one request each (docs/redtail.md, "Requests"). Every
 * request carries the firm's partner key with the user's key, `Basic base64(partner key:user key)`
 * (the scheme is unverified: App Connect's connector sends the bare base64, older Redtail articles
 * name `Userkeyauth`; docs/redtail.md, "Unverified"). A user key Redtail refuses (401) was disabled or belongs to a key no longer
 * valid: it is reported as `revoked`, and the core ends the sign-in (docs/connectors.md, "How a
 * sign-in ends").
 */
import { createCrmClient, type CrmRequest } from '../../http/crm-client';
import { CrmError, isCrmError } from '../../http/crm-error';
import type * as z from 'zod/mini';
import type { AuthHeader } from '../types';
import { redtailSetup, secretOf, basicAuth } from './redtail-auth';
import * as s from './schemas';

export async function redtailApi(authHeader: AuthHeader) {
  const { partnerKey, apiRoot } = await redtailSetup();
  const userKey = secretOf(authHeader);
  const client = createCrmClient({ connectorId: 'redtail', crmName: 'Redtail', baseUrl: apiRoot, headers: basicAuth(partnerKey, userKey) });
  async function send<S extends z.ZodMiniType>(request: CrmRequest<S>): Promise<z.output<S>> {
    try {
      return await client.send(request);
    } catch (failure) {
      if (!isCrmError(failure) || failure.code !== 'unauthorized' || failure.options.status !== 401) throw failure;
      throw new CrmError('revoked', 'redtail', 'Redtail no longer accepts your user key.', { status: 401 });
    }
  }
  const activityGone = (id: string) => `Redtail has no activity ${id}: it was deleted in Redtail.`;
  const activityPath = (id: string | number) => `activities/${encodeURIComponent(String(id))}`;

  return {
    searchByPhone: (term: string) => send({ method: 'GET', path: 'contacts/search_basic', searchParams: { phone_number: term }, schema: s.contacts }),
    categories: () => send({ method: 'GET', path: 'lists/categories', schema: s.categories }),
    createContact: (body: Record<string, unknown>) => send({ method: 'POST', path: 'contacts', json: body, schema: s.oneContact }),
    createActivity: (body: Record<string, unknown>) => send({ method: 'POST', path: 'activities', json: body, schema: s.oneActivity }),
    activity: (id: string) =>
      send({
        method: 'GET',
        path: activityPath(id),
        searchParams: { include: 'linked_contacts' },
        schema: s.oneActivity,
        notFound: activityGone(id),
      }),
    updateActivity: (id: string | number, body: Record<string, unknown>) =>
      send({ method: 'PUT', path: activityPath(id), json: body, schema: s.anything, notFound: activityGone(String(id)) }),
    /** Sent once, after the activity exists, and never again by itself (docs/redtail.md, "Exactly once"). */
    addNote: (id: string | number, body: Record<string, unknown>) =>
      send({ method: 'POST', path: `${activityPath(id)}/notes`, json: body, schema: s.anything }),
    /** The activity's notes (path unverified): read before a note is sent again. */
    notes: (id: string | number) => send({ method: 'GET', path: `${activityPath(id)}/notes`, schema: s.notes }),
    /** One page of a contact's activities (path unverified), for finding a create whose answer was lost. */
    contactActivities: (contactId: string, page: number) =>
      send({ method: 'GET', path: `contacts/${encodeURIComponent(contactId)}/activities`, searchParams: { page }, schema: s.activityPage }),
  };
}

export type RedtailApi = Awaited<ReturnType<typeof redtailApi>>;
