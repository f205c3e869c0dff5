/**
 * The connector's own call-log fields (metadata `callLogFields`, e.g. Pipedrive's deal and
 * lead), rendered from data. A contact-dependent selection takes its options from the chosen
 * contact's `additionalInfo`; values go back with their original type (Pipedrive ids are numbers).
 */
import type { CallLogField, ContactInfo, FieldOption } from '../../protocol/crm-shapes';
import { h, uid } from '../dom';
import { t } from '../i18n';
import { workerText } from '../worker-text';

export interface LogFields {
  element: HTMLElement;
  /** Re-renders the options for another contact, keeping a value that is still offered. */
  setContact(contact: ContactInfo | undefined): void;
  values(): Record<string, unknown>;
}

export function createLogFields(fields: readonly CallLogField[], initial: Record<string, unknown> = {}): LogFields {
  const element = h('div', { class: 'log-fields' });
  const readers = new Map<string, () => unknown>();
  let current = { ...initial };

  function render(contact: ContactInfo | undefined): void {
    readers.clear();
    element.replaceChildren(...fields.map((field) => fieldElement(field, contact)));
  }

  function fieldElement(field: CallLogField, contact: ContactInfo | undefined): HTMLElement {
    const id = uid(`field-${field.const}`);
    if (field.type === 'warning') return h('p', { class: 'field-warning' }, workerText(field.title));
    if (field.type === 'checkbox') {
      const input = h('input', { id, type: 'checkbox', checked: current[field.const] === true });
      readers.set(field.const, () => input.checked);
      return h('div', { class: 'check' }, input, h('label', { for: id }, workerText(field.title)));
    }
    if (field.type === 'text') {
      const input = h('input', { id, type: 'text', value: stringOf(current[field.const]) });
      readers.set(field.const, () => input.value.trim() || undefined);
      return h('div', { class: 'field' }, h('label', { for: id }, workerText(field.title)), input);
    }
    const options: FieldOption[] = field.contactDependent ? (contact?.additionalInfo?.[field.const] ?? []) : [];
    const select = h(
      'select',
      { id, disabled: options.length === 0 },
      h('option', { value: '' }, options.length ? t('fields_none') : t('fields_none_for_contact')),
      options.map((option) =>
        h('option', { value: String(option.const), selected: String(option.const) === stringOf(current[field.const]) }, option.title),
      ),
    );
    readers.set(field.const, () => options.find((option) => String(option.const) === select.value)?.const);
    return h('div', { class: 'field' }, h('label', { for: id }, workerText(field.title)), select);
  }

  function values(): Record<string, unknown> {
    return Object.fromEntries([...readers].map(([name, read]) => [name, read()]).filter(([, value]) => value !== undefined));
  }

  return {
    element,
    setContact(contact) {
      current = { ...current, ...values() };
      render(contact);
    },
    values,
  };
}

function stringOf(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}
