/**
 * Pipedrive through the pages only, as a user would: connect it in Options with an API token and
 * the fake's address, log a sample call with a deal from the side panel, and, when Pipedrive says
 * "later" or "no", see the change waiting with why and when, retry it, and discard one. Every
 * check of what was logged is made on the fake Pipedrive's side. Screenshots go to test/artifacts/.
 */
import type { Page } from 'playwright';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { launchExtension, type LaunchedExtension } from '../../scripts/launch-extension';
import { createFakeCompany, type FakeCompanyHandle } from '../fake-servers/pipedrive/control-client';
import { OPTIONS_SIZE, openPage } from './support/open-page';
import { dismissToasts, saveScreenshot, seriousViolations } from './support/page-checks';

const pipedriveUrl = inject('pipedriveUrl');
let company: FakeCompanyHandle;
let extension: LaunchedExtension;
let options: Page;
let panel: Page;

const call = (name: RegExp) => panel.getByRole('list', { name: 'Calls' }).getByRole('button', { name });
const waitingItem = (who: string) =>
  panel
    .getByRole('region', { name: /Waiting to be logged/ })
    .getByRole('listitem')
    .filter({ hasText: who });
const toast = (page: Page, role: 'status' | 'alert', text: string) => page.getByRole(role).filter({ hasText: text });
const activities = async () => (await company.state()).activities;
/** Pipedrive answers the next create "slow down, come back in 10 minutes". */
const refuseNextCreateFor10Minutes = () =>
  company.inject({ method: 'POST', path: '/api/v2/activities', status: 429, headers: { 'retry-after': '600' } });

async function logFromPanel(callName: RegExp, contact: RegExp, note: string, deal?: string): Promise<void> {
  await call(callName).click();
  const radio = panel.getByRole('radio', { name: contact });
  await radio.waitFor();
  await radio.check();
  if (deal) await panel.getByLabel('Deal').selectOption({ label: deal });
  await panel.getByLabel('Note').fill(note);
  await panel.getByRole('button', { name: 'Log call' }).click();
}

beforeAll(async () => {
  company = await createFakeCompany(pipedriveUrl);
  extension = await launchExtension();
  options = await openPage(extension, 'options.html', OPTIONS_SIZE);
});

// Each test waits for its own toasts; older ones with the same text would make them ambiguous.
beforeEach(async () => {
  if (panel) await dismissToasts(panel);
});

afterAll(async () => {
  await extension?.close();
});

