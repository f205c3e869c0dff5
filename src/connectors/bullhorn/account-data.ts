/**
 * The account's note actions for the log form (docs/bullhorn.md, "Finding a contact"), cached a
 * day per user in storage (the worker stops when idle). A failure offers none rather than failing
 * a lookup: the action is free text, and the log gets `pending note`.
 */
import * as z from 'zod/mini';
import type { FieldOption } from '../../protocol/crm-shapes';
import type { CrmUser } from '../../storage/connections';
import { clearCaches, defineTtlCache } from '../../storage/ttl-cache';
import type { BullhornApi } from './api';

const DAY_MS = 24 * 60 * 60 * 1000;
const actions = defineTtlCache('bullhorn:noteActions', z.array(z.string()), { ttlMs: DAY_MS, maxEntries: 20 });
export const placeholderCompanies = defineTtlCache('bullhorn:placeholderCompany', z.number(), { ttlMs: 30 * DAY_MS, maxEntries: 20 });

export const clearBullhornCaches = () => clearCaches('bullhorn:');

/** Requests: 0 when cached, else 1 (`settings/commentActionList`). */
export async function noteActions(api: BullhornApi, user: CrmUser): Promise<FieldOption[]> {
  let list = await actions.get(user.id);
  if (!list) {
    try {
      list = await api.commentActions();
      await actions.setMany([[user.id, list]]);
    } catch {
      list = [];
    }
  }
  return list.map((action) => ({ const: action, title: action }));
}
