/**
 * createCallLog (docs/pipedrive.md, "How a call becomes an activity"): one done call activity
 * linked to the person, the deal or lead, and the person's organization. With warm caches it is
 * one request, the POST itself.
 */
import { error, success } from '../../protocol/return-message';
import { isCrmError } from '../../http/crm-error';
import type { Connector } from '../types';
import { resolveCallActivityType } from './activity-types';
import type { PipedriveApi } from './api';
import type { PipedriveCaches } from './caches';
import { fetchPerson, orgIdOf } from './person-facts';
import { pipedriveId, toActivity } from './to-activity';

type CreateArgs = Parameters<Connector['createCallLog']>[0];

export const NO_CALL_TYPE_MESSAGE =
  'Call logging requires an active activity type containing the word "call" (case insensitive), or one explicitly assigned by an admin under Admin > Account settings.';

export async function createCallLog(api: PipedriveApi, caches: PipedriveCaches, args: CreateArgs) {
  const personId = pipedriveId(args.contactInfo.id, 'person');
  const type = await resolveCallActivityType(api, caches);
  if (!type) return { logId: null, returnMessage: error(NO_CALL_TYPE_MESSAGE, 2000) };
  const org = await orgIdOf(api, caches, personId);
  const activity = (orgId: number | null) => toActivity({ ...args, personId, type, orgId });
  try {
    const created = await api.createActivity(activity(org.orgId));
    return { logId: created.id, returnMessage: success('Call logged', 2000) };
  } catch (failure) {
    // A 400 was not processed. If the organization came from the cache it may be stale (the
    // person moved): re-read the person and try once more only if the organization changed.
    if (!(isCrmError(failure) && failure.options.status === 400 && org.cached)) throw failure;
    await caches.orgIds.delete(String(personId));
    const { orgId } = await fetchPerson(api, caches, personId);
    if (orgId === org.orgId) throw failure;
    const created = await api.createActivity(activity(orgId));
    return { logId: created.id, returnMessage: success('Call logged', 2000) };
  }
}
