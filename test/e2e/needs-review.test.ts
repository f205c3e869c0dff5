/**
 * A call whose create may or may not have reached the CRM ("needs review"), settled through the
 * side panel. An App Connect server answers "Database operation failed" when it may have made the
 * CRM record but not its mapping; the extension then never re-sends by itself. A person says "it
 * is not there" (and logs it again: one record) or "it is in the CRM" (with its id: no request).
 * The file runs its own fake server: its one-shot faults must not be taken by another file.
 */
import type { Page } from 'playwright';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchExtension, type LaunchedExtension } from '../../scripts/launch-extension';
import { fakeAppConnect } from '../fake-servers/app-connect/control';
import { startFakeAppConnect, type FakeAppConnect } from '../fake-servers/app-connect/server';
import { openPage } from './support/open-page';
import { fieldError } from './support/field-error';
import { dismissToasts, saveScreenshot, seriousViolations } from './support/page-checks';

let fake: FakeAppConnect;
let server: ReturnType<typeof fakeAppConnect>;
let extension: LaunchedExtension;
let panel: Page;

const call = (name: RegExp) => panel.getByRole('list', { name: 'Calls' }).getByRole('button', { name });
const toast = (role: 'status' | 'alert', text: string) => panel.getByRole(role).filter({ hasText: text });
const mappingFails = () =>
  server.setControls({
    failNext: {
      'POST /callLog': {
        status: 200,
        json: { successful: false, returnMessage: { message: 'Database operation failed', messageType: 'warning', ttl: 5000 } },
      },
    },
  });
const posts = async () => (await server.requestsTo('POST /callLog')).length;

async function logFromPanel(callName: RegExp, contact: RegExp): Promise<void> {
  await call(callName).click();
  const radio = panel.getByRole('radio', { name: contact });
  await radio.waitFor();
  await radio.check();
  await panel.getByRole('button', { name: 'Log call' }).click();
}

beforeAll(async () => {
  fake = await startFakeAppConnect();
  server = fakeAppConnect(fake.url);
  extension = await launchExtension();
  expect((await extension.api({ method: 'PUT', path: '/backend', body: { kind: 'remote', serverUrl: fake.url } })).body.successful).toBe(true);
  expect((await extension.api({ method: 'POST', path: '/apiKeyLogin', body: { platform: 'peerCRM', apiKey: 'test-api-key' } })).body.successful).toBe(
    true,
  );
  panel = await openPage(extension, 'sidepanel.html');
  await panel.getByText('Logging to peerCRM').waitFor();
});

beforeEach(async () => {
  await dismissToasts(panel);
});

afterAll(async () => {
  await extension?.close();
  await fake?.close();
});

describe('a call that needs review, in the side panel', () => {
  it('shows the call as "Needs review" and, opened, explains instead of offering a form', async () => {
    await mappingFails();
    await logFromPanel(/Whitfield Consulting/, /Dana Whitfield/);
    await toast('alert', 'This call may already be logged, but that could not be confirmed.').waitFor();
    await expect.poll(async () => call(/Dana Whitfield/).innerText()).toContain('Needs review');

    await dismissToasts(panel);
    await call(/Dana Whitfield/).click();
    await panel.getByRole('heading', { name: 'Check this call' }).waitFor();
    await panel.getByText("This call may already be in peerCRM: it was sent, but peerCRM's answer was lost").waitFor();
    expect(await panel.getByRole('button', { name: 'Log call' }).count()).toBe(0);
    await saveScreenshot(panel, 'side-panel-needs-review');
    expect(await seriousViolations(panel)).toEqual([]);
  });

  it('"It is not there — log it again" leads to the log form, and the call is logged once', async () => {
    const before = await posts();
    await panel.getByRole('button', { name: 'It is not there — log it again' }).click();
    await toast('status', 'Marked as not logged; you can log it now.').waitFor();
    await panel.getByRole('heading', { name: 'Log call' }).waitFor();
    const dana = panel.getByRole('radio', { name: /Dana Whitfield/ });
    await dana.waitFor();
    await dana.check();
    await panel.getByRole('button', { name: 'Log call' }).click();

    await toast('status', 'Call logged').waitFor();
    await expect.poll(async () => call(/Dana Whitfield/).innerText()).toContain('Logged');
    expect(await posts()).toBe(before + 1);
    expect((await server.stats()).activitiesBySession['sample-1']).toBe(1);
  });

  it('"It is in the CRM" takes the record id and marks the call logged without sending it again', async () => {
    await mappingFails();
    await logFromPanel(/Marcus Bell/, /Marcus Bell/);
    await expect.poll(async () => call(/Marcus Bell/).innerText()).toContain('Needs review');
    const before = await posts();

    await dismissToasts(panel);
    await call(/Marcus Bell/).click();
    await panel.getByRole('button', { name: 'It is in peerCRM' }).click();
    const recordId = panel.getByLabel('Its record id in peerCRM');
    await expect
      .poll(() => fieldError(recordId))
      .toMatchObject({
        invalid: 'true',
        description: expect.stringMatching(/^Enter the id of the call's record in peerCRM\. \| Usually/),
        focused: true,
      });
    await panel.getByLabel('Its record id in peerCRM').fill('act-77');
    await panel.getByRole('button', { name: 'It is in peerCRM' }).click();

    await toast('status', 'Marked as logged.').waitFor();
    await expect.poll(async () => call(/Marcus Bell/).innerText()).toContain('Logged');
    const { body } = await extension.api({ method: 'GET', path: '/callLog', query: { sessionIds: 'sample-2' } });
    expect(body.logs[0]).toMatchObject({ sessionId: 'sample-2', matched: true, logId: 'act-77' });
    expect(await posts()).toBe(before);
  });
});
