/**
 * `/messageLogger/match` ("are these conversations logged?"), from the worker's message ledger
 * in one message (GET /messageLog reads IndexedDB). The widget names a conversation-day
 * `<conversationId>/<M>/<D>/<YYYY>`; the worker `<conversationId>-<YYYYMMDD>` (a voicemail or a
 * fax `message-<id>-…`). The host learns the worker's ids from each `/messageLogger` request and
 * reads the rest from the widget's id.
 */
import { callApi } from '../api-client';
import { messageMatchBody } from './message-schemas';

const known = new Map<string, string[]>();
const KEPT = 500;

/** Remembers which of the worker's conversation-days a widget conversation is. */
export function rememberConversation(widgetId: string, ours: string[]): void {
  known.delete(widgetId);
  known.set(widgetId, ours);
  if (known.size > KEPT) known.delete(known.keys().next().value!);
}

/** `2052636401630275685/11/10/2022` → `2052636401630275685-20221110`. */
export function fromWidgetId(widgetId: string): string | undefined {
  const parts = /^(.+)\/(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(widgetId);
  if (!parts) return undefined;
  const [, conversationId, month, day, year] = parts;
  return `${conversationId}-${year}${month!.padStart(2, '0')}${day!.padStart(2, '0')}`;
}

export async function matchMessageLogs(body: unknown): Promise<Record<string, { id: string }[]>> {
  const { conversationLogIds } = messageMatchBody.parse(body);
  const ours = new Map(conversationLogIds.map((id) => [id, known.get(id) ?? [fromWidgetId(id) ?? id]]));
  const all = [...new Set([...ours.values()].flat())];
  const answer = all.length ? await callApi('GET /messageLog', { query: { conversationLogIds: all.join(',') } }) : undefined;
  const logged = new Map((answer?.logs ?? []).filter((log) => log.state === 'logged' && log.logId).map((log) => [log.conversationLogId, log.logId!]));
  const result: Record<string, { id: string }[]> = {};
  for (const [widgetId, ids] of ours) result[widgetId] = ids.filter((id) => logged.has(id)).map((id) => ({ id: logged.get(id)! }));
  return result;
}
