import * as z from 'zod/mini';
import { formData, requiredText, text } from './common';

export const apiKeyLoginBody = z.object({
  platform: requiredText(64),
  apiKey: requiredText(4096),
  /** The CRM host, or a base URL with a scheme that overrides it (self-hosted proxies, tests). */
  hostname: z.optional(text(2048)),
  additionalInfo: z.optional(formData()),
});

export const oauthCallbackQuery = z.object({
  platform: requiredText(64),
  callbackUri: requiredText(4096),
  hostname: z.optional(text(2048)),
});

export const implementedInterfacesQuery = z.object({ platform: z.optional(requiredText(64)) });
