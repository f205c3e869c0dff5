/**
 * The pages' text helpers over the English catalogue (the fake browser's `i18n` reads it):
 * substitutions, numbers in the browser's language, plural forms, the static HTML, and worker
 * texts recognised by the `worker_` patterns.
 */
import browser from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import english from '../../public/_locales/en/messages.json';
import { fieldSentences } from '../../src/ui/field-errors';
import { t, tn } from '../../src/ui/i18n';
import { localizePage } from '../../src/ui/localize-page';
import { workerPatterns, workerText } from '../../src/ui/worker-text';

describe('t and tn', () => {
  it('fill in substitutions, numbers as the language writes them', () => {
    expect(t('crm_connected_as', 'Pipedrive', 'Ann')).toBe('Connected to Pipedrive as Ann.');
    expect(t('waiting_show_all', 1234)).toBe('Show all 1,234');
  });

  it('pick the plural form', () => {
    expect(tn('stats_exported', 1)).toBe('1 log exported.');
    expect(tn('stats_exported', 0)).toBe('0 logs exported.');
    expect(tn('messages_count', 2)).toBe('2 messages');
  });
});

describe('localizePage', () => {
  it('puts the catalogue into data-i18n elements and attributes', () => {
    const root = document.createElement('div');
    root.innerHTML = '<h1 data-i18n="panel_tab_calls">x</h1><nav aria-label="x" data-i18n-aria-label="panel_views"></nav>';
    localizePage(root);
    expect(root.querySelector('h1')!.textContent).toBe('Calls');
    expect(root.querySelector('nav')!.getAttribute('aria-label')).toBe('Views');
    expect(document.documentElement.lang).toBe('en-US');
  });
});

describe('workerText', () => {
  const patterns = workerPatterns(english);

  it('recognises a worker text and hands its parts to the translation in their places', () => {
    expect(patterns.length).toBeGreaterThan(20);
    expect(workerText('Signed in to RingCentral as Ann Lee. 12 calls found.', patterns)).toBe('Signed in to RingCentral as Ann Lee. 12 calls found.');
    const signedIn = patterns.find((p) => p.key === 'worker_signed_in_rc')!;
    expect(signedIn.pattern.exec('Signed in to RingCentral as Ann Lee. 12 calls found.')?.slice(1)).toEqual(['Ann Lee', '12 calls']);
  });

  it('keeps a text no pattern knows, and special characters in the English stay literal', () => {
    expect(workerText('Something nobody wrote a pattern for.', patterns)).toBe('Something nobody wrote a pattern for.');
    expect(patterns.some(({ pattern }) => pattern.test('Saved — the CRM is slow to answerX'))).toBe(false);
    expect(patterns.some(({ pattern }) => pattern.test('Saved — the CRM is slow to answer.'))).toBe(true);
    const order = workerPatterns({ worker_x: { message: 'From $2 to $1.' } })[0]!;
    expect(order.order).toEqual([2, 1]);
  });
});

describe('a field reason the catalogue lacks', () => {
  it('reads in English as before, and in another language as the whole worker sentence, never half translated', () => {
    expect(fieldSentences('note must be a string')[0]!.reason).toBe('Must be a string.');
    const english = browser.i18n.getUILanguage;
    browser.i18n.getUILanguage = () => 'de';
    try {
      expect(fieldSentences('note must be a string')[0]!.reason).toBe('Note must be a string.');
    } finally {
      browser.i18n.getUILanguage = english;
    }
  });
});
