/**
 * The Example CRM (`testCRM`): the embedded default. Its "API" is its own IndexedDB database,
 * so it needs no account and no network, yet it behaves like a CRM: contacts, open deals for
 * the log form, one activity per logged call holding the composed body.
 */
import browser from 'webextension-polyfill';
import { success } from '../../protocol/return-message';
import { CrmError } from '../../http/crm-error';
import { internalNumberAnswer, lookupNumber } from '../lookup-number';
import { defineConnector, type AuthHeader } from '../types';
import { type ContactInfo } from '../../protocol/crm-shapes';
import { testCRMMetadata } from './metadata';
import { exampleCrmDb, type ExampleActivity } from './store';
import { addLastActivity, toContactInfo } from './contacts';
import { existingDeal, findActivity, requireKey } from './access';
import { exampleMessageLog } from './message-log';
import type { ExampleContact } from './seed';

const USER_ID = 'example-user';
const NEW_CONTACT: ContactInfo = { id: 'createNewContact', name: 'Create new contact...', isNewContact: true };

export const testCRM = defineConnector({
  ...testCRMMetadata,
  // Its writes are IndexedDB transactions: once a create did not answer, it either happened or never will.
  settleDelayMs: 0,

  authHeader(credential) {
    return { authorization: `Bearer ${credential.kind === 'apiKey' ? credential.apiKey : credential.accessToken}` };
  },

  async getUserInfo({ authHeader }) {
    await requireKey(authHeader);
    return {
      successful: true,
      platformUserInfo: {
        id: USER_ID,
        name: 'Example CRM user',
        hostname: '',
        // The Example CRM lives in this browser, so its user's zone is the browser's.
        timezoneOffset: browserOffset(),
        platformAdditionalInfo: {},
      },
      returnMessage: success('Connected to Example CRM.', 1000),
    };
  },

  async findContact({ authHeader, phoneNumber, isExtension }) {
    await requireKey(authHeader);
    const number = lookupNumber(phoneNumber);
    if (isExtension || !number) return internalNumberAnswer();
    const db = await exampleCrmDb();
    // Oldest first, like App Connect's "earliest created" choice among several matches.
    const contacts = (await db.getAllFromIndex('contacts', 'byPhone', number)).sort((a, b) => a.createdDate.localeCompare(b.createdDate));
    const matched = await Promise.all(contacts.map(async (c) => toContactInfo(c, number)));
    if (matched.length > 1) await addLastActivity(matched);
    return { successful: true, matchedContactInfo: [...matched, NEW_CONTACT] };
  },

  async createContact({ authHeader, phoneNumber, newContactName }) {
    await requireKey(authHeader);
    const contact: ExampleContact = {
      id: `c-${crypto.randomUUID().slice(0, 8)}`,
      name: newContactName.trim(),
      type: 'contact',
      phones: [phoneNumber],
      company: '',
      createdDate: new Date().toISOString(),
    };
    if (!contact.name) throw new CrmError('rejected', 'testCRM', 'A contact needs a name.');
    await (await exampleCrmDb()).add('contacts', contact);
    return { contactInfo: { id: contact.id, name: contact.name }, returnMessage: success('Contact created.') };
  },

  async createCallLog({ user, authHeader, contactInfo, callLog, subject, additionalSubmission, composedLogDetails }) {
    await requireKey(authHeader);
    const db = await exampleCrmDb();
    if (!(await db.get('contacts', contactInfo.id))) {
      throw new CrmError('rejected', 'testCRM', `Example CRM has no contact with id ${contactInfo.id}.`);
    }
    const dealId = await existingDeal(additionalSubmission.deals);
    const now = new Date().toISOString();
    const activity: Omit<ExampleActivity, 'id'> = {
      contactId: contactInfo.id,
      ownerId: user.id,
      sessionId: callLog.sessionId,
      subject,
      body: composedLogDetails,
      dealId,
      duration: typeof callLog.duration === 'number' ? callLog.duration : null,
      createdAt: now,
      updatedAt: now,
    };
    const id = await db.add('activities', activity as ExampleActivity);
    return { logId: String(id), returnMessage: success('Call logged') };
  },

  async getCallLog({ authHeader, callLogId }) {
    await requireKey(authHeader);
    const activity = await findActivity(callLogId);
    const contact = await (await exampleCrmDb()).get('contacts', activity.contactId);
    return {
      callLogInfo: {
        subject: activity.subject,
        fullBody: activity.body,
        contactName: contact?.name ?? 'Unknown',
        dispositions: { deals: activity.dealId },
      },
    };
  },

  async updateCallLog({ authHeader, existingCallLog, subject, duration, composedLogDetails }) {
    await requireKey(authHeader);
    const activity = await findActivity(existingCallLog.thirdPartyLogId);
    await (
      await exampleCrmDb()
    ).put('activities', {
      ...activity,
      subject: subject || activity.subject,
      duration: duration ?? activity.duration,
      body: composedLogDetails,
      updatedAt: new Date().toISOString(),
    });
    return { returnMessage: success('Call log updated.') };
  },

  async upsertCallDisposition({ authHeader, existingCallLog, dispositions }) {
    await requireKey(authHeader);
    if (!dispositions.deals) return { logId: null };
    const activity = await findActivity(existingCallLog.thirdPartyLogId);
    const dealId = await existingDeal(dispositions.deals);
    await (await exampleCrmDb()).put('activities', { ...activity, dealId, updatedAt: new Date().toISOString() });
    return { logId: existingCallLog.thirdPartyLogId, returnMessage: success('Deal linked to the call log.') };
  },

  ...exampleMessageLog,

  /** The Example CRM's own page for a log (entrypoints/example-crm), inside the extension. */
  logUrl(_user, logId) {
    return `${browser.runtime.getURL('/example-crm.html')}#${logId}`;
  },

  contactUrl(_user, contactId) {
    return `${browser.runtime.getURL('/example-crm.html')}#contact/${encodeURIComponent(contactId)}`;
  },

  async findCallLogBySession({ authHeader, sessionId, user }) {
    await requireKey(authHeader);
    const activities = await (await exampleCrmDb()).getAllFromIndex('activities', 'bySession', sessionId);
    const mine = activities.find((activity) => activity.ownerId === user.id);
    return { logId: mine ? String(mine.id) : null };
  },
});

function browserOffset(): string {
  const minutes = -new Date().getTimezoneOffset();
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
