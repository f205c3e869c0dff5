/** The Example CRM's contact page (where the dialer's contact pop lands), read from the seeded CRM. */
import { beforeEach, describe, expect, it } from 'vitest';
import { readExampleCrmContact } from '../../src/connectors/testCRM/read-contact';
import { renderExampleCrmContact } from '../../src/ui/example-crm-contact';
import { resetExtension } from '../support/reset';

let container: HTMLElement;

beforeEach(async () => {
  await resetExtension();
  container = document.createElement('div');
  document.body.replaceChildren(container);
});

describe('the Example CRM contact page', () => {
  it('shows the contact with its number, company and deals', async () => {
    renderExampleCrmContact(container, 'c-1', await readExampleCrmContact('c-1'));
    expect(container.querySelector('h2')?.textContent).toBe('Dana Whitfield');
    expect(container.querySelector('dl')?.textContent).toBe('Phone(415) 555-0132CompanyWhitfield Consulting');
    expect([...container.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Whitfield – annual support renewal',
      'Whitfield – onboarding package',
    ]);
    expect(container.textContent).toContain('No calls logged yet.');
  });

  it('says so for a contact it does not have', async () => {
    renderExampleCrmContact(container, 'c-404', await readExampleCrmContact('c-404'));
    expect(container.textContent).toBe('The Example CRM has no contact c-404.');
  });
});
