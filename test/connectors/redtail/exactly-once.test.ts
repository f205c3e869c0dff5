/**
 * Redtail's exactly-once guarantee (docs/redtail.md, "Exactly once"): a create whose answer was
 * lost is found again in the contact's activities by the Session Id item of its description,
 * never a look-alike with the same contact, minute and default subject; and what each operation
 * costs on the fake, cold and warm.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { reliabilitySetting } from '../../../src/logging/outbox/retry-policy';
import { api } from '../../support/api';
import { requestCounter } from '../../support/request-budget';
import { callWithSession } from '../../support/call-fixtures';
import { connectRedtail, logInRedtail, newRedtailAccount } from './connect-redtail';
import { resetExtension } from '../../support/reset';

const logCall = (sessionId: string, note = 'Reviewed RMD schedule', additionalSubmission: Record<string, unknown> = {}) =>
  api({
    method: 'POST',
    path: '/callLog',
    body: { logInfo: callWithSession(2, sessionId), contactId: 101, contactName: 'Alan Brooks', note, additionalSubmission },
  });

describe('Redtail lost answers', () => {
  afterEach(() => reliabilitySetting.remove());

  it('finds its own activity after a lost answer, not a look-alike of another session (its note then stays in the description only)', async () => {
    const account = await connectRedtail();
    await reliabilitySetting.set({ settleDelayMs: 0 });
    await account.inject({ match: 'POST /api/public/v1/activities', drop: 'after' });
    const first = await logCall('rt-lost');
    expect(first.body).toMatchObject({ successful: false, queued: true });
    const { activities } = await account.state();
    const own = activities[0]!;
    expect(own.description).toContain('Session Id</b>: rt-lost');
    expect(own.notes).toEqual([]);
    // The same call logged from elsewhere: same contact, minute and subject, newer, another session.
    const lookAlike = { ...own, id: own.id + 100, description: own.description.replace('rt-lost', 'other-session') };
    await account.patch({ activities: [own, lookAlike] });

    await account.clearRequests();
    const again = await logCall('rt-lost');
    expect(again.body).toMatchObject({ successful: true, logId: String(own.id) });
    expect(await account.requestLines()).toEqual(['GET /api/public/v1/contacts/101/activities']);
    expect((await account.state()).activities).toHaveLength(2);
    expect((await account.state()).activities[0]!.notes).toEqual([]);

    // An edit keeps the Session Id item, so a later lookup still finds the activity.
    expect((await api({ method: 'PATCH', path: '/callLog', body: { sessionId: 'rt-lost', note: 'Sent the forms' } })).body.successful).toBe(true);
    const edited = (await account.state()).activities.find((a) => a.id === own.id)!;
    expect(edited.description).toContain('Sent the forms');
    expect(edited.description).toContain('Session Id</b>: rt-lost');
  });
});

describe('Redtail activity notes', () => {
  it('sends a note whose answer was lost again only when the activity does not hold it', async () => {
    const account = await connectRedtail();
    await account.inject({ match: 'POST /api/public/v1/activities/', drop: 'after' }, { match: 'POST /api/public/v1/activities/', status: 500 });
    const lost = await logCall('rt-note-lost');
    expect(lost.body).toMatchObject({ successful: true, returnMessage: { messageType: 'success' } });
    const refused = await logCall('rt-note-500');
    expect(refused.body).toMatchObject({ successful: true, returnMessage: { messageType: 'success' } });
    const { activities } = await account.state();
    expect(activities.map((a) => a.notes.map((n) => n.body))).toEqual([['Reviewed RMD schedule'], ['Reviewed RMD schedule']]);
    const [first, second] = activities.map((a) => `/api/public/v1/activities/${a.id}/notes`);
    expect(await account.requestLines()).toEqual([
      'POST /api/public/v1/activities',
      `POST ${first}`,
      `GET ${first}`,
      'POST /api/public/v1/activities',
      `POST ${second}`,
      `GET ${second}`,
      `POST ${second}`,
    ]);
  });
});

describe('Redtail request budget', () => {
  it('counts the requests of each operation', async () => {
    await resetExtension();
    const account = await newRedtailAccount();
    const { count, forgetCaches, details } = requestCounter(account);
    const find = (phoneNumber: string) => api({ method: 'GET', path: '/contact', query: { phoneNumber } });
    const budget = {
      connect: await count(() => logInRedtail()),
      findContactCold: await count(() => find('+14155550123')),
      findContactWarm: await count(() => find('+14155550123')),
      createCallLogWithNote: await count(() => logCall('rt-budget', 'Reviewed RMD schedule', { category: 1 })),
      createCallLogNoNote: await count(() => logCall('rt-budget-2', '')),
      getCallLog: await count(async () => (await forgetCaches(), details('rt-budget'))),
      updateCallLog: await count(() => api({ method: 'PATCH', path: '/callLog', body: { sessionId: 'rt-budget', note: 'n' } })),
      disposition: await count(() =>
        api({ method: 'PUT', path: '/callDisposition', body: { sessionId: 'rt-budget', dispositions: { category: 2 } } }),
      ),
      dispositionNone: await count(() => api({ method: 'PUT', path: '/callDisposition', body: { sessionId: 'rt-budget', dispositions: {} } })),
      createContact: await count(() =>
        api({
          method: 'POST',
          path: '/contact',
          body: { phoneNumber: '+14155550188', newContactName: 'Dmitri Volkov Jr', newContactType: 'contact' },
        }),
      ),
    };
    expect(budget).toEqual({
      connect: 1,
      findContactCold: 2,
      findContactWarm: 1,
      createCallLogWithNote: 2,
      createCallLogNoNote: 1,
      getCallLog: 1,
      updateCallLog: 2,
      disposition: 1,
      dispositionNone: 0,
      createContact: 1,
    });
    const { activities, contacts } = await account.state();
    expect(activities[0]).toMatchObject({
      subject: expect.stringContaining('Alan Brooks'),
      activity_code_id: 3,
      category_id: 2,
      completed: true,
      repeats: 'never',
      linked_contacts: [{ contact_id: 101 }],
      notes: [{ category_id: 1, note_type: 1, body: 'Reviewed RMD schedule' }],
    });
    expect(activities[1]!.notes).toEqual([]);
    expect(contacts.at(-1)).toMatchObject({ first_name: 'Dmitri', last_name: 'Volkov Jr', phones: [{ number: '4155550188', country_code: 1 }] });
  });
});
