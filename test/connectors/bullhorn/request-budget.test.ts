/**
 * What a Bullhorn log costs and sends (docs/bullhorn.md, "Requests per operation"), counted on the
 * fake Bullhorn: the exact Note body, and the requests of each operation, warm and cold.
 */
import { describe, expect, inject, it } from 'vitest';
import { oauthAppsSetting } from '../../../src/auth/oauth-settings';
import { sessionForAccount } from '../../../src/backends/local/local-session';
import { getConnection, saveConnection } from '../../../src/storage/connections';
import { api } from '../../support/api';
import { elenaCall } from '../../support/call-fixtures';
import { resetExtension } from '../../support/reset';
import { createFakeCorporation } from '../../fake-servers/bullhorn/control-client';
import { signInToBullhorn } from './sign-in';

async function connectBullhorn() {
  await resetExtension();
  const url = inject('bullhornUrl');
  const corp = await createFakeCorporation(url);
  const { clientId } = await corp.state();
  await oauthAppsSetting.set({ bullhorn: { clientId, tokenUrl: `${url}/exchange/token`, authorizeUrl: `${url}/oauth/authorize` } });
  const signIn = await signInToBullhorn(corp);
  expect(signIn.body).toMatchObject({ successful: true, name: 'Riley Chen' });
  const jonas = (await corp.state()).people.find((p) => p.name === 'Jonas Meyer')!;
  return { corp, jonas };
}

const log = (sessionId: string, contactId: number, extra: Record<string, unknown> = {}) =>
  api({
    method: 'POST',
    path: '/callLog',
    body: {
      logInfo: elenaCall(sessionId),
      contactId: String(contactId),
      contactName: 'Jonas Meyer',
      contactType: 'Candidate',
      note: 'Phone screen done',
      ...extra,
    },
  });

