/**
 * Bullhorn through the built extension: the admin's OAuth app entered in Options (client id, the
 * operator's token exchange, here the fake's), the user name, "Connect with Bullhorn" in a real
 * sign-in window; then the common journey, a side-panel log with its note action, no refresh while
 * the REST session is open, a refresh at the session's end with two racing requests (one refresh,
 * one login), the spent refresh token replayed (refused,
 * nothing lost), and a revoked grant (signed out, nothing written).
 */
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchExtension, type LaunchedExtension } from '../../scripts/launch-extension';
import { createFakeCorporation, type FakeCorporation } from '../fake-servers/bullhorn/control-client';
import { logReadEditAgain, refusedAndNothingWritten, type RoundTrip } from './support/crm-round-trip';
import { OPTIONS_SIZE, openPage } from './support/open-page';
import { fillSampleCallForm } from './support/sample-call-form';
import { dismissToasts, saveScreenshot, seriousViolations } from './support/page-checks';

let corp: FakeCorporation;
let extension: LaunchedExtension;
let options: Page;
let crm: RoundTrip;

/** The stored sign-in, read in an extension page (never shown by any page or answer). */
const storedCredential = () =>
  extension.page.evaluate(async () => {
    const { connections } = await chrome.storage.local.get('connections');
    return (connections as Record<string, { credential: { accessToken: string; refreshToken: string; expiresAt: number } }>).bullhorn?.credential;
  });
/** The access token is about to expire: half a minute left, too little to open a REST session with. */
const expireSoon = () =>
  extension.page.evaluate(async () => {
    const { connections } = await chrome.storage.local.get('connections');
    (connections as Record<string, { credential: { expiresAt: number } }>).bullhorn!.credential.expiresAt = Date.now() + 30_000;
    await chrome.storage.local.set({ connections });
  });
const findJonas = () => extension.api({ method: 'GET', path: '/contact', query: { phoneNumber: '+14155550123' } });

beforeAll(async () => {
  corp = await createFakeCorporation(inject('bullhornUrl'));
  const jonas = (await corp.state()).people.find((p) => p.name === 'Jonas Meyer')!;
  crm = {
    phoneNumber: '+14155550123',
    contactId: String(jonas.id),
    contactName: 'Jonas Meyer',
    additionalSubmission: { noteActions: 'Phone Screen' },
    records: async () => (await corp.state()).notes.map((n) => ({ id: String(n.id), body: n.comments })),
  };
  extension = await launchExtension();
  options = await openPage(extension, 'options.html', OPTIONS_SIZE);
});

afterAll(async () => {
  await extension?.close();
});

