/** Counting a fake CRM's requests per operation, cold (the `cache:*` entries forgotten) or warm. */
import browser from 'webextension-polyfill';
import { api } from './api';

export function requestCounter(account: { clearRequests(): Promise<void>; requestLines(): Promise<string[]> }) {
  return {
    async count(work: () => Promise<unknown>): Promise<number> {
      await account.clearRequests();
      await work();
      return (await account.requestLines()).length;
    },
    async forgetCaches(): Promise<void> {
      await browser.storage.local.remove(Object.keys(await browser.storage.local.get(null)).filter((key) => key.startsWith('cache:')));
    },
    details: (sessionId: string) => api({ method: 'GET', path: '/callLog', query: { sessionIds: sessionId, requireDetails: 'true' } }),
  };
}
