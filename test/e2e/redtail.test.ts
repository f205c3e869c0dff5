/**
 * Redtail through the built extension: Options explains the partner key, an admin enters it, a
 * wrong password is refused, the user connects with name and password; then the common journey
 * (support/crm-round-trip.ts), a sample call from the side panel with a category, and a user key
 * Redtail stops accepting (signed out, an open side panel told at once, the call kept and logged
 * once after connecting again).
 */
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchExtension, type LaunchedExtension } from '../../scripts/launch-extension';
import { createFakeAccount, type FakeAccountHandle } from '../fake-servers/small-fake/client';
import type { RedtailState } from '../fake-servers/redtail/seed';
import { fixtureCall } from '../support/call-fixtures';
import { logReadEditAgain, type RoundTrip } from './support/crm-round-trip';
import { OPTIONS_SIZE, PANEL_SIZE, openPage } from './support/open-page';
import { fillSampleCallForm } from './support/sample-call-form';
import { dismissToasts, saveScreenshot, seriousViolations } from './support/page-checks';

const PASSWORD = 'correct hörse: battery ';
let account: FakeAccountHandle<RedtailState>;
let extension: LaunchedExtension;
let options: Page;

const crm: RoundTrip = {
  phoneNumber: '+14155550123',
  contactId: '101',
  contactName: 'Alan Brooks',
  additionalSubmission: { category: 1 },
  records: async () => (await account.state()).activities.map((a) => ({ id: String(a.id), body: a.description })),
};

async function connectInOptions(password: string, outcome: string): Promise<void> {
  const section = options.getByRole('region', { name: 'CRM' });
  await section.getByLabel('CRM', { exact: true }).selectOption({ label: 'Redtail' });
  await section.getByLabel('Redtail user name').fill('morgan');
  await section.getByLabel('Redtail password').fill(password);
  await section.getByRole('button', { name: 'Connect', exact: true }).click();
  await options.getByText(outcome).first().waitFor();
}

beforeAll(async () => {
  account = await createFakeAccount<RedtailState>(inject('redtailUrl'));
  extension = await launchExtension();
  options = await openPage(extension, 'options.html', OPTIONS_SIZE);
});

afterAll(async () => {
  await extension?.close();
});

describe('Redtail in the built extension', () => {
  it('says why the firm’s partner key is needed, keeps it from the page, and connects with name and password', async () => {
    const section = options.getByRole('region', { name: 'CRM' });
    await section.getByLabel('CRM', { exact: true }).selectOption({ label: 'Redtail' });
    await section.getByText(/An extension cannot keep a vendor’s secret for everyone/).waitFor();
    await section
      .getByText(/through an App Connect server/)
      .first()
      .waitFor();
    await section.getByLabel('Redtail partner API key').fill(account.token);
    await section.getByLabel('Redtail API root').fill(`${account.url}/api/public/v1`);
    await section.getByRole('button', { name: 'Save partner key' }).click();
    await section.getByText('The firm’s Redtail partner API key is set in this browser.').waitFor();
    expect(await section.getByLabel('Redtail partner API key').inputValue()).toBe('');
    await dismissToasts(options);

    await connectInOptions('wrong password', 'Redtail did not accept the user name and password.');
    await dismissToasts(options);
    await connectInOptions(PASSWORD, 'Connected to Redtail as Morgan Reyes.');
    for (const path of ['/connection', '/settings/partnerKeys']) {
      const { body } = await extension.api({ method: 'GET', path });
      expect(JSON.stringify(body)).not.toContain(account.token);
      expect(JSON.stringify(body)).not.toContain(PASSWORD);
    }
    await dismissToasts(options);
    await saveScreenshot(options, 'options-redtail-connected', true);
    expect(await seriousViolations(options)).toEqual([]);
  });

  it('finds, logs a completed activity with its note, reads back, edits, and never logs a session twice', async () => {
    const logId = await logReadEditAgain(extension, crm);
    const activity = (await account.state()).activities.find((a) => String(a.id) === logId)!;
    expect(activity).toMatchObject({ completed: true, category_id: 1, linked_contacts: [{ contact_id: 101 }] });
    expect(activity.notes.map((n) => n.body)).toEqual(['Wants the onboarding deck']);
  });

  it('logs a sample call from the side panel with the category chosen there', async () => {
    const panel = await fillSampleCallForm(extension, { field: { label: 'Category', option: 'Client Service' }, note: 'Moving the IRA.' });
    await panel.getByRole('button', { name: 'Log call' }).click();
    await expect.poll(async () => (await account.state()).activities.filter((a) => a.subject.includes('Marcus Bell')).length).toBe(1);
    const activity = (await account.state()).activities.find((a) => a.subject.includes('Marcus Bell'))!;
    expect(activity).toMatchObject({ category_id: 1, completed: true, linked_contacts: [{ contact_id: 104 }] });
    expect(activity.description).toContain('Moving the IRA.');
    await saveScreenshot(panel, 'side-panel-redtail-logged');
    await panel.close();
  });

  it('signs out when Redtail stops accepting the user key, tells the open side panel, and logs the waiting call once after connecting again', async () => {
    const panel = await openPage(extension, 'sidepanel.html', PANEL_SIZE);
    await expect.poll(() => panel.locator('#crm').innerText()).toMatch(/Redtail/);
    const { users } = await account.state();
    await account.patch({ users: users.map((user) => ({ ...user, disabled: true })) });
    const sessionId = `e2e-rt-revoked-${Date.now()}`;
    const { body } = await extension.api({
      method: 'POST',
      path: '/callLog',
      body: { logInfo: { ...fixtureCall(2), sessionId, id: `id-${sessionId}` }, contactId: '101', contactName: 'Alan Brooks', note: 'n' },
    });
    expect(body).toMatchObject({
      successful: false,
      errorCode: 'CRM_SESSION_REVOKED',
      returnMessage: { message: 'User session expired. Please connect again.' },
    });
    expect(JSON.stringify(body.returnMessage.details)).toContain('connect Redtail again');
    const forSession = async () => (await account.state()).activities.filter((a) => a.description.includes(sessionId));
    expect(await forSession()).toHaveLength(0);
    // Nothing waited before, so the panel has no poll of its own: only the worker's word moves it.
    await expect.poll(() => panel.locator('#crm').innerText()).toBe('No CRM connected');
    await panel.close();
    await options.reload();
    await options.getByText(/^Signed out: Redtail no longer accepts this sign-in/).waitFor();

    await account.patch({ users });
    await connectInOptions(PASSWORD, 'Connected to Redtail as Morgan Reyes.');
    await expect.poll(async () => (await forSession()).length, { timeout: 20_000 }).toBe(1);
    const logged = await extension.api({ method: 'GET', path: '/callLog', query: { sessionIds: sessionId } });
    expect(logged.body.logs[0]).toMatchObject({ matched: true, logId: String((await forSession())[0]!.id) });
  });

  it('says that an App Connect server holds its own partner key when calls are logged through one', async () => {
    const put = await extension.api({ method: 'PUT', path: '/backend', body: { kind: 'remote', serverUrl: inject('appConnectUrl') } });
    expect(put.body).toMatchObject({ successful: true, backend: { kind: 'remote' } });
    try {
      await options.reload();
      const section = options.getByRole('region', { name: 'CRM' });
      await section.getByLabel('CRM', { exact: true }).selectOption({ label: 'Redtail' });
      await section
        .getByText('Calls are logged through an App Connect server, which holds its own Redtail partner API key: nothing to enter here.')
        .waitFor();
    } finally {
      await extension.api({ method: 'PUT', path: '/backend', body: { kind: 'local' } });
    }
  });
});
