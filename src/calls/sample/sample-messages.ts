/**
 * The sample conversations (their data: public/sample-data.json), shaped like RingCentral's message store: SMS with the
 * Example CRM's seeded contacts (one of them a group), a voicemail and a fax, so a new user meets
 * every kind of message log. Times are relative to an anchor stored on first use, so the
 * conversation-days keep their ids and a logged sample stays logged.
 */
import type { MessageRecord } from '../../protocol/message-record';
import type { SampleData } from './sample-data';

const MINUTE = 60_000;

export function buildSampleMessages({ parties, samples }: SampleData['messages'], anchor: number): MessageRecord[] {
  return samples.map((s) => {
    const id = String(9_100_000 + s.id);
    const creationTime = new Date(anchor - s.minutesAgo * MINUTE).toISOString();
    const type = s.type ?? 'SMS';
    return {
      id,
      type,
      direction: s.from === 'me' ? 'Outbound' : 'Inbound',
      creationTime,
      subject: s.text,
      from: parties[s.from]!,
      to: s.to.map((key) => parties[key]!),
      ...(type === 'SMS' ? { conversationId: String(s.conversation) } : {}),
      readStatus: 'Read',
      messageStatus: s.from === 'me' ? 'Delivered' : 'Received',
      attachments: [attachmentOf(type, id)],
      ...(type === 'Fax' ? { faxPageCount: 2 } : {}),
    };
  });
}

function attachmentOf(type: string, id: string) {
  if (type === 'VoiceMail') {
    return {
      id: `${id}1`,
      type: 'AudioRecording',
      contentType: 'audio/mpeg',
      vmDuration: 38,
      link: `https://service.ringcentral.com/voicemail/sample/${id}`,
    };
  }
  if (type === 'Fax')
    return { id: `${id}1`, type: 'RenderedDocument', contentType: 'application/pdf', link: `https://service.ringcentral.com/fax/sample/${id}` };
  return { id: `${id}1`, type: 'Text', contentType: 'text/plain' };
}
