/**
 * The sample conversations (their data: public/sample-data.json), shaped like RingCentral's message store: SMS with the
 * Example CRM's seeded contacts (one of them a group), a voicemail and a fax, so a new user meets
 * every kind of message log. Times are relative to an anchor stored on first use, so the
 * conversation-days keep their ids and a logged sample stays logged.
 */
import type { MessageRecord } from '../../protocol/message-record';
import type { SampleData } from './sample-data';

const MINUTE = 60_000;

export function buildSampleMessages(samples: SampleData['messages'], anchor: number): MessageRecord[] {
  return samples.map(({ minutesAgo, message }) => ({ ...message, creationTime: new Date(anchor - minutesAgo * MINUTE).toISOString() }));
}
