/**
 * The sample calls (their data: public/sample-data.json): a few recent calls of a made-up user, shaped like RingCentral's
 * Call Log API ("Detailed" view). Their numbers belong to the Example CRM's seeded contacts
 * (src/connectors/testCRM/seed.ts): one number has two contacts, one has none, so a new user
 * meets every case of the log form. Times are relative to an anchor stored on first use.
 */
import type { CallRecord } from '../../protocol/call-record';
import type { SampleData } from './sample-data';

const MINUTE = 60_000;

/** The sample calls, newest first, as they look `anchor` milliseconds after the epoch. */
export function buildSampleCalls(samples: SampleData['calls'], anchor: number): CallRecord[] {
  return samples.map(({ minutesAgo, call }) => {
    const start = Math.floor((anchor - minutesAgo * MINUTE) / 1000) * 1000;
    const startTime = new Date(start).toISOString();
    return {
      ...call,
      startTime,
      lastModifiedTime: new Date(start + call.duration * 1000 + 2000).toISOString(),
      legs: call.legs.map((leg) => ({ ...leg, startTime })),
    };
  });
}
