/**
 * NetSuite through the built extension: the admin's OAuth app entered in Options (client id and
 * the account's URLs, here the fake's), "Connect with NetSuite" in a real sign-in window (PKCE,
 * no secret), then the common journey and a revoked sign-in.
 */
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchExtension, type LaunchedExtension } from '../../scripts/launch-extension';
import { createFakeAccount, type FakeAccountHandle } from '../fake-servers/small-fake/client';
import type { NetsuiteState } from '../fake-servers/netsuite/seed';
import { logReadEditAgain, refusedAndNothingWritten, type RoundTrip } from './support/crm-round-trip';
import { OPTIONS_SIZE, openPage } from './support/open-page';
import { dismissToasts, saveScreenshot, seriousViolations } from './support/page-checks';

let account: FakeAccountHandle<NetsuiteState>;
let extension: LaunchedExtension;
let options: Page;

const crm: RoundTrip = {
  phoneNumber: '+14155550123',
  contactId: '812',
  contactName: 'Grace Lin',
  records: async () => (await account.state()).phonecalls.map((c) => ({ id: c.id, body: c.message })),
};

beforeAll(async () => {
  account = await createFakeAccount<NetsuiteState>(inject('netsuiteUrl'));
  extension = await launchExtension();
  options = await openPage(extension, 'options.html', OPTIONS_SIZE);
});

afterAll(async () => {
  await extension?.close();
});

describe('NetSuite in the built extension', () => {
  it('shows the admin set-up, takes the OAuth app and signs in with PKCE', async () => {
    const section = options.getByRole('region', { name: 'CRM' });
    await section.getByLabel('CRM', { exact: true }).selectOption({ label: 'NetSuite' });
    await section.getByText('Set up NetSuite for this extension (admin, once)').click();
    await section.getByText(/tick "Authorization Code Grant" and "Public Client"/).waitFor();
    await section.locator('summary', { hasText: 'Advanced: OAuth app' }).click();
    await section.getByLabel('Client id').fill((await account.state()).clientId);
    await section.getByLabel('Token URL').fill(`${account.url}/services/rest/auth/oauth2/v1/token`);
    await section.getByLabel('Authorize URL (optional)').fill(`${account.url}/app/login/oauth2/authorize.nl`);
    await section.getByRole('button', { name: 'Save OAuth app' }).click();
    await section.getByRole('button', { name: 'Connect with NetSuite' }).click();
    await section.getByText('Connected to NetSuite as Alex Morgan.').waitFor();
    await options
      .getByRole('status')
      .filter({ hasText: /Call times are written in .+, this browser's time zone/ })
      .waitFor();
    expect((await account.state()).grants).toEqual(['authorization_code']);
    await options.bringToFront();
    await dismissToasts(options);
    await saveScreenshot(options, 'options-netsuite-connected', true);
    expect(await seriousViolations(options)).toEqual([]);
  });

  it('finds, logs, reads back, edits, and never logs a session twice', async () => {
    const logId = await logReadEditAgain(extension, crm);
    const call = (await account.state()).phonecalls.find((c) => c.id === logId)!;
    expect(call).toMatchObject({ status: 'COMPLETE', contact: '812', company: '77', externalId: expect.stringMatching(/^rc-call-e2e-/) });
  });

  it('says to connect again when the sign-in was revoked, and writes nothing', async () => {
    await account.patch({ refuseRefresh: true });
    await account.inject({ status: 401, times: 100 });
    await refusedAndNothingWritten(extension, crm, /connect again/);
  });
});
