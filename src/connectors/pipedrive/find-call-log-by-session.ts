/**
 * Reconciles a create whose answer was lost (docs/pipedrive.md, "Finding a lost create"): the
 * person's activities changed since shortly before the first attempt, newest first, and the one
 * with the same subject, due date and time, type and owner that no other session owns is the
 * one we made. Pipedrive has no field for our session id, so these five fields are the fingerprint.
 */
import type { Connector } from '../types';
import { dueDateTime } from './activity-fields';
import { resolveCallActivityType } from './activity-types';
import type { PipedriveApi } from './api';
import { ownerIdOf } from './base-url';
import type { PipedriveCaches } from './caches';
import type { Activity } from './schemas';

type FindArgs = Parameters<NonNullable<Connector['findCallLogBySession']>>[0];

/** Clocks drift: look a little further back than the first attempt. */
const CLOCK_SLACK_MS = 10 * 60 * 1000;

/** 500 a page: a person with more activities changed in these minutes than this is not a person. */
const MAX_PAGES = 20;

export async function findCallLogBySession(
  api: PipedriveApi,
  caches: PipedriveCaches,
  args: FindArgs,
): Promise<{ logId: string | null; incomplete?: true }> {
  const personId = Number(args.contactId);
  if (!Number.isSafeInteger(personId) || personId <= 0) return { logId: null };
  const type = await resolveCallActivityType(api, caches);
  const since = new Date((args.attemptedAt ?? Date.now()) - CLOCK_SLACK_MS).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const expected = {
    subject: args.subject,
    type,
    owner_id: ownerIdOf(args.user),
    ...dueDateTime(args.callLog.startTime),
  };
  // Every page must be read: "not found" is what allows the create to be sent again.
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const { activities, nextCursor } = await api.recentActivities(personId, since, cursor);
    for (const activity of activities) {
      if (!sameCall(activity, expected)) continue;
      const logId = String(activity.id);
      if (!(await args.isLogIdMapped?.(logId))) return { logId };
    }
    if (!nextCursor) return { logId: null };
    cursor = nextCursor;
  }
  // Too many to be sure it is not there: better a person checks than a second activity.
  return { logId: null, incomplete: true };
}

function sameCall(
  activity: Activity,
  expected: { subject: string; type: string | null; owner_id: number; due_date: string; due_time: string },
): boolean {
  return (
    activity.subject === expected.subject &&
    activity.type === expected.type &&
    activity.owner_id === expected.owner_id &&
    activity.due_date === expected.due_date &&
    // Pipedrive may echo `HH:MM` as `HH:MM:SS`.
    (activity.due_time ?? '').slice(0, 5) === expected.due_time
  );
}
