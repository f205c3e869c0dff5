/**
 * A RingCentral message-store record (GET /restapi/v1.0/account/~/extension/~/message-store):
 * an SMS, a voicemail or a fax, as `logInfo.messages` of POST /messageLog carries it. Only the
 * fields the logger reads are checked; the rest passes through, as for call records.
 */
import * as z from 'zod/mini';
import { idText } from './call-record';

const messageParty = z.looseObject({
  phoneNumber: z.optional(z.string().check(z.maxLength(64))),
  extensionNumber: z.optional(z.string().check(z.maxLength(64))),
  name: z.optional(z.string().check(z.maxLength(500))),
});

const attachment = z.looseObject({
  id: z.optional(z.union([z.string().check(z.maxLength(128)), z.number()])),
  uri: z.optional(z.string().check(z.maxLength(2048))),
  /** `Text`, `AudioRecording` (voicemail), `AudioTranscription`, `RenderedDocument` (fax), `MmsAttachment`. */
  type: z.optional(z.string().check(z.maxLength(64))),
  contentType: z.optional(z.string().check(z.maxLength(128))),
  /** A link a person can open (the widget adds it); else `uri`, which needs a RingCentral token. */
  link: z.optional(z.string().check(z.maxLength(2048))),
  vmDuration: z.optional(z.number()),
});

/** An id RingCentral gives as a number or text; always handled as text. */
const messageId = z.pipe(
  z.union([idText(), z.number().check(z.refine(Number.isFinite, 'must be a finite number'))]),
  z.transform((value) => String(value)),
);

export const messageRecordSchema = z.looseObject({
  id: messageId,
  /** `SMS`, `Pager`, `VoiceMail`, `Fax`. */
  type: z.optional(z.string().check(z.maxLength(32))),
  direction: z.optional(z.string().check(z.maxLength(32))),
  creationTime: z.string().check(z.minLength(1), z.maxLength(64)),
  /** The text of an SMS; the caller of a voicemail; a fax's cover text. */
  subject: z.optional(z.string().check(z.maxLength(10_000))),
  from: z.optional(messageParty),
  to: z.optional(z.array(messageParty).check(z.maxLength(100))),
  conversationId: z.optional(z.union([z.string().check(z.maxLength(128)), z.number()])),
  attachments: z.optional(z.array(attachment).check(z.maxLength(50))),
  faxPageCount: z.optional(z.number()),
  readStatus: z.optional(z.string().check(z.maxLength(32))),
  messageStatus: z.optional(z.string().check(z.maxLength(32))),
});

export type MessageRecord = z.infer<typeof messageRecordSchema>;
export type MessageParty = z.infer<typeof messageParty>;
