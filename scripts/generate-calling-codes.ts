/**
 * Writes public/calling-codes.json from libphonenumber-js's metadata: every country calling
 * code with the lengths its national significant numbers may have (in its main region). The full
 * library would add ~30 kB gzip to the service worker (half its budget); this table is data the
 * extension reads when it first needs it (src/phone/national-number.ts), and
 * test/phone/national-number.test.ts checks it against the library for every country.
 *
 * Run after upgrading libphonenumber-js: `npx tsx scripts/generate-calling-codes.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import metadata from 'libphonenumber-js/metadata.min.json';

type Country = [string, string, string, number[]?, ...unknown[]];
const { version } = JSON.parse(readFileSync(new URL('../node_modules/libphonenumber-js/package.json', import.meta.url), 'utf8')) as {
  version: string;
};
const countries = metadata.countries as unknown as Record<string, Country>;
const nonGeographic = metadata.nonGeographic as unknown as Record<string, Country>;

const lengths = new Map<string, Set<number>>();
// A code shared by several regions (+1, +7, +44…) takes its main region's lengths, as
// libphonenumber does when no other region's leading digits match.
for (const [code, [main]] of Object.entries(metadata.country_calling_codes)) {
  lengths.set(code, new Set(countries[main!]?.[3] ?? []));
}
for (const [code, entry] of Object.entries(nonGeographic)) lengths.set(code, new Set(entry[3] ?? []));

const table = Object.fromEntries([...lengths].sort(([a], [b]) => a.localeCompare(b)).map(([code, set]) => [code, [...set].sort((a, b) => a - b)]));

writeFileSync(
  new URL('../public/calling-codes.json', import.meta.url),
  `${JSON.stringify({ source: `libphonenumber-js ${version} (metadata.min.json), by scripts/generate-calling-codes.ts`, lengths: table })}\n`,
);
