/**
 * Puts the catalogue's text into a page's static HTML: `data-i18n="key"` sets the element's text,
 * `data-i18n-aria-label`, `-title` and `-placeholder` set those attributes. The English in the
 * HTML is only what shows before this runs; `test/structure/i18n.test.ts` keeps it equal to the
 * English catalogue.
 */
import { t, uiLanguage, type MessageKey } from './i18n';

const ATTRIBUTES = ['aria-label', 'title', 'placeholder'] as const;

export function localizePage(root: ParentNode = document): void {
  document.documentElement.lang = uiLanguage();
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n]')) element.textContent = t(element.dataset.i18n as MessageKey);
  for (const attribute of ATTRIBUTES) {
    for (const element of root.querySelectorAll(`[data-i18n-${attribute}]`)) {
      element.setAttribute(attribute, t(element.getAttribute(`data-i18n-${attribute}`) as MessageKey));
    }
  }
}
