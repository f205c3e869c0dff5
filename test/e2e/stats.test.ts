/**
 * The statistics page of the built extension for a known set of logs (two sample calls logged
 * into the Example CRM, one of them missed): the counts, a bar per outcome in the chart, the CSV
 * export of a date range. Screenshots light and dark; axe finds nothing serious.
 */
import { readFile } from 'node:fs/promises';
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

describe('the export', () => {
  it('downloads what was logged where as CSV, formulas guarded', async () => {
    const [download] = await Promise.all([stats.waitForEvent('download'), stats.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^call-logs-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('Date,Number,Contact,CRM record,State,Subject');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(
      new RegExp(
        `^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2},'\\+14155550132,Dana Whitfield,chrome-extension://${extension.extensionId}/example-crm\\.html\\S*,Logged,`,
      ),
    );
    expect(lines[2]).toContain(",'=cmd|calc,");
    await stats.getByRole('status').filter({ hasText: '2 logs exported.' }).waitFor();
  });

  it('exports nothing for a range without logs', async () => {
    await stats.getByLabel('From').fill('2020-01-01');
    await stats.getByLabel('To').fill('2020-01-31');
    const [download] = await Promise.all([stats.waitForEvent('download'), stats.getByRole('button', { name: 'Download CSV' }).click()]);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true); // so that spreadsheets read UTF-8
    expect(csv.slice(1)).toBe('Date,Number,Contact,CRM record,State,Subject\r\n');
  });
});
