/**
 * Automatic logging (docs/auto-log.md): off on a fresh install; what to do when a number matches
 * no contact or several; which calls to log. An unknown value is refused with a 400 naming it.
 */
import * as z from 'zod/mini';
import { callRecordSchema } from '../call-record';

const on = z._default(z.boolean(), true);
const off = z._default(z.boolean(), false);

export const UNKNOWN_NUMBER_POLICIES = ['skip', 'createContact'] as const;
export const SEVERAL_MATCHES_POLICIES = ['skip', 'mostRecentActivity', 'firstAlphabetical', 'earliestCreated'] as const;

export const autoLogSettingsSchema = z.object({
  enabled: off,
  unknownNumber: z._default(z.enum(UNKNOWN_NUMBER_POLICIES), 'skip'),
  severalMatches: z._default(z.enum(SEVERAL_MATCHES_POLICIES), 'skip'),
  /** Which calls: by default every ended call, missed ones included, as App Connect does. */
  logInbound: on,
  logOutbound: on,
  /** Calls nobody answered: missed, voicemail, rejected, busy, no answer. */
  logMissed: on,
  /** Calls between two extensions of the phone system (no outside number). */
  logInternal: off,
  /** Numbers never logged automatically (private lines, family), as typed. */
  doNotLog: z._default(z.array(z.string().check(z.minLength(1), z.maxLength(64))).check(z.maxLength(500)), []),
  /** Wait until the recording is there and create once ("log once, when everything is ready"). */
  waitForRecording: off,
  /** Open the log form in the side panel after a call is logged automatically, to add a note. */
  openFormAfterLog: off,
  /** A browser notification when auto-log fails or leaves calls unlogged while no panel is open. */
  notify: off,
});

export type AutoLogSettings = z.infer<typeof autoLogSettingsSchema>;

export const defaultAutoLogSettings: AutoLogSettings = autoLogSettingsSchema.parse({});

/** Why auto-log left a call unlogged, each with what a person can do about it. */
export const UNLOGGED_REASONS = ['severalMatches', 'noMatch', 'requiredField', 'crmRefused', 'answeredElsewhere', 'waitingForRecording'] as const;
export type UnloggedReason = (typeof UNLOGGED_REASONS)[number];

/** `POST /calls/autoLog`: a call that just ended (the dialer's call-end event). */
export const autoLogCallBody = z.object({ call: callRecordSchema });
