/**
 * createCallLog (docs/clio.md): the communication first, and its id is the log id as soon as it
 * exists; then the time entry, unless the user turned time entries off. A time entry that fails
 * does not undo the logged call: the answer says so (a warning) and the next update creates it.
 * Requests: 2 (1 with time entries off).
 */
import { isCrmError } from '../../http/crm-error';
import { success, warning } from '../../protocol/return-message';
import type { Connector } from '../types';
import type { ClioApi } from './api';
import { clioUserIdOf } from './region';
import { clioTimeEntrySetting } from './settings';
import { clioId, toCommunication, toTimeEntry } from './to-communication';

type CreateArgs = Parameters<Connector['createCallLog']>[0];

export function matterOf(submission: Record<string, unknown> | undefined): number | undefined {
  const matter = submission?.matters;
  return matter === undefined || matter === null || matter === '' ? undefined : clioId(matter, 'matter');
}

export function nonBillableOf(submission: Record<string, unknown> | undefined, billableByDefault: boolean): boolean {
  if (typeof submission?.nonBillable === 'boolean') return submission.nonBillable;
  if (typeof submission?.billableStatus === 'string') return submission.billableStatus !== 'billable';
  return !billableByDefault;
}

export async function createCallLog(api: ClioApi, args: CreateArgs) {
  const settings = await clioTimeEntrySetting.get();
  const matterId = matterOf(args.additionalSubmission);
  const communication = await api.createCommunication(
    toCommunication({
      call: args.callLog,
      subject: args.subject,
      body: args.composedLogDetails,
      userId: clioUserIdOf(args.user),
      contactId: clioId(args.contactInfo.id, 'contact'),
      matterId,
    }),
  );
  if (!settings.enabled) return { logId: communication.id, returnMessage: success('Call logged', 2000) };
  try {
    await api.createTimeEntry(
      toTimeEntry({
        communicationId: communication.id,
        call: args.callLog,
        body: args.composedLogDetails,
        timeZone: args.user.timezoneName ?? undefined,
        nonBillable: nonBillableOf(args.additionalSubmission, settings.billableByDefault),
        matterId,
      }),
    );
  } catch (failure) {
    if (!isCrmError(failure)) throw failure;
    return { logId: communication.id, returnMessage: warning('Call logged, but the time entry could not be created', 5000) };
  }
  return { logId: communication.id, returnMessage: success('Call logged', 2000) };
}
