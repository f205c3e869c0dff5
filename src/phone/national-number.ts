/**
 * The national significant number of an international number: the digits after the country
 * calling code (`+442079460958` → `2079460958`). E.164 never carries a trunk `0`, so this is
 * what libphonenumber's `nationalNumber` gives; "possible" follows its `isPossible()` (the
 * number has a length its country uses). The table of lengths per calling code is generated
 * from libphonenumber-js (scripts/generate-calling-codes.ts) and tested against it; it is data
 * in the package, `public/calling-codes.json`, read the first time a number is looked up, so the
 * service worker's bundle does not carry it (issue 18: the worker's core budget).
 */
import browser from 'webextension-polyfill';

type Lengths = Record<string, number[] | undefined>;

// A cache only: a stopped worker reads the file again.
let loading: Promise<Lengths> | undefined;

function lengthsByCode(): Promise<Lengths> {
  loading ??= fetch(browser.runtime.getURL('/calling-codes.json'))
    .then(async (response) => ((await response.json()) as { lengths: Lengths }).lengths)
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

/** Undefined when the number is not international or not a possible number of its country. */
export async function nationalSignificantNumber(phoneNumber: string): Promise<string | undefined> {
  const text = phoneNumber.trim();
  if (!text.startsWith('+')) return undefined;
  const digits = text.slice(1).replace(/[\s().-]/g, '');
  if (!/^\d+$/.test(digits)) return undefined;
  const table = await lengthsByCode();
  // Calling codes are a prefix code: at most one of the 1-, 2- and 3-digit prefixes is one.
  for (let length = 1; length <= 3; length++) {
    const lengths = table[digits.slice(0, length)];
    if (lengths) {
      const national = digits.slice(length);
      return lengths.includes(national.length) ? national : undefined;
    }
  }
  return undefined;
}
