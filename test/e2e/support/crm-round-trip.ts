/**
 * The journey every CRM makes through the built extension once it is connected: find the contact,
 * log a fixture call, read it back, edit it, log the same session again (no second record), and a
 * refused key or token (a clear reconnect message, nothing written). The CRM's side is read on its fake.
 */
import { expect } from 'vitest';
import type { LaunchedExtension } from '../../../scripts/launch-extension';
import { fixtureCall } from '../../support/call-fixtures';

export interface RoundTrip {
  phoneNumber: string;
  contactId: string;
  contactName: string;
  additionalSubmission?: Record<string, unknown>;
  /** Records in the CRM, each with its body text. */
  records(): Promise<{ id: string; body: string }[]>;
}

export async function logReadEditAgain(extension: LaunchedExtension, crm: RoundTrip): Promise<string> {
  const found = await extension.api({ method: 'GET', path: '/contact', query: { phoneNumber: crm.phoneNumber } });
  expect(found.body.successful).toBe(true);
  expect(found.body.contact[0]).toMatchObject({ name: crm.contactName });
  expect(String(found.body.contact[0].id)).toBe(crm.contactId);

  const sessionId = `e2e-${Date.now()}`;
  const body = {
    logInfo: { ...fixtureCall(2), sessionId, id: `id-${sessionId}` },
    contactId: crm.contactId,
    contactName: crm.contactName,
    note: 'Wants the onboarding deck',
    additionalSubmission: crm.additionalSubmission ?? {},
  };
  const logged = await extension.api({ method: 'POST', path: '/callLog', body });
  expect(logged.body).toMatchObject({ successful: true, returnMessage: { messageType: 'success' } });
  const logId = String(logged.body.logId);

  const read = async () =>
    (await extension.api({ method: 'GET', path: '/callLog', query: { sessionIds: sessionId, requireDetails: 'true' } })).body.logs[0];
  expect(await read()).toMatchObject({ matched: true, logId, logData: { note: 'Wants the onboarding deck', contactName: crm.contactName } });

  const edited = await extension.api({ method: 'PATCH', path: '/callLog', body: { sessionId, note: 'Sent the deck' } });
  expect(edited.body).toMatchObject({ successful: true, logId });
  expect((await read()).logData.note).toBe('Sent the deck');
  const record = (await crm.records()).find((r) => r.id === logId);
  expect(record?.body).toContain('Sent the deck');

  const before = (await crm.records()).length;
  const again = await extension.api({ method: 'POST', path: '/callLog', body });
  expect(again.body).toMatchObject({ successful: false, logId, returnMessage: { message: `Existing log for session ${sessionId}` } });
  expect(await crm.records()).toHaveLength(before);
  return logId;
}

/** After the CRM stopped accepting the key or token: a message that says to connect again, and nothing written. */
export async function refusedAndNothingWritten(extension: LaunchedExtension, crm: RoundTrip, message: RegExp): Promise<void> {
  const before = (await crm.records()).length;
  const sessionId = `e2e-revoked-${Date.now()}`;
  const { body } = await extension.api({
    method: 'POST',
    path: '/callLog',
    body: { logInfo: { ...fixtureCall(2), sessionId, id: `id-${sessionId}` }, contactId: crm.contactId, contactName: crm.contactName, note: 'n' },
  });
  expect(body.successful).toBe(false);
  expect(body.returnMessage.message).toMatch(message);
  expect(JSON.stringify(body.returnMessage.details)).toMatch(/connect/i);
  expect(await crm.records()).toHaveLength(before);
}
