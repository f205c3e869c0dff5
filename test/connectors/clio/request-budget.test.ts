/**
 * What a Clio log costs and sends (docs/clio.md, "Requests per operation"), counted on the fake
 * Clio: the exact communication and time-entry bodies, the time entry's day in the user's Clio
 * time zone, and the number of requests per operation.
 */
import { describe, expect, inject, it } from 'vitest';
import { api } from '../../support/api';
import { elenaCall } from '../../support/call-fixtures';
import { resetExtension } from '../../support/reset';
import { createFakeFirm } from '../../fake-servers/clio/control-client';

async function connectClio() {
  await resetExtension();
  const firm = await createFakeFirm(inject('clioUrl'));
  const { body } = await api({ method: 'POST', path: '/apiKeyLogin', body: { platform: 'clio', apiKey: firm.accessToken, hostname: firm.url } });
  expect(body).toMatchObject({ successful: true, name: 'Dana Whitfield' });
  const maria = (await firm.state()).contacts.find((c) => c.name === 'Maria Okafor')!;
  return { firm, maria };
}

describe('Clio requests', () => {
  it('logs one communication and one time entry, with the session id, dated in the user zone', async () => {
    const { firm, maria } = await connectClio();
    const found = (await api({ method: 'GET', path: '/contact', query: { phoneNumber: '+14155550123' } })).body;
    const matters = found.contact[0].additionalInfo.matters as { const: number; title: string }[];
    // Client matter first, then the related one; the closed one is left out.
    expect(matters.map((m) => m.title)).toEqual(['00001-Okafor - Maria Okafor matter', '00003-Grant - Lee Grant matter']);
    await firm.clearRequests();
    // 04:30 UTC on the 3rd is 21:30 on the 2nd in Los Angeles, the user's Clio zone.
    const logInfo = { ...elenaCall('clio-body'), startTime: '2025-10-03T04:30:00Z' };
    const created = await api({
      method: 'POST',
      path: '/callLog',
      body: {
        logInfo,
        contactId: String(maria.id),
        contactName: 'Maria Okafor',
        note: 'Hearing date',
        additionalSubmission: { matters: matters[0]!.const },
      },
    });
    expect(created.body).toMatchObject({ successful: true, returnMessage: { message: 'Call logged' } });
    const [communication, timeEntry] = await firm.requests();
    expect(communication).toMatchObject({ method: 'POST', path: '/api/v4/communications.json' });
    expect(communication!.body).toEqual({
      data: {
        type: 'PhoneCommunication',
        subject: expect.any(String),
        body: expect.stringContaining('Hearing date'),
        received_at: '2025-10-03T04:30:00.000Z',
        senders: [{ id: firm.userId, type: 'User' }],
        receivers: [{ id: maria.id, type: 'Contact' }],
        matter: { id: matters[0]!.const },
        external_properties: [{ name: 'rcSessionId', value: 'clio-body' }],
      },
    });
    expect(timeEntry).toMatchObject({ method: 'POST', path: '/api/v4/activities.json' });
    expect(timeEntry!.body).toEqual({
      data: {
        type: 'TimeEntry',
        communication: { id: Number(created.body.logId) },
        quantity: 125,
        date: '2025-10-02',
        non_billable: false,
        note: expect.stringContaining('Hearing date'),
        matter: { id: matters[0]!.const },
      },
    });
  });

  it('costs what docs/clio.md says per operation', async () => {
    const { firm, maria } = await connectClio();
    const count = async (work: () => Promise<unknown>) => {
      await firm.clearRequests();
      await work();
      return (await firm.requestLines()).length;
    };
    const log = (sessionId: string) =>
      api({
        method: 'POST',
        path: '/callLog',
        body: { logInfo: elenaCall(sessionId), contactId: String(maria.id), contactName: 'Maria Okafor', note: 'n' },
      });
    let matterId = 0;
    const budget = {
      findContact: await count(async () => {
        const { body } = await api({ method: 'GET', path: '/contact', query: { phoneNumber: '+14155550123' } });
        matterId = body.contact[0].additionalInfo.matters[0].const;
      }),
      createCallLog: await count(() => log('budget')),
      getCallLog: await count(() => api({ method: 'GET', path: '/callLog', query: { sessionIds: 'budget', requireDetails: 'true' } })),
      updateNote: await count(() => api({ method: 'PATCH', path: '/callLog', body: { sessionId: 'budget', note: 'n2' } })),
      updateDuration: await count(() => api({ method: 'PATCH', path: '/callLog', body: { sessionId: 'budget', note: 'n3', duration: 200 } })),
      disposition: await count(() =>
        api({ method: 'PUT', path: '/callDisposition', body: { sessionId: 'budget', dispositions: { matters: matterId } } }),
      ),
      dispositionNone: await count(() => api({ method: 'PUT', path: '/callDisposition', body: { sessionId: 'budget', dispositions: {} } })),
      createContact: await count(() =>
        api({ method: 'POST', path: '/contact', body: { phoneNumber: '+14155550188', newContactName: 'Dmitri Volkov' } }),
      ),
    };
    expect(budget).toEqual({
      findContact: 3, // search, client matters, related matters (per contact)
      createCallLog: 2, // communication, time entry
      getCallLog: 1, // communication with participant names
      updateNote: 2, // core's re-read + PATCH communication
      updateDuration: 4, // + re-read of its time entries + PATCH time entry
      disposition: 1,
      dispositionNone: 0,
      createContact: 1,
    });
    const { activities, contacts } = await firm.state();
    expect(activities).toHaveLength(1);
    expect(activities[0]).toMatchObject({ quantity: 200 });
    expect((await firm.state()).communications[0]!.matter).toEqual({ id: matterId });
    expect(contacts.find((c) => c.name === 'Dmitri Volkov')).toMatchObject({ type: 'Person', phone_numbers: [{ number: '+14155550188' }] });
  });
});
