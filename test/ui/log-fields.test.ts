/** The connector's call-log fields, rendered from metadata with options from the chosen contact. */
import { describe, expect, it } from 'vitest';
import type { CallLogField, ContactInfo } from '../../src/protocol/crm-shapes';
import { createLogFields } from '../../src/ui/sidepanel/log-fields';

const pipedriveLike: CallLogField[] = [
  { const: 'deals', title: 'Deal', type: 'selection', contactDependent: true },
  { const: 'leadWarning', title: 'Lead assignment will be overridden by Deal assignment if any', type: 'warning' },
  { const: 'leads', title: 'Lead', type: 'selection', contactDependent: true },
];
const elena: ContactInfo = {
  id: 731,
  name: 'Elena Ruiz',
  additionalInfo: {
    deals: [
      { const: 1204, title: 'Fleet renewal' },
      { const: 1210, title: 'Cold storage' },
    ],
    leads: [{ const: '0b6d2f3e', title: 'Reefer inquiry' }],
  },
};

function mount(fields = pipedriveLike, initial = {}) {
  const form = createLogFields(fields, initial);
  document.body.replaceChildren(form.element);
  const select = (label: string) => {
    const id = [...document.querySelectorAll('label')].find((l) => l.textContent === label)!.htmlFor;
    return document.getElementById(id) as HTMLSelectElement;
  };
  return { form, select };
}

describe('createLogFields', () => {
  it("offers the chosen contact's deals and leads, and gives back their values with their types", () => {
    const { form, select } = mount();
    form.setContact(elena);
    expect([...select('Deal').options].map((o) => o.text)).toEqual(['None', 'Fleet renewal', 'Cold storage']);
    expect(document.body.textContent).toContain('Lead assignment will be overridden');
    select('Deal').value = '1210';
    select('Lead').value = '0b6d2f3e';
    expect(form.values()).toEqual({ deals: 1210, leads: '0b6d2f3e' });
  });

  it('leaves out fields with no choice, and disables a selection the contact has no options for', () => {
    const { form, select } = mount();
    form.setContact({ id: 'new', name: 'New person' });
    expect(select('Deal').disabled).toBe(true);
    expect(form.values()).toEqual({});
  });

  it('pre-selects the logged value (edit mode) and keeps a choice across a contact change', () => {
    const { form, select } = mount(pipedriveLike, { deals: 1204 });
    form.setContact(elena);
    expect(select('Deal').value).toBe('1204');
    select('Deal').value = '1210';
    form.setContact({ ...elena });
    expect(form.values()).toEqual({ deals: 1210 });
  });
});
