/** The test side of the fake Bullhorn: a corporation per test, with its OAuth and session switches. */
import { createFakeAccount, type FakeAccountHandle } from '../small-fake/client';
import type { BullhornState } from './seed';

export interface FakeCorporation extends FakeAccountHandle<BullhornState> {
  /** Where the consent page sends the browser after "Allow" (a browser test cannot follow the redirect). */
  consent(authorizeUrl: string): Promise<string>;
  /** Every REST session times out (Bullhorn's idle timeout). */
  expireSessions(): Promise<void>;
  /** Every access token is past its 10 minutes. */
  expireAccessTokens(): Promise<void>;
  /** The grant is revoked in Bullhorn: no token of it works any more. */
  revokeGrant(): Promise<void>;
  /** Time passes at Bullhorn: tokens and idle sessions expire as they would `ms` later. */
  advanceClock(ms: number): Promise<void>;
}

export async function createFakeCorporation(url: string): Promise<FakeCorporation> {
  const account = await createFakeAccount<BullhornState>(url);
  const post = async (what: string) => {
    const response = await fetch(`${url}/_fake/accounts/${account.id}/${what}`, { method: 'POST' });
    if (!response.ok) throw new Error(`fake Bullhorn ${what}: ${response.status}`);
    return response.json() as Promise<{ location?: string }>;
  };
  return {
    ...account,
    consent: async (authorizeUrl) => (await post(`consent?url=${encodeURIComponent(authorizeUrl)}`)).location!,
    expireSessions: async () => void (await post('expire-sessions')),
    expireAccessTokens: async () => void (await post('expire-access-tokens')),
    revokeGrant: async () => void (await post('revoke-grant')),
    advanceClock: async (ms) => void (await post(`advance-clock?ms=${ms}`)),
  };
}
