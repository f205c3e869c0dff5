/**
 * The Phone view of the real built extension, hosting a fake RingCentral Embeddable widget
 * (test/fake-servers/embeddable/, written from Embeddable's public docs) on 127.0.0.1: the
 * service is registered once the widget has started, contacts are matched, a call is logged
 * once from three triggers, a note typed during the call lands in the log, the contact pops
 * on ring, click-to-dial posts the dial command, and sign-in goes through launchWebAuthFlow
 * against the fake RingCentral platform. Screenshots light and dark; axe on the view.
 */
import type { Frame, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchExtension, type LaunchedExtension } from '../../scripts/launch-extension';
import { startFakeEmbeddable } from '../fake-servers/embeddable/server';
import { exampleCrm } from './support/example-crm';
import { arg, run, type WidgetRequest } from './support/fake-widget';
import { openPage } from './support/open-page';
import { dismissToasts, saveScreenshot, seriousViolations } from './support/page-checks';

const ringcentral = inject('ringcentralUrl');
let embeddable: Awaited<ReturnType<typeof startFakeEmbeddable>>;
let extension: LaunchedExtension;
let panel: Page;
let widget: Frame;

async function setDialer(settings: Record<string, unknown>): Promise<void> {
  const current = await extension.api({ method: 'GET', path: '/settings/dialer' });
  const answer = await extension.api({ method: 'PUT', path: '/settings/dialer', body: { ...current.body.settings, ...settings } });
  expect(answer.status).toBe(200);
}

async function openPhone(): Promise<{ page: Page; frame: Frame }> {
  const page = await openPage(extension, 'sidepanel.html');
  await page.getByRole('button', { name: 'Phone' }).click();
  const iframe = page.locator('iframe.widget-frame');
  await iframe.waitFor();
  const frame = (await (await iframe.elementHandle())!.contentFrame())!;
  await frame.waitForFunction('window.fakeWidget && window.fakeWidget.state.registrations > 0');
  return { page, frame };
}

const call = (sessionId: string, number: string, name: string, extra: Record<string, unknown> = {}) => ({
  sessionId,
  telephonySessionId: `t-${sessionId}`,
  direction: 'Inbound',
  from: { phoneNumber: number, name },
  to: { phoneNumber: '+16505550101', name: 'Jordan Rivera' },
  startTime: Date.now() - 90_000,
  telephonyStatus: 'CallConnected',
  ...extra,
});
const ended = (live: ReturnType<typeof call>) => ({
  ...live,
  telephonyStatus: 'NoCall',
  terminationType: 'final',
  duration: 90,
  result: 'Call connected',
});

beforeAll(async () => {
  embeddable = await startFakeEmbeddable();
  extension = await launchExtension();
});

afterAll(async () => {
  await extension?.close();
  await embeddable?.close();
});

