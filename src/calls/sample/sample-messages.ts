/**
 * The embedded sample conversations, shaped like RingCentral's message store: SMS with the
 * Example CRM's seeded contacts (one of them a group), a voicemail and a fax, so a new user meets
 * every kind of message log. Times are relative to an anchor stored on first use, so the
 * conversation-days keep their ids and a logged sample stays logged.
 */
import type { MessageRecord } from '../../protocol/message-record';

const ME = { phoneNumber: '+16505550100', name: 'Casey Morgan' };
const DANA = { phoneNumber: '+14155550132', name: 'Dana Whitfield' };
const MARCUS = { phoneNumber: '+12125550147', name: 'Marcus Bell' };
const GRACE = { phoneNumber: '+17135550126', name: 'Grace Kimura' };
const MINUTE = 60_000;

type Party = typeof ME;
type Sample = { id: number; minutesAgo: number; text: string; from: Party; to: Party[]; conversation: number; type?: 'SMS' | 'VoiceMail' | 'Fax' };

const SAMPLES: Sample[] = [
  { id: 1, minutesAgo: 95, text: 'Hi Casey, can we move the demo to Thursday?', from: DANA, to: [ME], conversation: 501 },
  { id: 2, minutesAgo: 88, text: 'Thursday at 10 works for us.', from: ME, to: [DANA], conversation: 501 },
  { id: 3, minutesAgo: 80, text: 'Perfect, see you then.', from: DANA, to: [ME], conversation: 501 },
  { id: 4, minutesAgo: 40, text: 'Marcus, Grace: the pilot schedule is attached to the invite.', from: ME, to: [MARCUS, GRACE], conversation: 502 },
  { id: 5, minutesAgo: 33, text: 'Thanks, looks good.', from: GRACE, to: [ME, MARCUS], conversation: 502 },
  { id: 6, minutesAgo: 150, text: 'Marcus Bell', from: MARCUS, to: [ME], conversation: 0, type: 'VoiceMail' },
  { id: 7, minutesAgo: 300, text: 'Signed order form', from: DANA, to: [ME], conversation: 0, type: 'Fax' },
  { id: 8, minutesAgo: 26 * 60, text: 'Got the contract, will sign tomorrow.', from: DANA, to: [ME], conversation: 501 },
];

export function buildSampleMessages(anchor: number): MessageRecord[] {
  return SAMPLES.map((s) => {
    const id = String(9_100_000 + s.id);
    const creationTime = new Date(anchor - s.minutesAgo * MINUTE).toISOString();
    const type = s.type ?? 'SMS';
    return {
      id,
      type,
      direction: s.from === ME ? 'Outbound' : 'Inbound',
      creationTime,
      subject: s.text,
      from: s.from,
      to: s.to,
      ...(type === 'SMS' ? { conversationId: String(s.conversation) } : {}),
      readStatus: 'Read',
      messageStatus: s.from === ME ? 'Delivered' : 'Received',
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
