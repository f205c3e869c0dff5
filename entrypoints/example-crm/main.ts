import '../../src/ui/theme.css';
import { readExampleCrmContact } from '../../src/connectors/testCRM/read-contact';
import { readExampleCrmRecord } from '../../src/connectors/testCRM/read-record';
import { renderExampleCrmContact } from '../../src/ui/example-crm-contact';
import { renderExampleCrmRecord } from '../../src/ui/example-crm-page';

const container = document.querySelector<HTMLElement>('#activity')!;

// `#12` is a call log; `#contact/c-3` a contact (the dialer's contact pop).
async function show(): Promise<void> {
  const target = decodeURIComponent(location.hash.slice(1));
  if (target.startsWith('contact/')) {
    const contactId = target.slice('contact/'.length);
    return renderExampleCrmContact(container, contactId, await readExampleCrmContact(contactId));
  }
  renderExampleCrmRecord(container, target, await readExampleCrmRecord(target));
}

window.addEventListener('hashchange', () => void show());
void show();