describe('the Phone view', () => {
  it('is not there while the dialer is off, as for every user today', async () => {
    const page = await openPage(extension, 'sidepanel.html');
    await page.getByRole('list', { name: 'Calls' }).getByRole('listitem').first().waitFor();
    expect(await page.locator('#tab-phone').isHidden()).toBe(true);
    expect(await page.locator('iframe').count()).toBe(0);
    await page.close();
    await setDialer({ enabled: true, widgetUrl: `${embeddable.url}/app.html`, contactPop: 'ring' });
    ({ page: panel, frame: widget } = await openPhone());
  });

  it('registers the call logger once the widget has started, from the connected CRM', async () => {
    const service = await run<Record<string, unknown>>(widget, 'fakeWidget.state.service');
    expect(service).toMatchObject({
      name: 'CRM Call Logger',
      displayName: 'Example CRM',
      authorized: true,
      contactMatchPath: '/contacts/match',
      contactMatchTtl: 604_800_000,
      callLoggerPath: '/callLogger',
      callLoggerTitle: 'Log to Example CRM',
      callLogEntityMatcherPath: '/callLogger/match',
      callLogPageInputChangedEventPath: '/callLogger/inputChanged',
      callLoggerAutoLogOnCallSync: true,
    });
    expect(service).not.toHaveProperty('recordingWithToken');
    expect(await panel.locator('iframe.widget-frame').getAttribute('allow')).toContain('microphone');
    await dismissToasts(panel);
    await saveScreenshot(panel, 'dialer-phone-light');
    expect(await seriousViolations(panel)).toEqual([]);
    await panel.emulateMedia({ colorScheme: 'dark' });
    await saveScreenshot(panel, 'dialer-phone-dark');
    expect(await seriousViolations(panel)).toEqual([]);
    await panel.emulateMedia({ colorScheme: 'light' });
  });

  it('matches numbers to CRM contacts, with the service name as their type', async () => {
    const answer = await run<WidgetRequest>(widget, `fakeWidget.matchContacts(${arg(['+12125550147', '+14155550132', '+19995550100'])})`);
    expect(answer).toMatchObject({ answered: true, timedOut: false });
    const data = answer.response!.data as Record<string, { id: string; type: string; name: string }[]>;
    expect(data['+12125550147']).toEqual([
      {
        id: 'c-3',
        type: 'CRM Call Logger',
        name: 'Marcus Bell',
        entityType: 'contact',
        phoneNumbers: [{ phoneNumber: '+12125550147', phoneType: 'direct' }],
      },
    ]);
    expect(data['+14155550132']!.map((c) => c.id)).toEqual(['c-1', 'c-2']);
    expect(data['+19995550100']).toEqual([]);
  });

  it('logs one call once from three triggers: auto-log on connect, on hang-up, and the saved form', async () => {
    await run(widget, 'fakeWidget.setAutoLog(true)');
    await expect.poll(async () => (await extension.api({ method: 'GET', path: '/settings/dialer' })).body.settings.autoLog).toBe(true);
    const live = call('dialer-1', '+12125550147', 'Marcus Bell');
    const first = run<WidgetRequest>(widget, `fakeWidget.activeCall(${arg(live)})`);
    const second = run<WidgetRequest>(widget, `fakeWidget.activeCall(${arg(ended(live))})`);
    const formData = {
      contact: 'c-3',
      activityTitle: 'Inbound Call from Marcus Bell',
      note: 'Saved from the form',
      deals: 'd-3',
      triggerType: 'createLog',
    };
    const third = run<WidgetRequest>(
      widget,
      `fakeWidget.callLogger(${arg({ call: ended(live), triggerType: 'logForm', redirect: true, formData })})`,
    );
    for (const answer of await Promise.all([first, second, third]))
      expect(answer).toMatchObject({ answered: true, timedOut: false, response: { data: 'ok' } });

    const crm = exampleCrm(panel);
    await expect.poll(async () => (await crm.activities('dialer-1')).map((a) => a.body.includes('Saved from the form'))).toEqual([true]);
    const [activity] = await crm.activities('dialer-1');
    expect(activity).toMatchObject({ contactId: 'c-3' });
    const match = await run<WidgetRequest>(widget, `fakeWidget.matchCallLogs(${arg(['dialer-1', 'never-logged'])})`);
    expect(match.response!.data).toEqual({ 'dialer-1': [{ id: String(activity!.id), note: '' }], 'never-logged': [] });
    await run(widget, 'fakeWidget.setAutoLog(false)');
  });

  it('keeps a note typed during the call in the worker, also when the panel closes, and logs it', async () => {
    const live = call('dialer-2', '+13125550119', 'Lena Ortega');
    await run(widget, `fakeWidget.activeCall(${arg(live)})`);
    await panel.getByRole('heading', { name: 'On a call with Lena Ortega' }).waitFor();
    await panel.getByLabel('Call note').fill('Wants a quote for three offices.');
    await dismissToasts(panel);
    await saveScreenshot(panel, 'dialer-live-note-light', true);
    expect(await seriousViolations(panel)).toEqual([]);
    await expect
      .poll(async () => (await extension.api({ method: 'GET', path: '/callLog/note', query: { sessionId: 'dialer-2' } })).body.note)
      .toBe('Wants a quote for three offices.');
    await panel.close();

    ({ page: panel, frame: widget } = await openPhone());
    await run(widget, `fakeWidget.callLogger(${arg({ call: ended(live), triggerType: 'createLog', redirect: true })})`);
    await widget.waitForFunction('fakeWidget.state.logPages.length > 0');
    const page = await run<{ formData: Record<string, unknown>; schema: { properties: Record<string, unknown> } }>(
      widget,
      'fakeWidget.state.logPages.at(-1)',
    );
    expect(page.formData).toMatchObject({
      contact: 'c-4',
      note: 'Wants a quote for three offices.',
      activityTitle: 'Inbound Call from Lena Ortega',
      triggerType: 'createLog',
    });
    expect(Object.keys(page.schema.properties)).toEqual(expect.arrayContaining(['contact', 'activityTitle', 'note', 'deals']));
    expect(await run(widget, 'fakeWidget.state.navigations.at(-1)')).toBe('/log/call/dialer-2');

    await run(widget, `fakeWidget.callLogger(${arg({ call: ended(live), triggerType: 'logForm', redirect: true, formData: page.formData })})`);
    const crm = exampleCrm(panel);
    await expect.poll(async () => (await crm.activities('dialer-2')).length).toBe(1);
    expect((await crm.activities('dialer-2'))[0]!.body).toContain('Wants a quote for three offices.');
  });

  it('opens the caller in the CRM when a call rings', async () => {
    const opened = extension.context.waitForEvent('page');
    await run(widget, `fakeWidget.activeCall(${arg(call('dialer-3', '+12125550147', 'Marcus Bell', { telephonyStatus: 'Ringing' }))})`);
    const page = await opened;
    expect(page.url()).toBe(`chrome-extension://${extension.extensionId}/example-crm.html#contact/c-3`);
    await page.getByRole('heading', { name: 'Marcus Bell' }).waitFor();
    await page.getByRole('link', { name: /Inbound Call from Marcus Bell/ }).waitFor(); // the call logged above
    await page.close();
  });

  it('dials a number of the Calls view through the widget', async () => {
    await panel.getByRole('button', { name: 'Calls', exact: true }).click();
    await panel
      .getByRole('list', { name: 'Calls' })
      .getByRole('button', { name: /Whitfield Consulting/ })
      .click();
    await panel.getByRole('button', { name: 'Call (415) 555-0132' }).click();
    await widget.waitForFunction('fakeWidget.state.dials.length > 0');
    expect(await run(widget, 'fakeWidget.state.dials')).toEqual([{ phoneNumber: '+14155550132', toCall: true }]);
    expect(await panel.locator('#phone-view').isVisible()).toBe(true);
  });

  it('answers every request: an unknown path, a body it cannot read, 40 sessions at once', async () => {
    const unknown = await run<WidgetRequest>(widget, `fakeWidget.request('/contacts/search', { searchString: 'Dana' })`);
    expect(unknown).toMatchObject({ answered: true, response: { data: 'ok' } });
    const broken = await run<WidgetRequest>(widget, `fakeWidget.request('/callLogger', { call: { sessionId: 42 }, triggerType: 'presenceUpdate' })`);
    expect(broken).toMatchObject({ answered: true, response: { data: 'ok' } });
    const ids = Array.from({ length: 40 }, (_, i) => `many-${i}`);
    const many = await run<WidgetRequest>(widget, `fakeWidget.matchCallLogs(${arg(ids)})`);
    expect(Object.keys(many.response!.data as object)).toEqual(ids);
  });

  it('agrees with the Calls view: a call logged there shows logged in the widget when the Phone view shows again', async () => {
    const before = await run<WidgetRequest>(widget, `fakeWidget.matchCallLogs(${arg(['agree-1'])})`);
    expect(before.response!.data).toEqual({ 'agree-1': [] });
    await panel.getByRole('button', { name: 'Calls', exact: true }).click();
    const logInfo = {
      sessionId: 'agree-1',
      direction: 'Inbound',
      from: { phoneNumber: '+12125550147' },
      to: { phoneNumber: '+16505550101' },
      startTime: Date.now() - 60_000,
      duration: 60,
    };
    const logged = await extension.api({ method: 'POST', path: '/callLog', body: { logInfo, contactId: 'c-3', note: '' } });
    expect(logged.body.successful).toBe(true);
    await panel.getByRole('button', { name: 'Phone' }).click();
    await widget.waitForFunction(
      "fakeWidget.state.requests.some((r) => r.path === '/callLogger/match' && r.answered && r.response.data['agree-1']?.length === 1)",
    );
    expect(await run(widget, 'fakeWidget.state.matchTriggers.at(-1)')).toEqual(['agree-1']);
  });

  it('answers only its own widget frame: another frame, even of the same origin, is ignored', async () => {
    await panel.evaluate((src) => {
      const rogue = document.createElement('iframe');
      rogue.id = 'rogue';
      rogue.src = src;
      document.body.append(rogue);
    }, `${embeddable.url}/app.html`);
    const rogue = (await (await panel.locator('#rogue').elementHandle())!.contentFrame())!;
    await rogue.waitForFunction('window.fakeWidget');
    const ignored = await run<WidgetRequest>(rogue, `fakeWidget.request('/callLogger/inputChanged', { call: { sessionId: 'x' }, formData: {} })`);
    expect(ignored).toMatchObject({ answered: false, timedOut: true });
    expect(await run(rogue, 'fakeWidget.state.registrations')).toBe(0);
    await panel.evaluate(() => document.querySelector('#rogue')?.remove());
  });

  it('says so when the contact of a logged call is changed, instead of moving the log', async () => {
    const live = call('dialer-1', '+12125550147', 'Marcus Bell');
    const body = { call: ended(live), triggerType: 'contactUpdated', contact: { id: 'c-4', name: 'Lena Ortega', type: 'contact' } };
    await run(widget, `fakeWidget.callLogger(${arg(body)})`);
    await widget.waitForFunction('fakeWidget.state.alerts.some((a) => a.message.includes("already logged"))');
    expect((await exampleCrm(panel).activities('dialer-1')).map((a) => a.contactId)).toEqual(['c-3']);
  });

  it('with the log form at hang-up and auto-log on, logs the call and then opens it for editing', async () => {
    await setDialer({ logFormAtHangUp: true });
    const { page, frame } = await openPhone();
    await run(frame, 'fakeWidget.setAutoLog(true)');
    const live = call('dialer-4', '+13125550119', 'Lena Ortega', {
      direction: 'Outbound',
      from: { phoneNumber: '+16505550101' },
      to: { phoneNumber: '+13125550119', name: 'Lena Ortega' },
    });
    await run(frame, `fakeWidget.activeCall(${arg(live)})`);
    await run(frame, `fakeWidget.activeCall(${arg(ended(live))})`);
    await frame.waitForFunction('fakeWidget.state.navigations.includes("/log/call/dialer-4")');
    const form = await run<{ formData: Record<string, unknown> }>(frame, 'fakeWidget.state.logPages.at(-1)');
    expect(form.formData).toMatchObject({ triggerType: 'editLog', contact: 'c-4', activityTitle: 'Outbound Call to Lena Ortega' });
    expect(await exampleCrm(page).activities('dialer-4')).toHaveLength(1);
    await run(frame, 'fakeWidget.setAutoLog(false)');
    await setDialer({ logFormAtHangUp: false });
    await page.close();
  });

  it('offers the choice when several contacts have the ringing number', async () => {
    await run(widget, `fakeWidget.activeCall(${arg(call('dialer-5', '+14155550132', '', { telephonyStatus: 'Ringing' }))})`);
    const opened = extension.context.waitForEvent('page');
    await panel.getByRole('button', { name: 'Open Sam Whitfield' }).click();
    const page = await opened;
    expect(page.url()).toBe(`chrome-extension://${extension.extensionId}/example-crm.html#contact/c-2`);
    await page.close();
  });

  it('opens the phone in its own window, and leaves the panel without a second softphone', async () => {
    const opened = extension.context.waitForEvent('page');
    await panel.getByRole('button', { name: 'Open in a window' }).click();
    const window = await opened;
    expect(window.url()).toBe(`chrome-extension://${extension.extensionId}/dialer.html`);
    await window.locator('iframe.widget-frame').waitFor();
    await panel.getByText('The phone is open in its own window.').waitFor();
    expect(await panel.locator('iframe').count()).toBe(0);
    await window.close();
  });

  it("signs in to a company's RingCentral app through launchWebAuthFlow", async () => {
    await fetch(`${ringcentral}/_fake/reset`, { method: 'POST', body: '{}' });
    await setDialer({ clientId: 'fake-rc-client', serverUrl: ringcentral });
    const { frame } = await openPhone();
    const params = await run<Record<string, string>>(frame, 'fakeWidget.state.params');
    expect(params).toMatchObject({
      clientId: 'fake-rc-client',
      appServer: ringcentral,
      disableLoginPopup: '1',
      redirectUri: `https://${extension.extensionId}.chromiumapp.org/ringcentral`,
    });
    await run(frame, 'fakeWidget.login()');
    await frame.waitForFunction('fakeWidget.state.loggedIn || fakeWidget.state.signIn?.error');
    expect(await run(frame, 'fakeWidget.state.signIn.error')).toBeNull();
    const grants = ((await (await fetch(`${ringcentral}/_fake/requests`)).json()) as { grant?: string }[]).flatMap((r) => (r.grant ? [r.grant] : []));
    expect(grants).toEqual(['authorization_code']);
  });
});

