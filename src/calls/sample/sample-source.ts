/**
 * The sample calls source. The anchor (when the user first asked for calls) is stored, so the
 * calls keep their times and session ids: a logged sample call stays logged.
 */
import * as z from 'zod/mini';
import { defineStoredValue } from '../../storage/stored-value';
import type { CallSource } from '../call-source';
import type { CallsSnapshot } from '../../protocol/api-answers-browser';
import { buildSampleCalls } from './sample-calls';
import { loadSampleData } from './sample-data';

const sampleAnchor = defineStoredValue('sampleCallsAnchor', z.nullable(z.number()), () => null);

async function snapshot(): Promise<CallsSnapshot> {
  let anchor = await sampleAnchor.get();
  if (anchor === null) {
    anchor = Date.now();
    await sampleAnchor.set(anchor);
  }
  return { source: 'sample', calls: buildSampleCalls((await loadSampleData()).calls, anchor), syncedAt: null };
}

export const sampleSource: CallSource = { list: snapshot, refresh: snapshot };
