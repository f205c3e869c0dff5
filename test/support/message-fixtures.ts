/** RingCentral message-store records and POST /messageLog bodies for the message-log tests. */
export const AGENT_NUMBER = '+16505550100';
export const DANA = { id: 'c-1', name: 'Dana Whitfield', phoneNumber: '+14155550132' };
export const MARCUS = { id: 'c-3', name: 'Marcus Bell', phoneNumber: '+12125550147' };

type Person = { name: string; phoneNumber: string };

export function sms(id: string, creationTime: string, text: string, from: Person | 'agent' = DANA, to: Person[] = [DANA]) {
  const outbound = from === 'agent';
  return {
    id,
    uri: `https://platform.ringcentral.com/restapi/v1.0/account/1/extension/1/message-store/${id}`,
    type: 'SMS',
    direction: outbound ? 'Outbound' : 'Inbound',
    creationTime,
    lastModifiedTime: creationTime,
    subject: text,
    from: outbound ? { phoneNumber: AGENT_NUMBER } : { phoneNumber: from.phoneNumber, name: from.name },
    to: outbound ? to.map((p) => ({ phoneNumber: p.phoneNumber, name: p.name })) : [{ phoneNumber: AGENT_NUMBER }],
    conversationId: 7001,
    conversation: { id: '7001', uri: 'https://platform.ringcentral.com/restapi/v1.0/conversation/7001' },
    readStatus: 'Read',
    messageStatus: outbound ? 'Delivered' : 'Received',
    attachments: [{ id: Number(id) * 10, type: 'Text', contentType: 'text/plain', uri: `https://media.ringcentral.com/${id}/content` }],
  };
}

export function voicemail(id: string, creationTime: string, link: string) {
  return {
    ...sms(id, creationTime, 'Dana Whitfield'),
    type: 'VoiceMail',
    conversationId: undefined,
    attachments: [
      { id: 91, type: 'AudioRecording', contentType: 'audio/mpeg', vmDuration: 42, uri: 'https://media.ringcentral.com/vm/content', link },
    ],
  };
}

export function fax(id: string, creationTime: string, link: string) {
  return {
    ...sms(id, creationTime, ''),
    type: 'Fax',
    faxPageCount: 2,
    conversationId: undefined,
    attachments: [{ id: 92, type: 'RenderedDocument', contentType: 'application/pdf', uri: 'https://media.ringcentral.com/fax/content', link }],
  };
}

/** The three SMS of one conversation-day (2026-03-02), newest first as RingCentral lists them. */
export const dayOne = [
  sms('1003', '2026-03-02T17:20:00Z', 'See you Thursday.'),
  sms('1002', '2026-03-02T17:05:00Z', 'Thursday at 10 works for us.', 'agent'),
  sms('1001', '2026-03-02T16:58:00Z', 'Can we move the demo to Thursday?'),
];

export function messageLogBody(messages: unknown[], conversationLogId = '7001-20260302', contact = DANA, correspondents: Person[] = [DANA]) {
  return {
    logInfo: { messages, correspondents, conversationId: '7001', conversationLogId },
    contactId: contact.id,
    contactType: 'contact',
    contactName: contact.name,
  };
}
