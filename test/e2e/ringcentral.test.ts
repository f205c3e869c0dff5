/**
 * The RingCentral call source in the real built extension: the user picks RingCentral in
 * Options and signs in (identity.launchWebAuthFlow against the fake RingCentral platform, which
 * approves at once); the side panel then lists the account's calls from the Call Log API.
 */
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchExtension, type LaunchedExtension } from '../../scripts/launch-extension';
import { fixtureCalls } from '../support/call-fixtures';
import { OPTIONS_SIZE, openPage } from './support/open-page';
import { saveScreenshot } from './support/page-checks';

const server = inject('ringcentralUrl');
let extension: LaunchedExtension;
let options: Page;

async function fakeRequests(): Promise<{ path: string; query: Record<string, string>; grant?: string }[]> {
  return (await fetch(`${server}/_fake/requests`)).json();
}

beforeAll(async () => {
  await fetch(`${server}/_fake/reset`, { method: 'POST', body: JSON.stringify({ maxPerPage: 10 }) });
  extension = await launchExtension();
  options = await openPage(extension, 'options.html', OPTIONS_SIZE);
});

afterAll(async () => {
  await extension?.close();
});

describe('RingCentral as the phone account', () => {
  it('signs in from Options with PKCE and reads the call log', async () => {
    const phone = options.getByRole('region', { name: 'Phone account' });
    await phone.getByRole('radio', { name: 'My RingCentral account' }).check();
    await phone.getByLabel('RingCentral server').fill(server);
    expect(await phone.locator('code').innerText()).toBe(`https://${extension.extensionId}.chromiumapp.org/ringcentral`);
    await phone.getByLabel('Client id').fill('fake-rc-client');
    await phone.getByRole('button', { name: 'Sign in with RingCentral' }).click();

    await options.getByRole('status').filter({ hasText: 'Signed in to RingCentral as Jordan Rivera. 15 recent calls found.' }).waitFor();
    await phone.getByText('Signed in as Jordan Rivera (ext. 101).').waitFor();
    const log = await fakeRequests();
    expect(log.filter((r) => r.grant).map((r) => r.grant)).toEqual(['authorization_code']);
    const pages = log.filter((r) => r.path.endsWith('/call-log'));
    expect(pages.map((p) => p.query.page ?? '1')).toEqual(['1', '2']);
    expect(pages[0]!.query).toMatchObject({ view: 'Detailed', type: 'Voice' });

    const worker = await extension.serviceWorker();
    expect(await worker.evaluate(() => chrome.alarms.get('ringcentral-call-sync').then((a) => a?.periodInMinutes))).toBe(5);
  });

  it('lists the RingCentral calls in the side panel, hostile names shown as text', async () => {
    const panel = await openPage(extension, 'sidepanel.html');
    const items = panel.getByRole('list', { name: 'Calls' }).getByRole('listitem');
    await items.first().waitFor();
    expect(await items.count()).toBe(15);
    expect(await panel.locator('#source').innerText()).toBe('RingCentral');
    const newest = fixtureCalls.filter((c) => c.type === 'Voice').at(-1)!;
    expect(await items.first().innerText()).toContain(newest.from?.name);
    const hostile = fixtureCalls.find((c) => c.from?.name?.includes('<script>'))!;
    await panel.getByText(hostile.from!.name!, { exact: true }).waitFor();
    expect(await panel.locator('script').count()).toBe(1); // only the page's own bundle
    await saveScreenshot(panel, 'side-panel-ringcentral-light');
  });
});
