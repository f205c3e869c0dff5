/**
 * Phone numbers as people read them, for every country: a number of the reader's own country (or
 * calling code, so `+1` reads nationally all over North America) in its national form,
 * `(415) 555-0132`, `030 1234567`; any other in the international form, `+44 20 7946 0958`.
 * libphonenumber-js lives in the pages only: the worker's bundle budget does not allow it.
 */
import { getCountryCallingCode, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

/** The region of the browser's language (`de-DE` → DE; `en` → US, as `Intl.Locale` fills it in). */
export function browserRegion(languages: readonly string[] = navigator.languages): CountryCode | undefined {
  for (const language of languages) {
    try {
      const region = new Intl.Locale(language).maximize().region;
      if (region && /^[A-Z]{2}$/.test(region)) return region as CountryCode;
    } catch {
      // A malformed language tag: try the next one.
    }
  }
  return undefined;
}

function callingCode(region: CountryCode | undefined): string | undefined {
  try {
    return region ? getCountryCallingCode(region) : undefined;
  } catch {
    return undefined; // a region without a telephone numbering plan (e.g. AQ)
  }
}

/** The number as written for a reader in `region`; anything that is not an international number is left as it came. */
export function formatPhoneNumber(number: string, region: CountryCode | undefined = browserRegion()): string {
  const text = number.trim();
  if (!text.startsWith('+')) return number;
  const parsed = parsePhoneNumberFromString(text);
  if (!parsed?.isPossible()) return number;
  return parsed.countryCallingCode === callingCode(region) ? parsed.formatNational() : parsed.formatInternational();
}
