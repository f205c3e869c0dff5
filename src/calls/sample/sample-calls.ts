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
export function buildSampleCalls({ me, samples }: SampleData['calls'], anchor: number): CallRecord[] {
  return samples.map((sample, i) => {
    const n = i + 1;
    const start = new Date(Math.floor((anchor - sample.minutesAgo * MINUTE) / 1000) * 1000).toISOString();
    const [from, to] = sample.direction === 'Inbound' ? [sample.other, me] : [me, sample.other];
    const call = {
      startTime: start,
      duration: sample.duration,
      durationMs: sample.duration * 1000,
      type: 'Voice',
      direction: sample.direction,
      action: sample.direction === 'Inbound' ? 'Phone Call' : 'VoIP Call',
      result: sample.result,
      from,
      to,
    };
    return {
      id: `sample-call-${n}`,
      sessionId: `sample-${n}`,
      telephonySessionId: `s-sample-${n}`,
      ...call,
      lastModifiedTime: new Date(Date.parse(start) + sample.duration * 1000 + 2000).toISOString(),
      legs: [{ ...call, legType: sample.direction === 'Inbound' ? 'Accept' : 'SipToPstnMetered', master: true }],
    };
  });
}
