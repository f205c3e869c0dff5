/**
 * The statistics page's figures for a known set of ledger rows and calls: several calls a minute,
 * a call without result, failed logs, a log whose call left the call list, a call never logged,
 * and logs either side of local midnight and of the period's first day.
 */
import { describe, expect, it } from 'vitest';
import type { LogHistoryRow } from '../../../src/protocol/api-answers-history';
import type { CallRecord } from '../../../src/protocol/call-record';
import { lastDays, statsFigures } from '../../../src/ui/stats/stats-figures';

/** 10:00 local time on 5 December 2026: the period is 6 November to 5 December. */
const today = new Date(2026, 11, 5, 10, 0);
const local = (day: number, hour: number, minute: number, second = 0) => new Date(2026, 11, day, hour, minute, second).getTime();

const call = (sessionId: string, startTime: number | string, result?: string): CallRecord => ({
  sessionId,
  startTime: typeof startTime === 'number' ? new Date(startTime).toISOString() : startTime,
  ...(result === undefined ? {} : { result }),
});
const row = (sessionId: string, at: number, state: LogHistoryRow['state'] = 'logged'): LogHistoryRow => ({
  at,
  sessionId,
  number: '',
  contactName: '',
  subject: `Call ${sessionId}`,
  recordUrl: '',
  state,
});

const calls: CallRecord[] = [
  call('a', local(5, 9, 0, 5), 'Accepted'),
  call('b', local(5, 9, 0, 40), 'Accepted'),
  call('c', local(5, 9, 0, 55), 'Missed'),
  call('late', local(4, 23, 59, 0), 'Voicemail'),
  call('no-result', local(4, 14, 0)),
  call('failed', local(3, 8, 0), 'Accepted'),
  call('review', local(3, 8, 1), 'Missed'),
  call('unlogged-1', local(2, 11, 0), 'Missed'),
  call('unlogged-2', local(5, 9, 30), 'Accepted'),
  call('unlogged-3', local(1, 12, 0), 'Accepted'),
  call('logging', local(5, 9, 0, 58), 'Accepted'), // on its way: neither logged, failed nor unlogged
];
const rows: LogHistoryRow[] = [
  row('gone', new Date(2026, 10, 6, 0, 0).getTime()), // the first instant of the period; its call left the list
  row('no-result', local(4, 14, 2)),
  row('late', local(5, 0, 0, 10)), // the call began before midnight, its log was made after
  row('failed', local(3, 8, 2), 'queued'),
  row('review', local(3, 8, 3), 'needsReview'),
  row('logging', local(5, 9, 1), 'logging'),
  row('a', local(5, 9, 1, 0)),
  row('b', local(5, 9, 1, 20)),
  row('c', local(5, 9, 1, 40)),
];

describe('lastDays', () => {
  it('gives the last local days, today last, across a month end', () => {
    const days = lastDays(30, today);
    expect(days).toHaveLength(30);
    expect(days[0]).toBe('2026-11-06');
    expect(days.at(-1)).toBe('2026-12-05');
    expect(days).toContain('2026-11-30');
    expect(days).toContain('2026-12-01');
  });
});

describe('statsFigures', () => {
  const days = lastDays(30, today);
  const figures = statsFigures(days, rows, calls);

  it('counts each logged call on the local day of its log, by the call result', () => {
    expect(figures.days).toHaveLength(30);
    expect(figures.days.at(-1)).toEqual({ day: '2026-12-05', byOutcome: { Voicemail: 1, Accepted: 2, Missed: 1 } });
    expect(figures.days.at(-2)).toEqual({ day: '2026-12-04', byOutcome: { Unknown: 1 } });
    expect(figures.days[0]).toEqual({ day: '2026-11-06', byOutcome: { Unknown: 1 } });
    expect(figures.days.find((d) => d.day === '2026-12-03')).toEqual({ day: '2026-12-03', byOutcome: {} });
  });

  it('totals logged, failed (queued or needs review) and not logged (listed calls of the period without a ledger row)', () => {
    expect(figures).toMatchObject({ logged: 6, failed: 2, unlogged: 3 }); // unlogged-1, -2 and -3
  });

  it('orders the outcomes most frequent first', () => {
    expect(figures.outcomes).toEqual(['Unknown', 'Accepted', 'Voicemail', 'Missed']);
  });

  it('leaves out logs and calls before the period, and reads a start time in epoch ms', () => {
    const before = new Date(2026, 10, 5, 23, 59, 59).getTime(); // the last second before the period
    const numeric: CallRecord = { sessionId: 'numeric', startTime: local(5, 8, 0), result: 'Accepted' };
    const outside = statsFigures(days, [row('old', before), row('old-failed', before, 'queued')], [call('old-call', before, 'Missed'), numeric]);
    expect(outside).toMatchObject({ logged: 0, failed: 0, unlogged: 1, outcomes: [] });
  });

  it('draws empty days when nothing was logged', () => {
    const empty = statsFigures(days, [], []);
    expect(empty.days.every((d) => Object.keys(d.byOutcome).length === 0)).toBe(true);
    expect(empty).toMatchObject({ logged: 0, failed: 0, unlogged: 0, outcomes: [] });
  });
});
