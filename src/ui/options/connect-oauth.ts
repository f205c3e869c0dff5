/**
 * The seam for CRMs that connect with OAuth (authKind 'oauth'). No connector of this build uses
 * OAuth in the browser — Pipedrive's OAuth needs a server that holds the client secret — so
 * this says so and how to connect instead. The flow itself (identity.launchWebAuthFlow, then
 * `GET /oauth-callback` with the redirect URL) comes with the first connector that offers it;
 * phone-section.ts shows the same pattern for RingCentral.
 */
import { warning, type ReturnMessage } from '../../api/return-message';
import type { ConnectorMetadata } from '../../connectors/types';

export async function connectWithOAuth(metadata: ConnectorMetadata): Promise<ReturnMessage> {
  return warning(
    `${metadata.displayName} cannot sign in with OAuth in this browser yet.`,
    8000,
    'Connect it with an API key, or choose an App Connect server under "Where calls are logged from".',
  );
}
