/**
 * The sample calls and conversations of a made-up user, as plain data in the extension's
 * `public/sample-data.json`: read from the package when first asked for, so the worker's bundle
 * does not carry them (issue 18: the worker's core budget). The file ships with the extension
 * and is written by us, so its shape is trusted as the types below say.
 */
import browser from 'webextension-polyfill';
import * as z from 'zod/mini';
import { defineStoredValue } from '../../storage/stored-value';
import type { CallParty } from '../../protocol/call-record';

export interface SampleCall {
  minutesAgo: number;
  direction: 'Inbound' | 'Outbound';
  result: string;
  duration: number;
  other: CallParty;
}

export interface SampleMessage {
  id: number;
  minutesAgo: number;
  text: string;
  /** Keys of `parties`; "me" is the user. */
  from: string;
  to: string[];
  conversation: number;
  type?: 'SMS' | 'VoiceMail' | 'Fax';
}

export interface SampleData {
  calls: { me: CallParty; samples: SampleCall[] };
  messages: { parties: Record<string, { phoneNumber: string; name: string }>; samples: SampleMessage[] };
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
