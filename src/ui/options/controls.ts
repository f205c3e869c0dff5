/** Labelled controls the Options sections are built from. */
import type { ConnectorMetadata } from '../../protocol/crm-shapes';
import { h, uid } from '../dom';
import { workerText } from '../worker-text';

export interface RadioGroup<V extends string> {
  element: HTMLFieldSetElement;
  value(): V;
  onChange(listener: (value: V) => void): void;
}

export function radioGroup<V extends string>(legend: string, options: { value: V; label: string }[], value: V): RadioGroup<V> {
  const name = uid('radio');
  const inputs = options.map((option) => ({
    option,
    input: h('input', { type: 'radio', id: uid(name), name, value: option.value, checked: option.value === value }),
  }));
  const element = h(
    'fieldset',
    { class: 'choices' },
    h('legend', {}, legend),
    inputs.map(({ option, input }) => h('div', { class: 'choice' }, input, h('label', { for: input.id }, option.label))),
  );
  return {
    element,
    value: () => inputs.find(({ input }) => input.checked)?.option.value ?? value,
    onChange: (listener) => inputs.forEach(({ input }) => input.addEventListener('change', () => listener(input.value as V))),
  };
}

export function textField(
  label: string,
  attrs: Record<string, string | boolean> = {},
  hint?: Node | string,
): { element: HTMLElement; input: HTMLInputElement } {
  const input = h('input', { type: 'text', id: uid('text'), ...attrs });
  const hintId = hint ? uid('hint') : undefined;
  if (hintId) input.setAttribute('aria-describedby', hintId);
  const element = h(
    'div',
    { class: 'field' },
    h('label', { for: input.id }, label),
    input,
    hint ? h('p', { class: 'hint', id: hintId }, hint) : null,
  );
  return { element, input };
}

/** A CRM's own connect fields (Bullhorn's and Redtail's user name), from its metadata; `values()` as `additionalInfo`. */
export function connectFieldInputs(metadata: Pick<ConnectorMetadata, 'connectFields'>) {
  const fields = (metadata.connectFields ?? []).map((field) => ({
    name: field.name,
    ...textField(workerText(field.label), { autocomplete: 'off' }, field.hint && workerText(field.hint)),
  }));
  const values = (): Record<string, string> => Object.fromEntries(fields.map((field) => [field.name, field.input.value.trim()]));
  return { fields, values };
}
