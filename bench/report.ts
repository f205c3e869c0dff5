/** The results as Markdown tables (printed, and pasted into the README), and the targets checked. */
import { backfillTarget, renderBackfill, type BackfillResult } from './backfill-report';
import { panelTarget, renderPanelPaint, type PanelPaintResult } from './panel-report';
import type { BulkResult } from './bulk';
import type { BundleSizes } from './bundle-size';
import type { LedgerResult } from './ledger-at-scale';
import type { DurabilityCost } from './durability-cost';
import type { OverheadBreakdown } from './local-overhead';
import type { LatencyResult, Mode } from './log-latency';
import type { Operation, RequestCounts } from './request-counts';
import type { Spread } from './support/stats';
import type { StageBreakdown } from './stage-breakdown';
import { fig, n, table, type TargetCheck } from './support/format';

export type { TargetCheck };

export interface BenchResults {
  latency?: LatencyResult;
  overhead?: OverheadBreakdown;
  durability?: DurabilityCost;
  counts?: RequestCounts;
  ledger?: LedgerResult;
  bulk?: BulkResult;
  backfill?: BackfillResult;
  bundles?: BundleSizes;
  breakdown?: StageBreakdown;
  panel?: PanelPaintResult;
}

const kB = (bytes: number) => `${n(bytes / 1000)} kB`;
const MB = (bytes: number) => `${n(bytes / 1_000_000, 2)} MB`;
const times = (count: number, what: string) => `${count} ${what}${count === 1 ? '' : 's'}`;

const modeNames = (latencyMs: number): Record<Mode, string> => ({
  floor: 'floor: the same POST sent from the page',
  local: 'local backend (connector in the worker)',
  remote: 'remote backend, App Connect fake on loopback',
  remoteFar: `remote backend, App Connect fake ${latencyMs} ms away`,
});

const OPERATION_NAMES: Record<Operation, string> = {
  createMatched: 'create, contact just matched',
  createCold: 'create, cold (caches empty, worker just started)',
  getWithDetails: 'get with details',
  update: 'update (note)',
};

