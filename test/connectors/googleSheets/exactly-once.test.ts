/**
 * Google Sheets' exactly-once guarantee (docs/google-sheets.md, "Exactly once"): the `Session Id`
 * column is read under the session lock before the append, so a row another device wrote for this
 * session is adopted; a lost append is found by that column, never by a look-alike row; a row that
 * lands elsewhere (another writer appended) gets its ID corrected. And what each operation costs.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { reliabilitySetting } from '../../../src/logging/outbox/retry-policy';
import { api } from '../../support/api';
import { requestCounter } from '../../support/request-budget';
import { callWithSession } from '../../support/call-fixtures';
import { callLogRows, connectGoogleSheets, type SheetsAccount } from './connect-google-sheets';

const logCall = (sessionId: string) =>
  api({
    method: 'POST',
    path: '/callLog',
    body: { logInfo: callWithSession(2, sessionId), contactId: '3', contactName: 'Marcus Bell', note: 'Asked about pricing' },
  });

/** Rows of the Call Logs tab as the fake holds them, header first. */
async function callLogTab(account: SheetsAccount) {
  const [sheet] = Object.values((await account.state()).spreadsheets);
  return sheet!.tabs.find((tab) => tab.title === 'Call Logs')!;
}

async function addRow(account: SheetsAccount, values: Record<string, string>) {
  const { spreadsheets } = await account.state();
  const [id, sheet] = Object.entries(spreadsheets)[0]!;
  const tab = sheet.tabs.find((t) => t.title === 'Call Logs')!;
  tab.rows.push(tab.rows[0]!.map((name) => values[name] ?? ''));
  await account.patch({ spreadsheets: { ...spreadsheets, [id]: sheet } });
}

describe('Google Sheets: one row per call', () => {
  afterEach(() => reliabilitySetting.remove());

  it('finds its own row after a lost append, not a look-alike row of another session', async () => {
    const account = await connectGoogleSheets();
    await reliabilitySetting.set({ settleDelayMs: 0 });
    await account.inject({ match: 'POST /v4/spreadsheets/', drop: 'after' });
    expect((await logCall('gs-lost')).body).toMatchObject({ successful: false, queued: true });
    const [own] = await callLogRows(account);
    expect(own).toMatchObject({ ID: '2', 'Session Id': 'gs-lost', 'Contact Id': '3' });
    await addRow(account, { ...own, ID: '3', 'Session Id': 'other-session' });

    expect((await logCall('gs-lost')).body).toMatchObject({ successful: true, logId: '2' });
    expect((await callLogRows(account)).map((row) => row['Session Id'])).toEqual(['gs-lost', 'other-session']);
  });

  it('adopts the row another device already wrote for this session', async () => {
    const account = await connectGoogleSheets();
    await addRow(account, { ID: '2', 'Session Id': 'gs-elsewhere', Subject: 'Outbound Call to Marcus Bell' });
    expect((await logCall('gs-elsewhere')).body).toMatchObject({
      successful: true,
      logId: '2',
      returnMessage: { message: 'Call was already logged' },
    });
    expect(await callLogRows(account)).toHaveLength(1);
  });

  it('writes one row for two clicks at once', async () => {
    const account = await connectGoogleSheets();
    const answers = await Promise.all([logCall('gs-race'), logCall('gs-race')]);
    expect(answers.filter((a) => a.body.successful)).toHaveLength(1);
    expect(await callLogRows(account)).toHaveLength(1);
  });

  it('corrects the ID when another writer appended in between', async () => {
    const account = await connectGoogleSheets();
    await logCall('gs-first');
    // A row typed by a person with no ID, after the read and before the append would be the same.
    await addRow(account, { Subject: 'typed by hand' });
    const { body } = await logCall('gs-second');
    const tab = await callLogTab(account);
    expect(body.logId).toBe(String(tab.rows.length));
    expect(tab.rows.at(-1)![0]).toBe(body.logId);
  });
});

describe('Google Sheets request budget', () => {
  it('logs with two requests once the headers are known', async () => {
    const account = await connectGoogleSheets();
    const { count, forgetCaches, details } = requestCounter(account);
    const budget = {
      findContactCold: await count(() => api({ method: 'GET', path: '/contact', query: { phoneNumber: '+12125550147' } })),
      createCallLogCold: await count(async () => (await forgetCaches(), logCall('gs-cold'))),
      findContactWarm: await count(() => api({ method: 'GET', path: '/contact', query: { phoneNumber: '+16505550111' } })),
      createCallLogWarm: await count(() => logCall('gs-budget')),
      getCallLog: await count(() => details('gs-budget')),
      updateCallLog: await count(() => api({ method: 'PATCH', path: '/callLog', body: { sessionId: 'gs-budget', note: 'n' } })),
      createContact: await count(() =>
        api({ method: 'POST', path: '/contact', body: { phoneNumber: '+14155550188', newContactName: 'Dmitri Volkov' } }),
      ),
    };
    // docs/benchmarks.md, "Google Sheets": header rows cached for 10 minutes.
    expect(budget).toEqual({
      findContactCold: 2,
      createCallLogCold: 4,
      findContactWarm: 1,
      createCallLogWarm: 2,
      getCallLog: 1,
      updateCallLog: 2,
      createContact: 2,
    });
  });
});