describe('Pipedrive from the options page and the side panel', () => {
  it('connects Pipedrive in Options with an API token and a server address', async () => {
    const crm = options.getByRole('region', { name: 'CRM' });
    await crm.getByText('Connected to Example CRM').waitFor();
    await crm.getByLabel('CRM', { exact: true }).selectOption({ label: 'Pipedrive' });
    await crm.getByLabel('API token (Pipedrive → Personal preferences → API)').fill(company.apiToken);
    await crm.getByText('Advanced', { exact: true }).click();
    await crm.getByLabel('Server address (optional)').fill(pipedriveUrl);
    await crm.getByRole('button', { name: 'Connect', exact: true }).click();

    await toast(options, 'status', 'Connected to Pipedrive.').waitFor();
    await crm.getByText('Connected to Pipedrive as Priya Raman.').waitFor();
    expect(await crm.getByLabel('API token (Pipedrive → Personal preferences → API)').inputValue()).toBe('');
    const { body } = await extension.api({ method: 'GET', path: '/connection' });
    expect(body.connection).toMatchObject({ platform: 'pipedrive', name: 'Priya Raman', hostname: `${company.companyDomain}.pipedrive.com` });
    expect(JSON.stringify(body)).not.toContain(company.apiToken);
    // Without an OAuth app, the page says who can set one up instead of offering a sign-in that cannot work.
    expect(await crm.getByRole('button', { name: 'Connect with Pipedrive' }).isHidden()).toBe(true);
    await crm.getByText('needs an OAuth app set up by your admin').waitFor();

    await dismissToasts(options);
    await saveScreenshot(options, 'options-pipedrive-connected', true);
    expect(await seriousViolations(options)).toEqual([]);
  });

  it('logs a sample call with a deal from the side panel: one activity with the deal in Pipedrive', async () => {
    panel = await openPage(extension, 'sidepanel.html');
    await panel.getByText('Logging to Pipedrive').waitFor();
    await logFromPanel(/Marcus Bell/, /Marcus Bell/, 'Agreed on 50 seats.', 'Bell & Partners – 50 seats');

    await toast(panel, 'status', 'Call logged').waitFor();
    await expect.poll(async () => call(/Marcus Bell/).innerText()).toContain('Logged');
    const logged = await activities();
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ subject: 'Outbound Call to Marcus Bell', deal_id: 1301, person_id: 803, org_id: 93, type: 'call', done: true });
    expect(logged[0]!.note).toContain('<b>Agent notes</b><br>Agreed on 50 seats.<br>');
  });

  it('keeps a create Pipedrive cannot take now: the call waits, with why and when it is tried again', async () => {
    await refuseNextCreateFor10Minutes();
    await logFromPanel(/Ingrid Solberg/, /Ingrid Solberg/, 'Wants a pilot.', 'Solberg Energy – fleet tracking');

    await toast(panel, 'alert', 'Saved — will retry in 10 min.').waitFor();
    await expect.poll(async () => call(/Ingrid Solberg/).innerText()).toContain('Pending retry');
    const item = waitingItem('Ingrid Solberg');
    expect(await item.innerText()).toMatch(
      /^Ingrid Solberg · New call log\s+Outbound Call to Ingrid Solberg\s+Pending retry Next try in 10 min \(.+\) · tried 1 time\s+The CRM's rate limit was reached\. It asked to wait 600 s\.\s+Retry now\s+Discard$/,
    );
    expect(await activities()).toHaveLength(1);

    // Opening the waiting call leads to its actions, not to a form that would only queue it again.
    await dismissToasts(panel); // they cover the end of the list
    await call(/Ingrid Solberg/).click();
    await panel.getByRole('heading', { name: 'Waiting to be logged' }).waitFor();
    expect(await panel.getByRole('button', { name: 'Log call' }).count()).toBe(0);
    await panel.locator('#form-view').getByRole('button', { name: 'Retry now' }).waitFor();
    await panel.getByRole('button', { name: '← Calls' }).click();
  });

  it('shows a create Pipedrive then refuses for good as failed, with its reason', async () => {
    await refuseNextCreateFor10Minutes();
    await logFromPanel(/Whitfield Consulting/, /Dana Whitfield/, 'Call back Monday.');
    await toast(panel, 'alert', 'Saved — will retry in 10 min.').waitFor();
    await waitingItem('Dana Whitfield').waitFor();

    await company.inject({
      method: 'POST',
      path: '/api/v2/activities',
      status: 400,
      body: { success: false, error: 'Person is archived', error_info: 'Please check developers.pipedrive.com' },
    });
    await dismissToasts(panel);
    await waitingItem('Dana Whitfield').getByRole('button', { name: 'Retry now' }).click();
    await toast(panel, 'alert', 'Person is archived').waitFor();
    await expect.poll(async () => call(/Dana Whitfield|Whitfield Consulting/).innerText()).toContain('Failed');
    const failed = waitingItem('Dana Whitfield');
    expect(await failed.innerText()).toMatch(
      /Failed Not tried again by itself · tried 2 times\s+Pipedrive refused the request \(HTTP 400\): Person is archived\s+Fix what the CRM names and retry, open the call to log it again with other details, or discard it\.\s+Retry now/,
    );
    expect(await activities()).toHaveLength(1);

    await dismissToasts(panel);
    await saveScreenshot(panel, 'side-panel-outbox-light');
    expect(await seriousViolations(panel)).toEqual([]);
    await panel.emulateMedia({ colorScheme: 'dark' });
    await saveScreenshot(panel, 'side-panel-outbox-dark');
    expect(await seriousViolations(panel)).toEqual([]);
    await panel.emulateMedia({ colorScheme: 'light' });

    // Opened, the refused call offers its actions and a form to log it again with other details.
    await call(/Dana Whitfield/).click();
    await panel.getByRole('heading', { name: 'Logging failed' }).waitFor();
    await panel.locator('#form-view').getByRole('button', { name: 'Discard' }).waitFor();
    await panel.getByRole('heading', { name: 'Or change it and log it again' }).waitFor();
    await panel.getByRole('radio', { name: /Dana Whitfield/ }).waitFor();
    await dismissToasts(panel);
    await saveScreenshot(panel, 'side-panel-failed-call');
    expect(await seriousViolations(panel)).toEqual([]);
    await panel.getByRole('button', { name: '← Calls' }).click();
  });

  it('sends the waiting create on "Retry now" once Pipedrive takes it', async () => {
    await waitingItem('Ingrid Solberg').getByRole('button', { name: 'Retry now' }).click();
    await toast(panel, 'status', 'Call logged').waitFor();
    await expect.poll(async () => call(/Ingrid Solberg/).innerText()).toContain('Logged');
    expect(await waitingItem('Ingrid Solberg').count()).toBe(0);
    const logged = await activities();
    expect(logged).toHaveLength(2);
    expect(logged[1]).toMatchObject({ subject: 'Outbound Call to Ingrid Solberg', deal_id: 1401, person_id: 808 });
    expect(logged[1]!.note).toContain('Wants a pilot.');
  });

  it('sends a waiting create by itself when it is due, and the list shows it logged without a click', async () => {
    // Longer than the client waits within one request (10 s), so the create goes to the outbox.
    await company.inject({ method: 'POST', path: '/api/v2/activities', status: 429, headers: { 'retry-after': '11' } });
    await logFromPanel(/Grant Logistics/, /Felix Grant/, 'Needs a quote.');
    await toast(panel, 'alert', 'Saved — will retry in 11 s.').waitFor();
    await waitingItem('Felix Grant').waitFor();
    await expect.poll(async () => call(/Felix Grant/).innerText(), { timeout: 25_000, interval: 500 }).toContain('Logged');
    expect(await waitingItem('Felix Grant').count()).toBe(0);
    expect((await activities()).filter((activity) => activity.person_id === 805)).toHaveLength(1);
  });

  it('discards the failed create after saying what that means; the call shows as not logged', async () => {
    const item = waitingItem('Dana Whitfield');
    await item.getByRole('button', { name: 'Discard' }).click();
    await item.getByText('Discard this log? The call with Dana Whitfield will show as not logged, and you can log it again.').waitFor();
    await saveScreenshot(panel, 'side-panel-outbox-discard');
    await item.getByRole('button', { name: 'Yes, discard' }).click();

    await toast(panel, 'status', 'Discarded.').waitFor();
    await panel.getByRole('region', { name: /Waiting to be logged/ }).waitFor({ state: 'hidden' });
    await expect.poll(async () => call(/Whitfield/).innerText()).toContain('Not logged');
    expect((await extension.api({ method: 'GET', path: '/outbox' })).body.items).toEqual([]);
    expect(await activities()).toHaveLength(3);
  });

  it('connects Pipedrive with OAuth in a real sign-in window, once an operator set up the OAuth app', async () => {
    const crm = options.getByRole('region', { name: 'CRM' });
    await crm.locator('summary', { hasText: 'Advanced: OAuth app' }).click();
    await crm.getByLabel('Client id').fill('fake-client-id');
    await crm.getByLabel('Token-exchange URL').fill(`${pipedriveUrl}/exchange/token`);
    await crm.getByLabel('Revoke URL (optional)').fill(`${pipedriveUrl}/exchange/revoke`);
    // The fake's consent page signs in to this test's company and allows at once.
    await crm.getByLabel('Authorize URL (optional)').fill(`${pipedriveUrl}/oauth/authorize?company=${company.companyId}`);
    await crm.getByRole('button', { name: 'Save OAuth app' }).click();
    await toast(options, 'status', 'OAuth app for Pipedrive saved.').waitFor();
    await crm.getByText(`https://${extension.extensionId}.chromiumapp.org/pipedrive`).waitFor();

    await crm.getByRole('button', { name: 'Connect with Pipedrive' }).click();
    await toast(options, 'status', 'Connected to Pipedrive.').waitFor();
    await crm.getByText('Connected to Pipedrive as Priya Raman.').waitFor();
    expect((await company.state()).tokenGrants).toEqual(['authorization_code']);
    const answer = await extension.api({ method: 'GET', path: '/contact', query: { phoneNumber: '+12125550147' } });
    expect(answer.body.contact[0]).toMatchObject({ name: 'Marcus Bell' });
    expect((await company.requests()).at(-1)).toMatchObject({ auth: 'bearer' });

    await options.bringToFront(); // the sign-in window had the focus
    await dismissToasts(options);
    await saveScreenshot(options, 'options-pipedrive-oauth', true);
    expect(await seriousViolations(options)).toEqual([]);
  });
});
