/** The user's settings, each a typed value in extension storage with a sensible default. */
import * as z from 'zod/mini';
import { defineStoredValue } from './stored-value';

/**
 * The CRM the API logs into. Unset on a fresh install, which means the embedded Example CRM so
 * a new user can log a call at once; `platform: null` after the user disconnected on purpose.
 * (Wrapped in an object: some storage implementations drop a top-level null.)
 */
export const DEFAULT_PLATFORM = 'testCRM';
export const activeCrmSetting = defineStoredValue(
  'activeCrm',
  z.object({ platform: z.nullable(z.string()) }),
  () => ({ platform: DEFAULT_PLATFORM }),
  {
    // Falling back would log this user's calls into the Example CRM without a word.
    refuseDamaged: {
      message: 'The saved choice of CRM is damaged, so nothing was logged (it could have gone to the wrong CRM).',
      hint: 'Open Options and connect your CRM again.',
    },
  },
);
