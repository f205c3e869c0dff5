/**
 * "Contact": one radio per matched contact (one click to choose, even with several matches),
 * and "Create new contact…" with a name and a type. A single match is chosen already; with
 * several the user must pick, because logging to the wrong person is worse than one more click.
 */
import type { ContactInfo } from '../../protocol/crm-shapes';
import { h, uid } from '../dom';
import { t } from '../i18n';
import { workerText } from '../worker-text';

export interface ChosenContact {
  existing?: ContactInfo;
  /** Set when "Create new contact…" is chosen. */
  create?: { name: string; type: string };
}

export interface ContactChoice {
  element: HTMLFieldSetElement;
  chosen(): ChosenContact | undefined;
  onChange(listener: (contact: ContactInfo | undefined) => void): void;
  focus(): void;
}

export function createContactChoice(contacts: ContactInfo[], contactTypes: readonly string[], suggestedName: string): ContactChoice {
  const name = uid('contact');
  const matched = contacts.filter((contact) => !contact.isNewContact);
  const listeners: ((contact: ContactInfo | undefined) => void)[] = [];
  const nameId = uid('new-contact-name');
  const typeId = uid('new-contact-type');
  const newName = h('input', { id: nameId, type: 'text', autocomplete: 'off', value: suggestedName });
  const newType = h(
    'select',
    { id: typeId },
    contactTypes.map((type) => h('option', { value: type }, capitalise(workerText(type)))),
  );
  const newFields = h(
    'div',
    { class: 'new-contact', hidden: true },
    h('div', { class: 'field' }, h('label', { for: nameId }, t('contact_name')), newName),
    h('div', { class: 'field' }, h('label', { for: typeId }, t('contact_type')), newType),
  );

  const radio = (value: string, checked: boolean, label: Node[], hint?: string) => {
    const id = uid('contact-option');
    const input = h('input', { type: 'radio', id, name, value, checked });
    input.addEventListener('change', changed);
    return h('div', { class: 'choice' }, input, h('label', { for: id }, ...label, hint ? h('span', { class: 'hint' }, ` ${hint}`) : null));
  };
  const options = matched.map((contact, i) =>
    radio(String(i), matched.length === 1, [document.createTextNode(contact.name)], contact.organization || undefined),
  );
  const createNew = radio('new', matched.length === 0, [document.createTextNode(t('contact_create_new'))]);
  const element = h(
    'fieldset',
    { class: 'contact-choice' },
    h('legend', {}, t('contact_legend')),
    matched.length === 0 ? h('p', { class: 'hint' }, t('contact_none')) : null,
    options,
    createNew,
    newFields,
  );

  function selected(): string | undefined {
    return element.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;
  }

  function changed(): void {
    const value = selected();
    newFields.hidden = value !== 'new';
    if (value === 'new') newName.focus();
    const contact = value === undefined || value === 'new' ? undefined : matched[Number(value)];
    for (const listener of listeners) listener(contact);
  }
  newFields.hidden = selected() !== 'new';

  return {
    element,
    chosen() {
      const value = selected();
      if (value === undefined) return undefined;
      if (value === 'new') return { create: { name: newName.value.trim(), type: newType.value } };
      return { existing: matched[Number(value)] };
    },
    onChange(listener) {
      listeners.push(listener);
    },
    focus() {
      (element.querySelector<HTMLInputElement>('input[type="radio"]:checked') ?? element.querySelector<HTMLInputElement>('input'))?.focus();
    },
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
