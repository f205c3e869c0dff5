/**
 * The sample calls and conversations of a made-up user, as plain data in the extension's
 * `public/sample-data.json`: read from the package when first asked for, so the worker's bundle
 * does not carry them (issue 18: the worker's core budget). The file ships with the extension
 * and is written by us, so its shape is trusted as the types below say.
 */
import browser from 'webextension-polyfill';
import * as z from 'zod/mini';
import { defineStoredValue } from '../../storage/stored-value';
import type { CallRecord } from '../../protocol/call-record';
import type { MessageRecord } from '../../protocol/message-record';

/**
 * Records as RingCentral's APIs would give them (the Call Log API's "Detailed" view, the message
 * store), without their times: each is `minutesAgo` before the anchor.
 */
export interface SampleData {
  calls: { minutesAgo: number; call: CallRecord & { duration: number; legs: object[] } }[];
  messages: { minutesAgo: number; message: Partial<MessageRecord> & { id: string } }[];
}

// A cache only: a stopped worker reads the file again.
let loading: Promise<SampleData> | undefined;

export function loadSampleData(): Promise<SampleData> {
  loading ??= fetch(browser.runtime.getURL('/sample-data.json'))
    .then((response) => response.json() as Promise<SampleData>)
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

/**
 * When the user first asked for the samples under `key`, stored, so they keep their times and
 * ids across restarts: a logged sample stays logged.
 */
export function defineSampleAnchor(key: string): () => Promise<number> {
  const stored = defineStoredValue(key, z.nullable(z.number()), () => null);
  return async () => {
    const anchor = await stored.get();
    if (anchor !== null) return anchor;
    const now = Date.now();
    await stored.set(now);
    return now;
  };
}
