/**
 * 5. Bundle sizes of the built extension (.output/chrome-mv3): the service worker, and the side
 * panel as its page loads it (the scripts, module preloads and stylesheets its HTML names).
 * Minified bytes as built; gzip at level 9, each file on its own, as a store or a cache would.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '../scripts/launch-extension';
import { measureConnectorShares, type WorkerShares } from './connector-shares';

export interface FileSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface BundleSizes {
  serviceWorker: FileSize;
  /** Present when the build wrote the worker's source map (the bench builds with a hidden one). */
  workerShares?: WorkerShares;
  sidePanel: { files: FileSize[]; bytes: number; gzipBytes: number; jsGzipBytes: number };
}

export async function measureBundles(dir = EXTENSION_DIR): Promise<BundleSizes> {
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as {
    background: { service_worker: string };
    side_panel: { default_path: string };
  };
  const serviceWorker = await sizeOf(dir, manifest.background.service_worker);
  const html = await readFile(join(dir, manifest.side_panel.default_path), 'utf8');
  const assets = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="\/?([^"]+)"/g)].map((match) => match[1]!);
  const files = await Promise.all([manifest.side_panel.default_path, ...assets].map((file) => sizeOf(dir, file)));
  const sum = (pick: (f: FileSize) => number, only = (_f: FileSize) => true) => files.filter(only).reduce((total, f) => total + pick(f), 0);
  const workerShares = await measureConnectorShares(dir, manifest.background.service_worker);
  return {
    serviceWorker,
    workerShares,
    sidePanel: {
      files,
      bytes: sum((f) => f.bytes),
      gzipBytes: sum((f) => f.gzipBytes),
      jsGzipBytes: sum(
        (f) => f.gzipBytes,
        (f) => f.file.endsWith('.js'),
      ),
    },
  };
}

async function sizeOf(dir: string, file: string): Promise<FileSize> {
  const content = await readFile(join(dir, file));
  return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
}
