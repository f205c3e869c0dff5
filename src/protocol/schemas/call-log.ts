import * as z from 'zod/mini';
import { callRecordSchema, idText } from '../call-record';
import { MAX_DETAIL_SESSION_IDS, MAX_NOTE, MAX_SESSION_IDS, MAX_SUBJECT, formData, idValue, queryFlag, text } from './common';

export const createCallLogBody = z.object({
  logInfo: callRecordSchema,
  contactId: idValue,
  contactType: z.optional(text(64)),
  contactName: z.optional(text(500)),
  note: z.optional(text(MAX_NOTE)),
  additionalSubmission: z.optional(z.nullable(formData())),
  aiNote: z.optional(text(MAX_NOTE)),
  transcript: z.optional(text(MAX_NOTE)),
});
export type CreateCallLogBody = z.infer<typeof createCallLogBody>;

export const getCallLogQuery = z
  .object({
    sessionIds: z
      .pipe(
        z.string().check(z.minLength(1)),
        z.transform((list) => list.split(',').map((id) => id.trim())),
      )
      .check(
        z.refine((ids) => ids.length <= MAX_SESSION_IDS, `must list at most ${MAX_SESSION_IDS} session ids`),
        z.refine((ids) => ids.every((id) => id.length >= 1 && id.length <= 128), 'must be session ids of 1 to 128 characters, separated by commas'),
      ),
    requireDetails: queryFlag,
  })
  .check(
    // Details cost one CRM request per log: a bounded number, well inside the answer's 15 s.
    z.refine((query) => query.requireDetails !== 'true' || new Set(query.sessionIds).size <= MAX_DETAIL_SESSION_IDS, {
      message: `must list at most ${MAX_DETAIL_SESSION_IDS} different session ids with requireDetails=true`,
      path: ['sessionIds'],
    }),
  );

export const updateCallLogBody = z.object({
  sessionId: idText(),
  subject: z.optional(text(MAX_SUBJECT)),
  note: z.optional(text(MAX_NOTE)),
  recordingLink: z.optional(text(2048)),
  startTime: z.optional(z.union([text(64), z.number()])),
  duration: z.optional(z.number().check(z.minimum(0))),
  result: z.optional(text(200)),
  aiNote: z.optional(text(MAX_NOTE)),
  transcript: z.optional(text(MAX_NOTE)),
  additionalSubmission: z.optional(z.nullable(formData())),
});
export type UpdateCallLogBody = z.infer<typeof updateCallLogBody>;

export const callDispositionBody = z.object({
  sessionId: idText(),
  dispositions: formData(),
});

export const reviewCallLogBody = z.object({
  sessionId: idText(),
  /** The CRM record the person found; leave it out when the call is not in the CRM. */
  logId: z.optional(idText()),
});

export const outboxItemBody = z.object({ id: z.number().check(z.int(), z.minimum(1)) });
