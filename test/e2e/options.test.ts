/**
 * The options page of the real built extension: the CRM connection (disconnect, connect with
 * the form derived from connector metadata), log-body settings that the worker's composer then
 * uses, and the backend choice whose refusal is shown with what to do. Screenshots (light, dark)
 * go to test/artifacts/; axe-core finds no serious or critical violation.
 */
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchExtension, type LaunchedExtension } from '../../scripts/launch-extension';
import { callWithSession } from '../support/call-fixtures';
import { exampleCrm } from './support/example-crm';
import { OPTIONS_SIZE, openPage } from './support/open-page';
import { fieldError } from './support/field-error';
import { dismissToasts, saveScreenshot, seriousViolations } from './support/page-checks';

let extension: LaunchedExtension;
let options: Page;

const section = (name: string) => options.getByRole('region', { name });
const toast = (role: 'status' | 'alert', text: string) => options.getByRole(role).filter({ hasText: text });

beforeAll(async () => {
  extension = await launchExtension();
  options = await openPage(extension, 'options.html', OPTIONS_SIZE);
  await options.getByText('Connected to Example CRM as Example CRM user.').waitFor();
});

afterAll(async () => {
  await extension?.close();
});

describe('the options page', () => {
  it('shows every section, with no serious accessibility problem, light and dark', async () => {
    for (const name of ['CRM', 'Phone account', 'What a call log contains', 'Where calls are logged from']) {
      await section(name).waitFor();
    }
    expect(await options.getByRole('radio', { name: 'Sample calls (to try the extension)' }).isChecked()).toBe(true);
    await saveScreenshot(options, 'options-light', true);
    expect(await seriousViolations(options)).toEqual([]);
    await options.emulateMedia({ colorScheme: 'dark' });
    await saveScreenshot(options, 'options-dark', true);
    expect(await seriousViolations(options)).toEqual([]);
    await options.emulateMedia({ colorScheme: 'light' });
  });

  it('disconnects the CRM, and connects it again with the form built from its metadata', async () => {
    const crm = section('CRM');
    await crm.getByRole('button', { name: 'Disconnect' }).click();
    await toast('status', 'Logged out of Example CRM').waitFor();
    await crm.getByText('Not connected.').waitFor();
    expect((await extension.api({ method: 'GET', path: '/connection' })).body.connection).toBeNull();

    const panel = await openPage(extension, 'sidepanel.html');
    await panel.getByText('Not connected to a CRM.').waitFor();
    await panel.getByRole('button', { name: 'Open Options' }).waitFor();
    await panel.getByRole('list', { name: 'Calls' }).getByRole('button').first().click();
    await panel.getByRole('alert').filter({ hasText: 'Connect a CRM to log calls.' }).waitFor();
    await panel.close();

    await crm.getByRole('button', { name: 'Connect' }).click();
    const key = crm.getByLabel('Any key (the Example CRM lives in this browser)');
    await expect
      .poll(() => fieldError(key))
      .toMatchObject({ invalid: 'true', description: expect.stringMatching(/^Enter the Any key/), focused: true });
    expect(await seriousViolations(options)).toEqual([]);
    await crm.getByLabel('Any key (the Example CRM lives in this browser)').fill('my-example-key');
    await crm.getByRole('button', { name: 'Connect' }).click();
    await toast('status', 'Connected to Example CRM.').waitFor();
    expect((await fieldError(key)).invalid).toBeNull();
    await crm.getByText('Connected to Example CRM as Example CRM user.').waitFor();
    expect(await crm.getByLabel('Any key (the Example CRM lives in this browser)').inputValue()).toBe('');
  });

  it('saves log-body settings that the worker then uses for every log', async () => {
    const logBody = section('What a call log contains');
    await logBody.getByLabel('Duration').uncheck();
    await logBody.getByLabel('Call session id').check();
    await logBody.getByLabel('Date format').fill('DD/MM/YYYY HH:mm');
    expect(await logBody.getByText(/^Looks like: \d\d\/\d\d\/\d{4} \d\d:\d\d$/).count()).toBe(1);
    await logBody.getByRole('button', { name: 'Save log settings' }).click();
    await toast('status', 'Log settings saved.').waitFor();

    const { body } = await extension.api({ method: 'GET', path: '/settings/logBody' });
    expect(body.settings).toMatchObject({ addCallLogDuration: false, addCallSessionId: true, logDateFormat: 'DD/MM/YYYY HH:mm' });
    const logInfo = callWithSession(1, 'options-settings-1');
    await extension.api({ method: 'POST', path: '/callLog', body: { logInfo, contactId: 'c-1', note: 'Settings check' } });
    const [activity] = await exampleCrm(options).activities('options-settings-1');
    expect(activity!.body).toContain('- Session Id: options-settings-1\n');
    expect(activity!.body).toMatch(/- Date\/Time: \d\d\/\d\d\/2025 \d\d:\d\d\n/);
    expect(activity!.body).not.toContain('- Duration:');
  });

  it('refuses a bad time zone offset with a message that names the field', async () => {
    const logBody = section('What a call log contains');
    await logBody.getByLabel('Time zone offset').fill('Berlin');
    await logBody.getByRole('button', { name: 'Save log settings' }).click();
    const zone = logBody.getByLabel('Time zone offset');
    await expect
      .poll(() => fieldError(zone))
      .toMatchObject({ invalid: 'true', description: expect.stringMatching(/^Must look like \+05:30/), focused: true });
    expect(await seriousViolations(options)).toEqual([]);
    await zone.fill('');
    await dismissToasts(options);
    await logBody.getByRole('button', { name: 'Save log settings' }).click();
    await toast('status', 'Log settings saved.').waitFor();
    expect((await fieldError(zone)).invalid).toBeNull();
  });

  it('marks the RingCentral server the worker refuses, at the field, and says why', async () => {
    const phone = section('Phone account');
    await phone.getByRole('radio', { name: 'My RingCentral account' }).check();
    const server = phone.getByLabel('RingCentral server');
    await server.fill('http://ringcentral.example.com');
    await phone.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => fieldError(server))
      .toMatchObject({ invalid: 'true', description: expect.stringMatching(/^Must start with https:\/\//), focused: true });
    expect(await seriousViolations(options)).toEqual([]);
    await saveScreenshot(options, 'options-field-error-light');
    await server.fill('https://platform.ringcentral.com');
    await phone.getByRole('radio', { name: 'Sample calls (to try the extension)' }).check();
    await phone.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await fieldError(server)).invalid).toBeNull();
    await dismissToasts(options);
  });

  it('says why a server that is not App Connect cannot be used, and keeps this browser', async () => {
    const backend = section('Where calls are logged from');
    await backend.getByRole('radio', { name: 'Through an App Connect server' }).check();
    await backend.getByLabel('App Connect server URL').fill('http://127.0.0.1:9');
    await backend.getByRole('button', { name: 'Save' }).click();
    await toast('alert', 'Could not reach http://127.0.0.1:9').waitFor();
    expect((await extension.api({ method: 'GET', path: '/backend' })).body.backend).toEqual({ kind: 'local' });
    await dismissToasts(options);
  });

  it('switches to an App Connect server and back to this browser', async () => {
    const backend = section('Where calls are logged from');
    await backend.getByRole('radio', { name: 'Through an App Connect server' }).check();
    await backend.getByLabel('App Connect server URL').fill(inject('appConnectUrl'));
    await backend.getByRole('button', { name: 'Save' }).click();
    await toast('status', 'App Connect server').waitFor();
    expect((await extension.api({ method: 'GET', path: '/backend' })).body.backend).toEqual({ kind: 'remote', serverUrl: inject('appConnectUrl') });
    await backend.getByRole('radio', { name: /From this browser/ }).check();
    await backend.getByRole('button', { name: 'Save' }).click();
    await dismissToasts(options);
    await expect.poll(async () => (await extension.api({ method: 'GET', path: '/backend' })).body.backend).toEqual({ kind: 'local' });
  });
});
