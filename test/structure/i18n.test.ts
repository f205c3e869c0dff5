/**
 * The languages of docs/i18n.md on the real tree: every language has every key with the same
 * placeholders, every key is used, and the pages show no English of their own. Each rule is also
 * shown failing on a planted example, so a checker that finds nothing cannot pass for a clean tree.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogueProblems, englishLiterals, htmlProblems, unusedKeys, type Catalogue } from './i18n-rules';

const root = fileURLToPath(new URL('../..', import.meta.url));
const LANGUAGES = ['en', 'de', 'es'];
const catalogues: Record<string, Catalogue> = Object.fromEntries(
  LANGUAGES.map((language) => [language, JSON.parse(readFileSync(join(root, `public/_locales/${language}/messages.json`), 'utf8')) as Catalogue]),
);

/**
 * Pages whose strings are not from the catalogue yet, each with why. The Example CRM's page is
 * the simulated CRM's own screen (a real CRM's page is in its own language, not ours).
 */
const NOT_LOCALIZED = ['src/ui/example-crm-page.ts', 'src/ui/example-crm-contact.ts'];

function files(folder: string, ending: string): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(ending))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

const pageSources = files('src/ui', '.ts').filter((file) => !NOT_LOCALIZED.includes(file));
const htmlPages = files('entrypoints', 'index.html').filter((file) => !file.includes('example-crm'));
const read = (file: string) => readFileSync(join(root, file), 'utf8');

describe('the catalogues', () => {
  it('have every English key in every language, with the same placeholders', () => {
    expect(Object.keys(catalogues.en!).length).toBeGreaterThan(100);
    expect(catalogueProblems(catalogues)).toEqual([]);
  });

  it('hold no key that nothing uses', () => {
    const sources = [...files('src/ui', '.ts'), ...files('entrypoints', '.html'), 'wxt.config.ts'].map(read);
    expect(unusedKeys(catalogues.en!, sources)).toEqual([]);
  });

  it('fail on a missing key, other placeholders, a case clash and an unused key', () => {
    const en = { a_b: { message: 'Saved $1' }, c_d: { message: 'x' } };
    expect(catalogueProblems({ en, de: { a_b: { message: 'Gespeichert' } }, es: { ...en, A_B: { message: 'y' } } })).toEqual([
      'de: a_b has placeholders "", English "$1"',
      'de: c_d is missing',
      'es: A_B is not in English',
      'es: keys that differ only in case',
    ]);
    expect(unusedKeys({ ...en, n_other: { message: 'n' } }, ["t('a_b')", "tn('n', 2)"])).toEqual(['c_d']);
  });
});

describe('the pages', () => {
  it('show no English string of their own in their TypeScript', () => {
    expect(pageSources.length).toBeGreaterThan(40);
    expect(pageSources.flatMap((file) => englishLiterals(file, read(file)))).toEqual([]);
  });

  it('show only catalogue text in their HTML', () => {
    expect(htmlPages.length).toBeGreaterThan(4);
    expect(htmlPages.flatMap((file) => htmlProblems(file, read(file), catalogues.en!))).toEqual([]);
  });

  it('find English literals, and let data, types, comparisons and marked lines be', () => {
    const source = [
      "import { x } from './Some Module';",
      "type Direction = 'Inbound' | 'Outbound';",
      "h('button', { class: 'call missed' }, 'Log call');",
      'el.textContent = `${n} calls logged in ${days} days`;',
      "if (call.direction === 'Outbound') x(t('panel_refresh'));",
      "const MISSED = new Set(['Missed']); // i18n-ignore: RingCentral's result values",
      "h('p', { class: 'or', 'aria-label': 'or' }, ok ? 'or' : t('x'));",
      "status.textContent = 'saved';",
      "h('span', {}, ' · ', '→');",
    ].join('\n');
    expect(englishLiterals('page.ts', source)).toEqual([
      "page.ts:3: 'Log call'",
      'page.ts:4: `${n} calls logged in ${days} days`',
      "page.ts:7: 'or'",
      "page.ts:7: 'or'",
      "page.ts:8: 'saved'",
    ]);
  });

  it('find HTML text and labels that do not come from the catalogue', () => {
    const en = { page_title: { message: 'Calls' } };
    const html = '<title data-i18n="page_title">Calls</title><h1>Hello</h1><nav aria-label="Views"></nav><p data-i18n="page_title">Call</p>';
    expect(htmlProblems('x.html', html, en)).toEqual([
      'x.html: "Hello" has no data-i18n',
      'x.html: the text of page_title is not its English message',
      'x.html: aria-label without data-i18n-aria-label in <nav aria-label="Views">',
    ]);
  });
});
