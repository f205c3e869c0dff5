/** A call's result in the page's language; its own module, so the statistics page does not load phone-display's metadata. */
import { t, type MessageKey } from './i18n';

/** RingCentral's results (the Call Log API's `result`) in the page's language; others as they came. */
const RESULTS: Record<string, MessageKey> = {
  Missed: 'result_missed',
  Voicemail: 'result_voicemail',
  Rejected: 'result_rejected',
  Declined: 'result_declined',
  Accepted: 'result_accepted',
  'Call connected': 'result_connected',
  Busy: 'result_busy',
  'No Answer': 'result_no_answer',
  Answered: 'result_answered',
  /** The statistics page's outcome of a log whose call left the call list. */
  Unknown: 'result_unknown',
};

export const callResult = (result: string | undefined): string | undefined => (result && RESULTS[result] ? t(RESULTS[result]) : result);
