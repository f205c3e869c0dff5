/**
 * The national significant number of an international number: the digits after the country
 * calling code (`+442079460958` → `2079460958`). E.164 never carries a trunk `0`, so this is
 * what libphonenumber's `nationalNumber` gives; "possible" follows its `isPossible()` (the
 * number has a length its country uses). The table is generated from libphonenumber-js and
 * tested against it, at a thirtieth of the library's size in the service worker.
 */
import { CALLING_CODES } from './calling-codes';

let lengthsByCode: Map<string, Set<number>> | undefined;

function table(): Map<string, Set<number>> {
  lengthsByCode ??= new Map(
    CALLING_CODES.split(' ').map((entry) => {
      const [code, ranges] = entry.split(':') as [string, string];
      const lengths = ranges.split('.').flatMap((range) => {
        const [from, to = from] = range.split('-').map(Number) as [number, number?];
        return Array.from({ length: to - from + 1 }, (_, i) => from + i);
      });
      return [code, new Set(lengths)];
    }),
  );
  return lengthsByCode;
}

/** Undefined when the number is not international or not a possible number of its country. */
export function nationalSignificantNumber(phoneNumber: string): string | undefined {
  const text = phoneNumber.trim();
  if (!text.startsWith('+')) return undefined;
  const digits = text.slice(1).replace(/[\s().-]/g, '');
  if (!/^\d+$/.test(digits)) return undefined;
  // Calling codes are a prefix code: at most one of the 1-, 2- and 3-digit prefixes is one.
  for (let length = 1; length <= 3; length++) {
    const lengths = table().get(digits.slice(0, length));
    if (lengths) {
      const national = digits.slice(length);
      return lengths.has(national.length) ? national : undefined;
    }
  }
  return undefined;
}