export function renderMarkdown(results: BenchResults): string {
  const parts: string[] = [];
  const { latency, overhead, counts, ledger, bulk, bundles, durability } = results;
  if (latency) {
    const { calls, runs, latencyMs } = latency.options;
    const names = modeNames(latencyMs);
    parts.push(
      `**Log latency** — ${calls} calls per way and run, ${times(runs, 'run')}, fake Pipedrive answering ${latencyMs} ms late; median of the runs (min–max)`,
      table(
        ['', 'p50 ms', 'p95 ms', 'Pipedrive requests per log'],
        (Object.keys(names) as Mode[]).map((m) => [names[m], fig(latency.p50[m]), fig(latency.p95[m]), fig(latency.requestsPerCall[m], 0)]),
      ),
      table(
        ['same run, p50', 'value'],
        [
          ['local − floor', `${fig(latency.localOverheadP50Ms)} ms`],
          ['local ÷ floor', `${fig(latency.localOverFloor, 2)}×`],
          ['remote ÷ local', `${fig(latency.remoteOverLocal, 2)}×`],
          [`remote (${latencyMs} ms away) ÷ local`, `${fig(latency.remoteFarOverLocal, 2)}×`],
        ],
      ),
    );
  }
  if (overhead) {
    parts.push(
      `**Where a local log's time goes** (${overhead.calls} more warm logs, worker instrumented; parts of overlapping async work are summed)`,
      table(
        ['part', 'ms per log'],
        [
          ['whole log, page to page (p50)', n(overhead.logP50Ms)],
          ['CRM request as the worker sees it (p50)', n(overhead.workerFetchP50Ms)],
          ['message page → worker → page, no work (p50)', n(overhead.messageRoundTripP50Ms)],
          [`storage.local: ${n(overhead.storageCallsPerLog, 1)} calls`, n(overhead.storageMsPerLog)],
          [`IndexedDB: ${n(overhead.idbTransactionsPerLog, 1)} transactions`, n(overhead.idbMsPerLog)],
        ],
      ),
    );
  }
  if (durability) {
    parts.push(
      `**Cost of strict durability** (${durability.count} claim-sized IndexedDB commits each way, in the worker; a log makes two: the claim and the logged mark)`,
      table(
        ['durability', 'p50 ms', 'p95 ms'],
        [
          ['relaxed (browser default)', n(durability.relaxedP50Ms), n(durability.relaxedP95Ms)],
          ['strict (what the ledger uses)', n(durability.strictP50Ms), n(durability.strictP95Ms)],
          ['added per log (2 commits, p50)', n(durability.perLogP50Ms), ''],
        ],
      ),
    );
  }
  if (counts) {
    parts.push(
      "**CRM requests per operation** — Pipedrive: requests the fake received; Example CRM: IndexedDB requests on its own database; ledger: IndexedDB requests on the extension's",
      table(
        ['operation', 'Pipedrive', 'Example CRM', 'ledger (Pipedrive / Example CRM)', 'Pipedrive requests'],
        (Object.keys(OPERATION_NAMES) as Operation[]).map((op) => [
          OPERATION_NAMES[op],
          fig(counts.pipedrive[op].crm, 0),
          fig(counts.testCRM[op].crm, 0),
          `${fig(counts.pipedrive[op].ledger, 0)} / ${fig(counts.testCRM[op].ledger, 0)}`,
          counts.pipedrive[op].example.join(', '),
        ]),
      ),
    );
  }
  if (ledger) {
    const rows = ledger.lookups.map((l, i) => {
      const previous = ledger.lookups[i - 1];
      return [l.ids.toLocaleString('en-US'), fig(l.ms), n(l.usPerId, 0), previous ? `${n(l.ms.median / previous.ms.median, 1)}×` : ''];
    });
    parts.push(
      `**Lookups** — GET /callLog of random logged sessions, ${ledger.options.logs.toLocaleString('en-US')} sessions in the ledger, ${ledger.options.lookupRepeats} lookups per size`,
      table(['session ids', 'ms', 'µs per id', 'growth'], rows),
    );
  }
  if (bulk) {
    const { calls, limit, latencyMs, runs } = bulk.options;
    const floor = (calls / limit) * 2;
    parts.push(
      `**Bulk** — ${calls.toLocaleString('en-US')} logs sent at once, Pipedrive fake limited to ${limit} requests per 2 s (${latencyMs} ms latency), ${times(runs, 'run')}`,
      table(
        ['', 'value'],
        [
          [
            'time until the last create was accepted',
            `${fig({ ...bulk.totalMs, median: bulk.totalMs.median / 1000, min: bulk.totalMs.min / 1000, max: bulk.totalMs.max / 1000 })} s (the limit allows ${n(floor, 0)} s)`,
          ],
          [
            'rate achieved ÷ rate allowed',
            `${fig({ ...bulk.shareOfLimit, median: bulk.shareOfLimit.median * 100, min: bulk.shareOfLimit.min * 100, max: bulk.shareOfLimit.max * 100 }, 0)} %`,
          ],
          ['logged before the answer (the rest waited in the outbox)', `${fig(bulk.loggedAtOnce, 0)} of ${calls.toLocaleString('en-US')}`],
          ['429 answers', fig(bulk.status429, 0)],
          ['Pipedrive requests per call, 429s included', fig(bulk.requestsPerCall, 2)],
          ['duplicates / losses', `${fig(bulk.duplicates, 0)} / ${fig(bulk.losses, 0)}`],
        ],
      ),
    );
  }
  if (results.breakdown) {
    const { calls, roundTripP50Ms, stagesP50Ms } = results.breakdown;
    const rows = Object.entries(stagesP50Ms).map(([stage, ms]) => [stage, n(ms, 2)]);
    rows.push([`round trip (page), p50 of ${calls} logs`, n(roundTripP50Ms, 2)]);
    parts.push('**Where one local POST /callLog goes, p50 ms, measured in the worker**', table(['stage', 'ms'], rows));
  }
  if (results.backfill) parts.push(renderBackfill(results.backfill));
  if (results.panel) parts.push(renderPanelPaint(results.panel));
  if (bundles || ledger) {
    const rows: string[][] = [];
    if (bundles) {
      rows.push(['service worker bundle', `${kB(bundles.serviceWorker.bytes)} minified, ${kB(bundles.serviceWorker.gzipBytes)} gzip`]);
      rows.push([
        'side panel (HTML, JS, CSS)',
        `${kB(bundles.sidePanel.bytes)} minified, ${kB(bundles.sidePanel.gzipBytes)} gzip (JS ${kB(bundles.sidePanel.jsGzipBytes)})`,
      ]);
      const shares = bundles.workerShares;
      if (shares) {
        rows.push(['service worker core (all but src/connectors/<id>/)', `${kB(shares.coreGzipBytes)} gzip`]);
        if (shares.coreAloneGzipBytes)
          rows.push(['service worker core alone (every connector cut out at once)', `${kB(shares.coreAloneGzipBytes)} gzip`]);
        for (const m of shares.biggestCoreModules ?? [])
          rows.push([`core module ${m.module}: marginal share`, `${kB(m.bytes)} minified, ${kB(m.gzipBytes)} gzip`]);
        for (const c of shares.connectors)
          rows.push([`connector ${c.connector}: marginal share of the worker`, `${kB(c.bytes)} minified, ${kB(c.gzipBytes)} gzip`]);
      }
    }
    if (ledger) {
      rows.push(['worker cold start, stop → first answer (fresh install)', `${fig(ledger.coldStartFreshMs)} ms`]);
      rows.push([`worker cold start, ${ledger.options.logs.toLocaleString('en-US')} logs in the ledger`, `${fig(ledger.coldStartFullMs)} ms`]);
      rows.push(['worker JS heap after GC: fresh → after the logs', `${MB(ledger.heapBeforeBytes.median)} → ${MB(ledger.heapAfterBytes.median)}`]);
      rows.push([
        `${ledger.options.logs.toLocaleString('en-US')} Example CRM logs, ${ledger.logging.concurrency} at a time`,
        `${n(ledger.logging.totalMs / 1000)} s (${n(ledger.logging.perSecond, 0)} logs/s)`,
      ]);
    }
    parts.push('**Footprint**', table(['', 'value'], rows));
  }
  const targets = checkTargets(results);
  if (targets.length)
    parts.push(
      '**Targets**',
      table(
        ['target', 'measured', ''],
        targets.map((t) => [t.target, t.measured, t.hit ? 'hit' : 'missed']),
      ),
    );
  return parts.join('\n\n');
}

