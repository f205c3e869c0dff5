import * as z from 'zod/mini';
import { CREDENTIAL_URL_RULE, isCredentialUrl } from '../http-url';
import { formData, requiredText, text } from './common';

/** A CRM host (`acme.pipedrive.com`), or a base URL with a scheme that the key is then sent to. */
const crmHostname = text(2048).check(
  z.refine((value) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(value.trim()) || isCredentialUrl(value.trim()), CREDENTIAL_URL_RULE),
);

export const apiKeyLoginBody = z.object({
  platform: requiredText(64),
  apiKey: requiredText(4096),
  /** The CRM host, or a base URL with a scheme that overrides it (self-hosted proxies, tests). */
  hostname: z.optional(crmHostname),
  additionalInfo: z.optional(formData()),
});

export const oauthCallbackQuery = z.object({
  platform: requiredText(64),
  callbackUri: requiredText(4096),
  hostname: z.optional(crmHostname),
});

export const implementedInterfacesQuery = z.object({ platform: z.optional(requiredText(64)) });
