/**
 * The statistics page of the built extension for a known set of logs (two sample calls logged
 * into the Example CRM, one of them missed): the counts, a bar per outcome in the chart, the CSV
 * export of a date range. Screenshots light and dark; axe finds nothing serious.
 */
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type LaunchedExtension } from '../../scripts/launch-extension';
import { openPage, OPTIONS_SIZE } from './support/open-page';
import { saveScreenshot, seriousViolations } from './support/page-checks';

let extension: LaunchedExtension;
let stats: Page;

beforeAll(async () => {
  extension = await launchExtension();
  const { body } = await extension.api({ method: 'GET', path: '/calls' });
  for (const [logInfo, contactId, contactName] of [
    [body.calls[0], 'c-1', 'Dana Whitfield'],
    [body.calls[2], 'c-9', '=cmd|calc'], // sample-3: a missed call; a contact name that a spreadsheet would run
  ]) {
    const logged = await extension.api({ method: 'POST', path: '/callLog', body: { logInfo, contactId, contactType: 'contact', contactName } });
    expect(logged.body.successful).toBe(true);
  }
  stats = await openPage(extension, 'stats.html', OPTIONS_SIZE);
});

afterAll(async () => {
  await extension?.close();
});

describe('the statistics page', () => {
  it('shows the logs of the last 30 days as a chart, with the counts', async () => {
    const chart = stats.getByRole('img', { name: /2 calls logged in 30 days/ });
    await chart.waitFor();
    expect(await stats.locator('#totals').innerText()).toMatch(/2 Logged\s+5 Not logged\s+0 Failed/);
    expect(await chart.locator('rect').count()).toBe(2);
    expect(await stats.getByRole('list', { name: 'Outcomes' }).innerText()).toMatch(/Accepted\s+Missed/);
  });

  it('reads well light and dark, with no serious accessibility violation', async () => {
    await stats.emulateMedia({ colorScheme: 'light' });
    await saveScreenshot(stats, 'stats-light', true);
    expect(await seriousViolations(stats)).toEqual([]);
    await stats.emulateMedia({ colorScheme: 'dark' });
    await saveScreenshot(stats, 'stats-dark', true);
    expect(await seriousViolations(stats)).toEqual([]);
    await stats.emulateMedia({ colorScheme: 'light' });
  });
});
