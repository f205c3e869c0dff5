/**
 * The sample calls source. The anchor (when the user first asked for calls) is stored, so the
 * calls keep their times and session ids: a logged sample call stays logged.
 */
import type { CallSource } from '../call-source';
import type { CallsSnapshot } from '../../protocol/api-answers-browser';
import { buildSampleCalls } from './sample-calls';
import { defineSampleAnchor, loadSampleData } from './sample-data';

const sampleAnchor = defineSampleAnchor('sampleCallsAnchor');

async function snapshot(): Promise<CallsSnapshot> {
  return { source: 'sample', calls: buildSampleCalls((await loadSampleData()).calls, await sampleAnchor()), syncedAt: null };
}

export const sampleSource: CallSource = { list: snapshot, refresh: snapshot };
