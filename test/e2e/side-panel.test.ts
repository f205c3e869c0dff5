/**
 * The side panel of the real built extension, used as a person would: a new user sees the
 * sample calls, logs one into the Example CRM with clicks and a note, sees the toast and the
 * logged state, edits it, and logs a call to a contact created on the way. Screenshots (light,
 * dark) go to test/artifacts/; axe-core finds no serious or critical violation.
 */
import type { Page } from 'playwright';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchExtension, type LaunchedExtension } from '../../scripts/launch-extension';
import { exampleCrm } from './support/example-crm';
import { openPage } from './support/open-page';
import { fieldError } from './support/field-error';
import { dismissToasts, saveScreenshot, seriousViolations } from './support/page-checks';

let extension: LaunchedExtension;
let panel: Page;

const call = (name: RegExp) => panel.getByRole('list', { name: 'Calls' }).getByRole('button', { name });
const toast = (role: 'status' | 'alert', text: string) => panel.getByRole(role).filter({ hasText: text });

beforeAll(async () => {
  extension = await launchExtension();
  panel = await openPage(extension, 'sidepanel.html');
});

// Each test waits for its own toasts; older ones would push them out (three at most).
beforeEach(async () => {
  await dismissToasts(panel);
});

afterAll(async () => {
  await extension?.close();
});

