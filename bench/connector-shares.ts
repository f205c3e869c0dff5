/**
 * Each connector's share of the service worker: the bench builds with a hidden source map, every
 * byte of the minified worker is attributed to the source file it came from, and a connector's
 * share is what gzip of the worker loses when that connector's bytes (src/connectors/<id>/) are
 * cut out. Gzip is not additive, so the shares are marginal costs; the core is the rest.
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

export interface WorkerShares {
  gzipBytes: number;
  coreGzipBytes: number;
  connectors: ConnectorShare[];
}

const CONNECTOR_SOURCE = /src\/connectors\/([^/]+)\//;

export async function measureConnectorShares(dir: string, workerFile: string): Promise<WorkerShares | undefined> {
  const code = await readFile(join(dir, workerFile), 'utf8');
  const map = await readFile(join(dir, `${workerFile}.map`), 'utf8').catch(() => undefined);
  if (!map) return undefined;
  const owner = ownerOfEachChar(code, JSON.parse(map) as RawSourceMap);
  const ids = [...new Set(owner.filter((id): id is string => id !== undefined))].sort();
  const gzip = (text: string) => gzipSync(text, { level: 9 }).length;
  const total = gzip(code);
  const connectors = ids.map((connector) => {
    let without = '';
    let bytes = 0;
    for (let i = 0; i < code.length; i++) {
      if (owner[i] === connector) bytes++;
      else without += code[i];
    }
    return { connector, bytes, gzipBytes: total - gzip(without) };
  });
  return { gzipBytes: total, coreGzipBytes: total - connectors.reduce((sum, c) => sum + c.gzipBytes, 0), connectors };
}

/** The connector id of the source each character of `code` was generated from, or undefined (core). */
function ownerOfEachChar(code: string, map: RawSourceMap): (string | undefined)[] {
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
  const owner: (string | undefined)[] = new Array(code.length).fill(undefined);
  const segments: { at: number; id: string | undefined }[] = [];
  new SourceMapConsumer(map).eachMapping((m) => {
    segments.push({ at: lineStarts[m.generatedLine - 1]! + m.generatedColumn, id: m.source?.match(CONNECTOR_SOURCE)?.[1] });
  });
  segments.sort((a, b) => a.at - b.at);
  segments.forEach((segment, i) => {
    const end = segments[i + 1]?.at ?? code.length;
    for (let c = segment.at; c < end; c++) owner[c] = segment.id;
  });
  return owner;
}
