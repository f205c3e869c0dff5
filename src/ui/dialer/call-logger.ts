/**
 * `/callLogger`: the widget gets `ok` at once (its deadline is 15 s and it never retries; a
 * slow CRM must not lose a log), then the work runs by trigger type. What the log page shows
 * is kept per session, so a changed contact can rebuild it.
 */
import browser from 'webextension-polyfill';
import { callApi } from '../api-client';
import { crmContacts } from './contact-match';
import { alertInWidget, crmOf, type HostContext } from './host-context';
import { cachedNote, saveLogForm, upsertCall } from './log-actions';
import { otherParty } from './log-info';
import { buildLogPage } from './log-page';
import { callLoggerBody, inputChangedBody, type WidgetCall } from './widget-schemas';
import type { ContactInfo } from '../../protocol/crm-shapes';
import { t } from '../i18n';

const pages = new Map<string, { call: WidgetCall; contacts: ContactInfo[]; mode: 'createLog' | 'editLog' }>();

export function handleCallLogger(context: HostContext, raw: unknown): 'ok' {
  const body = callLoggerBody.parse(raw);
  const work = (async () => {
    switch (body.triggerType) {
      case 'presenceUpdate':
        if (body.call.telephonyStatus === 'Ringing') return;
        return upsertCall(context, body);
      case 'callLogSync':
      case 'contactUpdated':
        return upsertCall(context, body);
      case 'logForm':
        return saveLogForm(context, body);
      case 'editLog':
        return showLogPage(context, body.call, 'editLog');
      case 'viewLog':
        return viewLog(body.call.sessionId);
      default:
        if (body.triggerType === 'createLog' || body.redirect) return showLogPage(context, body.call, 'createLog');
    }
  })();
  work.catch((failure: unknown) => console.warn('The dialer could not log the call:', failure)); // i18n-ignore: the console, for a developer
  return 'ok';
}

/** Fills the widget's log page and opens it (createLog, editLog, and the form at hang-up). */
export async function showLogPage(context: HostContext, call: WidgetCall, mode: 'createLog' | 'editLog'): Promise<void> {
  const crm = crmOf(context);
  if (!crm) return alertInWidget(context, { message: t('dialer_connect_crm'), messageType: 'warning', ttl: 5000 });
  const number = otherParty(call).phoneNumber;
  const contacts = number ? await crmContacts(number) : [];
  let formData: Record<string, unknown> = { note: await cachedNote(call.sessionId) };
  if (mode === 'editLog') {
    const answer = await callApi('GET /callLog', { query: { sessionIds: call.sessionId, requireDetails: 'true' } });
    const log = answer.logs?.[0];
    const data = log?.matched ? log.logData : undefined;
    if (data) formData = { activityTitle: data.subject, note: data.note, ...data.dispositions };
  }
  pages.set(call.sessionId, { call, contacts, mode });
  const page = buildLogPage({ call, crmName: crm.connection.displayName, metadata: crm.metadata, contacts, formData, mode });
  context.frame.post({ type: 'rc-adapter-update-call-log-page', page });
  context.frame.post({ type: 'rc-adapter-navigate-to', path: `/log/call/${call.sessionId}` });
}

const noteTimers = new Map<string, ReturnType<typeof setTimeout>>();

/** `/callLogger/inputChanged`: a new contact rebuilds the page; the note goes to the worker (debounced). */
export function handleInputChanged(context: HostContext, raw: unknown): 'ok' {
  const { call, formData, keys = [] } = inputChangedBody.parse(raw);
  const shown = pages.get(call.sessionId);
  const crm = crmOf(context);
  if (keys.includes('contact') && shown && crm) {
    const page = buildLogPage({ ...shown, crmName: crm.connection.displayName, metadata: crm.metadata, formData });
    context.frame.post({ type: 'rc-adapter-update-call-log-page', page });
  }
  if (keys.includes('note') && typeof formData.note === 'string') {
    const note = formData.note;
    clearTimeout(noteTimers.get(call.sessionId));
    noteTimers.set(
      call.sessionId,
      setTimeout(() => void callApi('PUT /callLog/note', { body: { sessionId: call.sessionId, note } }), 500),
    );
  }
  return 'ok';
}

async function viewLog(sessionId: string): Promise<void> {
  const answer = await callApi('GET /callLog', { query: { sessionIds: sessionId } });
  const log = answer.logs?.[0];
  if (log?.matched && log.logUrl) await browser.tabs.create({ url: log.logUrl });
}
