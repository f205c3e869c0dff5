/** A connected CRM user with the connector that speaks to their CRM: what every call-log operation needs. */
import type { AuthHeader, Connector } from '../connectors/types';
import type { CrmUser } from '../storage/connections';

export interface CrmSession {
  connector: Connector;
  user: CrmUser;
  authHeader: AuthHeader;
}
