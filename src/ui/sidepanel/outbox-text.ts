/**
 * How a change waiting in the outbox reads: what it is, and when (or whether) it is tried
 * again. Pure functions, tested with a fixed clock, locale and time zone.
 */
import type { CallLogField } from '../../protocol/crm-shapes';
import type { OutboxEntry } from '../../protocol/api-answers';
import { t, tn } from '../i18n';
import { workerText } from '../worker-text';

/** `New call log`, `Changes to a call log`, `Deal / Lead of a call log` (the connector's own field names). */
export function operationLabel(item: Pick<OutboxEntry, 'operation'>, fields: readonly CallLogField[] = []): string {
  if (item.operation === 'create') return t('outbox_new_log');
  if (item.operation === 'update') return t('outbox_changes');
  const names = fields.filter((field) => field.type !== 'warning').map((field) => workerText(field.title));
  return t('outbox_fields_of', names.length ? names.join(' / ') : t('outbox_fields'));
}

/** `now`, `in 40 s`, `in 10 min (3:14 PM)`, `in 2 h (5:30 PM)`. */
export function formatNextTry(nextAttemptAt: number, now: Date, locale?: string, timeZone?: string): string {
  const seconds = Math.ceil((nextAttemptAt - now.getTime()) / 1000);
  if (seconds <= 1) return t('outbox_now');
  if (seconds < 90) return t('outbox_in_seconds', seconds);
  const clock = new Intl.DateTimeFormat(locale, { timeZone, hour: 'numeric', minute: '2-digit' }).format(nextAttemptAt);
  const minutes = Math.round(seconds / 60);
  return minutes < 90 ? t('outbox_in_minutes', minutes, clock) : t('outbox_in_hours', Math.round(minutes / 60), clock);
}

const triesOf = (attempt: number): string => (attempt > 0 ? ` · ${tn('outbox_tried', attempt)}` : '');

/** The line under a waiting change: when it goes next, or what it waits for. */
export function waitingLine(item: OutboxEntry, crmName: string, now: Date, locale?: string, timeZone?: string): string {
  if (item.state === 'failed') return t('outbox_not_retried') + triesOf(item.attempt);
  if (item.state === 'paused') return t('outbox_waits_for', crmName) + triesOf(item.attempt);
  return nextTryLine(item, now, locale, timeZone);
}

/** `Sending now` or `Next try in 40 s`, with the tries so far: a change (call or messages) that will be sent again. */
export function nextTryLine(item: { nextAttemptAt: number; attempt: number }, now: Date, locale?: string, timeZone?: string): string {
  const seconds = Math.ceil((item.nextAttemptAt - now.getTime()) / 1000);
  const when = seconds <= 1 ? t('outbox_sending_now') : t('outbox_next_try', formatNextTry(item.nextAttemptAt, now, locale, timeZone));
  return when + triesOf(item.attempt);
}
