/**
 * Auto-log of messages in the real built extension, with the sample conversations: turned on, the
 * worker logs each conversation-day whose people have one contact, leaves Dana's (her number is
 * Sam's too) with the reason shown in the Messages view, and adds nothing on later syncs nor after
 * a worker stop; the same
 * into the fake Pipedrive, counted on the fake.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type LaunchedExtension } from '../../scripts/launch-extension';
import { createFakeCompany } from '../fake-servers/pipedrive/control-client';
import { startFakePipedrive, type FakePipedrive } from '../fake-servers/pipedrive/server';
import { exampleCrm } from './support/example-crm';
import { openPage } from './support/open-page';

interface Conversation {
  conversationLogId: string;
  kind: string;
  correspondents: { name?: string }[];
  messages: unknown[];
  unloggedReason?: string;
  unloggedDetail?: string;
  unloggedFor?: string;
}

let extension: LaunchedExtension;
let fake: FakePipedrive;
let samples: Conversation[];

const api = (method: string, path: string, extra: { query?: Record<string, string>; body?: unknown } = {}) =>
  extension.api({ method, path, ...extra });
const conversations = async (): Promise<Conversation[]> => (await api('GET', '/messages')).body.conversations;
const loggedIds = async () => {
  const ids = samples.map((c) => c.conversationLogId).join(',');
  const { body } = await api('GET', '/messageLog', { query: { conversationLogIds: ids } });
  return [
    ...new Set((body.logs as { conversationLogId: string; state: string }[]).filter((l) => l.state === 'logged').map((l) => l.conversationLogId)),
  ];
};
const isDana = (c: Conversation) => c.correspondents.some((p) => p.name === 'Dana Whitfield');
/** A pass asked for at once, as the dialer asks: it waits for any pass running, and answers what it did. */
const passOverSamples = async () =>
  (await api('POST', '/messages/autoLog', { body: { messages: samples.flatMap((c) => c.messages) } })).body.results as unknown[];

beforeAll(async () => {
  fake = await startFakePipedrive();
  extension = await launchExtension();
  samples = await conversations();
});

afterAll(async () => {
  await extension?.close();
  await fake?.close();
});

