/** Each contact's company, learned from lookups, per NetSuite account for a day (cleared on logout). */
import * as z from 'zod/mini';
import { clearCaches, defineTtlCache } from '../../storage/ttl-cache';
import type { CrmUser } from '../../storage/connections';

const scopeOf = (user: CrmUser) => `netsuite:${user.id}:`;

export const netsuiteCaches = (user: CrmUser) => ({
  companies: defineTtlCache(`${scopeOf(user)}companies`, z.nullable(z.string()), { ttlMs: 24 * 60 * 60 * 1000 }),
});

export type NetsuiteCaches = ReturnType<typeof netsuiteCaches>;

export const clearNetsuiteCaches = (user: CrmUser) => clearCaches(scopeOf(user));
