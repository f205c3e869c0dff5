/** Which items a log body holds (docs/log-body.md), each switchable by the user. */
import * as z from 'zod/mini';
import { DEFAULT_DATE_FORMAT } from '../format-date';
import { isTimezoneOffset } from '../time-zone';

const on = z._default(z.boolean(), true);
const off = z._default(z.boolean(), false);

export const logBodySettingsSchema = z.object({
  addCallLogNote: on,
  addCallSessionId: off,
  addCallLogSubject: on,
  addCallLogContactNumber: off,
  addCallLogDateTime: on,
  logDateFormat: z._default(z.string().check(z.minLength(1), z.maxLength(64)), DEFAULT_DATE_FORMAT),
  addCallLogDuration: on,
  addCallLogResult: on,
  addCallLogRecording: on,
  addCallLogAiNote: on,
  addCallLogTranscript: on,
  addCallLogLegs: on,
  /** Overrides the CRM user's time zone for the Date/Time item; unset = the CRM's own. */
  timezoneOffset: z.optional(z.string().check(z.refine(isTimezoneOffset, 'must look like +05:30, -08:00, -4 or 330'))),
});

export type LogBodySettings = z.infer<typeof logBodySettingsSchema>;

export const defaultLogBodySettings: LogBodySettings = logBodySettingsSchema.parse({});
