/**
 * What does not change from one call to the next, per Pipedrive company (docs/pipedrive.md,
 * "Caches and the request budget"): the activity types (24 h), each person's organization
 * (24 h) and name. Kept in extension storage, never shared across companies, cleared on logout.
 */
import * as z from 'zod/mini';
import { clearCaches, defineTtlCache } from '../../storage/ttl-cache';
import { companyOf } from './base-url';
import type { CrmUser } from '../../storage/connections';

const DAY = 24 * 60 * 60 * 1000;

export const activityTypeSchema = z.object({ const: z.string(), title: z.string() });
export type ActivityType = z.infer<typeof activityTypeSchema>;

export function pipedriveCaches(user: CrmUser) {
  const scope = `pipedrive:${companyOf(user)}:`;
  return {
    activityTypes: defineTtlCache(`${scope}activityTypes`, z.array(activityTypeSchema), { ttlMs: DAY, maxEntries: 1 }),
    orgIds: defineTtlCache(`${scope}orgIds`, z.nullable(z.number()), { ttlMs: DAY }),
    names: defineTtlCache(`${scope}names`, z.string(), { ttlMs: 7 * DAY }),
  };
}

export type PipedriveCaches = ReturnType<typeof pipedriveCaches>;

export function clearPipedriveCaches(user: CrmUser): Promise<void> {
  return clearCaches(`pipedrive:${companyOf(user)}:`);
}
