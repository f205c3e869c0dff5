/**
 * Reads the user's recent SMS, voicemail and fax from RingCentral's message store
 * (GET /restapi/v1.0/account/~/extension/~/message-store, paged) and keeps them in extension
 * storage. The message list is in RingCentral's "Light" rate-limit group; as for the call log
 * (call-log-sync.ts), a recent read is not repeated, a 429 is remembered until its Retry-After,
 * and concurrent reads wait for each other.
 */
import * as z from 'zod/mini';
import { messageRecordSchema, type MessageRecord } from '../../protocol/message-record';
import { type PhoneAccount } from '../../protocol/schemas/phone-account';
import { defineStoredValue } from '../../storage/stored-value';
import { serverOrigin } from '../phone-account';
import { cachedList, readPages, syncList, type ListCache } from './synced-list';

export const MESSAGE_STORE_PATH = '/restapi/v1.0/account/~/extension/~/message-store';
const WINDOW_MS = 7 * 24 * 60 * 60_000;
const PER_PAGE = 100;
const MEDIA_READER = 'https://ringcentral.github.io/ringcentral-media-reader/?media=';

const cacheSchema = z.object({
  serverUrl: z.string(),
  clientId: z.string(),
  syncedAt: z.number(),
  retryAt: z.optional(z.number()),
  messages: z.array(messageRecordSchema),
});
export type MessageStoreCache = z.infer<typeof cacheSchema>;

export const ringCentralMessageStore = defineStoredValue('ringcentralMessages', z.nullable(cacheSchema), () => null);

const messageStore = {
  lockName: 'ringcentral-message-store',
  get: () => ringCentralMessageStore.get(),
  set: (cache: MessageStoreCache) => ringCentralMessageStore.set(cache),
  empty: (base: ListCache): MessageStoreCache => ({ ...base, messages: [] }),
  read: async (account: PhoneAccount, now: number): Promise<MessageStoreCache> => ({
    serverUrl: serverOrigin(account),
    clientId: account.clientId,
    syncedAt: now,
    messages: await readMessages(account, now),
  }),
};

export const cachedMessages = (account: PhoneAccount) => cachedList(messageStore, account);

export async function syncMessageStore(account: PhoneAccount, { force = false } = {}): Promise<MessageStoreCache> {
  return (await syncList(messageStore, account, force)).cache;
}

function readMessages(account: PhoneAccount, now: number): Promise<MessageRecord[]> {
  const query = new URLSearchParams({ dateFrom: new Date(now - WINDOW_MS).toISOString(), perPage: String(PER_PAGE) });
  for (const type of ['SMS', 'VoiceMail', 'Fax']) query.append('messageType', type);
  return readPages(account, `${MESSAGE_STORE_PATH}?${query}`, 'message store', (record) => {
    const message = messageRecordSchema.safeParse(record);
    // A deleted message stays in the store for a while; it is not a message to log.
    return message.success && (record as { availability?: string }).availability !== 'Deleted' ? withReaderLinks(message.data) : undefined;
  });
}

/**
 * A recording's or a fax's `uri` needs a RingCentral token; the link a person opens from the CRM
 * is RingCentral's media reader for that uri (as App Connect links them), which signs them in.
 */
function withReaderLinks(message: MessageRecord): MessageRecord {
  const attachments = message.attachments?.map((a) =>
    !a.link && a.uri && (a.type === 'AudioRecording' || a.type === 'RenderedDocument')
      ? { ...a, link: `${MEDIA_READER}${encodeURIComponent(a.uri)}` }
      : a,
  );
  return attachments ? { ...message, attachments } : message;
}
