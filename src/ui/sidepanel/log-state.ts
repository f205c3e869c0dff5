/**
 * A call's logged state as the list shows it, from a `GET /callLog` entry (reliability.md):
 * logged, not logged, pending retry (queued, or a create being checked), needs review.
 */
import type { CallLogEntry } from '../../logging/get-call-logs';

export type LogState = 'notLogged' | 'logged' | 'pending' | 'needsReview';

export const LOG_STATE_LABELS: Record<LogState, string> = {
  notLogged: 'Not logged',
  logged: 'Logged',
  pending: 'Pending retry',
  needsReview: 'Needs review',
};

export function logStateOf(entry: CallLogEntry | undefined): LogState {
  if (!entry) return 'notLogged';
  if (entry.matched) return 'logged';
  if (entry.state === 'needsReview') return 'needsReview';
  return entry.state ? 'pending' : 'notLogged';
}
