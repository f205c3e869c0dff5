/**
 * `npm run bench`: builds the extension, loads it in headless Chromium against the fake
 * Pipedrive and App Connect servers on 127.0.0.1, measures (see each section's file), prints
 * the tables and writes everything as JSON to bench/results/. Each section gets a fresh browser
 * profile, so one section's ledger or caches never shape another's figures.
 *
 *   npm run bench -- --runs 5 --calls 300 --only latency,counts,bulk,backfill,ledger,panel,bundles,durability
 *   npm run bench -- --quick        (small numbers, to try the harness)
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'wxt';
import { launchExtension, type LaunchedExtension } from '../scripts/launch-extension';
import { startFakeAppConnect } from '../test/fake-servers/app-connect/server';
import { startFakePipedrive } from '../test/fake-servers/pipedrive/server';
import { startFakeRingCentral } from '../test/fake-servers/ringcentral/server';
import { measureBackfill } from './backfill';
import { measureBulk } from './bulk';
import { measureBundles } from './bundle-size';
import { measureDurabilityCost } from './durability-cost';
import { measureLedgerAtScale } from './ledger-at-scale';
import { measureLocalOverhead } from './local-overhead';
import { measureLogLatency } from './log-latency';
import { measurePanelPaint } from './panel-paint';
import { measureStageBreakdown } from './stage-breakdown';
import { checkTargets, renderMarkdown, type BenchResults } from './report';
import { countRequests } from './request-counts';

const SECTIONS = ['bundles', 'latency', 'breakdown', 'counts', 'bulk', 'backfill', 'ledger', 'panel', 'durability'] as const;

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    calls: { type: 'string', default: '300' },
    only: { type: 'string', default: SECTIONS.join(',') },
    quick: { type: 'boolean', default: false },
    'skip-build': { type: 'boolean', default: false },
  },
});
const runs = Number(args.runs);
const only = new Set(args.only!.split(','));
const quick = args.quick!;
const LATENCY_MS = 20;

async function main(): Promise<void> {
  const started = new Date();
  // A hidden source map lets the bundle section attribute the worker's bytes to each connector.
  if (!args['skip-build']) await build({ vite: () => ({ build: { sourcemap: 'hidden' } }) });
  const results: BenchResults = {};
  if (only.has('bundles')) results.bundles = await measureBundles();

  const [pipedrive, appConnect, ringcentral] = await Promise.all([startFakePipedrive(), startFakeAppConnect(), startFakeRingCentral()]);
  let browserVersion = '';
  const section = async (name: string, work: (extension: LaunchedExtension) => Promise<void>) => {
    if (!only.has(name)) return;
    process.stdout.write(`measuring ${name}…\n`);
    const extension = await launchExtension();
    try {
      browserVersion ||= await extension.page.evaluate(() => navigator.userAgent);
      await work(extension);
    } finally {
      await extension.close();
    }
  };
  try {
    await section('latency', async (extension) => {
      const calls = quick ? 30 : Number(args.calls);
      results.latency = await measureLogLatency(extension, {
        calls,
        runs: quick ? 1 : runs,
        latencyMs: LATENCY_MS,
        blockSize: Math.min(50, calls),
        pipedriveUrl: pipedrive.url,
        appConnectUrl: appConnect.url,
      });
      results.overhead = await measureLocalOverhead(extension, quick ? 20 : 100);
    });
    await section('breakdown', async (extension) => {
      // The Pipedrive session and the fake's 20 ms, as in the latency section, then the marks.
      await measureLogLatency(extension, {
        calls: 20,
        runs: 1,
        latencyMs: LATENCY_MS,
        blockSize: 20,
        pipedriveUrl: pipedrive.url,
        appConnectUrl: appConnect.url,
      });
      results.breakdown = await measureStageBreakdown(extension, quick ? 30 : 200);
    });
    await section('counts', async (extension) => {
      results.counts = await countRequests(extension, { pipedriveUrl: pipedrive.url, repeats: 3 });
    });
    await section('bulk', async (extension) => {
      results.bulk = await measureBulk(extension, {
        calls: quick ? 200 : 1000,
        limit: 80,
        latencyMs: LATENCY_MS,
        runs: quick ? 1 : runs,
        capMs: 180_000,
        pipedriveUrl: pipedrive.url,
      });
    });
    await section('backfill', async (extension) => {
      results.backfill = await measureBackfill(extension, {
        calls: quick ? 200 : 1000,
        limit: 80,
        latencyMs: LATENCY_MS,
        runs: quick ? 1 : runs,
        capMs: 180_000,
        pipedriveUrl: pipedrive.url,
        ringcentralUrl: ringcentral.url,
      });
    });
    await section('ledger', async (extension) => {
      results.ledger = await measureLedgerAtScale(extension, {
        logs: quick ? 1000 : 10_000,
        lookupSizes: quick ? [10, 100, 1000] : [10, 100, 1000, 10_000],
        lookupRepeats: quick ? 3 : 7,
        coldStarts: quick ? 3 : 10,
        heapSamples: 3,
      });
    });
    await section('panel', async (extension) => {
      results.panel = await measurePanelPaint(extension, { calls: quick ? 200 : 1000, repeats: quick ? 3 : 10, ringcentralUrl: ringcentral.url });
    });
    await section('durability', async (extension) => {
      results.durability = await measureDurabilityCost(extension, quick ? 100 : 1000);
    });
  } finally {
    await Promise.all([pipedrive.close(), appConnect.close(), ringcentral.close()]);
  }

  const markdown = renderMarkdown(results);
  process.stdout.write(`\n${markdown}\n`);
  const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', node: process.version, browser: browserVersion };
  const report = {
    startedAt: started.toISOString(),
    finishedAt: new Date().toISOString(),
    quick,
    machine,
    results,
    targets: checkTargets(results),
    markdown,
  };
  const dir = resolve('bench/results');
  await mkdir(dir, { recursive: true });
  const json = `${JSON.stringify(report, null, 2)}\n`;
  const file = resolve(dir, `bench-${started.toISOString().replace(/[:.]/g, '-')}.json`);
  await Promise.all([writeFile(file, json), writeFile(resolve(dir, 'latest.json'), json)]);
  process.stdout.write(`\nwritten to ${file}\n`);
}

main().catch((failure: unknown) => {
  console.error(failure);
  process.exitCode = 1;
});
