/** A fresh account (database) on the fake Redtail, its partner key set in Options' place, and a user connected with name and password. */
import { inject } from 'vitest';
import { createFakeAccount, type FakeAccountHandle } from '../../fake-servers/small-fake/client';
import type { RedtailState } from '../../fake-servers/redtail/seed';
import { api } from '../../support/api';
import { resetExtension } from '../../support/reset';

export type RedtailAccount = FakeAccountHandle<RedtailState>;
export const USER = { username: 'morgan', password: 'correct hörse: battery ', name: 'Morgan Reyes' };

export async function newRedtailAccount(): Promise<RedtailAccount> {
  const account = await createFakeAccount<RedtailState>(inject('redtailUrl'));
  const { body } = await api({
    method: 'PUT',
    path: '/settings/partnerKeys',
    body: { platform: 'redtail', partnerKey: account.token, apiRoot: `${account.url}/api/public/v1` },
  });
  if (!body.successful) throw new Error(`could not set the partner key: ${JSON.stringify(body)}`);
  return account;
}

export const logInRedtail = (password = USER.password) =>
  // As the Options form sends it: the password as the key and in `additionalInfo`, where App Connect's connector reads it.
  api({
    method: 'POST',
    path: '/apiKeyLogin',
    body: { platform: 'redtail', apiKey: password, additionalInfo: { username: USER.username, password } },
  });

export async function connectRedtail(): Promise<RedtailAccount> {
  await resetExtension();
  const account = await newRedtailAccount();
  const { body } = await logInRedtail();
  if (!body.successful) throw new Error(`could not connect to the fake Redtail: ${JSON.stringify(body)}`);
  await account.clearRequests();
  return account;
}
