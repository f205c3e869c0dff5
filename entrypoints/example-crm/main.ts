import '../../src/ui/theme.css';
import { readExampleCrmRecord } from '../../src/connectors/testCRM/read-record';
import { renderExampleCrmRecord } from '../../src/ui/example-crm-page';

const container = document.querySelector<HTMLElement>('#activity')!;

async function show(): Promise<void> {
  const logId = location.hash.slice(1);
  renderExampleCrmRecord(container, logId, await readExampleCrmRecord(logId));
}

window.addEventListener('hashchange', () => void show());
void show();
