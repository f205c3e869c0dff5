/**
 * The Clio user's time-entry settings (docs/clio.md, "Time entry"): whether a call also gets a
 * time entry that bills it (default yes), and whether that entry is billable by default (yes).
 */
import * as z from 'zod/mini';
import { defineStoredValue } from '../../storage/stored-value';

export const clioTimeEntrySetting = defineStoredValue(
  'clio:timeEntries',
  z.object({ enabled: z.boolean(), billableByDefault: z.boolean(), seeClosedMatters: z.optional(z.boolean()) }),
  () => ({ enabled: true, billableByDefault: true }),
);
