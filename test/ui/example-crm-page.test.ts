/** The Example CRM's page draws what it is given: one call log with its facts, or the latest logs as links. */
import { beforeEach, describe, expect, it } from 'vitest';
import { renderExampleCrmRecord } from '../../src/ui/example-crm-page';

let container: HTMLElement;
const activity = {
  id: 7,
  contactId: 'c-1',
  subject: 'Inbound Call from Dana Whitfield',
  body: '- Note: <b>renewal</b>\n',
  updatedAt: '2025-03-03T16:00:00Z',
};

beforeEach(() => {
  container = document.createElement('div');
  document.body.replaceChildren(container);
});

describe('the Example CRM page', () => {
  it('shows one call log with its contact, deal and body, as text', () => {
    renderExampleCrmRecord(container, '7', { activity, contact: { name: 'Dana Whitfield' }, deal: { title: 'Whitfield – onboarding package' } });
    expect(container.querySelector('h2')?.textContent).toBe('Call log #7');
    expect(container.querySelector('dl')?.textContent).toContain('ContactDana WhitfieldDealWhitfield – onboarding package');
    expect(container.querySelector('pre')?.textContent).toBe('- Note: <b>renewal</b>\n');
  });

  it('names the contact by id and the deal as none when the CRM has neither', () => {
    renderExampleCrmRecord(container, '7', { activity, contact: undefined, deal: undefined });
    expect(container.querySelector('dl')?.textContent).toContain('Contactc-1DealNone');
  });

  it('lists the latest logs when it has no log of that id', () => {
    renderExampleCrmRecord(container, '99', { latest: [{ id: 8, subject: '' }, activity] });
    expect(container.querySelector('p')?.textContent).toBe('The Example CRM has no call log 99.');
    expect([...container.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Call (#8)', '#8'],
      ['Inbound Call from Dana Whitfield (#7)', '#7'],
    ]);
  });
});
