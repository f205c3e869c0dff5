/**
 * The CRM behind the fake App Connect server: contacts and call activities in memory. Bodies
 * are plain text, composed as the server's connectors compose them (docs/log-body.md), in UTC.
 */
import type { CreateCallLogBody, UpdateCallLogBody } from '../../../src/protocol/schemas/call-log';
import { composeLogBody, readAgentNote } from '../../../src/logging/compose/compose-log-body';
import { defaultLogBodySettings } from '../../../src/protocol/schemas/log-body-settings';
import { itemsForCreate, itemsForUpdate } from '../../../src/logging/log-items';

export interface FakeContact {
  id: string;
  name: string;
  type: string;
  phone: string;
}

export interface FakeActivity {
  id: string;
  ownerId: string;
  contactId: string;
  sessionId: string;
  subject: string;
  body: string;
  dispositions: Record<string, unknown>;
}

const SEED: FakeContact[] = [
  { id: 'c-1', name: 'Alice Example', type: 'Contact', phone: '+16505550100' },
  { id: 'c-2', name: 'Dana Whitfield', type: 'Contact', phone: '+14155550132' },
  { id: 'c-3', name: 'Marcus Bell', type: 'Contact', phone: '+12125550147' },
];

const compose = (items: Parameters<typeof composeLogBody>[0]['items'], base?: string) =>
  composeLogBody({ format: 'text/plain', items, settings: defaultLogBodySettings, clock: null, base });

export function createFakeCrm() {
  const contacts = SEED.map((contact) => ({ ...contact }));
  const activities = new Map<string, FakeActivity>();
  let nextActivity = 1;

  return {
    activities,
    findContacts: (phone: string) => contacts.filter((contact) => contact.phone === phone),
    getContact: (id: string) => contacts.find((contact) => contact.id === id),
    createContact(phone: string, name: string, type: string): FakeContact {
      const contact = { id: `c-${contacts.length + 1}`, name, type: type || 'Contact', phone };
      contacts.push(contact);
      return contact;
    },
    createActivity(ownerId: string, request: CreateCallLogBody): FakeActivity {
      const subject = request.logInfo.customSubject ?? '';
      const activity: FakeActivity = {
        id: `act-${nextActivity++}`,
        ownerId,
        contactId: String(request.contactId),
        sessionId: request.logInfo.sessionId,
        subject,
        body: compose(itemsForCreate(request, subject)),
        dispositions: { ...(request.additionalSubmission ?? {}) },
      };
      activities.set(activity.id, activity);
      return activity;
    },
    updateActivity(activity: FakeActivity, request: UpdateCallLogBody): FakeActivity {
      activity.body = compose(itemsForUpdate(request), activity.body);
      if (request.subject) activity.subject = request.subject;
      return activity;
    },
    logData: (activity: FakeActivity) => ({
      subject: activity.subject,
      note: readAgentNote('text/plain', activity.body),
      fullBody: activity.body,
      dispositions: activity.dispositions,
    }),
  };
}

export type FakeCrm = ReturnType<typeof createFakeCrm>;
