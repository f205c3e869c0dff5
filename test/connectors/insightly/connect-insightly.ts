/** A fresh extension connected to a fresh account on the fake Insightly, with its request log emptied. */
import { inject } from 'vitest';
import { createFakeAccount, type FakeAccountHandle } from '../../fake-servers/small-fake/client';
import type { InsightlyState } from '../../fake-servers/insightly/seed';
import { api } from '../../support/api';
import { resetExtension } from '../../support/reset';

export type InsightlyAccount = FakeAccountHandle<InsightlyState>;

export const newInsightlyAccount = () => createFakeAccount<InsightlyState>(inject('insightlyUrl'));

export async function connectInsightly(): Promise<InsightlyAccount> {
  await resetExtension();
  const account = await newInsightlyAccount();
  const { body } = await api({
    method: 'POST',
    path: '/apiKeyLogin',
    body: { platform: 'insightly', apiKey: account.token, hostname: `${account.url}/v3.1/` },
  });
  if (!body.successful) throw new Error(`could not connect to the fake Insightly: ${JSON.stringify(body)}`);
  await account.clearRequests();
  return account;
}
