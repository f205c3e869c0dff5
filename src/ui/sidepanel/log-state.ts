/**
 * A call's logged state as the list shows it, from a `GET /callLog` entry (reliability.md) and
 * the call's create in the outbox, if any: logged, not logged, pending retry (queued, or a
 * create being sent or checked), failed (the CRM refused it; a person decides), paused (the CRM
 * must be connected again), needs review.
 */
import type { CallLogEntry } from '../../protocol/api-answers';
import type { OutboxEntry } from '../../protocol/api-answers';
import { t, type MessageKey } from '../i18n';

export type LogState = 'notLogged' | 'logged' | 'pending' | 'failed' | 'paused' | 'needsReview';

const LABELS: Record<LogState, MessageKey> = {
  notLogged: 'state_not_logged',
  logged: 'state_logged',
  pending: 'state_pending',
  failed: 'state_failed',
  paused: 'state_paused',
  needsReview: 'state_needs_review',
};

export const logStateLabel = (state: LogState): string => t(LABELS[state]);

export function logStateOf(entry: CallLogEntry | undefined, queuedCreate?: OutboxEntry): LogState {
  if (!entry) return 'notLogged';
  if (entry.matched) return 'logged';
  if (entry.state === 'needsReview') return 'needsReview';
  if (entry.state === 'queued' && queuedCreate && queuedCreate.state !== 'pending') return queuedCreate.state;
  return entry.state ? 'pending' : 'notLogged';
}
