/**
 * `/callLogger/match` ("is this call logged?"), answered from the worker's ledger in one
 * message (GET /callLog reads IndexedDB, no CRM request). A call on its way to the CRM, or one
 * auto-log could not log, gets a status entry: the widget shows its label and still counts it
 * as unlogged.
 */
import { callApi } from '../api-client';
import type { HostContext } from './host-context';
import { entityMatchBody } from './widget-schemas';
import { t } from '../i18n';

type MatchEntry = { id: string; note: string } | { type: 'status'; status: 'failed'; message: string };

const AT_ONCE = 10_000; // the route's limit (MAX_SESSION_IDS)
const SEEN_KEPT = 200;

export async function matchCallLogs(context: HostContext, body: unknown): Promise<Record<string, MatchEntry[]>> {
  const { sessionIds } = entityMatchBody.parse(body);
  context.seen = new Set(sessionIds.slice(0, SEEN_KEPT));
  const result: Record<string, MatchEntry[]> = {};
  for (let i = 0; i < sessionIds.length; i += AT_ONCE) {
    const ids = sessionIds.slice(i, i + AT_ONCE);
    const answer = await callApi('GET /callLog', { query: { sessionIds: ids.join(',') } });
    for (const log of answer.logs ?? []) {
      const status = log.matched
        ? undefined
        : log.state === 'logging' || log.state === 'queued'
          ? t('log_logging')
          : context.statuses.get(log.sessionId);
      if (log.matched) context.statuses.delete(log.sessionId);
      result[log.sessionId] = log.matched ? [{ id: log.logId, note: '' }] : status ? [{ type: 'status', status: 'failed', message: status }] : [];
    }
  }
  return result;
}
