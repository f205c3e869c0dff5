/** Names of linked records and of contacts/leads, per Insightly account, for a day (cleared on logout). */
import * as z from 'zod/mini';
import { clearCaches, defineTtlCache } from '../../storage/ttl-cache';
import type { CrmUser } from '../../storage/connections';

const DAY = 24 * 60 * 60 * 1000;
const scopeOf = (user: CrmUser) => `insightly:${user.id}:`;

export function insightlyCaches(user: CrmUser) {
  return {
    /** `Organisation:201` → its name. */
    linkNames: defineTtlCache(`${scopeOf(user)}linkNames`, z.string(), { ttlMs: DAY }),
    /** `Contact:101` → the person's name. */
    names: defineTtlCache(`${scopeOf(user)}names`, z.string(), { ttlMs: 7 * DAY }),
  };
}

export type InsightlyCaches = ReturnType<typeof insightlyCaches>;

export const clearInsightlyCaches = (user: CrmUser) => clearCaches(scopeOf(user));
