/**
 * A vendor key that a firm's admin enters once for a CRM that wants one on every request
 * (Redtail's partner API key, docs/redtail.md, "Auth"), with the API root it is used at. Kept in
 * `storage.local` and read only in the worker: no answer to a page carries the key
 * (`GET /settings/partnerKeys` says `hasPartnerKey`). The extension ships none: a vendor's key
 * in a published extension is a key published for everyone.
 */
import * as z from 'zod/mini';
import { defineStoredValue } from '../storage/stored-value';

const partnerKeySchema = z.object({
  partnerKey: z.optional(z.string().check(z.minLength(1), z.maxLength(512))),
  /** The CRM's API root, no trailing slash; absent → the connector's default. */
  apiRoot: z.optional(z.string().check(z.maxLength(2048))),
});
export type PartnerKey = z.infer<typeof partnerKeySchema>;

export const partnerKeysSetting = defineStoredValue('partnerKeys', z.record(z.string(), partnerKeySchema), () => ({}));

export async function partnerKeyFor(platform: string): Promise<PartnerKey> {
  return (await partnerKeysSetting.get())[platform] ?? {};
}
