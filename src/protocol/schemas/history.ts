/** Schema of the export path (local: this browser's ledger). */
import * as z from 'zod/mini';

/** A local calendar day, as `<input type="date">` gives it. */
export const dayText = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'));

export const logHistoryQuery = z.object({ from: dayText, to: dayText });
