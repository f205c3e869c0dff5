/**
 * Every connector's plain data, keyed by platform id. Pure data with no browser code, so the
 * manifest build (wxt.config.ts) can derive host permissions from it.
 */
import { clioMetadata } from './clio/metadata';
import { pipedriveMetadata } from './pipedrive/metadata';
import { testCRMMetadata } from './testCRM/metadata';
import type { ConnectorMetadata } from '../protocol/crm-shapes';

export const connectorMetadata = {
  testCRM: testCRMMetadata,
  pipedrive: pipedriveMetadata,
  clio: clioMetadata,
} as const satisfies Record<string, ConnectorMetadata>;

export type ConnectorId = keyof typeof connectorMetadata;

export const connectorHostPermissions: string[] = [
  ...new Set(Object.values(connectorMetadata).flatMap((metadata): readonly string[] => metadata.hostPermissions)),
];
