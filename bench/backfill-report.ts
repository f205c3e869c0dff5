/** The back-fill's table and target (bench/backfill.ts). */
import type { BackfillResult } from './backfill';
import { fig, n, table, type TargetCheck } from './support/format';
import type { Spread } from './support/stats';

export type { BackfillResult };

const seconds = (s: Spread) => fig({ ...s, median: s.median / 1000, min: s.min / 1000, max: s.max / 1000 });

export function renderBackfill(backfill: BackfillResult): string {
  const { calls, limit, latencyMs, runs } = backfill.options;
  return [
    `**Back-fill** — ${calls.toLocaleString('en-US')} calls made while the browser was away, caught up by auto-log from the Call Log API, Pipedrive fake limited to ${limit} requests per 2 s (${latencyMs} ms latency), ${runs} run${runs === 1 ? '' : 's'}`,
    table(
      ['', 'value'],
      [
        [
          'time until the last create was accepted',
          `${seconds(backfill.totalMs)} s (the limit allows ${seconds(backfill.floorMs)} s for the requests made)`,
        ],
        [
          'rate achieved ÷ rate allowed',
          `${fig({ ...backfill.shareOfLimit, median: backfill.shareOfLimit.median * 100, min: backfill.shareOfLimit.min * 100, max: backfill.shareOfLimit.max * 100 }, 0)} %`,
        ],
        ['429 answers', fig(backfill.status429, 0)],
        ['duplicates / losses', `${fig(backfill.duplicates, 0)} / ${fig(backfill.losses, 0)}`],
        [
          `one sync of the ${calls.toLocaleString('en-US')} calls (all logged): answer / with its auto-log pass`,
          `${fig(backfill.syncAnswerMs)} ms / ${fig(backfill.syncWithPassMs)} ms`,
        ],
        [
          'worker heap after it (after GC) / the calls as stored',
          `${n(backfill.heapAfterSyncBytes / 1_000_000, 2)} MB / ${n(backfill.storedCallsBytes / 1000, 0)} kB`,
        ],
      ],
    ),
  ].join('\n');
}

export function backfillTarget(backfill: BackfillResult): TargetCheck {
  return {
    target: 'back-fill ≥ 90 % of the rate limit, 0 duplicates, 0 losses',
    measured: `${n(backfill.shareOfLimit.median * 100, 0)} %, ${fig(backfill.duplicates, 0)} duplicates, ${fig(backfill.losses, 0)} losses`,
    hit: backfill.shareOfLimit.median >= 0.9 && backfill.duplicates.max === 0 && backfill.losses.max === 0,
  };
}
