/**
 * The worker's words in the page's language. The worker stays language-free: it answers in
 * English (as an App Connect server does, whose texts the pages show too). A page translates a
 * text it knows: each `worker_…` entry of the English catalogue is a pattern (`$1` matches any
 * text, handed on to the translation); a text no entry matches is shown as it came. The English
 * catalogue is read once per page, and not at all in an English browser. See docs/i18n.md.
 */
import browser from 'webextension-polyfill';
import { t, uiLanguage, type MessageKey } from './i18n';

interface Pattern {
  key: MessageKey;
  pattern: RegExp;
  /** Which `$n` each captured group is, in the order they appear in the English text. */
  order: number[];
}

let patterns: Pattern[] = [];

const escape = (text: string) => text.replace(/[.*+?^{}()|[\]\\]/g, '\\$&');

export function workerPatterns(catalogue: Record<string, { message: string }>): Pattern[] {
  return Object.entries(catalogue)
    .filter(([key]) => key.startsWith('worker_'))
    .map(([key, { message }]) => ({
      key: key as MessageKey,
      pattern: new RegExp(`^${escape(message).replace(/\$[1-9]/g, '(.+?)')}$`),
      order: [...message.matchAll(/\$([1-9])/g)].map((match) => Number(match[1])),
    }));
}

/** Resolves once the patterns are read (at once in an English browser). */
export const workerTextReady: Promise<void> = uiLanguage().startsWith('en')
  ? Promise.resolve()
  : fetch(browser.runtime.getURL('/_locales/en/messages.json'))
      .then((response) => response.json() as Promise<Record<string, { message: string }>>)
      .then((catalogue) => void (patterns = workerPatterns(catalogue)))
      .catch(() => undefined);

export function workerText(text: string, known: readonly Pattern[] = patterns): string {
  return knownWorkerText(text, known) ?? text;
}

/** The translation of a text a pattern knows; undefined for any other (and for every text in an English browser). */
export function knownWorkerText(text: string, known: readonly Pattern[] = patterns): string | undefined {
  for (const { key, pattern, order } of known) {
    const match = pattern.exec(text);
    if (!match) continue;
    const values: string[] = [];
    order.forEach((n, i) => (values[n - 1] = match[i + 1]!));
    return t(key, ...values);
  }
  return undefined;
}
