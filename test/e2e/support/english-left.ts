/**
 * What of the English catalogue a page still shows in another language: its visible text and
 * its labels (aria-label, title, placeholder) are searched for every English message that the
 * language translates differently; a message with `$1` is searched by its literal parts. Product
 * names are taken out first.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright';

type Catalogue = Record<string, { message: string }>;
const catalogue = (language: string): Catalogue => JSON.parse(readFileSync(resolve(`public/_locales/${language}/messages.json`), 'utf8'));

/** Parts shorter than this ("in ", " s") are ordinary letters in any language. */
const SHORTEST = 4;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function englishPatterns(language: string): { key: string; pattern: RegExp }[] {
  const english = catalogue('en');
  const other = catalogue(language);
  return Object.entries(english)
    .filter(([key, { message }]) => other[key]?.message !== message)
    .flatMap(([key, { message }]) =>
      message
        .split(/\$[1-9]/)
        .map((part) => part.trim())
        .filter((part) => part.length >= SHORTEST && /[a-z]{2}/i.test(part))
        // Words must stand alone: "Options" is not in "Optionen".
        .map((part) => ({ key, pattern: new RegExp(`(^|[^\\p{L}])${escape(part)}($|[^\\p{L}])`, 'u') })),
    );
}

/** The page's visible text and labels, one line each. */
export async function shownText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const labels = [...document.querySelectorAll('[aria-label], [title], [placeholder]')]
      .filter((element) => (element as HTMLElement).offsetParent !== null || element.tagName === 'svg')
      .flatMap((element) => ['aria-label', 'title', 'placeholder'].map((name) => element.getAttribute(name) ?? ''));
    return [document.title, document.body.innerText, ...labels].join('\n');
  });
}

/** Names that stay English in every language: products, and the names RingCentral's own pages give their settings. */
const NAMES = ['CRM Call Logger', 'App Connect', 'RingCentral Embeddable', 'Read Call Log', 'Auth code with PKCE'];

export async function englishLeft(page: Page, language: string): Promise<string[]> {
  const text = NAMES.reduce((rest, name) => rest.replaceAll(name, ' '), await shownText(page));
  return englishPatterns(language)
    .filter(({ pattern }) => pattern.test(text))
    .map(({ key, pattern }) => `${key}: ${pattern.source}`);
}
