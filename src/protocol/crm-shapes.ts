/**
 * The plain shapes of CRM data that the message API carries to the pages: a connector's
 * metadata, the call-log form's fields, a matched contact. Connectors fill them in
 * (src/connectors/types.ts); pages only read them.
 */

export type LogFormat = 'text/plain' | 'text/html' | 'text/markdown';

export type AuthKind = 'apiKey' | 'oauth';

/** One option of a selection field, e.g. a deal: `{ const: 1204, title: 'Fleet renewal' }`. */
export interface FieldOption {
  const: string | number;
  title: string;
}

/**
 * A field of the call-log form (App Connect's `page.callLog.additionalFields`). A field with
 * `contactDependent` takes its options from the chosen contact's `additionalInfo[const]`.
 */
export interface CallLogField {
  const: string;
  title: string;
  type: 'selection' | 'warning' | 'text' | 'checkbox';
  contactDependent?: boolean;
  /** The CRM refuses a log without it: auto-log fills it only when there is one choice. */
  required?: boolean;
}

/** How a CRM's OAuth sign-in goes (ConnectorMetadata's `oauth.flow`). */
export type OAuthFlow = 'code' | 'pkce' | 'implicit';

/** Everything about a connector that is plain data: read by the manifest build and the UI. */
export interface ConnectorMetadata {
  id: string;
  displayName: string;
  authKind: AuthKind;
  /** What the API key is called in this CRM ("API token"), for the connect form. */
  apiKeyLabel?: string;
  /** Set when the CRM needs an address besides the key (Insightly's API URL): the connect form asks for it, required. */
  hostnameLabel?: string;
  logFormat: LogFormat;
  contactTypes: readonly string[];
  callLogFields: readonly CallLogField[];
  /** Match patterns the extension needs to reach this CRM (empty for an in-browser CRM). */
  hostPermissions: readonly string[];
  /** Present when the CRM also signs in with OAuth 2 (see src/auth/). */
  oauth?: {
    authorizeUrl: string;
    /**
     * `code` (default): authorization code through the operator's token-exchange endpoint;
     * `pkce`: a public client (no secret) sending `client_id` and a PKCE verifier to the CRM's own
     * token endpoint; `implicit`: the access token comes back in the redirect (no refresh).
     */
    flow?: OAuthFlow;
    /** Fixed parameters the CRM's authorize page wants besides client id, redirect and state (Clio: `response_type=code`). */
    authorizeParams?: Readonly<Record<string, string>>;
    scope?: string;
    /** URLs of the CRM for an account id the options page asks for (`{account}` is replaced). */
    accountUrls?: { authorizeUrl: string; tokenUrl: string; revokeUrl?: string };
    /**
     * When the core renews the access token. `beforeExpiry` (default): on any request, 2 minutes
     * before it expires, and after a 401. `whenNeeded`: the access token only opens the CRM's own
     * session (Bullhorn's REST login), so it is renewed only when the connector answers 401 because
     * a login needs a token that is expired or refused; each renewal spends a single-use refresh token.
     */
    refresh?: 'beforeExpiry' | 'whenNeeded';
  };
  /** More fields of the connect form, sent as `additionalInfo` with the login or the sign-in. */
  connectFields?: readonly { name: string; label: string; hint?: string }[];
  /**
   * The key field holds the user's password (Redtail): sent untrimmed, and also as
   * `additionalInfo.password`, where an App Connect server's connector reads it.
   */
  keyIsPassword?: boolean;
  /**
   * A vendor key the firm's admin enters once in Options (Redtail's partner API key): kept in the
   * worker, never shown again (src/connectors/partner-keys.ts). `why` is shown while none is set.
   */
  partnerKey?: { label: string; apiRootLabel: string; defaultApiRoot: string; why: string };
}

export interface ContactInfo {
  id: string | number;
  name: string;
  type?: string;
  phone?: string;
  organization?: string;
  createdDate?: string;
  mostRecentActivityDate?: string;
  additionalInfo?: Record<string, FieldOption[]> | null;
  isNewContact?: boolean;
}

/** A call log as read back from the CRM (`logData` of GET /callLog). */
export interface CallLogInfo {
  subject: string;
  /** Only the agent's note. */
  note: string;
  /** The whole CRM body: the base for recomposing on update. */
  fullBody: string;
  contactName?: string;
  dispositions?: Record<string, unknown>;
}