describe('the side panel', () => {
  it('opens from the toolbar button', async () => {
    const worker = await extension.serviceWorker();
    expect(await worker.evaluate(() => chrome.sidePanel.getPanelBehavior())).toEqual({ openPanelOnActionClick: true });
  });

  it('shows a new user the sample calls in a list named "Calls", none logged', async () => {
    const items = panel.getByRole('list', { name: 'Calls' }).getByRole('listitem');
    await items.first().waitFor();
    expect(await items.count()).toBe(7);
    const first = await items.first().innerText();
    expect(first).toContain('Whitfield Consulting');
    expect(first).toMatch(/Inbound · Today, .* · 5:42 · Accepted/);
    expect(await panel.getByText('Not logged').count()).toBe(7);
    expect(await panel.locator('#source').innerText()).toBe('Sample calls');
    await saveScreenshot(panel, 'side-panel-light');
    expect(await seriousViolations(panel)).toEqual([]);
  });

  it('logs a sample call: open it, choose the contact, type a note, press "Log call"', async () => {
    await call(/Whitfield Consulting/).click();
    await panel.getByRole('heading', { name: 'Log call' }).waitFor();
    const dana = panel.getByRole('radio', { name: /Dana Whitfield/ });
    await dana.waitFor();
    expect(await panel.getByRole('radio').count()).toBe(3); // Dana, Sam, Create new contact…
    await dana.click();
    await panel.getByLabel('Note').fill('Asked about the renewal.');
    expect(await panel.getByLabel('Subject').inputValue()).toBe('Inbound Call from Dana Whitfield');
    await panel.getByLabel('Deal').selectOption({ label: 'Whitfield – annual support renewal' });
    await dismissToasts(panel);
    await saveScreenshot(panel, 'side-panel-log-form-light');
    expect(await seriousViolations(panel)).toEqual([]);
    await panel.getByRole('button', { name: 'Log call' }).click();

    await toast('status', 'Call logged').waitFor();
    const logged = call(/Dana Whitfield/);
    await logged.waitFor();
    expect(await logged.innerText()).toContain('Logged');
    const activities = await exampleCrm(panel).activities('sample-1');
    expect(activities).toHaveLength(1);
    expect(activities[0]).toMatchObject({ contactId: 'c-1', dealId: 'd-1', subject: 'Inbound Call from Dana Whitfield' });
    expect(activities[0]!.body).toContain('- Note: Asked about the renewal.\n');
  });

  it('opens a logged call pre-filled, and saves changes', async () => {
    await call(/Dana Whitfield/).click();
    await panel.getByRole('heading', { name: 'Logged call' }).waitFor();
    const note = panel.getByLabel('Note');
    await note.waitFor();
    expect(await note.inputValue()).toBe('Asked about the renewal.');
    expect(await panel.getByLabel('Deal').inputValue()).toBe('d-1');
    await note.fill('Renewal agreed. Send the quote.');
    await panel.getByLabel('Deal').selectOption({ label: 'Whitfield – onboarding package' });
    await panel.getByRole('button', { name: 'Save changes' }).click();

    await toast('status', 'Call log updated.').waitFor();
    await toast('status', 'Deal linked to the call log.').waitFor();
    const [activity] = await exampleCrm(panel).activities('sample-1');
    expect(activity!.body).toContain('- Note: Renewal agreed. Send the quote.\n');
    expect(activity!.body).not.toContain('Asked about the renewal.');
    expect(activity!.dealId).toBe('d-2');
  });

  it('opens the logged call in the CRM from the link of the edit form', async () => {
    await call(/Dana Whitfield/).click();
    const link = panel.getByRole('link', { name: 'Open in Example CRM' });
    await link.waitFor();
    const [crmPage] = await Promise.all([extension.context.waitForEvent('page'), link.click()]);
    await crmPage.getByRole('heading', { name: /Call log #\d+/ }).waitFor();
    expect(await crmPage.locator('dl').innerText()).toMatch(/Contact\s+Dana Whitfield\s+Deal\s+Whitfield – onboarding package/);
    expect(await crmPage.locator('pre').innerText()).toContain('- Note: Renewal agreed. Send the quote.');
    await crmPage.close();
    await panel.getByRole('button', { name: '← Calls' }).click();
  });

  it('logs a call from an unknown number to a contact created on the way', async () => {
    await call(/\(512\) 555-0188/).click();
    const createNew = panel.getByRole('radio', { name: 'Create new contact…' });
    await createNew.waitFor();
    expect(await createNew.isChecked()).toBe(true);
    await toast('alert', 'No contact in Example CRM has this number.').waitFor();
    await panel.getByLabel('Name').fill('Rosa Díaz');
    await panel.getByRole('button', { name: 'Log call' }).click();

    await toast('status', 'Contact created.').waitFor();
    await toast('status', 'Call logged').waitFor();
    expect(await call(/Rosa Díaz/).innerText()).toContain('Logged');
    const [activity] = await exampleCrm(panel).activities('sample-4');
    const contact = await exampleCrm(panel).contact(activity!.contactId);
    expect(contact).toMatchObject({ name: 'Rosa Díaz', phones: ['+15125550188'] });
  });

  it('asks for a choice when a number belongs to two contacts, and says what to do', async () => {
    await call(/Grant Logistics/).click();
    await panel.getByRole('radio', { name: /Felix Grant/ }).waitFor();
    await panel.getByRole('button', { name: 'Log call' }).click();
    const firstContact = panel.getByRole('radio').first(); // the group's first radio carries the error
    await expect
      .poll(() => fieldError(firstContact))
      .toEqual({ invalid: 'true', description: 'Choose the contact this call was with.', focused: true });
    expect(await seriousViolations(panel)).toEqual([]);
    expect(await exampleCrm(panel).activities('sample-6')).toHaveLength(0);
    await panel.keyboard.press('Escape');
    await panel.getByRole('heading', { name: 'Calls' }).waitFor();
  });

  it('filters the list to the unlogged calls', async () => {
    await panel.getByLabel('Unlogged only').check();
    const items = panel.getByRole('list', { name: 'Calls' }).getByRole('listitem');
    expect(await items.count()).toBe(5);
    expect(await panel.getByRole('list', { name: 'Calls' }).innerText()).not.toContain('Dana Whitfield');
    await panel.getByLabel('Unlogged only').uncheck();
    expect(await items.count()).toBe(7);
  });

  it('can be used with the keyboard alone, focus moving to the form and back to the call', async () => {
    await call(/Marcus Bell/).focus();
    await panel.keyboard.press('Enter');
    const heading = panel.getByRole('heading', { name: 'Log call' });
    await heading.waitFor();
    expect(await heading.evaluate((element) => element === document.activeElement)).toBe(true);
    await panel.getByRole('radio', { name: /Marcus Bell/ }).waitFor();
    await panel.keyboard.press('Tab'); // the chosen contact
    expect(await panel.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
    await panel.keyboard.press('Tab'); // "Create new contact…" is the same radio group: next is Subject
    await panel.keyboard.press('Tab');
    await panel.keyboard.type('Quoted 50 seats.');
    expect(await panel.getByLabel('Note').inputValue()).toBe('Quoted 50 seats.');
    await panel.keyboard.press('Tab'); // Deal
    await panel.keyboard.press('Tab'); // Log call
    await panel.keyboard.press('Enter');
    await toast('status', 'Call logged').waitFor();
    const focused = await panel.evaluate(() => (document.activeElement as HTMLElement).dataset.sessionId);
    expect(focused).toBe('sample-2');
    expect((await exampleCrm(panel).activities('sample-2'))[0]!.body).toContain('- Note: Quoted 50 seats.');
  });

  it('reads well in dark mode too', async () => {
    await panel.emulateMedia({ colorScheme: 'dark' });
    await dismissToasts(panel);
    await saveScreenshot(panel, 'side-panel-dark');
    expect(await seriousViolations(panel)).toEqual([]);
    await call(/\(312\) 555-0119/).click();
    await panel.getByRole('radio', { name: /Lena Ortega/ }).waitFor();
    await dismissToasts(panel);
    await saveScreenshot(panel, 'side-panel-log-form-dark');
    expect(await seriousViolations(panel)).toEqual([]);
    await panel.emulateMedia({ colorScheme: 'light' });
  });

  it('names a call by its matched contact once the call was opened', async () => {
    // The dark-mode test left the form of (312) 555-0119 open; its number has one contact.
    await panel.keyboard.press('Escape');
    expect(await call(/Lena Ortega/).innerText()).toContain('Not logged');
  });
});
