/**
 * A fresh extension signed in to a fresh account on the fake NetSuite through the real OAuth path
 * of the message API: the OAuth app (client id, the account's token URL), `POST /oauth/signIn`, the
 * consent page's redirect (read from the fake as JSON: a page cannot follow it to chromiumapp.org),
 * and `GET /oauth-callback`, which exchanges the code with the PKCE verifier.
 */
import { expect, inject } from 'vitest';
import { createFakeAccount, type FakeAccountHandle } from '../../fake-servers/small-fake/client';
import type { NetsuiteState } from '../../fake-servers/netsuite/seed';
import { transactionFieldsSetting } from '../../../src/connectors/netsuite/settings';
import { api } from '../../support/api';
import { resetExtension } from '../../support/reset';

export type NetsuiteAccount = FakeAccountHandle<NetsuiteState>;

export const newNetsuiteAccount = () => createFakeAccount<NetsuiteState>(inject('netsuiteUrl'));

export async function signInNetsuite(account: NetsuiteAccount): Promise<void> {
  const { clientId } = await account.state();
  const app = {
    clientId,
    tokenUrl: `${account.url}/services/rest/auth/oauth2/v1/token`,
    authorizeUrl: `${account.url}/app/login/oauth2/authorize.nl`,
  };
  expect((await api({ method: 'PUT', path: '/settings/oauthApps', body: { platform: 'netsuite', app } })).body.successful).toBe(true);
  const started = await api({ method: 'POST', path: '/oauth/signIn', body: { platform: 'netsuite' } });
  const consent = await fetch(`${account.url}/_fake/accounts/${account.id}/consent?url=${encodeURIComponent(started.body.authorizeUrl)}`);
  const { location } = (await consent.json()) as { location: string };
  const { body } = await api({ method: 'GET', path: '/oauth-callback', query: { platform: 'netsuite', callbackUri: location } });
  expect(body).toMatchObject({ successful: true, name: 'Alex Morgan' });
}

export async function connectNetsuite(fields = { salesOrders: true, opportunities: true }): Promise<NetsuiteAccount> {
  await resetExtension();
  const account = await newNetsuiteAccount();
  await transactionFieldsSetting.set(fields);
  await signInNetsuite(account);
  await account.clearRequests();
  return account;
}
