/**
 * Reconciles a create whose answer was lost (docs/pipedrive.md, "Finding a lost create"). Every
 * activity the core creates carries the session's own line in its note (`sessionMarker`), so the
 * one whose note holds it is ours and no other session's: two calls with the same person in the
 * same minute under the default subject, or a call without a start time, cannot be mistaken for
 * each other. The person's activities are read newest first (by `add_time`) until they are older
 * than the first attempt on **Pipedrive's** clock (its `Date` header less the time elapsed here),
 * so a client clock that is minutes off cannot hide the record.
 */
import type { Connector } from '../types';
import type { PipedriveApi } from './api';
import { ownerIdOf } from './base-url';
import type { Activity } from './schemas';

type FindArgs = Parameters<NonNullable<Connector['findCallLogBySession']>>[0];

/** Pipedrive may take a while to stamp a record, and the elapsed time is measured here: some slack. */
const SLACK_MS = 10 * 60 * 1000;

/** 500 a page: a person with more activities added in these minutes than this is not a person. */
const MAX_PAGES = 20;

export async function findCallLogBySession(api: PipedriveApi, args: FindArgs): Promise<{ logId: string | null; incomplete?: true }> {
  const personId = Number(args.contactId);
  if (!Number.isSafeInteger(personId) || personId <= 0) return { logId: null };
  const owner = ownerIdOf(args.user);
  const elapsed = Math.max(0, Date.now() - (args.attemptedAt ?? Date.now()));
  // Every page that may hold it must be read: "not found" is what allows the create to be sent again.
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const { activities, nextCursor, serverTime } = await api.recentActivities(personId, cursor);
    const mine = activities.find((activity) => isOurs(activity, owner, args.sessionMarker));
    if (mine) return { logId: String(mine.id) };
    // Without Pipedrive's clock there is no safe place to stop early: read to the end.
    const oldestWanted = serverTime === undefined ? undefined : serverTime - elapsed - SLACK_MS;
    const last = activities.at(-1);
    const olderThanAttempt = oldestWanted !== undefined && last?.add_time && Date.parse(last.add_time) < oldestWanted;
    if (!nextCursor || olderThanAttempt) return { logId: null };
    cursor = nextCursor;
  }
  // Too many to be sure it is not there: better a person checks than a second activity.
  return { logId: null, incomplete: true };
}

function isOurs(activity: Activity, owner: number, marker: string): boolean {
  return activity.owner_id === owner && (activity.note ?? '').includes(marker);
}