describe('auto-log of messages', () => {
  it('logs the sample conversations whose people have one contact, once, into the Example CRM', async () => {
    expect(samples.filter(isDana)).toHaveLength(3);
    expect((await api('PUT', '/settings/autoLog', { body: { enabled: true } })).body.returnMessage.message).toContain('new messages');
    await expect.poll(loggedIds, { timeout: 15_000 }).toHaveLength(2);
    const group = samples.find((c) => c.correspondents.length > 1)!;
    const voicemail = samples.find((c) => c.kind === 'Voicemail')!;
    expect((await loggedIds()).sort()).toEqual([group.conversationLogId, voicemail.conversationLogId].sort());
    const crm = exampleCrm(extension.page);
    expect((await crm.activities(`messages:${group.conversationLogId}`)).map((a) => a.contactId).sort()).toEqual(['c-3', 'c-5']);
    expect((await crm.activities(`messages:${voicemail.conversationLogId}`)).map((a) => a.contactId)).toEqual(['c-3']);

    await expect.poll(async () => (await conversations()).filter((c) => c.unloggedReason === 'severalMatches').length).toBe(3);
    expect((await conversations()).find(isDana)?.unloggedDetail).toBe('Dana Whitfield, Sam Whitfield');
    // Later syncs and passes add nothing: each day is decided, each record holds its messages.
    await api('GET', '/messages', { query: { refresh: 'true' } });
    expect(await passOverSamples()).toEqual([]);
    expect(await crm.activities(`messages:${group.conversationLogId}`)).toHaveLength(2);
    expect(await crm.activities(`messages:${voicemail.conversationLogId}`)).toHaveLength(1);

    // A stopped worker starts again with a pass of its own: still one record each.
    await extension.stopServiceWorker();
    expect((await conversations()).length).toBe(samples.length);
    expect(await passOverSamples()).toEqual([]);
    expect(await crm.activities(`messages:${group.conversationLogId}`)).toHaveLength(2);
    expect(await crm.activities(`messages:${voicemail.conversationLogId}`)).toHaveLength(1);
  });

  it('shows in the Messages view why a conversation was left', async () => {
    const panel = await openPage(extension, 'sidepanel.html');
    await panel.getByRole('button', { name: 'Messages' }).click();
    const items = panel.getByRole('list', { name: 'Messages' }).getByRole('listitem');
    await items.first().waitFor();
    await expect.poll(() => items.getByText('Several contacts match (Dana Whitfield, Sam Whitfield): open it to choose one.').count()).toBe(3);
    await expect.poll(() => items.locator('.call-state').getByText('Logged', { exact: true }).count()).toBe(2);
    await panel.close();
  });

  it('lists messages the CRM could not take under "Waiting to be logged"; "Retry now" logs them', async () => {
    await extension.page.evaluate(() => chrome.storage.local.set({ 'testCRM:faults': [{ status: 503, times: 1 }] }));
    const messages = [
      {
        id: '7701',
        type: 'SMS',
        direction: 'Inbound',
        creationTime: '2026-03-02T16:58:00Z',
        subject: 'Is the order on its way?',
        from: { phoneNumber: '+12125550147', name: 'Marcus Bell' },
        to: [{ phoneNumber: '+16505550100' }],
        conversationId: '7700',
      },
    ];
    const body = { logInfo: { messages, conversationId: '7700', conversationLogId: '7700-20260302' }, contactId: 'c-3', contactName: 'Marcus Bell' };
    expect((await api('POST', '/messageLog', { body })).body.queued).toBe(true);

    const panel = await openPage(extension, 'sidepanel.html');
    await panel.getByRole('button', { name: 'Messages' }).click();
    const waiting = panel.getByRole('list', { name: /Waiting to be logged/ }).getByRole('listitem');
    await waiting.first().waitFor();
    expect(await waiting.count()).toBe(1);
    expect(await waiting.first().innerText()).toContain('Marcus Bell · SMS · new log · 1 message');
    expect(await waiting.first().innerText()).toContain('The CRM could not be reached.');
    await waiting.first().getByRole('button', { name: 'Retry now' }).click();
    await panel.getByRole('status').filter({ hasText: 'Message logged' }).waitFor();
    await expect.poll(() => waiting.count()).toBe(0);
    expect(await exampleCrm(extension.page).activities('messages:7700-20260302')).toHaveLength(1);
    await panel.close();
  });

  it('logs them into Pipedrive at a measured cost, and asks nothing the second time', async () => {
    const company = await createFakeCompany(fake.url);
    const login = await api('POST', '/apiKeyLogin', { body: { platform: 'pipedrive', apiKey: company.apiToken, hostname: fake.url } });
    expect(login.body.successful).toBe(true);
    await company.clearRequests();
    const first = (await passOverSamples()) as { conversationLogId: string; outcome: string; unloggedReason?: string }[];
    // Marcus's voicemail and the group (Marcus; Grace is no Pipedrive person) are logged; Dana's days are left.
    expect(first.filter((r) => r.outcome === 'logged')).toHaveLength(2);
    expect(first.filter((r) => r.unloggedReason === 'severalMatches')).toHaveLength(3);
    const lines = await company.requestLines();
    expect(lines.filter((line) => line === 'POST /api/v2/activities')).toHaveLength(2);
    // Each number is looked up once per pass: Dana's, Marcus's and Grace's searches, nothing more per day.
    expect(lines.filter((line) => line === 'GET /api/v2/persons/search')).toHaveLength(3);
    expect((await company.state()).activities.map((a) => a.person_id)).toEqual([803, 803]);
    // The group reads as logged (for Marcus), and says why not for Grace.
    const group = (await conversations()).find((c) => c.correspondents.length > 1);
    expect(group).toMatchObject({ unloggedReason: 'noMatch', unloggedFor: 'Grace Kimura' });

    await company.clearRequests();
    expect(await passOverSamples()).toEqual([]);
    await api('GET', '/messages');
    expect(await passOverSamples()).toEqual([]);
    expect(await company.requestLines()).toEqual([]);

    // The Messages view writes it under the logged group.
    const panel = await openPage(extension, 'sidepanel.html');
    await panel.getByRole('button', { name: 'Messages' }).click();
    const items = panel.getByRole('list', { name: 'Messages' }).getByRole('listitem');
    const reason = items.filter({ hasText: 'Not logged for Grace Kimura. No contact has this number' });
    await reason.first().waitFor();
    expect(await reason.count()).toBe(1);
    expect(await reason.locator('.call-state').innerText()).toBe('Logged');
    await panel.close();
  });
});
