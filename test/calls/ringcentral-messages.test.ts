/**
 * The RingCentral message source against the fake RingCentral platform: the paged message store
 * of the last week (SMS, voicemail, fax; deleted ones left out), grouped into conversation-days,
 * and a 429 remembered.
 */
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { phoneAccountSetting } from '../../src/calls/phone-account';
import { ringCentralMessages } from '../../src/calls/ringcentral/message-store-source';
import { finishSignIn, startSignIn } from '../../src/calls/ringcentral/sign-in';
import { resetExtension } from '../support/reset';

const server = inject('ringcentralUrl');
const account = { source: 'ringcentral' as const, serverUrl: server, clientId: 'fake-rc-client' };

async function fake(path: string, body?: object): Promise<any> {
  const response = await fetch(`${server}/_fake/${path}`, { method: body ? 'POST' : 'GET', body: body && JSON.stringify(body) });
  return response.json();
}

async function signIn(): Promise<void> {
  const authorizeUrl = new URL(await startSignIn(account));
  const { location } = await fake(`approve${authorizeUrl.search}`);
  await finishSignIn(account, location);
}

beforeEach(async () => {
  await resetExtension();
  await phoneAccountSetting.set(account);
});

describe('RingCentral message source', () => {
  it('reads the paged message store of the last week and groups it into conversation-days', async () => {
    await fake('reset', { maxPerPage: 2 });
    await signIn();
    const snapshot = await ringCentralMessages.refresh();
    expect(snapshot.returnMessage).toBeUndefined();
    const ids = snapshot.conversations.flatMap((c) => c.messages.map((m) => m.id));
    expect(ids.sort()).toEqual(['5001', '5002', '5004', '5005', '5006']);
    const pages = (await fake('requests')).filter((r: { path: string }) => r.path.endsWith('/message-store'));
    expect(pages.length).toBe(3);
    expect(pages[0].query).toMatchObject({ perPage: '100', dateFrom: expect.any(String) });

    const sms = snapshot.conversations.filter((c) => c.conversationId === '7001');
    expect(sms.length).toBe(2); // two days
    expect(sms.find((c) => c.messages.length === 2)!.correspondents).toEqual([{ phoneNumber: '+14155550132', name: 'Dana Whitfield' }]);
    const voicemail = snapshot.conversations.find((c) => c.kind === 'Voicemail')!;
    expect(voicemail.conversationLogId).toMatch(/^message-5005-\d{8}$/);
    expect(voicemail.messages[0]!.attachments![0]!.link).toMatch(/^https:\/\/ringcentral\.github\.io\/ringcentral-media-reader\/\?media=https%3A/);
  });

  it('remembers a 429 until its Retry-After', async () => {
    await fake('reset', { failMessageStore: 429 });
    await signIn();
    expect((await ringCentralMessages.refresh()).returnMessage?.messageType).toBeDefined();
    const before = (await fake('requests')).length;
    await ringCentralMessages.refresh({ force: true });
    expect((await fake('requests')).length).toBe(before);
  });
});
