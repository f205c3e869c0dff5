/** The RingCentral message source: the stored message store, refreshed when asked. */
import { groupConversations } from '../../protocol/conversations';
import type { MessagesSnapshot } from '../../protocol/message-answers';
import { warning } from '../../protocol/return-message';
import { phoneAccountSetting } from '../phone-account';
import { cachedMessages, syncMessageStore, type MessageStoreCache } from './message-store-sync';
import { tokensFor } from './rc-tokens';
import { isRingCentralError, ringCentralMessage } from './ringcentral-error';

const notSignedIn = warning(
  'Sign in with RingCentral to see your messages.',
  8000,
  'Open Options, and under "Phone account" choose "Sign in with RingCentral".',
);

function snapshot(cache: MessageStoreCache | null): MessagesSnapshot {
  return { source: 'ringcentral', conversations: groupConversations(cache?.messages ?? []), syncedAt: cache?.syncedAt || null };
}

export const ringCentralMessages = {
  async list(): Promise<MessagesSnapshot> {
    const account = await phoneAccountSetting.get();
    const result = snapshot(await cachedMessages(account));
    return (await tokensFor(account)) ? result : { ...result, returnMessage: notSignedIn };
  },

  async refresh({ force }: { force?: boolean } = {}): Promise<MessagesSnapshot> {
    const account = await phoneAccountSetting.get();
    if (!(await tokensFor(account))) return { ...snapshot(await cachedMessages(account)), returnMessage: notSignedIn };
    try {
      return snapshot(await syncMessageStore(account, { force }));
    } catch (failure) {
      if (!isRingCentralError(failure)) throw failure;
      return { ...snapshot(await cachedMessages(account)), returnMessage: ringCentralMessage(failure) };
    }
  },
};
