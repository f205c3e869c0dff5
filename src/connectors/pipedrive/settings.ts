/** Pipedrive's admin setting (docs/pipedrive.md, "Activity type"): which activity type a call is logged as. Unset = the first "call" type. */
import * as z from 'zod/mini';
import { defineStoredValue } from '../../storage/stored-value';

export const callActivityTypeSetting = defineStoredValue('pipedrive:callActivityType', z.nullable(z.string().check(z.maxLength(128))), () => null);
