/** Reads the Example CRM's own database from an extension page: what the CRM holds, not what the API says. */
import type { Page } from 'playwright';

export interface StoredActivity {
  id: number;
  contactId: string;
  sessionId: string;
  subject: string;
  body: string;
  dealId: string | null;
}

export function exampleCrm(page: Page) {
  const read = <T>(store: string, index: string | null, key: string) =>
    page.evaluate(
      ({ store, index, key }) =>
        new Promise<unknown>((resolve, reject) => {
          const open = indexedDB.open('example-crm');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const source = db.transaction(store).objectStore(store);
            const request = index ? source.index(index).getAll(key) : source.get(key);
            request.onsuccess = () => {
              db.close();
              resolve(request.result);
            };
          };
        }),
      { store, index, key },
    ) as Promise<T>;
  return {
    activities: (sessionId: string) => read<StoredActivity[]>('activities', 'bySession', sessionId),
    contact: (id: string) => read<{ name: string; phones: string[] } | undefined>('contacts', null, id),
  };
}