export function checkTargets({ latency, counts, ledger, bulk, backfill, bundles, panel }: BenchResults): TargetCheck[] {
  const checks: TargetCheck[] = [];
  if (latency) {
    checks.push({
      target: 'local log ≤ 1 ms over the floor at p50',
      measured: `${fig(latency.localOverheadP50Ms)} ms`,
      hit: latency.localOverheadP50Ms.median <= 1,
    });
    checks.push({
      target: 'local ≥ 3× faster than remote at p50',
      measured: `${fig(latency.remoteOverLocal, 2)}×`,
      hit: latency.remoteOverLocal.median >= 3,
    });
  }
  if (counts) {
    const matched = counts.pipedrive.createMatched.crm;
    checks.push({ target: '1 CRM request per Pipedrive log after a contact match', measured: fig(matched, 0), hit: matched.max === 1 });
  }
  const thousand = ledger?.lookups.find((l) => l.ids === 1000);
  if (thousand) checks.push({ target: '1,000-id lookup ≤ 20 ms', measured: `${fig(thousand.ms)} ms`, hit: thousand.ms.median <= 20 });
  if (bulk) {
    checks.push({
      target: 'bulk ≥ 90 % of the rate limit, 0 duplicates, 0 losses',
      measured: `${n(bulk.shareOfLimit.median * 100, 0)} %, ${fig(bulk.duplicates, 0)} duplicates, ${fig(bulk.losses, 0)} losses`,
      hit: bulk.shareOfLimit.median >= 0.9 && bulk.duplicates.max === 0 && bulk.losses.max === 0,
    });
  }
  if (backfill) checks.push(backfillTarget(backfill));
  if (panel) checks.push(panelTarget(panel));
  if (bundles?.workerShares) {
    const { coreGzipBytes, connectors } = bundles.workerShares;
    const largest = Math.max(0, ...connectors.map((c) => c.gzipBytes));
    checks.push({
      target: 'service worker core ≤ 60 kB gzip, each connector ≤ 6 kB gzip',
      measured: `core ${kB(coreGzipBytes)}; ${connectors.map((c) => `${c.connector} ${kB(c.gzipBytes)}`).join(', ')}`,
      hit: coreGzipBytes <= 60_000 && largest <= 6_000,
    });
  } else if (bundles)
    checks.push({
      target: 'service worker ≤ 60 kB gzip',
      measured: kB(bundles.serviceWorker.gzipBytes),
      hit: bundles.serviceWorker.gzipBytes <= 60_000,
    });
  if (ledger) {
    const worst = Math.max(ledger.coldStartFreshMs.median, ledger.coldStartFullMs.median);
    checks.push({
      target: 'cold start ≤ 100 ms',
      measured: `${n(ledger.coldStartFreshMs.median)} ms fresh, ${n(ledger.coldStartFullMs.median)} ms with the ledger full`,
      hit: worst <= 100,
    });
  }
  return checks;
}
