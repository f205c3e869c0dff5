/**
 * What the built extension exposes: its manifest (no door for web pages or other extensions, a
 * strict CSP, only the hosts connectors need) and pages that run under that CSP without a
 * single violation, while they load, list calls and log one.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright';
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
