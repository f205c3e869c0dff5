/** When waiting messages go out next (../wake-at.ts); apart from the drain loop, as for calls. */
import { createWaker } from '../wake-at';

const waker = createWaker('message-outbox');

export const MESSAGE_OUTBOX_ALARM = waker.alarmName;
export const setMessageDrain = waker.setDrain;
export const wakeMessageOutbox = waker.wake;
