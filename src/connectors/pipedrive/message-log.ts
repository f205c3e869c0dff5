/**
 * Message logs in Pipedrive (docs/pipedrive.md, "Messages"): a conversation-day is one done
 * activity of the person, of the company's SMS activity type (the first active type whose name
 * contains "sms", else the call type), its note the body the core composed. An append rewrites
 * the note (PATCH); the core read it first with getCallLog. A create whose answer was lost is
 * found among the person's recent activities by subject, type, owner and due date.
 */
import { error, success } from '../../protocol/return-message';
import type { Connector, MessageLogArgs } from '../types';
import type { CrmUser } from '../../storage/connections';
import { dueDateTime } from './activity-fields';
import { resolveCallActivityType } from './activity-types';
import type { PipedriveApi } from './api';
import { ownerIdOf } from './base-url';
import type { PipedriveCaches } from './caches';
import { orgIdOf } from './person-facts';
import { pipedriveId, toActivity } from './to-activity';

type Args = Parameters<NonNullable<Connector['createMessageLog']>>[0];
type FindArgs = Parameters<NonNullable<Connector['findMessageLog']>>[0];

const NO_TYPE = 'Message logging requires an active activity type containing the word "sms" or "call" (case insensitive).';
const CLOCK_SLACK_MS = 10 * 60 * 1000;
const MAX_PAGES = 20;

export async function resolveMessageActivityType(api: PipedriveApi, caches: PipedriveCaches): Promise<string | null> {
  const call = await resolveCallActivityType(api, caches);
  const types = (await caches.activityTypes.get('all')) ?? [];
  return types.find((type) => type.title.toLowerCase().includes('sms'))?.const ?? call;
}

export async function createMessageLog(api: PipedriveApi, caches: PipedriveCaches, args: Args) {
  const personId = pipedriveId(args.contactInfo.id, 'person');
  const type = await resolveMessageActivityType(api, caches);
  if (!type) return { logId: null, returnMessage: error(NO_TYPE, 2000) };
  const { orgId } = await orgIdOf(api, caches, personId);
  const { duration: _none, ...activity } = toActivity({
    ...args,
    personId,
    type,
    orgId,
    callLog: { sessionId: args.conversationLogId, startTime: args.firstMessageTime },
  });
  const created = await api.createActivity(activity);
  return { logId: created.id, returnMessage: success('Message logged', 1000) };
}

export async function updateMessageLog(api: PipedriveApi, logId: string, composedLogDetails: string) {
  await api.updateActivity(logId, { note: composedLogDetails });
  return { returnMessage: success('Message logged', 1000) };
}

export async function findMessageLog(
  api: PipedriveApi,
  caches: PipedriveCaches,
  args: FindArgs,
): Promise<{ logId: string | null; incomplete?: true }> {
  const personId = Number(args.contactInfo.id);
  if (!Number.isSafeInteger(personId) || personId <= 0) return { logId: null };
  const expected = { type: await resolveMessageActivityType(api, caches), ...fingerprint(args.user, args) };
  const elapsed = Math.max(0, Date.now() - args.attemptedAt);
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const { activities, nextCursor, serverTime } = await api.recentActivities(personId, cursor);
    const found = activities.find(
      (a) => a.subject === expected.subject && a.type === expected.type && a.owner_id === expected.owner_id && a.due_date === expected.due_date,
    );
    if (found) return { logId: String(found.id) };
    // The window is taken on Pipedrive's clock, as for calls (find-call-log-by-session.ts).
    const oldestWanted = serverTime === undefined ? undefined : serverTime - elapsed - CLOCK_SLACK_MS;
    const last = activities.at(-1);
    if (!nextCursor || (oldestWanted !== undefined && last?.add_time && Date.parse(last.add_time) < oldestWanted)) return { logId: null };
    cursor = nextCursor;
  }
  return { logId: null, incomplete: true };
}

function fingerprint(user: CrmUser, args: Pick<MessageLogArgs, 'subject' | 'firstMessageTime'>) {
  return { subject: args.subject, owner_id: ownerIdOf(user), due_date: dueDateTime(args.firstMessageTime).due_date };
}
