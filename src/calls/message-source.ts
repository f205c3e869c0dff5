/**
 * Where the Messages view's conversations come from: the sample conversations, or RingCentral's
 * message store, after the phone account chosen in Options (as the call sources, call-source.ts).
 */
import { groupConversations } from '../protocol/conversations';
import type { MessagesSnapshot } from '../protocol/message-answers';
import { phoneAccountSetting } from './phone-account';
import { ringCentralMessages } from './ringcentral/message-store-source';
import { defineSampleAnchor, loadSampleData } from './sample/sample-data';
import { buildSampleMessages } from './sample/sample-messages';

export interface MessageSource {
  list(): Promise<MessagesSnapshot>;
  refresh(options?: { force?: boolean }): Promise<MessagesSnapshot>;
}

const sampleMessagesAnchor = defineSampleAnchor('sampleMessagesAnchor');

async function sampleSnapshot(): Promise<MessagesSnapshot> {
  const { messages } = await loadSampleData();
  return { source: 'sample', conversations: groupConversations(buildSampleMessages(messages, await sampleMessagesAnchor())), syncedAt: null };
}

const sources: Record<'sample' | 'ringcentral', MessageSource> = {
  sample: { list: sampleSnapshot, refresh: sampleSnapshot },
  ringcentral: ringCentralMessages,
};

export async function currentMessageSource(): Promise<MessageSource> {
  return sources[(await phoneAccountSetting.get()).source];
}
