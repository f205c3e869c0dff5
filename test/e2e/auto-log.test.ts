/**
 * Automatic logging with the sample calls and the Example CRM, as a new user meets it: off on a
 * fresh install; turned on, the calls with one matching contact are logged (missed included),
 * the ambiguous ones are listed with their reasons; each policy picks its contact; one record per
 * session in the CRM whatever path saw the call.
 */
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type LaunchedExtension } from '../../scripts/launch-extension';
import { exampleCrm } from './support/example-crm';
import { OPTIONS_SIZE, openPage } from './support/open-page';
import { seriousViolations } from './support/page-checks';

let extension: LaunchedExtension;
const SAMPLES = Array.from({ length: 7 }, (_, i) => `sample-${i + 1}`);

const api = (method: string, path: string, extra: { query?: Record<string, string>; body?: unknown } = {}) =>
  extension.api({ method, path, ...extra });
const loggedSessions = async (ids: string[]) => {
  const { body } = await api('GET', '/callLog', { query: { sessionIds: ids.join(',') } });
  return (body.logs as { sessionId: string; matched: boolean }[]).filter((log) => log.matched).map((log) => log.sessionId);
};
const reasons = async () => {
  const { body } = await api('GET', '/calls');
  return Object.fromEntries((body.calls as { sessionId: string; unloggedReason?: string }[]).map((c) => [c.sessionId, c.unloggedReason]));
};
const activitiesOf = (sessionId: string) => exampleCrm(extension.page).activities(sessionId);
const badge = async () => (await extension.serviceWorker()).evaluate(() => chrome.action.getBadgeText({}));
/**
 * The badge counts the sample conversations auto-log left too: Dana's three (her number is Sam's
 * too) while several matches are skipped, none once a policy picks (auto-log-messages.test.ts).
 */
const withConversations = (calls: number, conversations: number) => (calls + conversations ? String(calls + conversations) : '');
const settings = (changes: object) => api('PUT', '/settings/autoLog', { body: { enabled: true, ...changes } });

/** A call that just ended, as the dialer hands it over. */
const endedCall = (sessionId: string, from: { phoneNumber: string; name?: string }) => ({
  sessionId,
  id: `id-${sessionId}`,
  startTime: new Date(Date.now() - 120_000).toISOString(),
  duration: 95,
  type: 'Voice',
  direction: 'Inbound',
  result: 'Accepted',
  from,
  to: { phoneNumber: '+16505550100', extensionNumber: '101' },
});

beforeAll(async () => {
  extension = await launchExtension();
});

afterAll(async () => {
  await extension?.close();
});

