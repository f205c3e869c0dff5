/**
 * Each connector's share of the service worker: the bench builds with a hidden source map, every
 * byte of the minified worker is attributed to the source file it came from, and a connector's
 * share is what gzip of the worker loses when that connector's bytes (src/connectors/<id>/) are
 * cut out. Gzip is not additive, so the shares are marginal costs; the core is the rest.
 *
 * Two more views of the core, to find what to cut: the core alone (gzip of the worker with every
 * connector cut out at once, which is what a build with no connector would weigh, about 1 kB
 * less than the rest after the marginal shares, because connectors compress against each other),
 * and its biggest modules (what gzip of the worker loses when one module's bytes are cut out;
 * an npm package counts as one module).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';

export interface ConnectorShare {
  connector: string;
  bytes: number;
  gzipBytes: number;
}

export interface ModuleShare {
  module: string;
  bytes: number;
  gzipBytes: number;
}

export interface WorkerShares {
  gzipBytes: number;
  coreGzipBytes: number;
  /** Absent in results written before 2026-12-05. */
  coreAloneGzipBytes?: number;
  biggestCoreModules?: ModuleShare[];
  connectors: ConnectorShare[];
}

const CONNECTOR_SOURCE = /src\/connectors\/([^/]+)\//;
const BIGGEST = 15;

export async function measureConnectorShares(dir: string, workerFile: string): Promise<WorkerShares | undefined> {
  const code = await readFile(join(dir, workerFile), 'utf8');
  const map = await readFile(join(dir, `${workerFile}.map`), 'utf8').catch(() => undefined);
  if (!map) return undefined;
  const source = sourceOfEachChar(code, JSON.parse(map) as RawSourceMap);
  const owner = source.map((file) => file?.match(CONNECTOR_SOURCE)?.[1]);
  const gzip = (text: string) => gzipSync(text, { level: 9 }).length;
  const total = gzip(code);
  const textWhere = (keep: (i: number) => boolean) => {
    let text = '';
    for (let i = 0; i < code.length; i++) if (keep(i)) text += code[i];
    return text;
  };
  /** How many bytes of the worker have `key`, and what gzip of the worker loses without them. */
  const share = (keys: (string | undefined)[], key: string | undefined) => ({
    bytes: keys.filter((k) => k === key).length,
    gzipBytes: total - gzip(textWhere((i) => keys[i] !== key)),
  });
  const ids = [...new Set(owner.filter((id): id is string => id !== undefined))].sort();
  const connectors = ids.map((connector) => ({ connector, ...share(owner, connector) }));
  const modules = source.map((file, i) => (owner[i] === undefined ? moduleOf(file) : undefined));
  const biggestCoreModules = [...new Set(modules.filter((m): m is string => m !== undefined))]
    .map((module) => ({ module, ...share(modules, module) }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes)
    .slice(0, BIGGEST);
  return {
    gzipBytes: total,
    coreGzipBytes: total - connectors.reduce((sum, c) => sum + c.gzipBytes, 0),
    coreAloneGzipBytes: gzip(textWhere((i) => owner[i] === undefined)),
    biggestCoreModules,
    connectors,
  };
}

/** `npm:zod` for a package, `src/logging/…ts` for our own source. */
function moduleOf(file: string | undefined): string {
  if (!file) return '(no source)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file)?.[1];
  return pkg ? `npm:${pkg}` : file.replace(/^.*?\b(src|entrypoints)\//, '$1/');
}

/** The source file each character of `code` was generated from, or undefined. */
function sourceOfEachChar(code: string, map: RawSourceMap): (string | undefined)[] {
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
  const source: (string | undefined)[] = new Array(code.length).fill(undefined);
  const segments: { at: number; file: string | undefined }[] = [];
  new SourceMapConsumer(map).eachMapping((m) => {
    segments.push({ at: lineStarts[m.generatedLine - 1]! + m.generatedColumn, file: m.source ?? undefined });
  });
  segments.sort((a, b) => a.at - b.at);
  segments.forEach((segment, i) => {
    const end = segments[i + 1]?.at ?? code.length;
    for (let c = segment.at; c < end; c++) source[c] = segment.file;
  });
  return source;
}
