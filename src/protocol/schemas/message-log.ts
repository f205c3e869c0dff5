import * as z from 'zod/mini';
import { idText } from '../call-record';
import { messageRecordSchema } from '../message-record';
import { formData, idValue, text } from './common';

export const MAX_MESSAGES = 1000;
export const MAX_CONVERSATION_LOG_IDS = 1000;

const correspondent = z.looseObject({
  phoneNumber: z.optional(z.string().check(z.maxLength(64))),
  name: z.optional(z.string().check(z.maxLength(500))),
});

/** POST /messageLog, in App Connect's shape. */
export const createMessageLogBody = z.object({
  logInfo: z.looseObject({
    messages: z.array(messageRecordSchema).check(z.maxLength(MAX_MESSAGES)),
    correspondents: z.optional(z.array(correspondent).check(z.maxLength(100))),
    conversationId: z.optional(z.union([idText(), z.number()])),
    /** One conversation on one day: the key of the one-record rule. */
    conversationLogId: idText(),
  }),
  contactId: idValue,
  contactType: z.optional(text(64)),
  contactName: z.optional(text(500)),
  additionalSubmission: z.optional(z.nullable(formData())),
});
export type CreateMessageLogBody = z.infer<typeof createMessageLogBody>;

/** GET /messageLog: which conversation-days are logged, read from this browser's ledger. */
export const getMessageLogQuery = z.object({
  conversationLogIds: z
    .pipe(
      z.string().check(z.minLength(1)),
      z.transform((list) => list.split(',').map((id) => id.trim())),
    )
    .check(
      z.refine((ids) => ids.length <= MAX_CONVERSATION_LOG_IDS, `must list at most ${MAX_CONVERSATION_LOG_IDS} conversation log ids`),
      z.refine((ids) => ids.every((id) => id.length >= 1 && id.length <= 128), 'must be ids of 1 to 128 characters, separated by commas'),
    ),
});

/**
 * `POST /messages/autoLog`: messages the dialer's widget asks to log by themselves (its "Auto log
 * messages"). The worker groups them into conversation-days as the Messages view does.
 */
export const autoLogMessagesBody = z.object({
  messages: z.array(messageRecordSchema).check(z.maxLength(MAX_MESSAGES)),
});

/** POST /messageLog/retry and /messageLog/discard: one conversation-day of one contact. */
export const waitingMessageLogBody = z.object({ conversationLogId: idText(), contactId: idValue });
