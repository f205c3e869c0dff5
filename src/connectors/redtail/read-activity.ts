/**
 * getCallLog (docs/redtail.md, "Reading and changing a log"): the activity with its linked
 * contacts. The core reads the agent note out of the description itself.
 */
import type { RedtailApi } from './api';
import { nameOf } from './find-contact';

export async function readActivity(api: RedtailApi, callLogId: string) {
  const { activity } = await api.activity(callLogId);
  const [contact] = activity.linked_contacts ?? [];
  return {
    callLogInfo: {
      subject: activity.subject ?? '',
      fullBody: activity.description ?? '',
      contactName: (contact && nameOf(contact)) || 'Unknown',
      dispositions: { category: activity.category_id ?? null },
    },
  };
}
