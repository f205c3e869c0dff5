/**
 * Clio through the built extension, signed in as a firm's user would be: the OAuth app in Options
 * with a token-exchange URL (an operator's exchange on 127.0.0.1 that adds the client secret and
 * forwards to the fake Clio's token URL), "Connect with Clio" through the fake's consent page, a
 * sample call logged from the side panel onto a matter with its time entry, read back and edited;
 * then the token's life: expiry with two requests racing (one refresh), a log that waited while
 * the token expired (sent after one refresh, from the outbox), a single-use refresh token replayed
 * (refused, nothing lost), and a revoked grant (signed out, the log kept until the user connects
 * again). Each step counts its requests on the fake Clio and on the exchange (docs/clio.md).
 */
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchExtension, type LaunchedExtension } from '../../scripts/launch-extension';
import { createFakeFirm, type FakeFirmHandle } from '../fake-servers/clio/control-client';
import { CLIENT_ID, CLIENT_SECRET } from '../fake-servers/clio/oauth-routes';
import { startFakeTokenExchange, type FakeTokenExchange } from '../fake-servers/token-exchange/server';
import { callWithSession } from '../support/call-fixtures';
import { connectWithOAuth } from './support/connect-with-oauth';
import { OPTIONS_SIZE, PANEL_SIZE, openPage } from './support/open-page';
import { dismissToasts, seriousViolations } from './support/page-checks';

const clioUrl = inject('clioUrl');
let firm: FakeFirmHandle;
let exchange: FakeTokenExchange;
let extension: LaunchedExtension;
let options: Page;
let panel: Page;
let maria: number;
let matters: { id: number; display_number: string }[] = [];
const firmMatter = (number: string) => matters.find((m) => m.display_number === number)?.id;

const refreshes = () => exchange.grants.filter((grant) => grant.grantType === 'refresh_token');
const toast = (page: Page, role: 'status' | 'alert', text: string | RegExp) => page.getByRole(role).filter({ hasText: text });
const call = (name: RegExp) => panel.getByRole('list', { name: 'Calls' }).getByRole('button', { name });

/** A fixture call to Maria Okafor on her open matter, through the message API as the side panel sends it. */
const logMaria = (sessionId: string) =>
  extension.api({
    method: 'POST',
    path: '/callLog',
    body: {
      logInfo: callWithSession(2, sessionId),
      contactId: String(maria),
      contactType: 'Person',
      contactName: 'Maria Okafor',
      note: 'n',
      additionalSubmission: { matters: firmMatter('00001-Okafor') },
    },
  });

/** The refresh token the extension keeps (read in its worker, as only the worker holds it). */
async function storedRefreshToken(): Promise<string | undefined> {
  const worker = await extension.serviceWorker();
  return worker.evaluate(async () => {
    const { connections } = (await chrome.storage.local.get('connections')) as {
      connections?: Record<string, { credential: { refreshToken?: string } }>;
    };
    return connections?.clio?.credential.refreshToken;
  });
}

