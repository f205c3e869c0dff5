/**
 * An outbox item paused while its create (or a queued change) was in flight (another request found the account's
 * sign-in revoked) must stay paused when that create fails for a passing reason: written back as
 * pending, it would be sent again with a credential the CRM no longer accepts, and shown as
 * "will retry" instead of "connect again".
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { testCRM } from '../../src/connectors/testCRM';
import type { Connector } from '../../src/connectors/types';
import { CrmError } from '../../src/http/crm-error';
import { createCallLog } from '../../src/logging/create-call-log';
import type { CrmSession } from '../../src/logging/crm-session';
import { drainOutbox } from '../../src/logging/outbox/drain-outbox';
import { pauseAccount } from '../../src/logging/outbox/pause-account';
import { getCallLogRecord } from '../../src/storage/call-log-store';
import { allOutboxItems, putOutboxItem, queueChange } from '../../src/storage/outbox-store';
import { callWithSession } from '../support/call-fixtures';
import { resetExtension } from '../support/reset';

const user = { id: 'example-user', platform: 'testCRM', name: 'U', hostname: '', timezoneOffset: null, platformAdditionalInfo: {} };
const busy = () => new CrmError('rateLimited', 'testCRM', 'Too many requests', { status: 429, retryAfterMs: 7_000 });

beforeEach(resetExtension);

/**
 * A session whose `operation` fails for a passing reason, after running what the test sets as
 * `during.attempt` (another request pausing the account) while the attempt is at the CRM.
 */
function sessionFailingAt(operation: 'createCallLog' | 'updateCallLog') {
  const during = { attempt: async () => undefined as void };
  const connector: Connector = {
    ...testCRM,
    [operation]: async () => {
      await during.attempt();
      throw busy();
    },
  };
  const session: CrmSession = { connector, user, authHeader: testCRM.authHeader({ kind: 'apiKey', apiKey: 'k' }) };
  return { session, during };
}

describe('a create in flight when its account is paused', () => {
  it('stays paused, with the reason to connect again, when the attempt fails for a passing reason', async () => {
    const { session, during } = sessionFailingAt('createCallLog');
    const body = { logInfo: callWithSession(2, 'race-1'), contactId: 'c-3', contactName: 'Marcus Bell', note: 'n' };
    expect(await createCallLog(session, body)).toMatchObject({ queued: true });
    const [waiting] = await allOutboxItems();
    await putOutboxItem({ ...waiting!, nextAttemptAt: Date.now() - 1 });

    // While the outbox's attempt is at the CRM, another request finds the sign-in revoked.
    during.attempt = () => pauseAccount('testCRM', 'example-user');
    await drainOutbox(async () => session);

    const [item] = await allOutboxItems();
    expect(item).toMatchObject({ state: 'paused', lastError: { hint: 'Open Options and connect the CRM again.' } });
    expect(await getCallLogRecord({ platform: 'testCRM', userId: 'example-user', sessionId: 'race-1' })).toMatchObject({ state: 'queued' });
  });

  it('a queued note change stays paused too, when its attempt fails for a passing reason', async () => {
    const { session, during } = sessionFailingAt('updateCallLog');
    const key = { platform: 'testCRM', userId: 'example-user', sessionId: 'race-2' };
    const body = { logInfo: callWithSession(3, 'race-2'), contactId: 'c-3', contactName: 'Marcus Bell', note: 'first' };
    expect(await createCallLog(session, body)).toMatchObject({ successful: true });
    await queueChange(key, 'update', { sessionId: 'race-2', note: 'second thoughts' }, Date.now() - 1);

    during.attempt = () => pauseAccount('testCRM', 'example-user');
    await drainOutbox(async () => session);

    const [item] = await allOutboxItems();
    expect(item).toMatchObject({ operation: 'update', state: 'paused', lastError: { hint: 'Open Options and connect the CRM again.' } });
  });
});
