import * as z from 'zod/mini';
import { E164_LIKE, formData, queryFlag, requiredText, text } from './common';

const phoneNumber = requiredText(64).check(z.regex(/^[+ ]?[0-9 ()\-.]{1,40}$/, 'must be a phone number such as +14155550123 or an extension number'));

export const findContactQuery = z.object({
  phoneNumber,
  overridingFormat: z.optional(text(500)),
  isExtension: queryFlag,
});

export const createContactBody = z.object({
  phoneNumber: requiredText(64).check(z.regex(E164_LIKE, 'must be an E.164 number such as +14155550123')),
  newContactName: requiredText(500),
  newContactType: z._default(text(64), ''),
  additionalSubmission: z.optional(formData()),
});
