/** Which transactions the log form offers (docs/netsuite.md, "Settings"): off by default, as in App Connect. */
import * as z from 'zod/mini';
import { defineStoredValue } from '../../storage/stored-value';

export const transactionFieldsSetting = defineStoredValue(
  'netsuite:transactionFields',
  z.object({ salesOrders: z.boolean(), opportunities: z.boolean() }),
  () => ({ salesOrders: false, opportunities: false }),
);
