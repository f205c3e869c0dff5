/**
 * A fresh extension signed in to a fresh account on the fake Google through the implicit flow of
 * the message API (`POST /oauth/signIn` with the spreadsheet choice, the consent page's redirect
 * with the token in its fragment, `GET /oauth-callback`). No spreadsheet named → a new one.
 */
import { expect, inject } from 'vitest';
import { createFakeAccount, type FakeAccountHandle } from '../../fake-servers/small-fake/client';
import type { SheetsState } from '../../fake-servers/google-sheets/seed';
import { api } from '../../support/api';
import { resetExtension } from '../../support/reset';

export type SheetsAccount = FakeAccountHandle<SheetsState>;

export const newSheetsAccount = () => createFakeAccount<SheetsState>(inject('googleSheetsUrl'));

export async function signInGoogle(account: SheetsAccount, spreadsheet = ''): Promise<void> {
  const { clientId } = await account.state();
  const app = { clientId, authorizeUrl: `${account.url}/o/oauth2/v2/auth` };
  expect((await api({ method: 'PUT', path: '/settings/oauthApps', body: { platform: 'googleSheets', app } })).body.successful).toBe(true);
  const started = await api({ method: 'POST', path: '/oauth/signIn', body: { platform: 'googleSheets', additionalInfo: { spreadsheet } } });
  const consent = await fetch(`${account.url}/_fake/accounts/${account.id}/consent?url=${encodeURIComponent(started.body.authorizeUrl)}`);
  const { location } = (await consent.json()) as { location: string };
  const { body } = await api({ method: 'GET', path: '/oauth-callback', query: { platform: 'googleSheets', callbackUri: location } });
  expect(body).toMatchObject({ successful: true, name: 'Riley Park' });
}

export async function connectGoogleSheets(): Promise<SheetsAccount> {
  await resetExtension();
  const account = await newSheetsAccount();
  await signInGoogle(account);
  await account.clearRequests();
  return account;
}

/** The `Call Logs` rows of every spreadsheet of the account, as objects by header name. */
export async function callLogRows(account: SheetsAccount): Promise<Record<string, string>[]> {
  const { spreadsheets } = await account.state();
  return Object.values(spreadsheets).flatMap(({ tabs }) => {
    const [header = [], ...rows] = tabs.find((tab) => tab.title === 'Call Logs')?.rows ?? [];
    return rows.filter((row) => row.some(Boolean)).map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ''])));
  });
}
