/**
 * Every connector's plain data, keyed by platform id. Pure data with no browser code, so the
 * manifest build (wxt.config.ts) can derive host permissions from it.
 */
import { bullhornMetadata, bullhornSetupSteps } from './bullhorn/metadata';
import { clioMetadata } from './clio/metadata';
import { googleSheetsMetadata } from './googleSheets/metadata';
import { insightlyMetadata } from './insightly/metadata';
import { netsuiteMetadata, netsuiteSetupSteps } from './netsuite/metadata';
import { pipedriveMetadata } from './pipedrive/metadata';
import { redtailMetadata } from './redtail/metadata';
import { testCRMMetadata } from './testCRM/metadata';
import type { ConnectorMetadata } from '../protocol/crm-shapes';

export const connectorMetadata = {
  testCRM: testCRMMetadata,
  pipedrive: pipedriveMetadata,
  insightly: insightlyMetadata,
  netsuite: netsuiteMetadata,
  googleSheets: googleSheetsMetadata,
  clio: clioMetadata,
  redtail: redtailMetadata,
  bullhorn: bullhornMetadata,
} as const satisfies Record<string, ConnectorMetadata>;

export type ConnectorId = keyof typeof connectorMetadata;

/** What an admin sets up in the CRM before anyone can connect, step by step (shown in Options only). */
export const connectorSetupSteps: Partial<Record<ConnectorId, readonly string[]>> = { netsuite: netsuiteSetupSteps, bullhorn: bullhornSetupSteps };

export const connectorHostPermissions: string[] = [
  ...new Set(Object.values(connectorMetadata).flatMap((metadata): readonly string[] => metadata.hostPermissions)),
];
