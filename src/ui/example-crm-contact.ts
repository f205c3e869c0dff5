/** The Example CRM's contact page: who, which number, which deals, which calls are logged to them. */
import { h } from './dom';
import { formatPhoneNumber } from './phone-display';

export interface ExampleCrmContactView {
  contact: { id: string; name: string; phones: string[]; company?: string } | undefined;
  deals: { id: string; title: string }[];
  activities: { id: number; subject: string }[];
}

export function renderExampleCrmContact(container: HTMLElement, contactId: string, { contact, deals, activities }: ExampleCrmContactView): void {
  if (!contact) return void container.replaceChildren(h('p', {}, `The Example CRM has no contact ${contactId}.`));
  const list = (items: HTMLElement[], none: string) => (items.length ? h('ul', {}, items) : h('p', { class: 'hint' }, none));
  container.replaceChildren(
    h(
      'section',
      { 'aria-labelledby': 'contact-heading' },
      h('h2', { id: 'contact-heading' }, contact.name),
      h(
        'dl',
        { class: 'facts' },
        h('dt', {}, 'Phone'),
        h('dd', {}, contact.phones.map((phone) => formatPhoneNumber(phone)).join(', ')),
        h('dt', {}, 'Company'),
        h('dd', {}, contact.company ?? ''),
      ),
      h('h3', {}, 'Deals'),
      list(
        deals.map((deal) => h('li', {}, deal.title)),
        'No deals.',
      ),
      h('h3', {}, 'Call logs'),
      list(
        activities.map((a) => h('li', {}, h('a', { href: `#${a.id}` }, `${a.subject || 'Call'} (#${a.id})`))),
        'No calls logged yet.',
      ),
    ),
  );
}
