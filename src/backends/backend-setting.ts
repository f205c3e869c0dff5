/** Which backend answers the message API: this browser, or an App Connect server. */
import * as z from 'zod/mini';

export const httpUrl = z.string().check(
  z.maxLength(2048),
  z.refine((text) => {
    try {
      return ['http:', 'https:'].includes(new URL(text).protocol);
    } catch {
      return false;
    }
  }, 'must be an http:// or https:// URL'),
);

export const backendSettingSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('local') }),
  z.object({ kind: z.literal('remote'), serverUrl: httpUrl }),
]);

export type BackendSetting = z.infer<typeof backendSettingSchema>;
