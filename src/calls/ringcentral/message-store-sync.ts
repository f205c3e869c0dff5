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
import { rcGet } from './rc-get';
import { RingCentralError, isRingCentralError } from './ringcentral-error';
import { callLogPageSchema as pageSchema } from './schemas';

export const MESSAGE_STORE_PATH = '/restapi/v1.0/account/~/extension/~/message-store';
const FRESH_FOR_MS = 30_000;
const WINDOW_MS = 7 * 24 * 60 * 60_000;
const PER_PAGE = 100;
const MAX_PAGES = 3;
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

export async function cachedMessages(account: PhoneAccount): Promise<MessageStoreCache | null> {
  const cache = await ringCentralMessageStore.get();
  return cache && cache.serverUrl === serverOrigin(account) && cache.clientId === account.clientId ? cache : null;
}

export async function syncMessageStore(account: PhoneAccount, { force = false } = {}): Promise<MessageStoreCache> {
  return await navigator.locks.request('ringcentral-message-store', async () => {
    const cache = await cachedMessages(account);
    const now = Date.now();
    if (cache?.retryAt && now < cache.retryAt) throw new RingCentralError('rateLimited', 'RingCentral asked us to wait.', cache.retryAt - now);
    if (cache && !force && now - cache.syncedAt < FRESH_FOR_MS) return cache;
    try {
      const fresh = { serverUrl: serverOrigin(account), clientId: account.clientId, syncedAt: now, messages: await readMessages(account, now) };
      await ringCentralMessageStore.set(fresh);
      return fresh;
    } catch (failure) {
      if (isRingCentralError(failure) && failure.code === 'rateLimited') {
        const kept = cache ?? { serverUrl: serverOrigin(account), clientId: account.clientId, syncedAt: 0, messages: [] };
        await ringCentralMessageStore.set({ ...kept, retryAt: now + (failure.retryAfterMs ?? 60_000) });
      }
      throw failure;
    }
  });
}

async function readMessages(account: PhoneAccount, now: number): Promise<MessageRecord[]> {
  const query = new URLSearchParams({ dateFrom: new Date(now - WINDOW_MS).toISOString(), perPage: String(PER_PAGE) });
  for (const type of ['SMS', 'VoiceMail', 'Fax']) query.append('messageType', type);
  let next: string | undefined = `${MESSAGE_STORE_PATH}?${query}`;
  const messages: MessageRecord[] = [];
  for (let page = 0; next && page < MAX_PAGES; page++) {
    const parsed = pageSchema.safeParse(await rcGet(account, next));
    if (!parsed.success) throw new RingCentralError('unavailable', 'RingCentral answered the message store with something unexpected.');
    for (const record of parsed.data.records) {
      const message = messageRecordSchema.safeParse(record);
      // A deleted message stays in the store for a while; it is not a message to log.
      if (message.success && (record as { availability?: string }).availability !== 'Deleted') messages.push(withReaderLinks(message.data));
    }
    next = parsed.data.navigation?.nextPage?.uri;
  }
  return messages;
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
