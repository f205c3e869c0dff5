/**
 * createCallLog (docs/redtail.md, "A call as an activity"): one POST makes the completed
 * activity. Its logId is what the core keeps; the note and, should Redtail ignore `completed` on
 * create, the completion are sent after it (a note again only when the activity's notes lack it),
 * and a failure of either returns the logId with a warning: an activity that exists is never lost
 * or made twice for them.
 */
import { isCrmError } from '../../http/crm-error';
import { success, warning } from '../../protocol/return-message';
import type { Connector } from '../types';
import type { RedtailApi } from './api';
import { toActivity } from './to-activity';

type CreateArgs = Parameters<Connector['createCallLog']>[0];

export async function createCallLog(api: RedtailApi, args: CreateArgs) {
  const body = toActivity(args);
  const { activity } = await api.createActivity(body);
  try {
    if (activity.completed !== true) await api.updateActivity(activity.id, { completed: true });
    // Redtail lists notes apart from the description; the agent note is in both (App Connect does the same).
    if (args.note.trim()) await addNoteOnce(api, activity.id, { category_id: body.category_id, note_type: 1, body: args.note });
  } catch {
    return {
      logId: activity.id,
      returnMessage: warning(
        'Call logged, but not all of it was saved',
        5000,
        'The note is in the activity’s description. In Redtail, add it to the activity’s notes or mark the activity completed if it is not.',
      ),
    };
  }
  return { logId: activity.id, returnMessage: success('Call logged', 2000) };
}

/** A note whose POST failed or lost its answer is sent again only when the activity's notes do not hold it yet. */
async function addNoteOnce(api: RedtailApi, activityId: number, note: { category_id: number; note_type: number; body: string }) {
  try {
    await api.addNote(activityId, note);
  } catch (failure) {
    if (!isCrmError(failure) || failure.code !== 'unavailable') throw failure;
    const { notes } = await api.notes(activityId);
    if (!notes.some((existing) => existing.body === note.body)) await api.addNote(activityId, note);
  }
}
