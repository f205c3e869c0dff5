/** The answer bodies of the dialer's local paths (src/backends/browser/dialer.ts). */
import type { ReturnMessage } from './return-message';
import type { DialerSettings } from './schemas/dialer';

/** GET and PUT /settings/dialer. */
export interface DialerSettingsAnswer {
  successful: true;
  settings: DialerSettings;
  /** What a company's RingCentral app must allow as redirect URI for the widget's sign-in. */
  redirectUri: string;
  returnMessage?: ReturnMessage;
}

/** GET and PUT /callLog/note: the note typed during the call, until it is logged. */
export interface CallNoteAnswer {
  successful: true;
  note: string;
}

/** GET /contactUrl: the contact's page in the CRM, when the connector can link to it. */
export interface ContactUrlAnswer {
  successful: true;
  url: string | null;
}
