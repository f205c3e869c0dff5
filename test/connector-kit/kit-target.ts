/** What a connector gives the shared kit: a fresh account on its (fake) CRM and a view of the CRM's side. */
import type { ConnectorId } from '../../src/connectors/metadata';

/** A call log as the CRM itself holds it, read past the connector. */
export interface CrmSideLog {
  id: string;
  subject: string;
  body: string;
  contactId: string;
  dealId: string | null;
}

export interface KitContact {
  phoneNumber: string;
  contactId: string;
  name: string;
  /** A deal of this contact, as the log form would submit it (none for a CRM without such a field). */
  deal?: string | number;
}

export interface KitAccount {
  /** For an OAuth CRM, the access token `connect` obtains (it must not show in any answer). */
  login: { apiKey: string; hostname?: string };
  /** Signs in another way than `POST /apiKeyLogin` (OAuth through the message API); also used to reconnect after a 401. */
  connect?(): Promise<void>;
  /** The call-log field that plays the kit's "deal" (`deals` unless said; Clio's `matters`, Insightly's `opportunity`). */
  dealField?: string;
  /** The user name the CRM reports on login. */
  userName: string;
  oneMatch: KitContact;
  twoMatches: { phoneNumber: string; names: string[] };
  noMatch: string;
  /** A contact id the CRM does not have. */
  badContactId: string;
  logsInCrm(): Promise<CrmSideLog[]>;
  /** The next `times` requests (or operations) fail with `status`. */
  failNext(status: 401 | 429 | 500, times: number, retryAfterSeconds?: number): Promise<void>;
}

export interface KitTarget {
  platform: ConnectorId;
  newAccount(): Promise<KitAccount>;
}
