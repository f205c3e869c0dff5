/**
 * Auto-log with the fake RingCentral (its own instance: this file adds calls and recordings) and
 * the Example CRM: the Call Log API's calls are logged after a sync, a queue call a colleague took
 * is marked, calls that arrive while the worker is stopped or the browser is closed are caught
 * up, the dialer's call-end event and a sync seeing the same call make one record, and a
 * recording that appears later is added to the log (or awaited, in "log once when ready" mode).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type LaunchedExtension } from '../../scripts/launch-extension';
import { startFakeRingCentral, FAKE_CLIENT_ID } from '../fake-servers/ringcentral/server';
import { exampleCrm } from './support/example-crm';

let rc: Awaited<ReturnType<typeof startFakeRingCentral>>;
let profile: string;
let extension: LaunchedExtension;

const api = (method: string, path: string, extra: { query?: Record<string, string>; body?: unknown } = {}) =>
  extension.api({ method, path, ...extra });
const fake = async (path: string, body?: object) =>
  (await fetch(`${rc.url}/_fake/${path}`, { method: body ? 'POST' : 'GET', body: body && JSON.stringify(body) })).json();
const activitiesOf = (sessionId: string) => exampleCrm(extension.page).activities(sessionId);
const isLogged = async (sessionId: string) => (await api('GET', '/callLog', { query: { sessionIds: sessionId } })).body.logs[0].matched as boolean;
const reasonOf = async (sessionId: string) =>
  ((await api('GET', '/calls')).body.calls as { sessionId: string; unloggedReason?: string }[]).find((c) => c.sessionId === sessionId)
    ?.unloggedReason;

/** A sync as the alarm or the panel makes it, once the last read is old enough to read again (30 s). */
async function sync(): Promise<void> {
  await extension.page.evaluate(async () => {
    const { ringcentralCalls } = await chrome.storage.local.get('ringcentralCalls');
    if (ringcentralCalls) await chrome.storage.local.set({ ringcentralCalls: { ...ringcentralCalls, syncedAt: 0 } });
  });
  expect((await api('GET', '/calls', { query: { refresh: 'true' } })).body.returnMessage).toBeUndefined();
}

/** A call that ended a minute ago, as the Call Log API lists it. */
function newCall(sessionId: string, phoneNumber: string, extra: object = {}) {
  const startTime = new Date(Date.now() - 3 * 60_000).toISOString();
  return {
    uri: `${rc.url}/restapi/v1.0/account/3000000001/extension/3000000101/call-log/${sessionId}`,
    id: `id-${sessionId}`,
    sessionId,
    telephonySessionId: `s-${sessionId}`,
    startTime,
    duration: 120,
    durationMs: 120_000,
    type: 'Voice',
    direction: 'Inbound',
    action: 'Phone Call',
    result: 'Accepted',
    from: { phoneNumber },
    to: { phoneNumber: '+16505550100', extensionNumber: '101', name: 'Jordan Rivera' },
    legs: [
      { startTime, duration: 120, type: 'Voice', direction: 'Inbound', action: 'Phone Call', result: 'Accepted', legType: 'Accept', master: true },
    ],
    ...extra,
  };
}

const recordingOf = (id: string) => ({
  uri: `https://platform.example.com/restapi/v1.0/account/3000000001/recording/${id}`,
  id,
  type: 'Automatic',
  contentUri: `https://media.example.com/restapi/v1.0/account/3000000001/recording/${id}/content`,
});

async function signIn(): Promise<void> {
  await api('PUT', '/phoneAccount', { body: { source: 'ringcentral', serverUrl: rc.url, clientId: FAKE_CLIENT_ID } });
  const { authorizeUrl } = (await api('POST', '/phoneAccount/signIn')).body;
  const { location } = await fake(`approve${new URL(authorizeUrl).search}`);
  expect((await api('POST', '/phoneAccount/signInCallback', { body: { callbackUri: location } })).body.successful).toBe(true);
}

beforeAll(async () => {
  rc = await startFakeRingCentral();
  profile = await mkdtemp(join(tmpdir(), 'crm-call-logger-autolog-'));
  extension = await launchExtension({ userDataDir: profile });
  await signIn();
});

afterAll(async () => {
  await extension?.close();
  await rc?.close();
  await rm(profile, { recursive: true, force: true });
});

