/**
 * A RingCentral call-log record ("Detailed" view), the `logInfo` of `POST /callLog`. Only the
 * fields the logger reads are checked; every other field passes through untouched, because
 * App Connect clients send more than this API reads and connectors may use it.
 */
import * as z from 'zod/mini';

export const idText = (max = 128) => z.string().check(z.minLength(1), z.maxLength(max));

const party = z.looseObject({
  phoneNumber: z.optional(z.string().check(z.maxLength(64))),
  extensionNumber: z.optional(z.string().check(z.maxLength(64))),
  name: z.optional(z.string().check(z.maxLength(500))),
  location: z.optional(z.string().check(z.maxLength(500))),
});

const leg = z.looseObject({
  startTime: z.optional(z.union([z.string(), z.number()])),
  duration: z.optional(z.number()),
  direction: z.optional(z.string()),
  legType: z.optional(z.string()),
  from: z.optional(party),
  to: z.optional(party),
});

export const callRecordSchema = z.looseObject({
  id: z.optional(idText()),
  sessionId: idText(),
  telephonySessionId: z.optional(idText()),
  /** ISO 8601 text or epoch milliseconds. */
  startTime: z.optional(z.union([z.string().check(z.maxLength(64)), z.number()])),
  /** Whole seconds; server-side logging may send a word such as `pending`. */
  duration: z.optional(z.union([z.number(), z.string().check(z.maxLength(64))])),
  direction: z.optional(z.string().check(z.maxLength(32))),
  result: z.optional(z.string().check(z.maxLength(200))),
  type: z.optional(z.string().check(z.maxLength(32))),
  from: z.optional(party),
  to: z.optional(party),
  recording: z.optional(z.looseObject({ link: z.optional(z.string().check(z.maxLength(2048))) })),
  legs: z.optional(z.array(leg).check(z.maxLength(100))),
  customSubject: z.optional(z.string().check(z.maxLength(500))),
});

export type CallRecord = z.infer<typeof callRecordSchema>;
export type CallParty = z.infer<typeof party>;
export type CallLeg = z.infer<typeof leg>;
