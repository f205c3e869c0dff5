/**
 * Insightly through the built extension: connected in Options with an API key and the API URL
 * (the fake's), then the common journey (support/crm-round-trip.ts) and a key that stopped working.
 */
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchExtension, type LaunchedExtension } from '../../scripts/launch-extension';
import { createFakeAccount, type FakeAccountHandle } from '../fake-servers/small-fake/client';
import type { InsightlyState } from '../fake-servers/insightly/seed';
import { logReadEditAgain, refusedAndNothingWritten, type RoundTrip } from './support/crm-round-trip';
import { OPTIONS_SIZE, openPage } from './support/open-page';
import { fillSampleCallForm } from './support/sample-call-form';
import { dismissToasts, saveScreenshot, seriousViolations } from './support/page-checks';

let account: FakeAccountHandle<InsightlyState>;
let extension: LaunchedExtension;
let options: Page;

const crm: RoundTrip = {
  phoneNumber: '+14155550123',
  contactId: '101',
  contactName: 'Priya Shah',
  additionalSubmission: { organisation: 201, opportunity: 301 },
  records: async () => (await account.state()).events.map((e) => ({ id: String(e.EVENT_ID), body: e.DETAILS ?? '' })),
};

beforeAll(async () => {
  account = await createFakeAccount<InsightlyState>(inject('insightlyUrl'));
  extension = await launchExtension();
  options = await openPage(extension, 'options.html', OPTIONS_SIZE);
});

afterAll(async () => {
  await extension?.close();
});

describe('Insightly in the built extension', () => {
  it('connects in Options with the API key and the API URL', async () => {
    const section = options.getByRole('region', { name: 'CRM' });
    await section.getByLabel('CRM', { exact: true }).selectOption({ label: 'Insightly' });
    await section.getByLabel('API key (Insightly → User Settings → API)').fill(account.token);
    await section.getByLabel(/^API URL/).fill(`${account.url}/v3.1/`);
    await section.getByRole('button', { name: 'Connect', exact: true }).click();
    await section.getByText('Connected to Insightly as Jordan Lee.').waitFor();
    const { body } = await extension.api({ method: 'GET', path: '/connection' });
    expect(JSON.stringify(body)).not.toContain(account.token);
    await dismissToasts(options);
    await saveScreenshot(options, 'options-insightly-connected', true);
    expect(await seriousViolations(options)).toEqual([]);
  });

  it('finds, logs with links, reads back, edits, and never logs a session twice', async () => {
    const logId = await logReadEditAgain(extension, crm);
    const event = (await account.state()).events.find((e) => String(e.EVENT_ID) === logId)!;
    expect(event.LINKS.map((l) => l.LINK_OBJECT_NAME)).toEqual(['Contact', 'Organisation', 'Opportunity']);
  });

  it('logs a sample call from the side panel with an opportunity from its own field', async () => {
    // Marcus Bell of the sample calls, as a contact of this Insightly account with an opportunity.
    const state = await account.state();
    const link = { LINK_ID: 9901, LINK_OBJECT_NAME: 'Opportunity', LINK_OBJECT_ID: 302 };
    await account.patch({
      contacts: [...state.contacts, { id: 105, FIRST_NAME: 'Marcus', LAST_NAME: 'Bell', PHONE: '+12125550147', LINKS: [link] }],
    });
    const panel = await fillSampleCallForm(extension, { field: { label: 'Opportunity', option: 'Renewal 2026' }, note: 'Agreed on 50 seats.' });
    await panel.getByRole('button', { name: 'Log call' }).click();
    await expect.poll(async () => (await account.state()).events.filter((e) => e.TITLE.includes('Marcus Bell')).length).toBe(1);
    const event = (await account.state()).events.find((e) => e.TITLE.includes('Marcus Bell'))!;
    expect(event.LINKS.map((l) => `${l.LINK_OBJECT_NAME}:${l.LINK_OBJECT_ID}`)).toEqual(['Contact:105', 'Opportunity:302']);
    expect(event.DETAILS).toContain('Agreed on 50 seats.');
    await saveScreenshot(panel, 'side-panel-insightly-logged');
    await panel.close();
  });

  it('says to reconnect when the key is refused, and writes nothing', async () => {
    await account.inject({ status: 401, times: 100 });
    await refusedAndNothingWritten(extension, crm, /^Authorization error$/);
  });
});
