/**
 * "Simulate CRM errors" for the Example CRM: a queue of HTTP-like failures it answers before
 * doing anything, so the errors a real CRM gives (401, 429 with a wait, 500) can be shown and
 * tested without a server. Each entry fails the next `times` operations.
 */
import * as z from 'zod/mini';
import { crmErrorForStatus } from '../../http/crm-error-for-status';
import { defineStoredValue } from '../../storage/stored-value';

const faultSchema = z.object({
  status: z.number().check(z.int(), z.minimum(400), z.maximum(599)),
  times: z.number().check(z.int(), z.minimum(1)),
  retryAfterSeconds: z.optional(z.number().check(z.minimum(0))),
});
export type ExampleCrmFault = z.infer<typeof faultSchema>;

export const exampleCrmFaults = defineStoredValue('testCRM:faults', z.array(faultSchema), () => []);

/** Throws the next simulated failure, if one is queued. */
export async function simulatedFault(): Promise<void> {
  const [next, ...rest] = await exampleCrmFaults.get();
  if (!next) return;
  await exampleCrmFaults.set(next.times > 1 ? [{ ...next, times: next.times - 1 }, ...rest] : rest);
  throw crmErrorForStatus({
    connectorId: 'testCRM',
    crmName: 'Example CRM',
    status: next.status,
    retryAfterMs: next.retryAfterSeconds === undefined ? undefined : next.retryAfterSeconds * 1000,
  });
}
