/**
 * Message logging in the real built extension: a new user logs a sample conversation from the
 * side panel into the Example CRM; then, through the message API against the fake Pipedrive, the
 * cases of issue 16 counted on the fake: one activity per conversation-day, each message once
 * under repeats, races and a worker stopped between the create and the append.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type LaunchedExtension } from '../../scripts/launch-extension';
import { createFakeCompany, releaseHeld, type FakeCompanyHandle } from '../fake-servers/pipedrive/control-client';
import { startFakePipedrive, type FakePipedrive } from '../fake-servers/pipedrive/server';
import { dayOne, fax, messageLogBody, sms, voicemail } from '../support/message-fixtures';
import { openPage } from './support/open-page';

let fake: FakePipedrive;
let extension: LaunchedExtension;
let company: FakeCompanyHandle;

const DANA = { id: '801', name: 'Dana Whitfield', phoneNumber: '+14155550132' };
const MARCUS = { id: '803', name: 'Marcus Bell', phoneNumber: '+12125550147' };
const post = (messages: unknown[], day = '7001-20260302', contact = DANA, group = [DANA]) =>
  extension.api({ method: 'POST', path: '/messageLog', body: messageLogBody(messages, day, contact, group) });
const count = (text: string, part: string) => text.split(part).length - 1;
const notes = async () => (await company.state()).activities.map((a) => a.note ?? '');

beforeAll(async () => {
  fake = await startFakePipedrive();
  extension = await launchExtension();
});

afterAll(async () => {
  await extension?.close();
  await fake?.close();
});

describe('message logging in the built extension', () => {
  it('lets a new user log a sample conversation into the Example CRM from the Messages view', async () => {
    const panel = await openPage(extension, 'sidepanel.html');
    await panel.getByRole('button', { name: 'Messages' }).click();
    const conversations = panel.getByRole('list', { name: 'Messages' }).getByRole('listitem');
    await conversations.first().waitFor();
    expect(await conversations.count()).toBe(5);
    const dana = panel.getByRole('button', { name: /Dana Whitfield.*3 messages/ });
    await expect.poll(() => dana.innerText()).toContain('Not logged');
    await dana.click();
    await expect
      .poll(() =>
        panel
          .getByLabel(/Dana Whitfield/)
          .locator('option')
          .first()
          .innerText(),
      )
      .toBe('Dana Whitfield');
    await panel.getByRole('button', { name: 'Log messages' }).click();
    await panel.getByRole('status').filter({ hasText: '3 messages logged' }).waitFor();
    await expect.poll(() => dana.innerText()).toContain('Logged');

    const activities = await panel.evaluate(
      () =>
        new Promise<{ subject: string; body: string; sessionId: string }[]>((resolve) => {
          const open = indexedDB.open('example-crm');
          open.onsuccess = () => {
            const request = open.result.transaction('activities').objectStore('activities').getAll();
            request.onsuccess = () => resolve(request.result);
          };
        }),
    );
    const logs = activities.filter((a) => a.sessionId.startsWith('messages:'));
    expect(logs).toHaveLength(1);
    expect(logs[0]!.subject).toMatch(/^SMS conversation with Dana Whitfield - \d{4}-\d\d-\d\d$/);
    expect(logs[0]!.body.indexOf('move the demo')).toBeLessThan(logs[0]!.body.indexOf('see you then'));
    await panel.close();
  });

  it('logs into Pipedrive: one activity per conversation-day, appended, each message once', async () => {
    company = await createFakeCompany(fake.url);
    const login = await extension.api({
      method: 'POST',
      path: '/apiKeyLogin',
      body: { platform: 'pipedrive', apiKey: company.apiToken, hostname: fake.url },
    });
    expect(login.body.successful).toBe(true);
    await extension.page.evaluate(() => chrome.storage.local.set({ reliability: { settleDelayMs: 500 } }));

    expect((await post(dayOne)).body).toMatchObject({ successful: true, logIds: ['1001', '1002', '1003'] });
    await company.clearRequests();
    expect((await post(dayOne)).body).toMatchObject({ successful: false, logIds: [] });
    expect(await company.requestLines()).toEqual([]);
    expect((await post([sms('1004', '2026-03-02T18:00:00Z', 'Bringing the contract.'), ...dayOne])).body.logIds).toEqual(['1004']);
    expect(await company.requestLines()).toEqual(['GET /api/v2/activities/5530', 'PATCH /api/v2/activities/5530']);
    await post([sms('1101', '2026-03-03T09:00:00Z', 'Running late.')], '7001-20260303');
    const [day, next] = await notes();
    expect(count(day!, '<li>')).toBe(4);
    expect(count(next!, '<li>')).toBe(1);
  });

  it('makes one activity with each text once from ten identical requests at once', async () => {
    const messages = [sms('1201', '2026-03-06T09:00:00Z', 'Race one.'), sms('1202', '2026-03-06T09:01:00Z', 'Race two.')];
    const answers = await Promise.all(Array.from({ length: 10 }, () => post(messages, 'race-20260306')));
    expect(answers.filter((a) => a.body.successful)).toHaveLength(1);
    const raced = (await notes()).filter((note) => note.includes('Race one.'));
    expect(raced).toHaveLength(1);
    expect([count(raced[0]!, 'Race one.'), count(raced[0]!, 'Race two.')]).toEqual([1, 1]);
  });

  it('links the voicemail recording and the fax document, and logs a group SMS to each person once', async () => {
    await post([voicemail('2001', '2026-03-04T10:00:00Z', 'https://service.ringcentral.com/vm/2001')], 'vm-2001');
    await post([fax('3001', '2026-03-04T11:00:00Z', 'https://service.ringcentral.com/fax/3001')], 'fax-3001');
    const all = await notes();
    expect(all.some((n) => n.includes('Voicemail (0:42): <a href="https://service.ringcentral.com/vm/2001">'))).toBe(true);
    expect(all.some((n) => n.includes('Fax (2 pages): <a href="https://service.ringcentral.com/fax/3001">'))).toBe(true);

    const group = [DANA, MARCUS];
    const messages = [sms('4001', '2026-03-05T10:00:00Z', 'Hi both, agenda attached.', 'agent', group)];
    for (const contact of [DANA, MARCUS, DANA]) await post(messages, 'g-20260305', contact, group);
    const grouped = (await company.state()).activities.filter((a) => a.note?.includes('agenda attached'));
    expect(grouped.map((a) => a.person_id)).toEqual([801, 803]);
  });

  it('appends once when the worker is stopped between the create and the append', async () => {
    const first = [sms('6001', '2026-03-07T09:00:00Z', 'Before the stop.')];
    const later = sms('6002', '2026-03-07T09:05:00Z', 'After the stop.');
    expect((await post(first, 'stop-20260307')).body.successful).toBe(true);
    await company.clearRequests();
    await company.inject({ method: 'PATCH', path: '/api/v2/activities/*', hold: 'append' });
    const sending = post([later, ...first], 'stop-20260307').catch(() => undefined);
    await expect.poll(async () => (await company.requestLines()).some((line) => line.startsWith('PATCH')), { timeout: 15_000 }).toBe(true);
    await extension.stopServiceWorker();
    await releaseHeld(fake.url, 'append'); // Pipedrive appends; nobody hears the answer
    await sending;
    // Sent again until the ledger knows both messages are in (the first tries may say "saved").
    await expect
      .poll(async () => (await post([later, ...first], 'stop-20260307')).body.returnMessage?.message, { timeout: 20_000, interval: 500 })
      .toMatch(/^Existing log for conversation|logged$/);
    const stopped = (await notes()).filter((n) => n.includes('Before the stop.'));
    expect(stopped).toHaveLength(1);
    expect(count(stopped[0]!, 'After the stop.')).toBe(1);
  });
});
