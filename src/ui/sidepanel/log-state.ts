/**
 * A call's logged state as the list shows it, from a `GET /callLog` entry (reliability.md) and
 * the call's create in the outbox, if any: logged, not logged, pending retry (queued, or a
 * create being sent or checked), failed (the CRM refused it; a person decides), paused (the CRM
 * must be connected again), needs review.
 */
import type { CallLogEntry } from '../../protocol/api-answers';
import type { OutboxEntry } from '../../protocol/api-answers';

export type LogState = 'notLogged' | 'logged' | 'pending' | 'failed' | 'paused' | 'needsReview';

export const LOG_STATE_LABELS: Record<LogState, string> = {
  notLogged: 'Not logged',
  logged: 'Logged',
  pending: 'Pending retry',
  failed: 'Failed',
  paused: 'Paused',
  needsReview: 'Needs review',
};

export function logStateOf(entry: CallLogEntry | undefined, queuedCreate?: OutboxEntry): LogState {
  if (!entry) return 'notLogged';
  if (entry.matched) return 'logged';
  if (entry.state === 'needsReview') return 'needsReview';
  if (entry.state === 'queued' && queuedCreate && queuedCreate.state !== 'pending') return queuedCreate.state;
  return entry.state ? 'pending' : 'notLogged';
}
