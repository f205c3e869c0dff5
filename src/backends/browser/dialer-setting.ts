/** The dialer's settings and the notes typed during live calls, in extension storage. */
import * as z from 'zod/mini';
import { dialerSettingsSchema } from '../../protocol/schemas/dialer';
import { defineStoredValue } from '../../storage/stored-value';

export const dialerSetting = defineStoredValue('dialer', dialerSettingsSchema, () => dialerSettingsSchema.parse({}));

const noteSchema = z.object({ note: z.string(), at: z.number() });
/** sessionId → note. In storage, not in memory: the worker stops when idle, the panel may close mid-call. */
export const callNotes = defineStoredValue('dialerCallNotes', z.record(z.string(), noteSchema), () => ({}));

/** Notes of calls nobody logged are dropped, oldest first, beyond this many. */
export const MAX_KEPT_NOTES = 200;
