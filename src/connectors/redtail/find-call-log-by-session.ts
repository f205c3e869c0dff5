/**
 * Finds the activity a create whose answer was lost left behind (docs/redtail.md, "Exactly
 * once"): the contact's activities, page by page, and among them the one whose description holds
 * this session's Session Id item (`sessionMarker`). A look-alike (same contact, minute and
 * subject) names another session and is never adopted.
 */
import type { Connector } from '../types';
import type { RedtailApi } from './api';

type FindArgs = Parameters<NonNullable<Connector['findCallLogBySession']>>[0];

const MAX_PAGES = 10;

export async function findCallLogBySession(api: RedtailApi, args: FindArgs): Promise<{ logId: string | null; incomplete?: true }> {
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const { activities, meta } = await api.contactActivities(args.contactId, page);
    const own = activities.find((activity) => (activity.description ?? '').includes(args.sessionMarker));
    if (own) return { logId: String(own.id) };
    // Without a page count, only an empty page proves the end.
    if (!activities.length || (meta?.total_pages !== undefined && page >= meta.total_pages)) return { logId: null };
  }
  return { logId: null, incomplete: true };
}