describe('auto-log with the sample calls', () => {
  it('is off on a fresh install and refuses an unknown policy, naming it', async () => {
    const fresh = await api('GET', '/settings/autoLog');
    expect(fresh.body.settings).toMatchObject({ enabled: false, unknownNumber: 'skip', severalMatches: 'skip', logMissed: true, logInternal: false });
    await api('GET', '/calls');
    expect(await loggedSessions(SAMPLES)).toEqual([]);

    const refused = await settings({ severalMatches: 'newestContact' });
    expect(refused.status).toBe(400);
    expect(refused.body.returnMessage.message).toContain(
      'severalMatches must be one of: skip, mostRecentActivity, firstAlphabetical, earliestCreated (not "newestContact")',
    );
    expect((await api('GET', '/settings/autoLog')).body.settings.enabled).toBe(false);
  });

  it('turned on, logs every call with one contact (missed ones too) and explains the others', async () => {
    expect((await settings({})).body.returnMessage.message).toContain('Auto-log is on');
    await expect.poll(() => loggedSessions(SAMPLES), { timeout: 15_000 }).toHaveLength(4);
    expect(await loggedSessions(SAMPLES)).toEqual(['sample-2', 'sample-3', 'sample-5', 'sample-7']);
    expect(await reasons()).toMatchObject({ 'sample-1': 'severalMatches', 'sample-4': 'noMatch', 'sample-6': 'severalMatches' });
    await expect.poll(badge).toBe(withConversations(3, 3));

    // Every later sync finds them logged: still one record per session in the CRM.
    await api('GET', '/calls', { query: { refresh: 'true' } });
    await api('GET', '/calls');
    for (const sessionId of SAMPLES)
      expect((await activitiesOf(sessionId)).length).toBe(['sample-1', 'sample-4', 'sample-6'].includes(sessionId) ? 0 : 1);
  });

  it('lists the unlogged calls with their reasons; one click opens the choice of contact', async () => {
    const panel: Page = await openPage(extension, 'sidepanel.html');
    await panel.getByText('Logging to Example CRM').waitFor();
    await panel.getByLabel('Unlogged only').check();
    const items = panel.getByRole('list', { name: 'Calls' }).getByRole('listitem');
    await expect.poll(() => items.count()).toBe(3);
    await panel.getByText('Several contacts match (Dana Whitfield, Sam Whitfield): open it to choose one.').waitFor();
    await panel.getByText('No contact has this number: open it to create one or pick another.').waitFor();
    await items.first().getByRole('button').click();
    await panel.getByRole('radio', { name: /Dana Whitfield/ }).waitFor();
    await panel.getByRole('radio', { name: /Sam Whitfield/ }).waitFor();
    await panel.close();
  });

  it('decides again under a new policy: the shared numbers go to the contact created first', async () => {
    await settings({ severalMatches: 'earliestCreated' });
    await api('GET', '/calls');
    await expect.poll(() => loggedSessions(SAMPLES), { timeout: 15_000 }).toHaveLength(6);
    expect((await activitiesOf('sample-1')).map((a) => a.contactId)).toEqual(['c-1']);
    expect((await activitiesOf('sample-6')).map((a) => a.contactId)).toEqual(['c-10']);
    expect((await reasons())['sample-4']).toBe('noMatch');
    await expect.poll(badge).toBe(withConversations(1, 0));
  });

  it('each policy picks its contact for a call the dialer hands over', async () => {
    const grant = { phoneNumber: '+14045550159' };
    const picks: [string, string | undefined][] = [
      ['firstAlphabetical', 'c-9'], // Felix Grant before "Grant Logistics front desk"
      ['earliestCreated', 'c-10'], // the front desk, created in 2021
      ['mostRecentActivity', 'c-10'], // just called, above
      ['skip', undefined],
    ];
    for (const [policy, contactId] of picks) {
      await settings({ severalMatches: policy });
      const sessionId = `dialer-${policy}`;
      const answer = await api('POST', '/calls/autoLog', { body: { call: endedCall(sessionId, grant) } });
      if (contactId) {
        expect(answer.body).toMatchObject({ successful: true, outcome: 'logged' });
        expect((await activitiesOf(sessionId)).map((a) => a.contactId)).toEqual([contactId]);
      } else {
        expect(answer.body).toMatchObject({ successful: false, outcome: 'unlogged', unloggedReason: 'severalMatches' });
        expect(await activitiesOf(sessionId)).toEqual([]);
      }
    }
  });

  it('creates a contact for an unknown number when asked to, and logs once whatever path sees the call first', async () => {
    await settings({ unknownNumber: 'createContact' });
    const call = endedCall('dialer-new-caller', { phoneNumber: '+15125550999', name: 'Pat Okafor' });
    const answers = await Promise.all([api('POST', '/calls/autoLog', { body: { call } }), api('POST', '/calls/autoLog', { body: { call } })]);
    expect(answers.map((a) => a.body.outcome).sort()).toEqual(['logged', 'notLogged']);
    const [activity, ...more] = await activitiesOf('dialer-new-caller');
    expect(more).toEqual([]);
    expect((await exampleCrm(extension.page).contact(activity!.contactId))?.name).toBe('Pat Okafor');
    // The sample call from an unknown number is logged too, to a contact named by its number.
    await api('GET', '/calls');
    await expect.poll(() => loggedSessions(SAMPLES), { timeout: 15_000 }).toHaveLength(7);
    await expect.poll(badge).toBe(withConversations(0, 0));
  });

  it('leaves out what the user chose not to log: a number on the list, missed calls when asked', async () => {
    await settings({ doNotLog: ['(404) 555-0159'], logMissed: false });
    expect((await api('POST', '/calls/autoLog', { body: { call: endedCall('dialer-private', { phoneNumber: '+14045550159' }) } })).body.outcome).toBe(
      'notLogged',
    );
    const missed = { ...endedCall('dialer-missed', { phoneNumber: '+12125550147' }), result: 'Missed' };
    expect((await api('POST', '/calls/autoLog', { body: { call: missed } })).body.outcome).toBe('notLogged');
    expect(await activitiesOf('dialer-private')).toEqual([]);
    expect(await activitiesOf('dialer-missed')).toEqual([]);
  });
  it('is set in Options in plain words', async () => {
    const options = await openPage(extension, 'options.html', OPTIONS_SIZE);
    const section = options.getByRole('region', { name: 'Automatic logging' });
    await expect.poll(() => section.getByLabel('Log my calls automatically when they end').isChecked()).toBe(true);
    await section.getByRole('radio', { name: 'Leave the call for me to log' }).check();
    await section.getByRole('radio', { name: 'Log it to the first contact in alphabetical order' }).check();
    await section.getByLabel('Calls nobody answered (missed, voicemail, rejected, busy)').check();
    await section.getByLabel('Never log these numbers (one a line)').fill('+1 404 555 0159\n\n 212 555 0147 ');
    await section.getByRole('button', { name: 'Save automatic logging' }).click();
    await options.getByRole('status').filter({ hasText: 'Auto-log is on' }).waitFor();
    expect((await api('GET', '/settings/autoLog')).body.settings).toMatchObject({
      enabled: true,
      unknownNumber: 'skip',
      severalMatches: 'firstAlphabetical',
      logMissed: true,
      doNotLog: ['+1 404 555 0159', '212 555 0147'],
    });
    expect(await seriousViolations(options)).toEqual([]);
    await options.close();
  });
  it('opens the form of a call it just logged when asked to, to add a note', async () => {
    const panel = await openPage(extension, 'sidepanel.html');
    await panel.getByText('Logging to Example CRM').waitFor();
    await settings({ openFormAfterLog: true });
    const call = endedCall('dialer-note', { phoneNumber: '+17135550126', name: 'Grace Kimura' });
    expect((await api('POST', '/calls/autoLog', { body: { call } })).body.outcome).toBe('logged');
    await panel.getByRole('button', { name: 'Save changes' }).waitFor();
    expect(await panel.locator('#form-heading').innerText()).toBe('Logged call');
    expect(await panel.locator('#form-view').innerText()).toContain('Grace Kimura');
    await panel.close();
  });
});
