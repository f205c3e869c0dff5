/**
 * Where the Messages view's conversations come from: the sample conversations, or RingCentral's
 * message store, after the phone account chosen in Options (as the call sources, call-source.ts).
 */
import * as z from 'zod/mini';
import { groupConversations } from '../protocol/conversations';
import type { MessagesSnapshot } from '../protocol/message-answers';
import { defineStoredValue } from '../storage/stored-value';
import { phoneAccountSetting } from './phone-account';
import { ringCentralMessages } from './ringcentral/message-store-source';
import { loadSampleData } from './sample/sample-data';
import { buildSampleMessages } from './sample/sample-messages';

export interface MessageSource {
  list(): Promise<MessagesSnapshot>;
  refresh(options?: { force?: boolean }): Promise<MessagesSnapshot>;
}

const sampleMessagesAnchor = defineStoredValue('sampleMessagesAnchor', z.nullable(z.number()), () => null);

async function sampleSnapshot(): Promise<MessagesSnapshot> {
  let anchor = await sampleMessagesAnchor.get();
  if (anchor === null) {
    anchor = Date.now();
    await sampleMessagesAnchor.set(anchor);
  }
  return { source: 'sample', conversations: groupConversations(buildSampleMessages((await loadSampleData()).messages, anchor)), syncedAt: null };
}

const sources: Record<'sample' | 'ringcentral', MessageSource> = {
  sample: { list: sampleSnapshot, refresh: sampleSnapshot },
  ringcentral: ringCentralMessages,
};

export async function currentMessageSource(): Promise<MessageSource> {
  return sources[(await phoneAccountSetting.get()).source];
}
