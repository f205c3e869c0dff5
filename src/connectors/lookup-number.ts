/**
 * The number `GET /contact` asks about, as a CRM should see it. A `+` in a query string arrives
 * as a space, so the first space is a `+` again; a number without one is an internal extension,
 * which no CRM contact has (App Connect's answer, kept for every connector).
 */
import { warning } from '../protocol/return-message';

export function lookupNumber(phoneNumber: string): string | undefined {
  const number = phoneNumber.replace(' ', '+');
  return number.includes('+') ? number : undefined;
}

export const internalNumberAnswer = () => ({
  successful: false,
  matchedContactInfo: null,
  returnMessage: warning('Logging against internal extension number is not supported.', 3000),
});
