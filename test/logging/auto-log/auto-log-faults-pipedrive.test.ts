/**
 * Auto-log of a call into the fake Pipedrive when its contact lookup fails, counted on the fake:
 * an error that passes (429, 500, a dropped connection, each until the client gives up) keeps no
 * decision and the next pass logs the call once; a refusal (400, 403) is kept with Pipedrive's
 * words, shown on the call, and not tried again by itself.
 */
import { describe, expect, it } from 'vitest';
import { autoLogSession } from '../../../src/backends/auto-log-session';
import { autoLogSetting } from '../../../src/logging/auto-log/auto-log-setting';
import { accountOf, autoLogOutcomes } from '../../../src/logging/auto-log/outcomes';
import { runAutoLog, setAutoLogSession } from '../../../src/logging/auto-log/run-auto-log';
import { withUnloggedReasons } from '../../../src/logging/auto-log/unlogged-reasons';
import type { CallRecord } from '../../../src/protocol/call-record';
import { defaultAutoLogSettings } from '../../../src/protocol/schemas/auto-log-settings';
import type { Fault } from '../../fake-servers/pipedrive/company';
import type { FakeCompanyHandle } from '../../fake-servers/pipedrive/control-client';
import { elenaCall } from '../../support/call-fixtures';
import { connectPipedrive } from '../../connectors/pipedrive/connect-pipedrive';

const SEARCH = '/api/v2/persons/search';
/** Each fault is answered to the first try and to both retries of the client (src/http/retry-decision.ts). */
const UNTIL_IT_GIVES_UP = 3;

async function connected(): Promise<FakeCompanyHandle> {
  const company = await connectPipedrive();
  setAutoLogSession(autoLogSession);
  await autoLogSetting.set({ ...defaultAutoLogSettings, enabled: true });
  return company;
}

const decisions = async () => (await autoLogOutcomes.get()).sessions;
const searchStatuses = async (company: FakeCompanyHandle) => (await company.requests()).filter((r) => r.path === SEARCH).map((r) => r.status);
const creates = async (company: FakeCompanyHandle) => (await company.requestLines()).filter((line) => line === 'POST /api/v2/activities');

describe('auto-log of a call whose contact lookup fails (Pipedrive)', () => {
  it.each<[string, Fault, number]>([
    ['a 429', { status: 429, headers: { 'retry-after': '1' } }, 429],
    ['a 500', { status: 500 }, 500],
    // Chromium sends a GET again by itself when a connection it reused closes unanswered: more drops than tries.
    ['a dropped connection', { drop: 'before', times: 3 * UNTIL_IT_GIVES_UP }, -1],
  ])(
    'leaves the call to the next pass after %s, which logs it once',
    async (_, fault, status) => {
      const company = await connected();
      const call = elenaCall('passing-1') as CallRecord;
      await company.inject({ path: SEARCH, times: UNTIL_IT_GIVES_UP, ...fault });

      expect((await runAutoLog([call])).get('passing-1')).toMatchObject({ outcome: 'unlogged', reason: 'crmRefused', tryAgain: true });
      const statuses = await searchStatuses(company);
      expect(statuses.length).toBeGreaterThanOrEqual(UNTIL_IT_GIVES_UP);
      expect(new Set(statuses)).toEqual(new Set([status]));
      await company.clearFaults();
      expect(await decisions()).toEqual({});
      // Nothing to show on the call: it is not left for a person.
      expect(await withUnloggedReasons([call])).toEqual([call]);

      await company.clearRequests();
      expect((await runAutoLog([call])).get('passing-1')).toMatchObject({ outcome: 'logged' });
      expect((await runAutoLog([call])).size).toBe(0);
      expect(await creates(company)).toHaveLength(1);
      expect((await company.state()).activities.map((a) => [a.person_id, a.subject])).toEqual([[731, 'Outbound Call to Elena Ruiz']]);
    },
    20_000,
  );

  it('decides once more a call that an earlier version kept as refused after a 429, and logs it', async () => {
    const company = await connected();
    const call = elenaCall('kept-1') as CallRecord;
    // As the version before kept it, under the default settings (its policy had no version).
    const kept = { reason: 'crmRefused' as const, detail: 'Pipedrive asked us to slow down (HTTP 429).', policy: 'skip skip false', at: Date.now() };
    await autoLogOutcomes.set({ account: accountOf('pipedrive', `${company.userId}-pipedrive`), sessions: { 'kept-1': kept } });
    expect(await withUnloggedReasons([call])).toEqual([{ ...call, unloggedReason: 'crmRefused', unloggedDetail: kept.detail }]);

    expect((await runAutoLog([call])).get('kept-1')).toMatchObject({ outcome: 'logged' });
    expect(await creates(company)).toHaveLength(1);
    expect(await decisions()).toEqual({});
  });

  it.each<[number, string]>([
    [400, 'Validation failed: term must be at least 2 characters long'],
    [403, 'You do not have permission to see this person'],
  ])(
    'keeps a %i refusal with its reason, after a passing 500 that kept none, and does not ask again',
    async (status, error) => {
      const company = await connected();
      const call = elenaCall('refused-1') as CallRecord;
      await company.inject(
        { path: SEARCH, status: 500, times: UNTIL_IT_GIVES_UP },
        { path: SEARCH, status, body: { success: false, error, error_info: 'Please check developers.pipedrive.com', data: null } },
      );
      expect((await runAutoLog([call])).get('refused-1')).toMatchObject({ outcome: 'unlogged', tryAgain: true });
      expect(await decisions()).toEqual({});

      const refused = (await runAutoLog([call])).get('refused-1');
      expect(refused).toEqual({
        outcome: 'unlogged',
        reason: 'crmRefused',
        detail: expect.stringMatching(new RegExp(`\\(HTTP ${status}\\)[^]*${error}`)),
      });
      expect(await searchStatuses(company)).toEqual([500, 500, 500, status]);
      expect((await decisions())['refused-1']).toMatchObject({ reason: 'crmRefused', detail: refused!.outcome === 'unlogged' && refused!.detail });
      expect((await withUnloggedReasons([call]))[0]).toMatchObject({ unloggedReason: 'crmRefused', unloggedDetail: expect.stringContaining(error) });

      await company.clearRequests();
      expect((await runAutoLog([call])).size).toBe(0);
      expect(await company.requestLines()).toEqual([]);
      expect((await company.state()).activities).toEqual([]);
    },
    20_000,
  );
});
