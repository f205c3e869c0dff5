/**
 * The main job on the embedded default: builds the extension and runs it on the Example CRM.
 * With a display it opens Chromium with the extension loaded. Without one (or with --headless)
 * it drives the real built extension headless: it logs the sample RingCentral calls through the
 * message API into the Example CRM, offline, and prints what was logged.
 */
import { readFile } from 'node:fs/promises';
import { build } from 'wxt';
import type { CallRecord } from '../src/protocol/call-record';
import { launchExtension, type LaunchedExtension } from './launch-extension';

const CALLS_FILE = new URL('../test/fixtures/ringcentral/call-logs.json', import.meta.url);

interface Row {
  call: string;
  direction: string;
  contact: string;
  result: string;
  logged: string;
}

async function main(): Promise<void> {
  const headless = process.argv.includes('--headless') || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  console.log('Building the extension (.output/chrome-mv3)…');
  await build({});

  if (!headless) {
    const extension = await launchExtension({ headless: false });
    const page = (await hasPage(extension, 'sidepanel.html')) ? 'sidepanel.html' : 'options.html';
    await extension.page.goto(`chrome-extension://${extension.extensionId}/${page}`);
    console.log(`Chromium is open with the extension (${page}). Close the window to stop.`);
    await new Promise((done) => extension.context.on('close', done));
    return;
  }

  const extension = await launchExtension();
  try {
    await logSampleCalls(extension);
  } finally {
    await extension.close();
  }
}

async function logSampleCalls(extension: LaunchedExtension): Promise<void> {
  const calls = JSON.parse(await readFile(CALLS_FILE, 'utf8')) as (CallRecord & { _case?: string })[];
  const { body: connection } = await extension.api({ method: 'GET', path: '/connection' });
  console.log(`Connected to ${connection.connection.displayName} as ${connection.connection.name} — no backend, no network.\n`);

  const rows: Row[] = [];
  const sent: unknown[] = [];
  for (const [index, call] of calls.entries()) {
    const { _case: _ignored, ...logInfo } = call;
    const party = call.direction === 'Outbound' ? call.to : call.from;
    const row: Row = { call: `${index + 1}. ${call.sessionId}`, direction: call.direction ?? '', contact: '', result: call.result ?? '', logged: '' };
    rows.push(row);

    const contact = await findOrCreateContact(extension, party);
    if ('skipped' in contact) {
      row.contact = party?.name ?? party?.extensionNumber ?? '?';
      row.logged = `skipped: ${contact.skipped}`;
      continue;
    }
    row.contact = contact.created ? `${contact.name} (new contact)` : contact.name;
    const request = { logInfo, contactId: contact.id, contactType: 'contact', contactName: contact.name, note: `Sample note for call ${index + 1}.` };
    sent.push(request);
    const { body } = await extension.api({ method: 'POST', path: '/callLog', body: request });
    row.logged = body.successful ? `logId ${body.logId}` : `${body.returnMessage.message}${body.logId ? ` (logId ${body.logId})` : ''}`;
  }
  printTable(rows);

  // Logging the same calls again must not create a second record for any of them.
  let again = 0;
  for (const request of sent) {
    const { body } = await extension.api({ method: 'POST', path: '/callLog', body: request });
    if (body.successful) again += 1;
  }
  const ids = calls.map((call) => call.sessionId).join(',');
  const { body: lookup } = await extension.api({ method: 'GET', path: '/callLog', query: { sessionIds: ids } });
  const logged = lookup.logs.filter((log: { matched: boolean }) => log.matched).length;
  console.log(`\nLogged ${logged} of ${calls.length} calls; sending those ${sent.length} logs a second time created ${again} new records.`);

  const first = lookup.logs.find((log: { matched: boolean }) => log.matched);
  const { body: details } = await extension.api({ method: 'GET', path: '/callLog', query: { sessionIds: first.sessionId, requireDetails: 'true' } });
  console.log(`\nThe Example CRM's record for session ${first.sessionId} ("${details.logs[0].logData.subject}"):\n`);
  console.log(details.logs[0].logData.fullBody.replace(/^/gm, '    '));
}

type FoundContact = { id: string; name: string; created: boolean } | { skipped: string };

async function findOrCreateContact(extension: LaunchedExtension, party: CallRecord['from']): Promise<FoundContact> {
  if (!party?.phoneNumber) return { skipped: 'internal extension call, no CRM contact' };
  const { body } = await extension.api({ method: 'GET', path: '/contact', query: { phoneNumber: party.phoneNumber } });
  // With several matches, the one the caller ID names is the likely one (a person picks in the side panel).
  const matches = (body.contact ?? []).filter((c: { isNewContact?: boolean }) => !c.isNewContact);
  const match = matches.find((c: { name: string }) => c.name === party.name) ?? matches[0];
  if (match) return { id: String(match.id), name: match.name, created: false };
  const name = party.name?.trim() || party.phoneNumber;
  const { body: created } = await extension.api({
    method: 'POST',
    path: '/contact',
    body: { phoneNumber: party.phoneNumber, newContactName: name, newContactType: 'contact' },
  });
  if (!created.successful) return { skipped: created.returnMessage.message };
  return { id: String(created.contact.id), name: created.contact.name, created: true };
}

async function hasPage(extension: LaunchedExtension, page: string): Promise<boolean> {
  const response = await extension.page.goto(`chrome-extension://${extension.extensionId}/${page}`).catch(() => null);
  return response?.ok() ?? false;
}

function printTable(rows: Row[]): void {
  const columns: (keyof Row)[] = ['call', 'direction', 'contact', 'result', 'logged'];
  const clip = (text: string) => (text.length > 44 ? `${text.slice(0, 43)}…` : text);
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => clip(r[c]).length)));
  const line = (cells: string[]) => cells.map((cell, i) => clip(cell).padEnd(widths[i]!)).join('  ');
  console.log(line(columns));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(columns.map((c) => row[c])));
}

main().catch((failure: unknown) => {
  console.error(failure instanceof Error ? failure.message : failure);
  process.exit(1);
});
