/**
 * One automatic log against the Example CRM in real IndexedDB: the reasons a person gets when a
 * call cannot be logged alone (a required field with no default, a CRM that refuses), and a
 * run's single lookup per number.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { testCRM } from '../../../src/connectors/testCRM';
import { exampleCrmDb } from '../../../src/connectors/testCRM/store';
import type { Connector } from '../../../src/connectors/types';
import { CrmError } from '../../../src/http/crm-error';
import type { CrmSession } from '../../../src/logging/crm-session';
import { autoLogCall, type ContactLookups } from '../../../src/logging/auto-log/log-one-call';
import { defaultAutoLogSettings } from '../../../src/protocol/schemas/auto-log-settings';
import { getCallLogRecord } from '../../../src/storage/call-log-store';
import { callWithSession } from '../../support/call-fixtures';
import { resetExtension } from '../../support/reset';

const user = {
  id: 'example-user',
  platform: 'testCRM',
  name: 'Example CRM user',
  hostname: '',
  timezoneOffset: '-08:00',
  platformAdditionalInfo: {},
};
const sessionWith = (overrides: Partial<Connector> = {}): CrmSession => ({
  connector: { ...testCRM, ...overrides },
  user,
  authHeader: testCRM.authHeader({ kind: 'apiKey', apiKey: 'k' }),
});
const settings = { ...defaultAutoLogSettings, enabled: true, severalMatches: 'earliestCreated' as const };
// Fixture call 2: outbound to Marcus Bell (c-3), who has one open deal; call 1: Dana and Sam Whitfield.
const marcus = (sessionId: string) => callWithSession(2, sessionId);

beforeEach(resetExtension);

describe('autoLogCall', () => {
  it('fills a required field that has one choice, and leaves the call when it has none or several', async () => {
    const deals = { const: 'deals', title: 'Deal', type: 'selection' as const, contactDependent: true, required: true };
    const session = sessionWith({ callLogFields: [deals] });
    const logged = await autoLogCall(session, marcus('req-1'), settings, new Map());
    expect(logged).toMatchObject({ outcome: 'logged' });
    const [activity] = await (await exampleCrmDb()).getAllFromIndex('activities', 'bySession', 'req-1');
    expect(activity?.dealId).toBe('d-3');
    // Dana (c-1, chosen as created first) has two open deals: a person picks one.
    expect(await autoLogCall(session, callWithSession(1, 'req-2'), settings, new Map())).toEqual({
      outcome: 'unlogged',
      reason: 'requiredField',
      detail: 'Deal',
    });
  });

  it('says what the CRM refused, and leaves the session free to be logged by hand', async () => {
    const session = sessionWith({
      createCallLog: async () => {
        throw new CrmError('rejected', 'testCRM', 'Example CRM does not take calls on Sundays.');
      },
    });
    expect(await autoLogCall(session, marcus('refused-1'), settings, new Map())).toEqual({
      outcome: 'unlogged',
      reason: 'crmRefused',
      detail: 'Example CRM does not take calls on Sundays.',
    });
    expect(await getCallLogRecord({ platform: 'testCRM', userId: user.id, sessionId: 'refused-1' })).toBeUndefined();
  });

  it('looks a number up once per run', async () => {
    let lookups = 0;
    const session = sessionWith({ findContact: (args) => (lookups++, testCRM.findContact(args)) });
    const run: ContactLookups = new Map();
    for (const id of ['once-1', 'once-2', 'once-3']) expect((await autoLogCall(session, marcus(id), settings, run)).outcome).toBe('logged');
    expect(lookups).toBe(1);
  });
});
