/**
 * Which transactions the log form offers (docs/netsuite.md, "Finding a contact"). On by default,
 * unlike App Connect: no page turns them on yet, and off would hide the form's two fields for good.
 */
import * as z from 'zod/mini';
import { defineStoredValue } from '../../storage/stored-value';

export const transactionFieldsSetting = defineStoredValue(
  'netsuite:transactionFields',
  z.object({ salesOrders: z.boolean(), opportunities: z.boolean() }),
  () => ({ salesOrders: true, opportunities: true }),
);
