/**
 * createCallLog (docs/bullhorn.md, "Record shape"): one `PUT entity/Note`, whose id is the log id
 * as soon as it exists. Copying the note into the person's Comments (the form's checkbox) is a
 * second, separate step: its failure leaves the call logged and says so, and never sends the Note
 * again (the anchor's retry of the whole block made two Notes). Requests: 1 (2 with the copy).
 */
import { isCrmError } from '../../http/crm-error';
import { success, warning } from '../../protocol/return-message';
import type { Connector } from '../types';
import type { BullhornApi } from './api';
import { actionOf, bullhornId, bullhornUserIdOf, entityOf, toNote } from './to-note';

type CreateArgs = Parameters<Connector['createCallLog']>[0];

export async function createCallLog(api: BullhornApi, args: CreateArgs) {
  const entity = entityOf(args.contactInfo.type);
  const contactId = bullhornId(args.contactInfo.id, 'contact');
  const logId = await api.create(
    'Note',
    toNote({
      call: args.callLog,
      body: args.composedLogDetails,
      userId: bullhornUserIdOf(args.user),
      contactId,
      entity,
      action: actionOf(args.additionalSubmission),
    }),
  );
  if (entity && args.additionalSubmission.copyToContactComments === true && args.note) {
    try {
      await api.update(entity, contactId, { comments: args.note });
    } catch (failure) {
      if (!isCrmError(failure)) throw failure;
      return { logId, returnMessage: warning("Call logged, but the contact's Comments field could not be replaced with the note", 5000) };
    }
  }
  return { logId, returnMessage: success('Call logged', 2000) };
}
