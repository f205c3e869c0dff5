/** The parts of Google's answers the connector reads (docs/google-sheets.md). */
import * as z from 'zod/mini';

export const userInfo = z.object({ sub: z.string(), name: z.optional(z.string()), email: z.optional(z.string()) });

export const spreadsheet = z.object({
  spreadsheetId: z.string(),
  properties: z.optional(z.object({ title: z.optional(z.string()) })),
  sheets: z.array(z.object({ properties: z.object({ sheetId: z.number(), title: z.string() }) })),
});
export type Spreadsheet = z.infer<typeof spreadsheet>;

/** Trailing empty cells and rows are left out by Google; a range with nothing has no `values`. */
const cells = z.pipe(
  z.optional(z.array(z.array(z.union([z.string(), z.number(), z.boolean()])))),
  z.transform((rows) => (rows ?? []).map((row) => row.map(String))),
);
export const valueRange = z.object({ range: z.optional(z.string()), values: cells });
export const batchGet = z.object({
  valueRanges: z.pipe(
    z.optional(z.array(valueRange)),
    z.transform((ranges) => ranges ?? []),
  ),
});
export const appended = z.object({ updates: z.object({ updatedRange: z.string() }) });
export const anything = z.optional(z.unknown());
