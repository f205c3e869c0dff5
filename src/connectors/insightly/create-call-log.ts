/**
 * createCallLog (docs/insightly.md): one event with its links in one POST. Should Insightly
 * ignore `LINKS` on create, the missing links are added one by one, after the event exists, so a
 * failed link never costs the event (the logId is returned with a warning).
 */
import { success, warning } from '../../protocol/return-message';
import type { Connector } from '../types';
import type { InsightlyApi } from './api';
import { toEvent } from './to-event';

type CreateArgs = Parameters<Connector['createCallLog']>[0];

export async function createCallLog(api: InsightlyApi, args: CreateArgs) {
  const body = toEvent(args);
  const created = await api.createEvent(body);
  const has = (name: string, id: number) =>
    created.LINKS.some((l) => l.LINK_OBJECT_NAME.toLowerCase() === name.toLowerCase() && l.LINK_OBJECT_ID === id);
  const missing = body.LINKS.filter((link) => !has(link.LINK_OBJECT_NAME, link.LINK_OBJECT_ID));
  try {
    for (const link of missing) await api.addLink(created.EVENT_ID, link);
  } catch {
    return { logId: created.EVENT_ID, returnMessage: warning('Call logged, but some links could not be added', 5000) };
  }
  return { logId: created.EVENT_ID, returnMessage: success('Call logged', 2000) };
}
