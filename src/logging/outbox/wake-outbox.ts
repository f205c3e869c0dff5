/** When the call outbox runs next (../wake-at.ts). */
import { createWaker } from '../wake-at';

const waker = createWaker('outbox');

export const OUTBOX_ALARM = waker.alarmName;
export const setOutboxDrain = waker.setDrain;
export const wakeOutbox = waker.wake;
export const planNextDrain = waker.planNext;