describe('auto-log with RingCentral calls', () => {
  it('logs the Call Log API calls after a sync; a queue call a colleague answered is marked, not logged', async () => {
    await api('PUT', '/settings/autoLog', { body: { enabled: true, severalMatches: 'earliestCreated' } });
    const logged = [
      '77369124004',
      '73798923005',
      '12460595005',
      '92404499005',
      '68246547006',
      '42551409005',
      '74186034004',
      '51628939004',
      '27299454004',
      '32514432004',
    ];
    await expect.poll(async () => (await Promise.all(logged.map(isLogged))).every(Boolean), { timeout: 20_000 }).toBe(true);
    const calls = (await api('GET', '/calls')).body.calls as { sessionId: string; unloggedReason?: string }[];
    const why = Object.fromEntries(calls.filter((c) => c.unloggedReason).map((c) => [c.sessionId, c.unloggedReason]));
    expect(why).toEqual({ '18944306004': 'noMatch', '37788183006': 'noMatch', '42498499005': 'noMatch', '86517680006': 'answeredElsewhere' });
    expect(await activitiesOf('86517680006')).toEqual([]);
    expect(await activitiesOf('32596147006')).toEqual([]); // internal: off by default
    // The API gives only the media's contentUri; the log links RingCentral's player, never the media itself.
    const [recorded] = await activitiesOf('77369124004');
    expect(recorded!.body).toContain(
      `https://ringcentral.github.io/ringcentral-media-reader/index.html?media=${encodeURIComponent('https://media.example.com/restapi/v1.0/account/3000000001/recording/21771607004/content')}`,
    );
    for (const sessionId of logged) expect(await activitiesOf(sessionId)).toHaveLength(1);
  });

  it('the dialer’s call-end event and a sync seeing the same call make one record', async () => {
    const call = newCall('race-1', '+12125550147');
    await fake('calls', { add: [call] });
    const [dialer] = await Promise.all([api('POST', '/calls/autoLog', { body: { call } }), sync()]);
    expect(['logged', 'alreadyLogged', 'notLogged']).toContain(dialer.body.outcome);
    await expect.poll(() => isLogged('race-1')).toBe(true);
    await sync();
    expect(await activitiesOf('race-1')).toHaveLength(1);
  });

  it('adds a recording that appears later to the log, once', async () => {
    await fake('calls', { add: [newCall('late-recording', '+17135550126')] });
    await sync();
    await expect.poll(() => activitiesOf('late-recording')).toHaveLength(1);
    expect((await activitiesOf('late-recording'))[0]!.body).not.toContain('ringcentral-media-reader');
    await fake('calls', { recording: { sessionId: 'late-recording', recording: recordingOf('555001') } });
    await sync();
    await expect.poll(async () => (await activitiesOf('late-recording'))[0]!.body, { timeout: 15_000 }).toContain('recording%2F555001%2Fcontent');
    await sync();
    const [activity, ...more] = await activitiesOf('late-recording');
    expect(more).toEqual([]);
    expect(activity!.body.match(/ringcentral-media-reader/g)).toHaveLength(1);
  });

  it('in "log once when everything is ready" mode, waits for the recording and creates once', async () => {
    await api('PUT', '/settings/autoLog', { body: { enabled: true, severalMatches: 'earliestCreated', waitForRecording: true } });
    await fake('calls', { add: [newCall('when-ready', '+13035550115')] });
    await sync();
    await expect.poll(() => reasonOf('when-ready')).toBe('waitingForRecording');
    expect(await activitiesOf('when-ready')).toEqual([]);
    await fake('calls', { recording: { sessionId: 'when-ready', recording: recordingOf('555002') } });
    await sync();
    await expect.poll(() => activitiesOf('when-ready'), { timeout: 15_000 }).toHaveLength(1);
    expect((await activitiesOf('when-ready'))[0]!.body).toContain('recording%2F555002%2Fcontent');
    await api('PUT', '/settings/autoLog', { body: { enabled: true, severalMatches: 'earliestCreated' } });
  });

  it('catches up calls that arrived while the worker was stopped', async () => {
    await extension.stopServiceWorker();
    await fake('calls', { add: [newCall('while-stopped', '+16175550173')] });
    await sync(); // the side panel opening wakes the worker and syncs
    await expect.poll(() => activitiesOf('while-stopped'), { timeout: 15_000 }).toHaveLength(1);
  });

  it('catches up calls made while the browser was closed, when it starts again', async () => {
    await extension.close();
    const made = ['closed-1', 'closed-2', 'closed-3'];
    await fake('calls', { add: made.map((id, i) => newCall(id, ['+12065550181', '+15035550138', '+14085550176'][i]!)) });
    extension = await launchExtension({ userDataDir: profile });
    // Nothing asked: the browser's start reads the call log and logs what it missed.
    await expect.poll(async () => (await Promise.all(made.map(isLogged))).every(Boolean), { timeout: 20_000 }).toBe(true);
    for (const sessionId of made) expect(await activitiesOf(sessionId)).toHaveLength(1);
    expect(await activitiesOf('race-1')).toHaveLength(1);
  });
});
