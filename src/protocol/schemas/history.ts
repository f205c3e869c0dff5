/** Schemas of the statistics and export paths (local: this browser's ledger). */
import * as z from 'zod/mini';

/** A local calendar day, as `<input type="date">` gives it. */
export const dayText = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'));

export const statsQuery = z.object({
  days: z.optional(z.string().check(z.regex(/^(?:[1-9]\d?|[12]\d\d|3[0-5]\d|36[0-6])$/, 'must be a number of days from 1 to 366'))),
});

export const logHistoryQuery = z.object({ from: dayText, to: dayText });