describe('Bullhorn in the built extension', () => {
  it('takes the OAuth app and the user name in Options, and signs in through the exchange', async () => {
    const state = await corp.state();
    const section = options.getByRole('region', { name: 'CRM' });
    await section.getByLabel('CRM', { exact: true }).selectOption({ label: 'Bullhorn' });
    await section.getByText('Set up Bullhorn for this extension (admin, once)').click();
    await section.getByText(/Its "oauthUrl" followed by \/token is your token URL/).waitFor();
    await section.locator('summary', { hasText: 'Advanced: OAuth app' }).click();
    expect(await section.locator('code').innerText()).toBe(`https://${extension.extensionId}.chromiumapp.org/bullhorn`);
    await section.getByLabel('Client id').fill(state.clientId);
    await section.getByLabel('Token-exchange URL').fill(`${corp.url}/exchange/token`);
    await section.getByLabel('Authorize URL (optional)').fill(`${corp.url}/oauth/authorize`);
    await section.getByRole('button', { name: 'Save OAuth app' }).click();
    await section.getByLabel('Bullhorn user name').fill(state.username);
    await section.getByRole('button', { name: 'Connect with Bullhorn' }).click();
    await section.getByText('Connected to Bullhorn as Riley Chen.').waitFor();
    expect((await corp.state()).grants).toEqual(['authorization_code', 'login']);
    expect((await corp.state()).loginInfoCalls).toBe(1);
    expect(await options.content()).not.toContain((await storedCredential())!.accessToken);
    await dismissToasts(options);
    await saveScreenshot(options, 'options-bullhorn-connected', true);
    expect(await seriousViolations(options)).toEqual([]);
  });

  it('finds, logs, reads back, edits, and never logs a session twice', async () => {
    const logId = await logReadEditAgain(extension, crm);
    const note = (await corp.state()).notes.find((n) => String(n.id) === logId)!;
    expect(note).toMatchObject({ action: 'Phone Screen', personReference: { id: Number(crm.contactId), personSubtype: 'Candidate' } });
    expect(note.externalID).toMatch(/^e2e-/);
  });

  it('logs a sample call from the side panel with the note action chosen there', async () => {
    const state = await corp.state();
    // Marcus Bell of the sample calls, as a candidate of this corporation.
    const marcus = { ...state.people[0]!, id: 4321, name: 'Marcus Bell', firstName: 'Marcus', lastName: 'Bell', phone: '(212) 555-0147' };
    await corp.patch({ people: [...state.people, marcus] });
    const panel = await fillSampleCallForm(extension, { field: { label: 'Note action', option: 'Reference Check' }, note: 'Called two references.' });
    await saveScreenshot(panel, 'side-panel-bullhorn-log-form');
    await panel.getByRole('button', { name: 'Log call' }).click();
    await expect.poll(async () => (await corp.state()).notes.filter((n) => n.personReference.id === 4321).length).toBe(1);
    const note = (await corp.state()).notes.find((n) => n.personReference.id === 4321)!;
    expect(note).toMatchObject({ action: 'Reference Check', personReference: { personSubtype: 'Candidate' } });
    expect(note.comments).toContain('Called two references.');
    await saveScreenshot(panel, 'side-panel-bullhorn-logged');
    await panel.close();
  });

  it('refreshes once for two racing requests at the session end; the spent refresh token is refused and nothing is lost', async () => {
    const before = (await storedCredential())!;
    await expireSoon();
    expect((await findJonas()).body.successful).toBe(true);
    expect((await corp.state()).grants.filter((g) => g.startsWith('refresh'))).toEqual([]);
    await corp.expireSessions();
    const logins = (await corp.state()).grants.filter((g) => g === 'login').length;
    const [a, b] = await Promise.all([findJonas(), findJonas()]);
    expect([a.body.successful, b.body.successful]).toEqual([true, true]);
    expect((await corp.state()).grants.filter((g) => g.startsWith('refresh'))).toEqual(['refresh_token']);
    expect((await corp.state()).grants.filter((g) => g === 'login').length).toBe(logins + 1);
    const after = (await storedCredential())!;
    expect(after.refreshToken).not.toBe(before.refreshToken);

    const { clientId, clientSecret } = await corp.state();
    const replay = new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: before.refreshToken,
      client_id: clientId,
      client_secret: clientSecret,
    });
    expect((await fetch(`${corp.url}/oauth/token?${replay}`, { method: 'POST' })).status).toBe(400);
    const notes = (await corp.state()).notes.length;
    await corp.expireSessions();
    await corp.expireAccessTokens();
    const logged = await extension.api({
      method: 'POST',
      path: '/callLog',
      body: {
        logInfo: { sessionId: 'e2e-after-replay', id: 'id-e2e-after-replay', direction: 'Inbound', startTime: Date.now(), duration: 30 },
        contactId: crm.contactId,
        contactName: crm.contactName,
        contactType: 'Candidate',
        note: 'n',
      },
    });
    expect(logged.body.successful).toBe(true);
    expect((await corp.state()).notes).toHaveLength(notes + 1);
    expect((await corp.state()).grants.slice(-4)).toEqual(['refresh_token refused', 'login refused', 'refresh_token', 'login']);
  });

  it('signs out when the grant was revoked in Bullhorn, and writes nothing', async () => {
    await corp.revokeGrant();
    await refusedAndNothingWritten(extension, crm, /connect again/);
    const connection = await extension.api({ method: 'GET', path: '/connection' });
    expect(connection.body.connection).toBeNull();
  });
});
