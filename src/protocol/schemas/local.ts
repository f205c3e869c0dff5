/** Schemas of the local paths: calls, the phone account, OAuth apps (never forwarded). */
import * as z from 'zod/mini';
import { credentialUrl } from '../http-url';
import { oauthAppSchema } from './oauth-app';
import { formData, queryFlag, requiredText } from './common';

export const getCallsQuery = z.object({ refresh: queryFlag });

export const signInCallbackBody = z.object({
  /** The URL RingCentral redirected to, as `identity.launchWebAuthFlow` gave it. */
  callbackUri: requiredText(4096).check(z.refine((text) => URL.canParse(text), 'must be a URL')),
});

/** Sets (or, with `app: null`, removes) the OAuth app of one CRM. None of it is secret. */
export const putOAuthAppBody = z.object({
  platform: requiredText(64),
  app: z.nullable(oauthAppSchema),
  /** Without a `clientSecret` in `app`, the stored one is kept unless this asks to forget it. */
  clearClientSecret: z.optional(z.boolean()),
});

export const oauthSignInBody = z.object({ platform: requiredText(64), additionalInfo: z.optional(formData()) });

/** Sets a CRM's partner key (Redtail's) and API root; a missing `partnerKey` keeps the stored one unless `clearPartnerKey`. */
export const putPartnerKeyBody = z.object({
  platform: requiredText(64),
  partnerKey: z.optional(z.string().check(z.minLength(1), z.maxLength(512))),
  /** The CRM's API root; absent → its default. Only `https://`, or `http://` on loopback (tests). */
  apiRoot: z.optional(credentialUrl),
  clearPartnerKey: z.optional(z.boolean()),
});
