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
import { fillSampleCallForm } from './support/sample-call-form';
import { connectWithOAuth } from './support/connect-with-oauth';
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
    await connectWithOAuth(options, {
      crm: 'NetSuite',
      afterChoosing: async (section) => {
        await section.getByText('Set up NetSuite for this extension (admin, once)').click();
        await section.getByText(/tick "Authorization Code Grant" and "Public Client"/).waitFor();
      },
      app: {
        'Client id': (await account.state()).clientId,
        'Token URL': `${account.url}/services/rest/auth/oauth2/v1/token`,
        'Authorize URL (optional)': `${account.url}/app/login/oauth2/authorize.nl`,
      },
      user: 'Alex Morgan',
    });
    await options
      .getByRole('status')
      .filter({ hasText: /Call times are written in .+, this browser's time zone/ })
      .waitFor();
    await dismissToasts(options);
    expect((await account.state()).grants).toEqual(['authorization_code']);
    await saveScreenshot(options, 'options-netsuite-connected', true);
    expect(await seriousViolations(options)).toEqual([]);
  });

  it('finds, logs, reads back, edits, and never logs a session twice', async () => {
    const logId = await logReadEditAgain(extension, crm);
    const call = (await account.state()).phonecalls.find((c) => c.id === logId)!;
    expect(call).toMatchObject({ status: 'COMPLETE', contact: '812', company: '77', externalId: expect.stringMatching(/^rc-call-e2e-/) });
  });

  it('logs a sample call from the side panel with a sales order from its own field', async () => {
    // Marcus Bell of the sample calls, as a contact of this NetSuite account's customer 77.
    const state = await account.state();
    const marcus = {
      id: '815',
      firstname: 'Marcus',
      lastname: 'Bell',
      entitytitle: 'Marcus Bell',
      phone: '(212) 555-0147',
      company: '77',
      datecreated: '1/2/2024',
      lastmodifieddate: '9/1/2025',
    };
    await account.patch({ contact: [...state.contact, marcus] });
    const panel = await fillSampleCallForm(extension, { field: { label: 'Sales order', option: 'Sales Order #SO7' }, note: 'Agreed on 50 seats.' });
    await panel.getByRole('button', { name: 'Log call' }).click();
    await expect.poll(async () => (await account.state()).phonecalls.filter((c) => c.contact === '815').length).toBe(1);
    const call = (await account.state()).phonecalls.find((c) => c.contact === '815')!;
    expect(call).toMatchObject({ company: '77', transaction: '4411', status: 'COMPLETE' });
    expect(call.message).toContain('Agreed on 50 seats.');
    await saveScreenshot(panel, 'side-panel-netsuite-logged');
    await panel.close();
  });

  it('says to connect again when the sign-in was revoked, and writes nothing', async () => {
    await account.patch({ refuseRefresh: true });
    await account.inject({ status: 401, times: 100 });
    await refusedAndNothingWritten(extension, crm, /connect again/);
  });
});
