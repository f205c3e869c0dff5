/**
 * How a change waiting in the outbox reads: what it is, and when (or whether) it is tried
 * again. Pure functions, tested with a fixed clock, locale and time zone.
 */
import type { CallLogField } from '../../protocol/crm-shapes';
import type { OutboxEntry } from '../../protocol/api-answers';

/** `New call log`, `Changes to a call log`, `Deal / Lead of a call log` (the connector's own field names). */
export function operationLabel(item: Pick<OutboxEntry, 'operation'>, fields: readonly CallLogField[] = []): string {
  if (item.operation === 'create') return 'New call log';
  if (item.operation === 'update') return 'Changes to a call log';
  const names = fields.filter((field) => field.type !== 'warning').map((field) => field.title);
  return `${names.length ? names.join(' / ') : 'Fields'} of a call log`;
}

/** `now`, `in 40 s`, `in 10 min (3:14 PM)`, `in 2 h (5:30 PM)`. */
export function formatNextTry(nextAttemptAt: number, now: Date, locale?: string, timeZone?: string): string {
  const seconds = Math.ceil((nextAttemptAt - now.getTime()) / 1000);
  if (seconds <= 1) return 'now';
  if (seconds < 90) return `in ${seconds} s`;
  const clock = new Intl.DateTimeFormat(locale, { timeZone, hour: 'numeric', minute: '2-digit' }).format(nextAttemptAt);
  const minutes = Math.round(seconds / 60);
  return minutes < 90 ? `in ${minutes} min (${clock})` : `in ${Math.round(minutes / 60)} h (${clock})`;
}

/** The line under a waiting change: when it goes next, or what it waits for. */
export function waitingLine(item: OutboxEntry, crmName: string, now: Date, locale?: string, timeZone?: string): string {
  const tries = item.attempt > 0 ? ` · tried ${item.attempt} time${item.attempt === 1 ? '' : 's'}` : '';
  if (item.state === 'failed') return `Not tried again by itself${tries}`;
  if (item.state === 'paused') return `Waits until ${crmName} is connected again${tries}`;
  const when = formatNextTry(item.nextAttemptAt, now, locale, timeZone);
  return `${when === 'now' ? 'Sending now' : `Next try ${when}`}${tries}`;
}
