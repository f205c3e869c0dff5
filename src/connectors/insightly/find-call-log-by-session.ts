/**
 * Finds the event a create whose answer was lost left behind (docs/insightly.md, "Exactly once"):
 * events with the same title changed since shortly before the first attempt, and among them the
 * one whose body holds this session's Session Id item (`sessionMarker`). A look-alike (same
 * contact, minute and title) names another session and is never adopted.
 */
import type { Connector } from '../types';
import type { InsightlyApi } from './api';
import { toInsightlyTime } from './insightly-time';

type FindArgs = Parameters<NonNullable<Connector['findCallLogBySession']>>[0];

const CLOCK_SLACK_MS = 10 * 60 * 1000;
const PAGE = 500;
const MAX_PAGES = 10;

export async function findCallLogBySession(api: InsightlyApi, args: FindArgs): Promise<{ logId: string | null; incomplete?: true }> {
  const since = toInsightlyTime((args.attemptedAt ?? Date.now()) - CLOCK_SLACK_MS);
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const events = await api.eventsTitled(args.subject, since, page * PAGE);
    const own = events.find((event) => (event.DETAILS ?? '').includes(args.sessionMarker));
    if (own) return { logId: String(own.EVENT_ID) };
    if (events.length < PAGE) return { logId: null };
  }
  return { logId: null, incomplete: true };
}
