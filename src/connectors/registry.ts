/**
 * Every connector, by platform id. The type makes a connector listed in `metadata.ts` but
 * missing here (or registered under the wrong id) a compile error.
 */
import type { ConnectorId } from './metadata';
import { bullhorn } from './bullhorn';
import { clio } from './clio';
import { googleSheets } from './googleSheets';
import { insightly } from './insightly';
import { netsuite } from './netsuite';
import { pipedrive } from './pipedrive';
import { redtail } from './redtail';
import { testCRM } from './testCRM';
import type { Connector } from './types';

export const connectors: { [Id in ConnectorId]: Connector & { id: Id } } = {
  testCRM,
  pipedrive,
  insightly,
  netsuite,
  googleSheets,
  clio,
  redtail,
  bullhorn,
};

export function getConnector(platform: string): Connector | undefined {
  return Object.hasOwn(connectors, platform) ? connectors[platform as ConnectorId] : undefined;
}

export const connectorIds = Object.keys(connectors) as ConnectorId[];
