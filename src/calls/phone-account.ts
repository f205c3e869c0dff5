/** The phone account the user chose in Options, stored in extension storage (src/protocol/schemas/phone-account.ts). */
import { phoneAccountSchema, type PhoneAccount } from '../protocol/schemas/phone-account';
import { defineStoredValue } from '../storage/stored-value';

export const phoneAccountSetting = defineStoredValue('phoneAccount', phoneAccountSchema, () => phoneAccountSchema.parse({ source: 'sample' }));

/** The server's origin with no trailing slash: `https://platform.ringcentral.com`. */
export function serverOrigin(account: Pick<PhoneAccount, 'serverUrl'>): string {
  return new URL(account.serverUrl).origin;
}
