/**
 * The OAuth app an operator set up for a CRM (docs/pipedrive.md, "Signing in"): the public client
 * id and a token-exchange endpoint that adds the client secret, which no extension may ship.
 * Without this, the CRM connects with an API key only. The options page writes it.
 * One token-endpoint client serves every OAuth CRM: src/auth/oauth-tokens.ts (`tokenGrant`).
 */
import * as z from 'zod/mini';
import { credentialUrl } from '../http-url';

export const oauthAppSchema = z.object({
  clientId: z.string().check(z.minLength(1), z.maxLength(256)),
  /** Takes the CRM's token request (code or refresh token) as a form and answers the CRM's token JSON (none for the implicit flow). */
  tokenUrl: z.optional(credentialUrl),
  /** Same for revoking; without it, logout only forgets the tokens. */
  revokeUrl: z.optional(credentialUrl),
  /** Overrides the CRM's own authorize URL (tests, staging apps). */
  authorizeUrl: z.optional(credentialUrl),
  /** False only for an exchange that refuses PKCE's `code_verifier`; PKCE is used otherwise (src/auth/oauth-request.ts). */
  pkce: z.optional(z.boolean()),
  /**
   * A firm's own app (docs/token-exchange.md, "Without an exchange"): its secret, kept in this
   * browser's storage. Then `tokenUrl` is the CRM's own token URL and the extension adds
   * `client_id` and `client_secret` to every token request itself; without it, the exchange does.
   */
  clientSecret: z.optional(z.string().check(z.minLength(1), z.maxLength(512))),
});
export type OAuthApp = z.infer<typeof oauthAppSchema>;

/** What a page is told of an app (GET /settings/oauthApps): never the secret, only that one is kept. */
export type OAuthAppView = Omit<OAuthApp, 'clientSecret'> & { hasClientSecret?: true };
