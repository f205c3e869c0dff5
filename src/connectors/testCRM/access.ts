/** What every Example CRM operation checks first: the key, the records it names. */
import { CrmError } from '../../http/crm-error';
import type { AuthHeader } from '../types';
import { simulatedFault } from './faults';
import { exampleCrmDb, type ExampleActivity } from './store';

export async function requireKey(authHeader: AuthHeader): Promise<void> {
  await simulatedFault();
  if (!/^Bearer \S/.test(authHeader.authorization ?? '')) {
    throw new CrmError('unauthorized', 'testCRM', 'Example CRM needs a (any) non-empty API key.', { status: 401 });
  }
}

export async function findActivity(logId: string): Promise<ExampleActivity> {
  const activity = /^\d+$/.test(logId) ? await (await exampleCrmDb()).get('activities', Number(logId)) : undefined;
  if (!activity) throw new CrmError('notFound', 'testCRM', `Example CRM has no call log ${logId}: it was deleted.`, { status: 404 });
  return activity;
}

export async function existingDeal(value: unknown): Promise<string | null> {
  if (value === undefined || value === null || value === '') return null;
  const deal = await (await exampleCrmDb()).get('deals', String(value));
  if (!deal) throw new CrmError('rejected', 'testCRM', `Example CRM has no deal ${String(value)}.`);
  return deal.id;
}
