/**
 * A refusal auto-log kept (the CRM said no to a lookup, e.g. a regenerated key answering 401) is
 * decided once more after the user connects again; the other reasons stand.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createApiRouter } from '../../../src/api/router';
import { currentBackend } from '../../../src/backends/current-backend';
import {
  accountOf,
  type AutoLogOutcome,
  autoLogOutcomes,
  messageAutoLogOutcomes,
  outcomesOf,
  saveOutcomes,
} from '../../../src/logging/auto-log/outcomes';
import { getConnection } from '../../../src/storage/connections';
import { resetExtension } from '../../support/reset';

const api = createApiRouter({ currentBackend, isOwnSender: () => true });
const connect = async () =>
  (await api({ type: 'api', method: 'POST', path: '/apiKeyLogin', body: { platform: 'testCRM', apiKey: 'new-key' } }, {})) as {
    body: { successful: boolean };
  };

beforeEach(async () => {
  await resetExtension();
});

describe('connecting again', () => {
  it("forgets the account's kept refusals, of calls and of conversation-days, and keeps every other reason", async () => {
    expect((await connect()).body.successful).toBe(true);
    const account = accountOf('testCRM', (await getConnection('testCRM'))!.user.id);
    const at = Date.now();
    const refused: AutoLogOutcome = { reason: 'crmRefused', detail: 'Example CRM did not accept the credential (HTTP 401).', policy: 'p', at };
    const several: AutoLogOutcome = { reason: 'severalMatches', detail: 'Ann, Bo', policy: 'p', at };
    await saveOutcomes(
      account,
      new Map([
        ['call-refused', refused],
        ['call-several', several],
      ]),
      at,
      autoLogOutcomes,
    );
    await saveOutcomes(account, new Map([['day-refused', refused]]), at, messageAutoLogOutcomes);

    expect((await connect()).body.successful).toBe(true);

    expect(Object.keys(await outcomesOf(account, autoLogOutcomes))).toEqual(['call-several']);
    expect(await outcomesOf(account, messageAutoLogOutcomes)).toEqual({});
  });
});
