/**
 * POST /messageLog through the remote backend against the fake App Connect server, counted on the
 * server's CRM: one record per conversation-day, each message once, one POST per change.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { dayOne, fax, messageLogBody, sms, voicemail } from '../support/message-fixtures';
import { connect, freshStart, remoteApi, server } from './remote-test-kit';

const DANA = { id: 'c-2', name: 'Dana Whitfield', phoneNumber: '+14155550132' };
const MARCUS = { id: 'c-3', name: 'Marcus Bell', phoneNumber: '+12125550147' };
const body = (messages: unknown[], day = '7001-20260302', contact = DANA, correspondents = [DANA]) =>
  messageLogBody(messages, day, contact, correspondents);

beforeEach(freshStart);

describe('POST /messageLog through an App Connect server', () => {
  it('logs a conversation-day once, oldest first; the same again sends nothing; a fourth message is appended', async () => {
    const api = remoteApi();
    await connect(api);
    const first = await api({ method: 'POST', path: '/messageLog', body: body(dayOne) });
    expect(first.body).toMatchObject({ successful: true, logIds: ['1001', '1002', '1003'] });
    const again = await api({ method: 'POST', path: '/messageLog', body: body(dayOne) });
    expect(again.body).toMatchObject({ successful: false, logIds: [], returnMessage: { message: 'Existing log for conversation 7001-20260302' } });
    expect(await server.requestsTo('POST /messageLog')).toHaveLength(1);

    const fourth = await api({
      method: 'POST',
      path: '/messageLog',
      body: body([sms('1004', '2026-03-02T18:00:00Z', 'Bringing the contract.'), ...dayOne]),
    });
    expect(fourth.body).toMatchObject({ successful: true, logIds: ['1004'] });
    const [sent] = (await server.requestsTo('POST /messageLog')).slice(-1);
    expect((sent!.body as any).logInfo.messages.map((m: { id: string }) => m.id)).toEqual(['1004']);
    const { messageActivities } = await server.stats();
    expect(messageActivities).toHaveLength(1);
    expect(messageActivities[0]!.lines.map((line) => line.split(': ')[1])).toEqual([
      'Can we move the demo to Thursday?',
      'Thursday at 10 works for us.',
      'See you Thursday.',
      'Bringing the contract.',
    ]);
  });

  it('starts a second record on the next day', async () => {
    const api = remoteApi();
    await connect(api);
    await api({ method: 'POST', path: '/messageLog', body: body(dayOne) });
    await api({ method: 'POST', path: '/messageLog', body: body([sms('1101', '2026-03-03T09:00:00Z', 'Running late.')], '7001-20260303') });
    expect((await server.stats()).messageActivities.map((a) => a.conversationLogId)).toEqual(['7001-20260302', '7001-20260303']);
  });

  it('sends one POST for ten identical requests at once, so the server logs each text once', async () => {
    const api = remoteApi();
    await connect(api);
    await server.setControls({ messageLogDelayMs: 100 });
    const answers = await Promise.all(Array.from({ length: 10 }, () => api({ method: 'POST', path: '/messageLog', body: body(dayOne) })));
    expect(answers.filter((a) => a.body.successful)).toHaveLength(1);
    expect(await server.requestsTo('POST /messageLog')).toHaveLength(1);
    const { messageActivities } = await server.stats();
    expect(messageActivities).toHaveLength(1);
    expect(messageActivities[0]!.lines).toHaveLength(3);
  });

  it('answers "No message to log." for an empty list without asking the server', async () => {
    const api = remoteApi();
    await connect(api);
    const { body: answer } = await api({ method: 'POST', path: '/messageLog', body: body([]) });
    expect(answer.returnMessage.message).toBe('No message to log.');
    expect(await server.requestsTo('POST /messageLog')).toHaveLength(0);
  });

  it('passes the voicemail recording link and the fax document link', async () => {
    const api = remoteApi();
    await connect(api);
    await api({
      method: 'POST',
      path: '/messageLog',
      body: body([voicemail('2001', '2026-03-04T10:00:00Z', 'https://service.ringcentral.com/vm/2001')], 'vm-2001'),
    });
    await api({
      method: 'POST',
      path: '/messageLog',
      body: body([fax('3001', '2026-03-04T11:00:00Z', 'https://service.ringcentral.com/fax/3001')], 'fax-3001'),
    });
    const lines = (await server.stats()).messageActivities.flatMap((a) => a.lines);
    expect(lines).toEqual([
      'Dana Whitfield 10:00: Voicemail recording link: https://service.ringcentral.com/vm/2001',
      'Dana Whitfield 11:00: Fax document link: https://service.ringcentral.com/fax/3001',
    ]);
  });

  it('says so when the server logged a group message for another contact already (its ids are global)', async () => {
    const api = remoteApi();
    await connect(api);
    const group = [DANA, MARCUS];
    const messages = [sms('4001', '2026-03-05T10:00:00Z', 'Hi both.', 'agent', group)];
    expect((await api({ method: 'POST', path: '/messageLog', body: body(messages, 'g-1', DANA, group) })).body.successful).toBe(true);
    const second = await api({ method: 'POST', path: '/messageLog', body: body(messages, 'g-1', MARCUS, group) });
    expect(second.body).toMatchObject({ successful: false, returnMessage: { message: 'The App Connect server had logged these messages already.' } });
    expect((await server.stats()).messageActivities).toHaveLength(1);
  });

  it('sends a POST again after a failed answer, and the messages still land once', async () => {
    const api = remoteApi();
    await connect(api);
    await server.setControls({ failNext: { 'POST /messageLog': { status: 502, text: 'Bad gateway' } } });
    expect((await api({ method: 'POST', path: '/messageLog', body: body(dayOne) })).body.successful).toBe(false);
    expect((await api({ method: 'POST', path: '/messageLog', body: body(dayOne) })).body.successful).toBe(true);
    expect((await server.stats()).messageActivities[0]!.lines).toHaveLength(3);
  });
});
