/** Schemas of the local paths: calls, the phone account and the log-body settings (never forwarded). */
import * as z from 'zod/mini';
import { queryFlag, requiredText } from './common';

export const getCallsQuery = z.object({ refresh: queryFlag });

export const signInCallbackBody = z.object({
  /** The URL RingCentral redirected to, as `identity.launchWebAuthFlow` gave it. */
  callbackUri: requiredText(4096).check(z.refine((text) => URL.canParse(text), 'must be a URL')),
});
