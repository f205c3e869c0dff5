/**
 * The embedded sample calls: a few recent calls of a made-up user, shaped like RingCentral's
 * Call Log API ("Detailed" view). Their numbers belong to the Example CRM's seeded contacts
 * (src/connectors/testCRM/seed.ts): one number has two contacts, one has none, so a new user
 * meets every case of the log form. Times are relative to an anchor stored on first use.
 */
import type { CallParty, CallRecord } from '../../protocol/call-record';

const ME: CallParty = { phoneNumber: '+16505550100', extensionNumber: '101', name: 'Casey Morgan' };
const MINUTE = 60_000;

interface SampleCall {
  minutesAgo: number;
  direction: 'Inbound' | 'Outbound';
  result: string;
  duration: number;
  other: CallParty;
}

const SAMPLES: SampleCall[] = [
  {
    minutesAgo: 14,
    direction: 'Inbound',
    result: 'Accepted',
    duration: 342,
    other: { phoneNumber: '+14155550132', name: 'Whitfield Consulting', location: 'San Francisco, CA' },
  },
  { minutesAgo: 52, direction: 'Outbound', result: 'Call connected', duration: 1275, other: { phoneNumber: '+12125550147', name: 'Marcus Bell' } },
  { minutesAgo: 125, direction: 'Inbound', result: 'Missed', duration: 18, other: { phoneNumber: '+13125550119', location: 'Chicago, IL' } },
  { minutesAgo: 220, direction: 'Inbound', result: 'Accepted', duration: 96, other: { phoneNumber: '+15125550188', location: 'Austin, TX' } },
  { minutesAgo: 26 * 60, direction: 'Outbound', result: 'Voicemail', duration: 41, other: { phoneNumber: '+17135550126', name: 'Grace Kimura' } },
  {
    minutesAgo: 29 * 60 + 35,
    direction: 'Inbound',
    result: 'Accepted',
    duration: 728,
    other: { phoneNumber: '+14045550159', name: 'Grant Logistics' },
  },
  {
    minutesAgo: 50 * 60 + 10,
    direction: 'Outbound',
    result: 'Call connected',
    duration: 2410,
    other: { phoneNumber: '+13035550115', name: 'Ingrid Solberg' },
  },
];

/** The sample calls, newest first, as they look `anchor` milliseconds after the epoch. */
export function buildSampleCalls(anchor: number): CallRecord[] {
  return SAMPLES.map((sample, i) => {
    const n = i + 1;
    const start = new Date(Math.floor((anchor - sample.minutesAgo * MINUTE) / 1000) * 1000).toISOString();
    const [from, to] = sample.direction === 'Inbound' ? [sample.other, ME] : [ME, sample.other];
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
