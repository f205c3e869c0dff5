/**
 * The pages' one way to a user-visible string: `t('panel_refresh')`, `t('stats_summary', n, days)`.
 * The text is the browser's `i18n` catalogue (`public/_locales/<lang>/messages.json`) in the
 * browser's language, English where a language lacks it. The key type comes from the English
 * catalogue, so a mistyped key is a type error (the import is erased at build time). Numbers are
 * written the way the browser's language writes them (1.234 in German).
 */
import browser from 'webextension-polyfill';
import type english from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;
type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;
type Substitution = string | number;

let numbers: Intl.NumberFormat | undefined;

/** The browser's language (`de`, `es-419`): what dates, numbers and durations are formatted in. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}

export function formatInteger(n: number): string {
  numbers ??= new Intl.NumberFormat(uiLanguage());
  return numbers.format(n);
}

/** A local day (`2026-12-04`) as the browser's language writes it: `formatDay(day, { month: 'numeric', day: 'numeric' })` → 4.12. */
export function formatDay(day: string, options: Intl.DateTimeFormatOptions): string {
  const date = new Date(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  return date.toLocaleDateString(uiLanguage(), options);
}

export function t(key: MessageKey, ...substitutions: Substitution[]): string {
  const text = browser.i18n.getMessage(
    key,
    substitutions.map((s) => (typeof s === 'number' ? formatInteger(s) : s)),
  );
  return text || key;
}

/** `tn('stats_exported', n)`: the `_one` or `_other` form the language's plural rules pick for n (n is `$1`). */
export function tn(base: PluralKey, n: number, ...more: Substitution[]): string {
  const form = new Intl.PluralRules(uiLanguage()).select(n);
  return t((form === 'one' ? `${base}_one` : `${base}_other`) as MessageKey, n, ...more);
}
