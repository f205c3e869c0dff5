/** Building blocks shared by the request schemas, with the limits of docs/message-api.md ("Errors"). */
import * as z from 'zod/mini';

export const MAX_NOTE = 100_000;
export const MAX_SUBJECT = 500;
export const MAX_SESSION_IDS = 10_000;
/** GET /callLog with requireDetails=true asks the CRM once per log: this many different ids at most. */
export const MAX_DETAIL_SESSION_IDS = 50;

export const text = (max: number) => z.string().check(z.maxLength(max));
export const requiredText = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

/** An id a CRM may give as a number (Pipedrive person 731) or text; always handled as text. */
export const idValue = z.pipe(
  z.union([requiredText(128), z.number().check(z.refine(Number.isFinite, 'must be a finite number'))]),
  z.transform((value) => String(value)),
);

/**
 * Free-form form data (`additionalSubmission`, `dispositions`): any keys, at most `maxKeys`.
 * Keys that reach a prototype are refused by the router before any schema runs (unsafe-keys.ts).
 */
export const formData = (maxKeys = 100) =>
  z
    .record(z.string().check(z.maxLength(128)), z.unknown())
    .check(z.refine((value) => Object.keys(value).length <= maxKeys, `must have at most ${maxKeys} fields`));

/** A query flag: the strings 'true' / 'false', as they arrive in a URL. */
export const queryFlag = z.optional(z.enum(['true', 'false']));

export const E164_LIKE = /^[+ ]?[0-9]{1,20}$/;
