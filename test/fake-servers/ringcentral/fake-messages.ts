/**
 * The fake server's message store (GET /restapi/v1.0/account/~/extension/~/message-store), as
 * RingCentral's API reference describes it: records newest first, filtered by `dateFrom` (default:
 * the last 24 hours), `dateTo` and any number of `messageType`, paged with `page` and `perPage`
 * and `navigation` links. Deleted messages stay listed with `availability: 'Deleted'`.
 */
import { listPage } from './paging';

const HOUR = 3600_000;
const ME = { phoneNumber: '+16505550100', extensionNumber: '101', name: 'Jordan Rivera' };
const DANA = { phoneNumber: '+14155550132', name: 'Dana Whitfield' };
const MARCUS = { phoneNumber: '+12125550147', name: 'Marcus Bell' };

export type FakeMessage = { id: number; creationTime: string; type: string } & Record<string, unknown>;

export function rebasedMessages(now: number): FakeMessage[] {
  const at = (hoursAgo: number) => new Date(now - hoursAgo * HOUR).toISOString();
  const sms = (id: number, hoursAgo: number, text: string, from: object, to: object[], conversationId: number, extra: object = {}) => ({
    id,
    uri: `https://platform.ringcentral.com/restapi/v1.0/account/3000000001/extension/3000000101/message-store/${id}`,
    type: 'SMS',
    direction: from === ME ? 'Outbound' : 'Inbound',
    creationTime: at(hoursAgo),
    lastModifiedTime: at(hoursAgo),
    subject: text,
    from,
    to,
    conversationId,
    conversation: { id: String(conversationId), uri: `https://platform.ringcentral.com/restapi/v1.0/conversation/${conversationId}` },
    readStatus: 'Read',
    messageStatus: from === ME ? 'Delivered' : 'Received',
    availability: 'Alive',
    priority: 'Normal',
    attachments: [
      {
        id: id * 10,
        uri: `https://platform.ringcentral.com/restapi/v1.0/account/3000000001/extension/3000000101/message-store/${id}/content/${id * 10}`,
        type: 'Text',
        contentType: 'text/plain',
      },
    ],
    ...extra,
  });
  return [
    sms(5001, 3, 'Can we move the demo to Thursday?', DANA, [ME], 7001),
    sms(5002, 2.9, 'Thursday at 10 works.', ME, [DANA], 7001),
    sms(5003, 2.8, 'Deleted later', DANA, [ME], 7001, { availability: 'Deleted' }),
    sms(5004, 30, 'Contract signed.', DANA, [ME], 7001),
    {
      ...sms(5005, 4, 'Marcus Bell', MARCUS, [ME], 0),
      type: 'VoiceMail',
      conversationId: undefined,
      conversation: undefined,
      vmTranscriptionStatus: 'NotAvailable',
      attachments: [
        {
          id: 50051,
          uri: 'https://media.ringcentral.com/restapi/v1.0/account/3000000001/extension/3000000101/message-store/5005/content/50051',
          type: 'AudioRecording',
          contentType: 'audio/x-wav',
          vmDuration: 38,
        },
      ],
    },
    {
      ...sms(5006, 5, '', DANA, [ME], 0),
      type: 'Fax',
      faxPageCount: 2,
      faxResolution: 'High',
      conversationId: undefined,
      conversation: undefined,
      attachments: [
        {
          id: 50061,
          uri: 'https://media.ringcentral.com/restapi/v1.0/account/3000000001/extension/3000000101/message-store/5006/content/50061',
          type: 'RenderedDocument',
          contentType: 'application/pdf',
        },
      ],
    },
    sms(5007, 50 * 24, 'Too old to show', DANA, [ME], 7001),
  ];
}

export function messageStorePage(origin: string, query: URLSearchParams, messages: FakeMessage[], maxPerPage: number) {
  const dateFrom = Date.parse(query.get('dateFrom') ?? '') || Date.now() - 24 * HOUR;
  const dateTo = Date.parse(query.get('dateTo') ?? '') || Date.now() + HOUR;
  const types = query.getAll('messageType');
  const matching = messages
    .filter((m) => Date.parse(m.creationTime) >= dateFrom && Date.parse(m.creationTime) <= dateTo && (!types.length || types.includes(m.type)))
    .sort((a, b) => Date.parse(b.creationTime) - Date.parse(a.creationTime));
  return listPage(origin, 'message-store', query, matching, maxPerPage);
}
