/** The Example CRM as a CRM: its seeded contacts match the sample numbers, and it refuses what a CRM would refuse. */
import { beforeEach, describe, expect, it } from 'vitest';
import { testCRM } from '../../../src/connectors/testCRM';
import { seedContacts } from '../../../src/connectors/testCRM/seed';
import { contactParty } from '../../../src/protocol/contact-party';
import { fixtureCalls } from '../../support/call-fixtures';
import { resetExtension } from '../../support/reset';

const authHeader = testCRM.authHeader({ kind: 'apiKey', apiKey: 'any' });
const { platformUserInfo } = await testCRM.getUserInfo({ authHeader });
const user = { ...platformUserInfo!, platform: 'testCRM' };

beforeEach(resetExtension);

describe('Example CRM', () => {
  it('connects with any non-empty key and refuses an empty one', async () => {
    expect(user).toMatchObject({ id: 'example-user', name: 'Example CRM user' });
    await expect(testCRM.getUserInfo({ authHeader: testCRM.authHeader({ kind: 'apiKey', apiKey: '' }) })).rejects.toMatchObject({
      code: 'unauthorized',
    });
  });

  it('knows a contact for most sample numbers, two for some, none for a few', async () => {
    const counts = await Promise.all(
      fixtureCalls.map(async (call) => {
        const number = contactParty(call)?.phoneNumber;
        if (!number) return -1;
        const { matchedContactInfo } = await testCRM.findContact({ user, authHeader, phoneNumber: number });
        return matchedContactInfo!.filter((c) => !c.isNewContact).length;
      }),
    );
    expect(counts.filter((n) => n === 1).length).toBeGreaterThanOrEqual(10);
    expect(counts.filter((n) => n === 2)).toHaveLength(2);
    expect(counts.filter((n) => n === 0).length).toBeGreaterThanOrEqual(2);
  });

  it('offers the open deals of a contact for the log form', async () => {
    const { matchedContactInfo } = await testCRM.findContact({ user, authHeader, phoneNumber: '+13035550115' });
    expect(matchedContactInfo![0]).toMatchObject({
      name: 'Ingrid Solberg',
      additionalInfo: { deals: [{ const: 'd-6', title: 'Solberg Energy – fleet tracking' }] },
    });
    expect(matchedContactInfo!.at(-1)).toEqual({ id: 'createNewContact', name: 'Create new contact...', isNewContact: true });
  });

  it('reads "+" that arrived as a space, and warns about extension numbers', async () => {
    const spaced = await testCRM.findContact({ user, authHeader, phoneNumber: ' 12125550147' });
    expect(spaced.matchedContactInfo![0]!.name).toBe('Marcus Bell');
    const extension = await testCRM.findContact({ user, authHeader, phoneNumber: '102', isExtension: true });
    expect(extension).toMatchObject({ successful: false, returnMessage: { message: 'Logging against internal extension number is not supported.' } });
  });

  it('creates a contact that is found by its number afterwards', async () => {
    const { contactInfo } = await testCRM.createContact({
      user,
      authHeader,
      phoneNumber: '+19725550102',
      newContactName: 'Owen Mercer',
      newContactType: 'contact',
    });
    const { matchedContactInfo } = await testCRM.findContact({ user, authHeader, phoneNumber: '+19725550102' });
    expect(matchedContactInfo![0]).toMatchObject({ id: contactInfo!.id, name: 'Owen Mercer' });
  });

  it('refuses an unknown deal and says the record is gone for an unknown log', async () => {
    await expect(
      testCRM.upsertCallDisposition({
        user,
        authHeader,
        existingCallLog: { sessionId: 's', thirdPartyLogId: '999', contactId: 'c-1' },
        dispositions: { deals: 'd-1' },
      }),
    ).rejects.toMatchObject({ code: 'notFound' });
    await expect(testCRM.getCallLog({ user, authHeader, callLogId: 'abc', contactId: 'c-1' })).rejects.toMatchObject({
      code: 'notFound',
      options: { status: 404 },
    });
  });

  it('has unique seeded contact ids', () => {
    expect(new Set(seedContacts.map((c) => c.id)).size).toBe(seedContacts.length);
  });
});
