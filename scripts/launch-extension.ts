/**
 * Starts Chromium with the built, unpacked extension and gives a handle to call its message API
 * from one of its own pages, exactly as the side panel does. Used by the e2e tests and the demo.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium-path';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

export interface ApiRequest {
  method: string;
  path: string;
  query?: Record<string, string>;
  body?: unknown;
}

export interface ApiResponse<Body = any> {
  status: number;
  body: Body;
}

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  /** An extension page to send API messages from. */
  page: Page;
  api<Body = any>(request: ApiRequest): Promise<ApiResponse<Body>>;
  serviceWorker(): Promise<Worker>;
  /** Stops the service worker (as Chrome does when it is idle) through CDP. */
  stopServiceWorker(): Promise<void>;
  close(): Promise<void>;
  /**
   * Kills the browser process with SIGKILL (a crash, a power cut for the browser: no shutdown,
   * no flush of anything still in memory). Linux only: the process is found by its profile folder.
   */
  kill(): Promise<void>;
}

export async function launchExtension({
  headless = true,
  userDataDir,
  language,
}: {
  headless?: boolean;
  userDataDir?: string;
  /** The browser's UI language (`de`): Chromium on Linux reads it from LANGUAGE; `--lang` elsewhere. */
  language?: string;
} = {}): Promise<LaunchedExtension> {
  const profile = userDataDir ?? (await mkdtemp(join(tmpdir(), 'crm-call-logger-')));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless,
    args: [
      ...CHROMIUM_FLAGS,
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      ...(language ? [`--lang=${language}`] : []),
    ],
    ...(language ? { locale: language, env: { ...process.env, LANGUAGE: language, LANG: `${language}.UTF-8` } } : {}),
  });
  const serviceWorker = async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL((await serviceWorker()).url()).host;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);

  return {
    context,
    extensionId,
    page,
    serviceWorker,
    api: (request) => page.evaluate((message) => chrome.runtime.sendMessage({ type: 'api', ...message }), request),
    async stopServiceWorker() {
      const cdp = await context.newCDPSession(page);
      const stopped = new Promise<void>((done) => {
        cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
          if (versions.some((v) => v.scriptURL.includes(extensionId) && v.runningStatus === 'stopped')) done();
        });
      });
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await stopped;
      await cdp.detach();
    },
    async close() {
      await context.close();
      if (!userDataDir) await rm(profile, { recursive: true, force: true });
    },
    async kill() {
      const pid = await browserPid(profile);
      const gone = new Promise<void>((done) => context.once('close', () => done()));
      process.kill(pid, 'SIGKILL');
      await gone;
    },
  };
}

/** The main browser process of this profile (its helpers carry a `--type=` flag). */
async function browserPid(profile: string): Promise<number> {
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const args = (await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '')).split('\0');
    if (args.includes(`--user-data-dir=${profile}`) && !args.some((arg) => arg.startsWith('--type='))) return Number(entry);
  }
  throw new Error(`no browser process runs with the profile ${profile}`);
}
