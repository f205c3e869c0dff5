/**
 * The logging the host asks of the worker, after the widget got its answer: the auto-log
 * upsert (5.3 of the spec) and the saved log form (7.4). One CRM record per session is the
 * worker's guarantee (POST /callLog and its ledger): a second create for the session answers
 * "Existing log" with the logId, and becomes an update here.
 */
import type { ContactInfo } from '../../protocol/crm-shapes';
import { callApi } from '../api-client';
import { crmContacts } from './contact-match';
import { alertInWidget, crmOf, refreshMatch, type HostContext } from './host-context';
import { additionalSubmission, NEW_CONTACT } from './log-page';
import { defaultSubject, otherParty, toLogInfo } from './log-info';
import type { CallLoggerBody, WidgetCall } from './widget-schemas';
import { t } from '../i18n';
import { warning } from '../../protocol/return-message';

type Entity = { id: string | number; name?: string; type?: string };

export async function cachedNote(sessionId: string): Promise<string> {
  return (await callApi('GET /callLog/note', { query: { sessionId } })).note ?? '';
}

async function isLogged(sessionId: string): Promise<boolean> {
  const answer = await callApi('GET /callLog', { query: { sessionIds: sessionId } });
  return answer.logs?.[0]?.matched === true;
}

/** The widget's facts of a call that changed (duration, result, recording), plus the note typed so far. */
async function updateFacts(
  context: HostContext,
  call: WidgetCall,
  extra: { subject?: string; note?: string; additionalSubmission?: Record<string, unknown> } = {},
) {
  const info = toLogInfo(call);
  const note = extra.note ?? (await cachedNote(call.sessionId));
  const body = {
    sessionId: call.sessionId,
    duration: typeof info.duration === 'number' ? info.duration : undefined,
    result: info.result,
    recordingLink: info.recording?.link,
    ...extra,
    ...(note ? { note } : {}),
  };
  const answer = await callApi('PATCH /callLog', { body });
  alertInWidget(context, answer.returnMessage, true);
}

/** Auto-log: update the log when there is one, else log it to the one contact that matches. */
export async function upsertCall(context: HostContext, { call, toEntity, fromEntity, contact: picked, triggerType }: CallLoggerBody): Promise<void> {
  if (!crmOf(context)) return;
  if (await isLogged(call.sessionId)) {
    // The message API cannot move a log to another contact: say so instead of pretending.
    if (triggerType !== 'contactUpdated') return updateFacts(context, call);
    const message = picked?.name ? t('dialer_already_logged_not', picked.name) : t('dialer_already_logged');
    return alertInWidget(context, warning(message, 6000, t('dialer_already_logged_hint')));
  }
  const other = otherParty(call);
  const hinted = picked ?? (call.direction === 'Outbound' ? toEntity : fromEntity);
  const contacts: Entity[] = hinted ? [hinted] : other.phoneNumber ? await crmContacts(other.phoneNumber) : [];
  if (contacts.length !== 1) {
    context.statuses.set(call.sessionId, contacts.length ? t('dialer_not_logged_several') : t('dialer_not_logged_none'));
    return refreshMatch(context, [call.sessionId]);
  }
  const [chosen] = contacts as [Entity];
  const name = chosen.name ?? other.name ?? other.phoneNumber ?? 'Unknown'; // i18n-ignore: goes into the CRM's subject (English)
  await createLog(context, call, chosen, { subject: defaultSubject(call, name), note: await cachedNote(call.sessionId) }, true);
}

async function createLog(
  context: HostContext,
  call: WidgetCall,
  contact: Entity,
  log: { subject: string; note: string; additionalSubmission?: Record<string, unknown> },
  auto: boolean,
) {
  const body = {
    logInfo: { ...toLogInfo(call), customSubject: log.subject },
    contactId: contact.id,
    contactType: contact.type,
    contactName: contact.name,
    note: log.note,
    additionalSubmission: log.additionalSubmission ?? {},
  };
  const answer = await callApi('POST /callLog', { body });
  context.statuses.delete(call.sessionId);
  if (!answer.successful && answer.logId) await updateFacts(context, call, auto ? {} : log);
  else alertInWidget(context, answer.returnMessage, auto);
  refreshMatch(context, [call.sessionId]);
}

/** The log page was saved: create (with a new contact when asked) or update. */
export async function saveLogForm(context: HostContext, { call, formData = {} }: CallLoggerBody): Promise<void> {
  const crm = crmOf(context);
  if (!crm) return;
  const text = (key: string) => (typeof formData[key] === 'string' ? (formData[key] as string) : '');
  const log = {
    // i18n-ignore: goes into the CRM's subject (English)
    subject: text('activityTitle') || defaultSubject(call, otherParty(call).name ?? 'Unknown'),
    note: text('note'),
    additionalSubmission: additionalSubmission(crm.metadata, formData),
  };
  // The form's note is now the call's note: a later auto-log update must not bring back an older one.
  await callApi('PUT /callLog/note', { body: { sessionId: call.sessionId, note: log.note } });
  if (formData.triggerType === 'editLog') {
    await updateFacts(context, call, log);
    return refreshMatch(context, [call.sessionId]);
  }
  const contact =
    text('contact') === NEW_CONTACT
      ? await newContact(context, call, text('newContactName'), text('newContactType'))
      : await pickedContact(call, text('contact'));
  if (contact) await createLog(context, call, contact, log, false);
}

async function pickedContact(call: WidgetCall, id: string): Promise<Entity | undefined> {
  const number = otherParty(call).phoneNumber;
  const found: ContactInfo[] = number ? await crmContacts(number) : [];
  return found.find((contact) => String(contact.id) === id) ?? (id ? { id } : undefined);
}

async function newContact(context: HostContext, call: WidgetCall, name: string, type: string): Promise<Entity | undefined> {
  const phoneNumber = otherParty(call).phoneNumber ?? '';
  const answer = await callApi('POST /contact', { body: { phoneNumber, newContactName: name || phoneNumber, newContactType: type || 'contact' } });
  if (!answer.contact) return void alertInWidget(context, answer.returnMessage);
  return { id: answer.contact.id, name: answer.contact.name, type };
}
