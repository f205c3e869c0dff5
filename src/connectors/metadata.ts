/**
 * Every connector's plain data, keyed by platform id. Pure data with no browser code, so the
 * manifest build (wxt.config.ts) can derive host permissions from it.
 */
import { googleSheetsMetadata } from './googleSheets/metadata';
import { insightlyMetadata } from './insightly/metadata';
import { netsuiteMetadata } from './netsuite/metadata';
import { pipedriveMetadata } from './pipedrive/metadata';
import { testCRMMetadata } from './testCRM/metadata';
import type { ConnectorMetadata } from '../protocol/crm-shapes';

export const connectorMetadata = {
  testCRM: testCRMMetadata,
  pipedrive: pipedriveMetadata,
  insightly: insightlyMetadata,
  netsuite: netsuiteMetadata,
  googleSheets: googleSheetsMetadata,
} as const satisfies Record<string, ConnectorMetadata>;

export type ConnectorId = keyof typeof connectorMetadata;

export const connectorHostPermissions: string[] = [
  ...new Set(Object.values(connectorMetadata).flatMap((metadata): readonly string[] => metadata.hostPermissions)),
];
