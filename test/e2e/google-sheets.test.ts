/**
 * Google Sheets through the built extension: the OAuth client id entered in Options, "Connect with
 * Google Sheets" in a real sign-in window (the implicit flow against the fake's consent page, the
 * token coming back in the fragment), a new spreadsheet made at sign-in, then the common journey
 * and a token Google no longer accepts. `identity.getAuthToken` is not exercised (see docs/google-sheets.md).
 */
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchExtension, type LaunchedExtension } from '../../scripts/launch-extension';
import { createFakeAccount, type FakeAccountHandle } from '../fake-servers/small-fake/client';
import type { SheetsState } from '../fake-servers/google-sheets/seed';
import { logReadEditAgain, refusedAndNothingWritten, type RoundTrip } from './support/crm-round-trip';
import { OPTIONS_SIZE, openPage } from './support/open-page';
import { fillSampleCallForm } from './support/sample-call-form';
import { connectWithOAuth } from './support/connect-with-oauth';
import { dismissToasts, saveScreenshot, seriousViolations } from './support/page-checks';

let account: FakeAccountHandle<SheetsState>;
let extension: LaunchedExtension;
let options: Page;

async function rows() {
  const [sheet] = Object.values((await account.state()).spreadsheets);
  const [header = [], ...rest] = sheet?.tabs.find((tab) => tab.title === 'Call Logs')?.rows ?? [];
  return rest.filter((row) => row.some(Boolean)).map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ''])));
}

const crm: RoundTrip = {
  phoneNumber: '+12125550147',
  contactId: '3',
  contactName: 'Marcus Bell',
  records: async () => (await rows()).map((row) => ({ id: row.ID!, body: row.Notes! })),
};

beforeAll(async () => {
  account = await createFakeAccount<SheetsState>(inject('googleSheetsUrl'));
  extension = await launchExtension();
  options = await openPage(extension, 'options.html', OPTIONS_SIZE);
});

afterAll(async () => {
  await extension?.close();
});

describe('Google Sheets in the built extension', () => {
  it('signs in with the implicit flow and makes a new spreadsheet', async () => {
    await connectWithOAuth(options, {
      crm: 'Google Sheets',
      app: { 'Client id': (await account.state()).clientId, 'Authorize URL (optional)': `${account.url}/o/oauth2/v2/auth` },
      user: 'Riley Park',
    });
    const [sheet] = Object.values((await account.state()).spreadsheets);
    expect(sheet!.tabs.map((tab) => tab.title)).toEqual(['Call Logs', 'Contacts']);
    await dismissToasts(options);
    await saveScreenshot(options, 'options-google-sheets-connected', true);
    expect(await seriousViolations(options)).toEqual([]);
  });

  it('finds, logs one row, reads back, edits, and never logs a session twice', async () => {
    const logId = await logReadEditAgain(extension, crm);
    expect((await rows()).find((row) => row.ID === logId)).toMatchObject({
      'Contact name': 'Marcus Bell',
      'Session Id': expect.stringMatching(/^e2e-/),
    });
  });

  it('logs a sample call from the side panel as one row', async () => {
    const panel = await fillSampleCallForm(extension, { note: 'Agreed on 50 seats.' });
    await panel.getByRole('button', { name: 'Log call' }).click();
    await expect.poll(async () => (await rows()).filter((row) => row.Notes!.includes('Agreed on 50 seats.')).length).toBe(1);
    await saveScreenshot(panel, 'side-panel-google-sheets-logged');
    await panel.close();
  });

  it('says to connect again when Google refuses the token, and writes nothing', async () => {
    await account.inject({ status: 401, times: 100 });
    await refusedAndNothingWritten(extension, crm, /connect again/);
  });
});