describe('Bullhorn requests', () => {
  it('logs one Note with the person, the note action, the start, whole minutes and the session id', async () => {
    const { corp, jonas } = await connectBullhorn();
    await corp.clearRequests();
    const created = await log('bh-body', jonas.id, { additionalSubmission: { noteActions: 'Phone Screen' } });
    expect(created.body).toMatchObject({ successful: true, returnMessage: { message: 'Call logged' } });
    const [put, ...more] = await corp.requests();
    expect(more).toEqual([]);
    expect(put).toMatchObject({ method: 'PUT', path: `/rest-services/${corp.id}/entity/Note` });
    expect(put!.body).toEqual({
      comments: expect.stringContaining('Phone screen done'),
      personReference: { id: jonas.id, personSubtype: 'Candidate' },
      commentingPerson: { id: (await corp.state()).user.id },
      action: 'Phone Screen',
      dateAdded: Date.parse('2025-10-02T14:05:00Z'),
      minutesSpent: 3,
      externalID: 'bh-body',
    });
    // The copy into the person's Comments is a second request, and replaces that field.
    await log('bh-copy', jonas.id, { additionalSubmission: { copyToContactComments: true } });
    expect((await corp.state()).people.find((p) => p.id === jonas.id)!.comments).toBe('Phone screen done');
  });

  it('refuses a note action longer than Bullhorn keeps, and writes nothing', async () => {
    const { corp, jonas } = await connectBullhorn();
    const { body } = await log('bh-long-action', jonas.id, { additionalSubmission: { noteActions: 'x'.repeat(31) } });
    expect(body).toMatchObject({ successful: false, returnMessage: { message: 'Bullhorn refused the data.' } });
    expect(body.returnMessage.details[0].items[0].text).toMatch(/at most 30 characters/);
    expect((await corp.state()).notes).toEqual([]);
  });

  it('says what to do when the account may create Notes but not edit them (403)', async () => {
    const { corp, jonas } = await connectBullhorn();
    await log('bh-create-only', jonas.id);
    await corp.inject({ status: 403, match: `POST /rest-services/${corp.id}/entity/Note/` });
    const { body } = await api({ method: 'PATCH', path: '/callLog', body: { sessionId: 'bh-create-only', note: 'later' } });
    expect(body).toMatchObject({ successful: false, returnMessage: { message: 'Bullhorn refused the data.' } });
    expect(body.returnMessage.details[0].items[0].text).toMatch(/create Notes but not edit them.+log each call once with its final note/);
  });

  it('costs what docs/bullhorn.md says per operation', async () => {
    const { corp, jonas } = await connectBullhorn();
    const signIn = {
      requests: (await corp.requestLines()).length,
      tokens: (await corp.state()).grants.length - 1,
      loginInfo: (await corp.state()).loginInfoCalls,
    };
    const count = async (work: () => Promise<unknown>) => {
      await corp.clearRequests();
      const grants = (await corp.state()).grants.filter((g) => g.startsWith('refresh')).length;
      await work();
      return (await corp.requestLines()).length + (await corp.state()).grants.filter((g) => g.startsWith('refresh')).length - grants;
    };
    const find = (phoneNumber: string) => api({ method: 'GET', path: '/contact', query: { phoneNumber } });
    const { user } = (await getConnection('bullhorn'))!;
    // The stored access token expires in half a minute: known too old to open a REST session.
    const tokenExpires = async () => {
      const connection = (await getConnection('bullhorn'))!;
      if (connection.credential.kind !== 'oauth') throw new Error('not OAuth');
      await saveConnection({ ...connection, credential: { ...connection.credential, expiresAt: Date.now() + 30_000 } });
    };
    const budget = {
      findContactCold: await count(() => find('+14155550123')),
      findContactWarm: await count(() => find('+14155550123')),
      createCallLog: await count(() => log('budget', jonas.id)),
      createCallLogWithCopy: await count(() => log('budget-copy', jonas.id, { additionalSubmission: { copyToContactComments: true } })),
      coldLogAfterSessionTimeout: await count(async () => (await corp.expireSessions(), log('budget-cold', jonas.id))),
      coldLogTokenTooOld: await count(async () => (await corp.expireSessions(), await corp.expireAccessTokens(), log('budget-colder', jonas.id))),
      logTokenExpiredSessionOpen: await count(async () => (await tokenExpires(), log('budget-open', jonas.id))),
      coldLogTokenExpired: await count(async () => (await corp.expireSessions(), await tokenExpires(), log('budget-expired', jonas.id))),
      getCallLog: await count(() => api({ method: 'GET', path: '/callLog', query: { sessionIds: 'budget', requireDetails: 'true' } })),
      updateCallLog: await count(() => api({ method: 'PATCH', path: '/callLog', body: { sessionId: 'budget', note: 'n2', duration: 200 } })),
      disposition: await count(() =>
        api({ method: 'PUT', path: '/callDisposition', body: { sessionId: 'budget', dispositions: { noteActions: 'Left Message' } } }),
      ),
      dispositionNone: await count(() => api({ method: 'PUT', path: '/callDisposition', body: { sessionId: 'budget', dispositions: {} } })),
      createLead: await count(() =>
        api({ method: 'POST', path: '/contact', body: { phoneNumber: '+14155550188', newContactName: 'Dmitri Volkov', newContactType: 'Lead' } }),
      ),
      createClientContactFirst: await count(() =>
        api({ method: 'POST', path: '/contact', body: { phoneNumber: '+14155550189', newContactName: 'Ana Lima', newContactType: 'Contact' } }),
      ),
      createClientContactNext: await count(() =>
        api({ method: 'POST', path: '/contact', body: { phoneNumber: '+14155550190', newContactName: 'Ben Ode', newContactType: 'Contact' } }),
      ),
      lostAnswerLookup: await count(async () => {
        const session = (await sessionForAccount('bullhorn', user.id))!;
        const found = await session.connector.findCallLogBySession!({
          ...session,
          sessionId: 'budget',
          sessionMarker: '',
          contactId: String(jonas.id),
          callLog: elenaCall('budget'),
          subject: '',
        });
        expect(found.logId).toBe(String((await corp.state()).notes.find((n) => n.externalID === 'budget')!.id));
      }),
    };
    expect(signIn).toEqual({ requests: 2, tokens: 1, loginInfo: 1 }); // REST login + CorporateUser; code exchange; loginInfo
    expect(budget).toEqual({
      findContactCold: 4, // 3 searches + the note actions (cached a day)
      findContactWarm: 3,
      createCallLog: 1,
      createCallLogWithCopy: 2,
      coldLogAfterSessionTimeout: 3, // PUT (401), login, PUT
      coldLogTokenTooOld: 5, // PUT (401), login (refused), refresh, login, PUT: Bullhorn refused a token the extension thought good
      logTokenExpiredSessionOpen: 1, // PUT: no refresh while the session is open
      coldLogTokenExpired: 4, // PUT (401), refresh, login, PUT: no login is tried with a token known to be expired
      getCallLog: 1,
      updateCallLog: 2, // core's re-read + POST entity/Note
      disposition: 1,
      dispositionNone: 0,
      createLead: 1,
      createClientContactFirst: 3, // placeholder company search + create, then the contact
      createClientContactNext: 1,
      lostAnswerLookup: 1,
    });
    const notes = (await corp.state()).notes;
    expect(notes.map((n) => n.externalID)).toEqual(['budget', 'budget-copy', 'budget-cold', 'budget-colder', 'budget-open', 'budget-expired']);
    expect(notes[0]).toMatchObject({ action: 'Left Message', minutesSpent: 4, comments: expect.stringContaining('n2') });
    const people = (await corp.state()).people;
    expect(people.filter((p) => ['Ana Lima', 'Ben Ode'].includes(p.name)).map((p) => p.clientCorporation!.id)).toEqual([
      expect.any(Number),
      people.find((p) => p.name === 'Ana Lima')!.clientCorporation!.id,
    ]);
  });
});