beforeAll(async () => {
  firm = await createFakeFirm(clioUrl);
  const { contacts } = await firm.state();
  maria = contacts.find((c) => c.name === 'Maria Okafor')!.id;
  // The sample call from "Whitfield Consulting" rings the firm's client Dana Whitfield LLP: give it a matter.
  const client = contacts.find((c) => c.name === 'Dana Whitfield LLP')!.id;
  await firm.addMatter(client, '00010-Whitfield', 'Consulting agreement');
  const listed = await fetch(`${clioUrl}/api/v4/matters.json?fields=id,display_number`, { headers: { authorization: `Bearer ${firm.accessToken}` } });
  matters = (await listed.json()).data;
  exchange = await startFakeTokenExchange({ tokenUrl: `${clioUrl}/oauth/token`, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
  extension = await launchExtension();
  options = await openPage(extension, 'options.html', OPTIONS_SIZE);
});

afterAll(async () => {
  await extension?.close();
  await exchange?.close();
});

describe('Clio in the built extension', () => {
  it("connects through the fake's consent page and the operator's token exchange", async () => {
    await firm.clearRequests();
    await connectWithOAuth(options, {
      crm: 'Clio',
      app: {
        'Client id': CLIENT_ID,
        'Token-exchange URL': exchange.exchangeUrl,
        // The fake's consent page signs in to this test's firm and allows at once.
        'Authorize URL (optional)': `${clioUrl}/oauth/authorize?firm=${firm.firmId}`,
      },
      user: 'Dana Whitfield',
    });
    expect(exchange.grants).toEqual([{ grantType: 'authorization_code', status: 200 }]);
    expect((await firm.state()).tokenGrants).toEqual(['authorization_code']);
    expect(await firm.requestLines()).toEqual(['GET /api/v4/users/who_am_i.json']);
    await dismissToasts(options);
    expect(await seriousViolations(options)).toEqual([]);
  });

  it('logs a sample call from the side panel onto a matter, non-billable, reads it back and edits it', async () => {
    panel = await openPage(extension, 'sidepanel.html', PANEL_SIZE);
    await panel.getByText('Logging to Clio').waitFor();
    await firm.clearRequests();
    await call(/Whitfield Consulting/).click();
    const dana = panel.getByRole('radio', { name: /Dana Whitfield LLP/ });
    await dana.waitFor();
    // One search, then each of the two contacts' client and related matters.
    expect(await firm.requestLines()).toHaveLength(5);
    await dana.check();
    await panel.getByLabel('Matter').selectOption({ label: '00010-Whitfield - Consulting agreement' });
    await panel.getByLabel('Time entry').selectOption({ label: 'Non-billable' });
    await panel.getByLabel('Note').fill('Reviewed the consulting agreement.');
    await firm.clearRequests();
    await panel.getByRole('button', { name: 'Log call' }).click();
    await toast(panel, 'status', 'Call logged').waitFor();
    expect(await firm.requestLines()).toEqual(['POST /api/v4/communications.json', 'POST /api/v4/activities.json']);

    const [communication] = (await firm.state()).communications;
    expect(communication).toMatchObject({
      type: 'PhoneCommunication',
      subject: 'Inbound Call from Dana Whitfield LLP',
      matter: { id: firmMatter('00010-Whitfield') },
      external_properties: [{ name: 'rcSessionId', value: 'sample-1' }],
    });
    expect(communication!.body).toContain('Reviewed the consulting agreement.');
    const [timeEntry] = (await firm.state()).activities;
    expect(timeEntry).toMatchObject({ type: 'TimeEntry', communication_id: communication!.id, quantity: 342, non_billable: true });

    await firm.clearRequests();
    await call(/Dana Whitfield LLP/).click();
    const note = panel.getByLabel('Note');
    await panel.getByRole('heading', { name: 'Logged call' }).waitFor();
    await expect.poll(() => note.inputValue()).toBe('Reviewed the consulting agreement.');
    const readBack = await firm.requestLines();
    await note.fill('Agreement signed; send the invoice.');
    await firm.clearRequests();
    await panel.getByRole('button', { name: 'Save changes' }).click();
    await toast(panel, 'status', 'Call log updated.').waitFor();
    const edit = await firm.requestLines();
    const [edited] = (await firm.state()).communications;
    expect(edited!.body).toContain('Agreement signed; send the invoice.');
    expect(edited!.body).not.toContain('Reviewed the consulting agreement.');
    expect((await firm.state()).communications).toHaveLength(1);
    const at = `/api/v4/communications/${communication!.id}.json`;
    // The participants' names come with the communication; an edit re-reads it, then patches it.
    expect(readBack).toEqual([`GET ${at}`]);
    expect(edit).toEqual([`GET ${at}`, `PATCH ${at}`]);
    await call(/Dana Whitfield LLP/).waitFor(); // saved: back on the list
  });

  it('says once in the Messages view that Clio takes no message logs, and offers no Log button', async () => {
    await firm.clearRequests();
    await panel.getByRole('button', { name: 'Messages' }).click();
    await panel
      .getByText('Clio does not take message logs in this extension; the CRMs that do: Example CRM and Pipedrive.', { exact: false })
      .waitFor();
    await panel.getByRole('button', { name: /Dana Whitfield.*3 messages/ }).click();
    await panel.getByRole('button', { name: '← Messages' }).waitFor();
    expect(await panel.getByRole('button', { name: 'Log messages' }).count()).toBe(0);
    expect(await panel.locator('#message-form-view').innerText()).toContain('Clio does not take message logs');
    await panel.getByRole('button', { name: '← Messages' }).click();
    await panel.getByRole('button', { name: 'Calls', exact: true }).click();
    // What the CRM takes is the connector's code, read in the worker: nothing is asked of Clio.
    expect(await firm.requestLines()).toEqual([]);
  });

  it('refreshes once at expiry when two requests race', async () => {
    await firm.expireAccessTokens();
    await firm.clearRequests();
    const find = () => extension.api({ method: 'GET', path: '/contact', query: { phoneNumber: '+14155550123' } });
    const [a, b] = await Promise.all([find(), find()]);
    expect([a.body.successful, b.body.successful]).toEqual([true, true]);
    expect(a.body.contact[0]).toMatchObject({ name: 'Maria Okafor' });
    expect(refreshes()).toEqual([{ grantType: 'refresh_token', status: 200 }]);
    // Each search refused once with the expired token, then the search and Maria's two matter lists, twice.
    expect((await firm.requests()).filter((r) => r.status === 401)).toHaveLength(2);
    expect(await firm.requestLines()).toHaveLength(8);
  });

  it('sends a log that waited while the token expired, after one refresh, from the outbox', async () => {
    // Clio's rate limit asks for 12 s: longer than a request waits, so the log waits in the outbox.
    await firm.inject({ status: 429, headers: { 'retry-after': '12' } });
    const queued = await logMaria('clio-e2e-outbox');
    expect(queued.body).toMatchObject({ successful: false, queued: true });
    await firm.expireAccessTokens();
    const before = refreshes().length;
    await firm.clearRequests();
    await expect
      .poll(async () => (await firm.state()).communications.filter((c) => c.external_properties[0]?.value === 'clio-e2e-outbox').length, {
        timeout: 45_000,
        interval: 500,
      })
      .toBe(1);
    expect(refreshes().length - before).toBe(1);
    expect(await firm.requestLines()).toEqual([
      'POST /api/v4/communications.json', // refused: the token expired
      'POST /api/v4/communications.json',
      'POST /api/v4/activities.json',
    ]);
    await expect.poll(async () => (await extension.api({ method: 'GET', path: '/outbox' })).body.items).toEqual([]);
  });

  it('refuses a single-use refresh token replayed, and loses nothing', async () => {
    await firm.useSingleUseRefreshTokens();
    const used = await storedRefreshToken();
    await firm.expireAccessTokens();
    expect((await logMaria('clio-e2e-rotated')).body).toMatchObject({ successful: true });
    const kept = await storedRefreshToken();
    expect(kept).not.toBe(used);

    // Someone replays the refresh token the extension already spent: the CRM refuses it.
    const replay = await fetch(exchange.exchangeUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: used! }),
    });
    expect(replay.status).toBe(400);
    expect(await replay.json()).toMatchObject({ error: 'invalid_grant' });

    // The extension kept the new one: the next expiry is renewed with it, and the log lands.
    await firm.expireAccessTokens();
    expect((await logMaria('clio-e2e-after-replay')).body).toMatchObject({ successful: true });
    expect(await storedRefreshToken()).not.toBe(kept);
    const sessions = (await firm.state()).communications.map((c) => c.external_properties[0]?.value);
    expect(sessions.filter((s) => s === 'clio-e2e-rotated' || s === 'clio-e2e-after-replay')).toHaveLength(2);
  });

  it('signs out on a revoked grant, keeps the log paused, says what to do, and sends it after reconnecting', async () => {
    // The user has a logged call open in the side panel when it happens.
    await call(/Dana Whitfield LLP/).click();
    await panel.getByRole('heading', { name: 'Logged call' }).waitFor();
    await firm.forgetRefreshTokens();
    await firm.expireAccessTokens();
    await firm.clearRequests();
    const revoked = await logMaria('clio-e2e-revoked');
    expect(await firm.requestLines()).toEqual(['POST /api/v4/communications.json']); // refused: the token expired
    expect(exchange.grants.at(-1)).toEqual({ grantType: 'refresh_token', status: 400 });
    expect(revoked.status).toBe(401);
    expect(revoked.body).toMatchObject({ successful: false, errorCode: 'CRM_SESSION_REVOKED' });
    expect(JSON.stringify(revoked.body.returnMessage)).toMatch(/connect/i);
    expect((await firm.state()).communications.some((c) => c.external_properties[0]?.value === 'clio-e2e-revoked')).toBe(false);

    // The side panel, open all along, is told: back on its list, it no longer says it logs to Clio.
    await panel.getByRole('button', { name: '← Calls' }).click();
    await expect.poll(() => panel.locator('#crm').innerText()).toBe('No CRM connected');
    // What waits is still listed, paused, with how many calls wait for a new sign-in; Retry is not offered.
    const waiting = panel.getByRole('list', { name: /^Waiting to be logged/ });
    const paused = waiting.getByRole('listitem').filter({ hasText: 'Maria Okafor' });
    await paused.getByText('Waits until Clio is connected again').waitFor();
    await panel.getByText('Connect Clio again in Options: 1 call waits and will be logged then.').waitFor();
    expect(await paused.getByRole('button').allInnerTexts()).toEqual(['Open Options', 'Discard']);
    expect(await seriousViolations(panel)).toEqual([]);

    // Counts the key fields the CRM form draws while Options loads: Clio signs in with OAuth only.
    await options.addInitScript(() => {
      const drawn = new Set<Element>();
      Object.assign(window, { keyFieldsDrawn: drawn });
      new MutationObserver(() => {
        for (const input of document.querySelectorAll('#crm-body input[type=password]')) if (!input.closest('.oauth')) drawn.add(input);
      }).observe(document, { childList: true, subtree: true });
    });
    await options.reload();
    const section = options.getByRole('region', { name: 'CRM' });
    await section.getByText(/Signed out: Clio no longer accepts this sign-in .* Connect again to log calls/).waitFor();
    // One form, Clio's: not the first CRM's key form first, then Clio's; the notice once.
    expect(await options.evaluate(() => (window as unknown as { keyFieldsDrawn: Set<Element> }).keyFieldsDrawn.size)).toBe(0);
    expect(await section.getByText(/Signed out:/).count()).toBe(1);
    expect(await section.locator('.oauth').count()).toBe(1);
    expect(await seriousViolations(options)).toEqual([]);

    // Clio's own form is shown, ready to connect again.
    expect(await section.getByLabel('CRM', { exact: true }).inputValue()).toBe('clio');
    await section.getByRole('button', { name: 'Connect with Clio' }).click();
    await section.getByText('Connected to Clio as Dana Whitfield.').waitFor();
    await expect
      .poll(async () => (await firm.state()).communications.filter((c) => c.external_properties[0]?.value === 'clio-e2e-revoked').length, {
        timeout: 20_000,
      })
      .toBe(1);
    expect(exchange.grants.filter((grant) => grant.grantType === 'authorization_code')).toHaveLength(2);
  });
});
