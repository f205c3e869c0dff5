/**
 * The /callLog API in the real built extension, answered by its service worker, logging into
 * the Example CRM: connect, find, log, log again, a race of 20, a 50-id lookup, an update, and
 * the same data answered after the worker was stopped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type LaunchedExtension } from '../../scripts/launch-extension';
import { callWithSession, fixtureCall } from '../support/call-fixtures';

let extension: LaunchedExtension;

/** Counts the Example CRM's activities for a session, reading its own database (the CRM side). */
async function activitiesInCrm(sessionId: string): Promise<number> {
  return extension.page.evaluate(
    (id) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('example-crm');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const count = db.transaction('activities').objectStore('activities').index('bySession').count(id);
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
        };
      }),
    sessionId,
  );
}

beforeAll(async () => {
  extension = await launchExtension();
});

afterAll(async () => {
  await extension?.close();
});

describe('the message API in the built extension', () => {
  it('is connected to the Example CRM on a fresh install', async () => {
    const { status, body } = await extension.api({ method: 'GET', path: '/connection' });
    expect(status).toBe(200);
    expect(body.connection).toMatchObject({ platform: 'testCRM', displayName: 'Example CRM' });
  });

  it('connects the Example CRM with any non-empty key', async () => {
    const { body } = await extension.api({ method: 'POST', path: '/apiKeyLogin', body: { platform: 'testCRM', apiKey: 'my-key' } });
    expect(body).toMatchObject({ successful: true, name: 'Example CRM user', returnMessage: { messageType: 'success' } });
    expect(JSON.stringify(body)).not.toContain('my-key');
  });

  it('finds both contacts that share a number, plus "Create new contact..."', async () => {
    const { body } = await extension.api({ method: 'GET', path: '/contact', query: { phoneNumber: '+14155550132' } });
    expect(body.successful).toBe(true);
    expect(body.contact.map((c: { name: string }) => c.name)).toEqual(['Dana Whitfield', 'Sam Whitfield', 'Create new contact...']);
    expect(body.contact[0].additionalInfo.deals).toHaveLength(2);
  });

  const first = fixtureCall(1);
  let firstLogId = '';

  it('logs a call once, and answers a second POST with the existing logId', async () => {
    const request = {
      method: 'POST',
      path: '/callLog',
      body: {
        logInfo: first,
        contactId: 'c-1',
        contactType: 'contact',
        contactName: 'Dana Whitfield',
        note: 'Asked about the renewal.',
        additionalSubmission: { deals: 'd-1' },
      },
    };
    const created = await extension.api(request);
    expect(created.body).toMatchObject({ successful: true, returnMessage: { message: 'Call logged' } });
    firstLogId = created.body.logId;
    expect(firstLogId).toMatch(/^\d+$/);

    const again = await extension.api(request);
    expect(again.body).toMatchObject({
      successful: false,
      logId: firstLogId,
      returnMessage: { message: `Existing log for session ${first.sessionId}`, messageType: 'warning' },
    });
    expect(await activitiesInCrm(first.sessionId)).toBe(1);
  });

  it('creates exactly one CRM record for 20 concurrent POSTs of a new session', async () => {
    const call = callWithSession(2, 'race-20');
    const answers = await extension.page.evaluate(
      (logInfo) =>
        Promise.all(
          Array.from({ length: 20 }, () =>
            chrome.runtime.sendMessage({
              type: 'api',
              method: 'POST',
              path: '/callLog',
              body: { logInfo, contactId: 'c-3', contactName: 'Marcus Bell' },
            }),
          ),
        ),
      call,
    );
    const created = answers.filter((a) => a.body.successful);
    expect(created).toHaveLength(1);
    const logIds = new Set(answers.map((a) => a.body.logId));
    expect(logIds.size).toBe(1);
    expect(answers.filter((a) => a.body.returnMessage.message === 'Existing log for session race-20')).toHaveLength(19);
    expect(await activitiesInCrm('race-20')).toBe(1);
  });

  it('answers 50 session ids in one GET, from IndexedDB', async () => {
    const unknown = Array.from({ length: 48 }, (_, i) => `unknown-${i}`);
    const sessionIds = [first.sessionId, ...unknown.slice(0, 20), 'race-20', ...unknown.slice(20)];
    const { body } = await extension.api({ method: 'GET', path: '/callLog', query: { sessionIds: sessionIds.join(',') } });
    expect(body.successful).toBe(true);
    expect(body.logs).toHaveLength(50);
    expect(body.logs.map((l: { sessionId: string }) => l.sessionId)).toEqual(sessionIds);
    expect(body.logs.filter((l: { matched: boolean }) => l.matched).map((l: { sessionId: string }) => l.sessionId)).toEqual([
      first.sessionId,
      'race-20',
    ]);
    expect(body.logs[0]).toEqual({
      sessionId: first.sessionId,
      matched: true,
      logId: firstLogId,
      logUrl: expect.stringMatching(new RegExp(`/example-crm\\.html#${firstLogId}$`)),
    });
  });

  it('updates the note and the recording link and keeps the rest of the body', async () => {
    const before = await extension.api({ method: 'GET', path: '/callLog', query: { sessionIds: first.sessionId, requireDetails: 'true' } });
    const oldBody: string = before.body.logs[0].logData.fullBody;
    expect(oldBody).toContain('- Note: Asked about the renewal.\n');

    const patched = await extension.api({
      method: 'PATCH',
      path: '/callLog',
      body: { sessionId: first.sessionId, note: 'Renewal agreed.\nSend the quote.', recordingLink: 'https://media.example/rec/42' },
    });
    expect(patched.body).toMatchObject({ successful: true, logId: firstLogId, updatedNote: 'Renewal agreed.\nSend the quote.' });

    const after = await extension.api({ method: 'GET', path: '/callLog', query: { sessionIds: first.sessionId, requireDetails: 'true' } });
    const logData = after.body.logs[0].logData;
    expect(logData.note).toBe('Renewal agreed.\nSend the quote.');
    expect(logData.contactName).toBe('Dana Whitfield');
    expect(logData.dispositions).toEqual({ deals: 'd-1' });
    const expected = oldBody
      .replace('- Note: Asked about the renewal.\n', '- Note: Renewal agreed.\nSend the quote.\n')
      .replace(/- Call recording link: .*\n/, '- Call recording link: https://media.example/rec/42\n');
    expect(logData.fullBody).toBe(expected);
    expect(expected).not.toBe(oldBody);
  });

  it('answers the same data after the service worker was stopped', async () => {
    await extension.stopServiceWorker();
    const { body } = await extension.api({ method: 'GET', path: '/callLog', query: { sessionIds: `${first.sessionId},race-20,never-logged` } });
    expect(body.logs).toEqual([
      { sessionId: first.sessionId, matched: true, logId: firstLogId, logUrl: expect.any(String) },
      { sessionId: 'race-20', matched: true, logId: expect.any(String), logUrl: expect.any(String) },
      { sessionId: 'never-logged', matched: false },
    ]);
    const again = await extension.api({ method: 'POST', path: '/callLog', body: { logInfo: first, contactId: 'c-1' } });
    expect(again.body).toMatchObject({ successful: false, logId: firstLogId });
    expect(await activitiesInCrm(first.sessionId)).toBe(1);
  });
});
