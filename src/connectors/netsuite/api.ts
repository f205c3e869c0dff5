/**
 * NetSuite's REST web services as typed functions (docs/netsuite.md): the record API for phone
 * calls and contacts, SuiteQL for every search. A record created answers 204 and names itself
 * only in `Location`.
 */
import { createCrmClient } from '../../http/crm-client';
import type { AuthHeader } from '../types';
import * as s from './schemas';
import type * as z from 'zod/mini';

export function netsuiteApi(restOrigin: string, authHeader: AuthHeader) {
  const client = createCrmClient({
    connectorId: 'netsuite',
    crmName: 'NetSuite',
    baseUrl: `${restOrigin}/services/rest`,
    headers: { ...authHeader, prefer: 'transient' },
  });
  const callGone = (id: string) => `NetSuite has no phone call ${id}: it was deleted in NetSuite.`;
  return {
    /** One page of a SuiteQL query (a read, so safe to repeat). */
    suiteql: async <S extends z.ZodMiniType>(q: string, row: S, limit = 1000) =>
      (
        await client.send({
          method: 'POST',
          path: 'query/v1/suiteql',
          searchParams: { limit },
          json: { q },
          schema: s.suiteqlPage(row),
          idempotent: true,
        })
      ).items,
    contact: (id: string) =>
      client.send({
        method: 'GET',
        path: `record/v1/contact/${encodeURIComponent(id)}`,
        schema: s.contactRecord,
        notFound: `NetSuite has no contact ${id}.`,
      }),
    createPhoneCall: async (body: Record<string, unknown>): Promise<string | null> => {
      let location = '';
      await client.send({
        method: 'POST',
        path: 'record/v1/phonecall',
        json: body,
        schema: s.noContent,
        onHeaders: (headers) => (location = headers.get('location') ?? ''),
      });
      return /\/phonecall\/(\d+)\/?$/i.exec(location)?.[1] ?? null;
    },
    phoneCall: (id: string) =>
      client.send({ method: 'GET', path: `record/v1/phonecall/${encodeURIComponent(id)}`, schema: s.phoneCall, notFound: callGone(id) }),
    /** The phone call with this external id, or null (404). */
    phoneCallByExternalId: (externalId: string) =>
      client
        .send({ method: 'GET', path: `record/v1/phonecall/eid:${encodeURIComponent(externalId)}`, schema: s.phoneCall })
        .catch((failure: unknown) => {
          if ((failure as { code?: string }).code === 'notFound') return null;
          throw failure;
        }),
    updatePhoneCall: (id: string, patch: Record<string, unknown>) =>
      client.send({
        method: 'PATCH',
        path: `record/v1/phonecall/${encodeURIComponent(id)}`,
        json: patch,
        schema: s.noContent,
        notFound: callGone(id),
      }),
  };
}

export type NetsuiteApi = ReturnType<typeof netsuiteApi>;
