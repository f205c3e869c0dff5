/** The RingCentral call source: the stored call log, refreshed from the Call Log API. */
import { warning } from '../../protocol/return-message';
import type { CallSource } from '../call-source';
import type { CallsSnapshot } from '../../protocol/api-answers-browser';
import { phoneAccountSetting } from '../phone-account';
import { cachedCalls, syncCallLog, type CallLogCache } from './call-log-sync';
import { isRingCentralError, ringCentralMessage } from './ringcentral-error';
import { tokensFor } from './rc-tokens';

const notSignedIn = warning(
  'Sign in with RingCentral to see your calls.',
  8000,
  'Open Options, and under "Phone account" choose "Sign in with RingCentral".',
);

function snapshot(cache: CallLogCache | null): CallsSnapshot {
  return { source: 'ringcentral', calls: cache?.calls ?? [], syncedAt: cache?.syncedAt || null };
}

export const ringCentralSource: CallSource = {
  async list() {
    const account = await phoneAccountSetting.get();
    const result = snapshot(await cachedCalls(account));
    return (await tokensFor(account)) ? result : { ...result, returnMessage: notSignedIn };
  },

  async refresh({ force } = {}) {
    const account = await phoneAccountSetting.get();
    if (!(await tokensFor(account))) return { ...snapshot(await cachedCalls(account)), returnMessage: notSignedIn };
    try {
      return snapshot(await syncCallLog(account, { force }));
    } catch (failure) {
      if (!isRingCentralError(failure)) throw failure;
      return { ...snapshot(await cachedCalls(account)), returnMessage: ringCentralMessage(failure) };
    }
  },
};
