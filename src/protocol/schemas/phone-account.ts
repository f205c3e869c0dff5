/**
 * Where the side panel's calls come from: the embedded sample calls, or the user's RingCentral
 * account. The RingCentral server and client id are settings so that a company's own app (and
 * tests, with a fake server on 127.0.0.1) can be used; the extension ships no client id.
 */
import * as z from 'zod/mini';
import { credentialUrl } from '../http-url';

export const RINGCENTRAL_SERVER = 'https://platform.ringcentral.com';

export const phoneAccountSchema = z
  .object({
    source: z.enum(['sample', 'ringcentral']),
    serverUrl: z._default(credentialUrl, RINGCENTRAL_SERVER),
    clientId: z._default(z.string().check(z.maxLength(256)), ''),
  })
  .check(
    z.refine((account) => account.source === 'sample' || account.clientId.trim() !== '', {
      message: 'is required to sign in with RingCentral (the client id of your RingCentral app)',
      path: ['clientId'],
    }),
  );

export type PhoneAccount = z.infer<typeof phoneAccountSchema>;
