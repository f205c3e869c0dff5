/**
 * What the built extension exposes: its manifest (no door for web pages or other extensions, a
 * strict CSP, only the hosts connectors need) and pages that run under that CSP without a
 * single violation, while they load, list calls and log one.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright';
import { CHROMIUM_FLAGS, chromiumPath } from '../../scripts/chromium-path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, launchExtension, type LaunchedExtension } from '../../scripts/launch-extension';
import { connectorHostPermissions } from '../../src/connectors/metadata';

let extension: LaunchedExtension;

/** Opens an extension page, recording every CSP violation it reports. */
async function openWatched(path: string): Promise<{ page: Page; violations: () => Promise<string[]> }> {
  const page = await extension.context.newPage();
  await page.addInitScript(() => {
    const seen: string[] = [];
    (globalThis as { cspViolations?: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  await page.goto(`chrome-extension://${extension.extensionId}/${path}`);
  return { page, violations: () => page.evaluate(() => (globalThis as { cspViolations?: string[] }).cspViolations ?? []) };
}

beforeAll(async () => {
  extension = await launchExtension();
});

afterAll(async () => {
  await extension?.close();
});

describe('the built manifest', () => {
  it('opens no door to web pages or other extensions, and sets a strict CSP', async () => {
    const manifest = JSON.parse(await readFile(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    const csp: string = manifest.content_security_policy.extension_pages;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('asks at install only for the hosts its connectors need, and loopback', async () => {
    const manifest = JSON.parse(await readFile(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    // Exactly what the connectors' metadata lists (Pipedrive, Insightly, NetSuite, Google Sheets…), then loopback.
    expect(manifest.host_permissions).toEqual([...connectorHostPermissions, 'http://127.0.0.1/*', 'http://localhost/*']);
    expect(manifest.host_permissions).toContain('https://*.pipedrive.com/*');
    expect(manifest.host_permissions).toContain('https://*.clio.com/*');
    expect(manifest.host_permissions).toContain('https://*.bullhornstaffing.com/*');
    expect(manifest.permissions.sort()).toEqual(['alarms', 'identity', 'sidePanel', 'storage', 'unlimitedStorage']);
  });
});

describe('the pages under the CSP', () => {
  it('the side panel lists calls and logs one without a violation', async () => {
    const { page, violations } = await openWatched('sidepanel.html');
    const list = page.getByRole('list', { name: 'Calls' });
    await list.getByRole('button').first().waitFor();
    await list.getByRole('button').first().click();
    await page.getByRole('button', { name: 'Log call' }).waitFor();
    expect(await violations()).toEqual([]);
    await page.close();
  });

  it.each(['options.html', 'example-crm.html'])('%s loads without a violation', async (path) => {
    const { page, violations } = await openWatched(path);
    await page.waitForLoadState('networkidle');
    expect(await violations()).toEqual([]);
    await page.close();
  });

  it('refuses a message that does not come from an extension page', async () => {
    // A web page cannot even reach runtime.sendMessage without externally_connectable.
    const page = await extension.context.newPage();
    await page.goto('about:blank');
    const reachable = await page.evaluate(
      () => typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage,
    );
    expect(reachable).toBe('undefined');
    await page.close();
  });
});

describe('another extension in the same browser', () => {
  let both: BrowserContext | undefined;
  let profile = '';
  afterAll(async () => {
    await both?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  it('cannot reach the API: its message never gets an answer, and nothing changes', async () => {
    const other = await mkdtemp(join(tmpdir(), 'other-extension-'));
    await writeFile(
      join(other, 'manifest.json'),
      JSON.stringify({ manifest_version: 3, name: 'Other', version: '1', background: { service_worker: 'other-worker.js' } }),
    );
    await writeFile(join(other, 'other-worker.js'), '');
    await writeFile(join(other, 'page.html'), '<!doctype html><title>other</title>');
    profile = await mkdtemp(join(tmpdir(), 'two-extensions-'));
    both = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${EXTENSION_DIR},${other}`, `--load-extension=${EXTENSION_DIR},${other}`],
    });
    const workers = async () => {
      while (both!.serviceWorkers().length < 2) await both!.waitForEvent('serviceworker');
      return both!.serviceWorkers().map((worker) => new URL(worker.url()));
    };
    const urls = await workers();
    const ours = urls.find((url) => !url.pathname.includes('other-worker'))!.host;
    const theirs = urls.find((url) => url.pathname.includes('other-worker'))!.host;

    const otherPage = await both.newPage();
    await otherPage.goto(`chrome-extension://${theirs}/page.html`);
    const attack = { type: 'api', method: 'PUT', path: '/backend', body: { kind: 'remote', serverUrl: 'https://evil.example' } };
    const outcome = await otherPage.evaluate(
      async ([id, message]) => {
        try {
          return { answered: await chrome.runtime.sendMessage(id, message) };
        } catch (failure) {
          return { refused: String(failure) };
        }
      },
      [ours, attack] as const,
    );
    expect(outcome).toEqual({ refused: expect.stringContaining('Receiving end does not exist') });

    // The extension's own page, in a tab (sender.tab is set), is answered, and the backend did not move.
    const ownPage = await both.newPage();
    await ownPage.goto(`chrome-extension://${ours}/options.html`);
    const backend = await ownPage.evaluate(() => chrome.runtime.sendMessage({ type: 'api', method: 'GET', path: '/backend' }));
    expect(backend).toEqual({ status: 200, body: { successful: true, backend: { kind: 'local' } } });
    await rm(other, { recursive: true, force: true });
  });
});
