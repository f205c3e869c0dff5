/** Options: connect a CRM with an API key, or disconnect it. */
import type { ReturnMessage } from '../../src/api/return-message';
import { connectorMetadata } from '../../src/connectors/metadata';
import { callApi } from '../../src/ui/api-client';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const form = $<HTMLFormElement>('#connect-form');
const platformSelect = $<HTMLSelectElement>('#platform');
const disconnect = $<HTMLButtonElement>('#disconnect');

interface ConnectionInfo {
  displayName: string;
  name: string;
}

for (const metadata of Object.values(connectorMetadata)) {
  platformSelect.add(new Option(metadata.displayName, metadata.id));
}

function show(returnMessage: ReturnMessage | undefined): void {
  const message = $('#message');
  const hint = returnMessage?.details?.[0]?.items[0]?.text;
  message.textContent = returnMessage ? [returnMessage.message, hint].filter(Boolean).join(' ') : '';
  message.dataset.type = returnMessage?.messageType ?? '';
  message.setAttribute('role', returnMessage?.messageType === 'success' ? 'status' : 'alert');
}

async function refresh(): Promise<void> {
  const { body } = await callApi<{ connection: ConnectionInfo | null }>('GET', '/connection');
  const connection = body.connection;
  $('#connection-status').textContent = connection
    ? `Connected to ${connection.displayName} as ${connection.name}.`
    : 'Not connected. Choose a CRM and enter its API key.';
  disconnect.hidden = !connection;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const data = new FormData(form);
  const hostname = String(data.get('hostname') ?? '').trim();
  const { body } = await callApi<{ returnMessage?: ReturnMessage }>('POST', '/apiKeyLogin', {
    body: { platform: data.get('platform'), apiKey: data.get('apiKey'), ...(hostname ? { hostname } : {}) },
  });
  show(body.returnMessage);
  form.reset();
  await refresh();
});

disconnect.addEventListener('click', async () => {
  const { body } = await callApi<{ returnMessage?: ReturnMessage }>('POST', '/unAuthorize');
  show(body.returnMessage);
  await refresh();
});

void refresh();
