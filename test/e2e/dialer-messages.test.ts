/**
 * The Phone view as a message logger, in the real built extension with the fake Embeddable
 * widget (test/fake-servers/embeddable/) and the Example CRM: the widget's auto-logged
 * conversations go through auto-log's rules into one activity per conversation-day, its Log
 * button opens a page to pick the contact, its saved page logs, and its match asks read the
 * message ledger. Counted on the Example CRM's own database.
 */
import type { Frame, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type LaunchedExtension } from '../../scripts/launch-extension';
import { startFakeEmbeddable } from '../fake-servers/embeddable/server';
import { DANA, MARCUS, sms } from '../support/message-fixtures';
import { exampleCrm } from './support/example-crm';
import { arg, run as inWidget, type WidgetRequest } from './support/fake-widget';
import { openPage } from './support/open-page';

let embeddable: Awaited<ReturnType<typeof startFakeEmbeddable>>;
let extension: LaunchedExtension;
let panel: Page;
let widget: Frame;

const run = <T = unknown>(expression: string) => inWidget<T>(widget, expression);

/** A conversation-day as the widget sends it: its id is `<conversationId>/<M>/<D>/<YYYY>`. */
function conversation(conversationId: string, messages: ReturnType<typeof sms>[], person: { name: string; phoneNumber: string }) {
  const day = new Date(messages[0]!.creationTime);
  return {
    conversationLogId: `${conversationId}/${day.getMonth() + 1}/${day.getDate()}/${day.getFullYear()}`,
    conversationId,
    type: 'SMS',
    date: day.toISOString().slice(0, 10),
    correspondents: [{ phoneNumber: person.phoneNumber, name: person.name }],
    messages: messages.map((m) => ({ ...m, conversationId: Number(conversationId), conversation: { id: conversationId } })),
  };
}
const marcus = (ids: string[]) =>
  conversation(
    '8801',
    ids.map((id, i) => sms(id, `2026-03-02T1${i}:00:00Z`, `Marcus message ${id}.`, i % 2 ? 'agent' : MARCUS, [MARCUS])),
    MARCUS,
  );
const dana = conversation('8802', [sms('8201', '2026-03-02T12:00:00Z', 'Can we move the demo?')], DANA);

beforeAll(async () => {
  embeddable = await startFakeEmbeddable();
  extension = await launchExtension();
  const current = await extension.api({ method: 'GET', path: '/settings/dialer' });
  await extension.api({
    method: 'PUT',
    path: '/settings/dialer',
    body: { ...current.body.settings, enabled: true, widgetUrl: `${embeddable.url}/app.html` },
  });
  // The Example CRM makes its database on first use: reading it from a page before would make an empty one.
  const found = await extension.api({ method: 'GET', path: '/contact', query: { phoneNumber: MARCUS.phoneNumber } });
  expect(found.body.contact.map((c: { id: string }) => c.id)).toContain('c-3');
  panel = await openPage(extension, 'sidepanel.html');
  await panel.getByRole('button', { name: 'Phone' }).click();
  const iframe = panel.locator('iframe.widget-frame');
  await iframe.waitFor();
  widget = (await (await iframe.elementHandle())!.contentFrame())!;
  await widget.waitForFunction('window.fakeWidget && window.fakeWidget.state.registrations > 0');
});

afterAll(async () => {
  await extension?.close();
  await embeddable?.close();
});

describe('the dialer as a message logger', () => {
  it('registers the message logger and its matcher', async () => {
    expect(await run('fakeWidget.state.service')).toMatchObject({
      messageLoggerPath: '/messageLogger',
      messageLoggerTitle: 'Log to Example CRM',
      messageLogEntityMatcherPath: '/messageLogger/match',
    });
  });

  it('logs nothing by itself while the widget\'s "Auto log messages" is off', async () => {
    expect(await run(`fakeWidget.messagesChanged(${arg(marcus(['8101']))})`)).toBeNull();
    expect(await exampleCrm(panel).activities('messages:8801-20260302')).toHaveLength(0);
  });

  it('auto-logs a conversation-day once, appends a later message, and answers the match with the record', async () => {
    await run('fakeWidget.setAutoLogMessages(true)');
    const first = await run<WidgetRequest>(`fakeWidget.messagesChanged(${arg(marcus(['8101', '8102', '8103']))})`);
    expect(first).toMatchObject({ answered: true, timedOut: false, response: { data: 'ok' } });
    let activities = await exampleCrm(panel).activities('messages:8801-20260302');
    expect(activities.map((a) => a.contactId)).toEqual(['c-3']);
    // The widget's own match right after the answer already sees the record.
    const match = (await run<WidgetRequest[]>('fakeWidget.state.requests')).at(-1)!;
    expect(match).toMatchObject({ path: '/messageLogger/match', answered: true });
    expect(match.response!.data).toEqual({ [marcus(['8101']).conversationLogId]: [{ id: String(activities[0]!.id) }] });

    await run(`fakeWidget.messagesChanged(${arg(marcus(['8101', '8102', '8103', '8104']))})`);
    await run(`fakeWidget.messagesChanged(${arg(marcus(['8101', '8102', '8103', '8104']))})`);
    activities = await exampleCrm(panel).activities('messages:8801-20260302');
    expect(activities).toHaveLength(1);
    expect(activities[0]!.body).toContain('RingCentral message ids: 8101, 8102, 8103, 8104');
    expect(activities[0]!.body.split('Marcus message 8104.').length - 1).toBe(1);
  });

  it('leaves a number two contacts share and says why in the widget', async () => {
    await run(`fakeWidget.messagesChanged(${arg(dana)})`);
    await widget.waitForFunction('fakeWidget.state.alerts.some((a) => a.message.includes("Several contacts match"))');
    expect(await exampleCrm(panel).activities('messages:8802-20260302')).toHaveLength(0);
  });

  it('opens a page to pick the contact on Log, and logs to the one picked when it is saved', async () => {
    const manual = await run<WidgetRequest>(`fakeWidget.logConversation(${arg(dana)}, { triggerType: 'manual', redirect: true })`);
    expect(manual).toMatchObject({ answered: true, timedOut: false });
    const page = (
      await run<{ formData: Record<string, unknown>; schema: { properties: { contact: { oneOf: { const: string }[] } } } }[]>(
        'fakeWidget.state.messageLogPages',
      )
    ).at(-1)!;
    expect(page.schema.properties.contact.oneOf.map((o) => o.const)).toEqual(['c-1', 'c-2', 'createNewContact']);
    expect(await run<string[]>('fakeWidget.state.navigations')).toContain('/log/messages/8802');

    const saved = await run<WidgetRequest>(
      `fakeWidget.logConversation(${arg(dana)}, { triggerType: 'logForm', redirect: true, formData: ${arg({ ...page.formData, contact: 'c-2' })} })`,
    );
    expect(saved).toMatchObject({ answered: true, timedOut: false });
    expect((await exampleCrm(panel).activities('messages:8802-20260302')).map((a) => a.contactId)).toEqual(['c-2']);
    // A page that never sent this conversation asks by the widget's id alone.
    const match = await run<WidgetRequest>(`fakeWidget.matchMessageLogs(${arg([dana.conversationLogId, '1/1/1/2020'])})`);
    expect(Object.keys(match.response!.data as object)).toEqual([dana.conversationLogId, '1/1/1/2020']);
    expect((match.response!.data as Record<string, unknown[]>)['1/1/1/2020']).toEqual([]);
    expect((match.response!.data as Record<string, unknown[]>)[dana.conversationLogId]).toHaveLength(1);
  });
});
