/**
 * Message logs in the Example CRM: a conversation-day is one activity of the contact whose body
 * lists its messages oldest first, as the core composed it (docs/connectors.md). It is found again
 * by its conversation, as a call's activity is by its session.
 */
import { success } from '../../protocol/return-message';
import { CrmError } from '../../http/crm-error';
import type { Connector } from '../types';
import { existingDeal, findActivity, requireKey } from './access';
import { exampleCrmDb, type ExampleActivity } from './store';

type Operations = Required<Pick<Connector, 'createMessageLog' | 'updateMessageLog' | 'findMessageLog'>>;

const sessionOf = (conversationLogId: string) => `messages:${conversationLogId}`;

export const exampleMessageLog: Operations = {
  async createMessageLog({ user, authHeader, contactInfo, conversationLogId, subject, additionalSubmission, composedLogDetails }) {
    await requireKey(authHeader);
    const db = await exampleCrmDb();
    if (!(await db.get('contacts', contactInfo.id))) {
      throw new CrmError('rejected', 'testCRM', `Example CRM has no contact with id ${contactInfo.id}.`);
    }
    const now = new Date().toISOString();
    const activity: Omit<ExampleActivity, 'id'> = {
      contactId: contactInfo.id,
      ownerId: user.id,
      sessionId: sessionOf(conversationLogId),
      conversationLogId,
      subject,
      body: composedLogDetails,
      dealId: await existingDeal(additionalSubmission.deals),
      duration: null,
      createdAt: now,
      updatedAt: now,
    };
    const id = await db.add('activities', activity as ExampleActivity);
    return { logId: String(id), returnMessage: success('Message logged') };
  },

  async updateMessageLog({ authHeader, logId, composedLogDetails }) {
    await requireKey(authHeader);
    const activity = await findActivity(logId);
    await (await exampleCrmDb()).put('activities', { ...activity, body: composedLogDetails, updatedAt: new Date().toISOString() });
    return { returnMessage: success('Message logged') };
  },

  async findMessageLog({ user, authHeader, conversationLogId, contactInfo }) {
    await requireKey(authHeader);
    const activities = await (await exampleCrmDb()).getAllFromIndex('activities', 'bySession', sessionOf(conversationLogId));
    const mine = activities.find((a) => a.ownerId === user.id && a.contactId === contactInfo.id);
    return { logId: mine ? String(mine.id) : null };
  },
};