describe('one RingCentral account for the Calls view and the widget', () => {
  it('passes a sign-in on one side to the other without asking again', async () => {
    await fetch(`${ringcentral}/_fake/reset`, { method: 'POST', body: '{}' });
    await setDialer({ clientId: '', serverUrl: 'https://platform.ringcentral.com' });
    const phone = { source: 'ringcentral', serverUrl: ringcentral, clientId: 'fake-rc-client' };
    expect((await extension.api({ method: 'PUT', path: '/phoneAccount', body: phone })).status).toBe(200);

    // The widget takes the Phone account's app; signing in there signs the Calls view in too.
    const first = await openPhone();
    expect(await run(first.frame, 'fakeWidget.state.params.clientId')).toBe('fake-rc-client');
    await run(first.frame, 'fakeWidget.login()');
    await first.frame.waitForFunction('fakeWidget.state.loggedIn');
    await expect.poll(async () => (await extension.api({ method: 'GET', path: '/phoneAccount' })).body.ringcentral.signedIn).toBe(true);

    // A widget that starts signed out is signed in from the account, with no click.
    const second = await openPhone();
    await second.frame.waitForFunction('fakeWidget.state.loggedIn');
    const grants = ((await (await fetch(`${ringcentral}/_fake/requests`)).json()) as { grant?: string }[]).flatMap((r) => (r.grant ? [r.grant] : []));
    expect(grants).toEqual(['authorization_code', 'authorization_code', 'authorization_code']);
    await first.page.close();
    await second.page.close();
  });
});
