/**
 * Every connector's plain data, keyed by platform id. Pure data with no browser code, so the
 * manifest build (wxt.config.ts) can derive host permissions from it.
 */
import { pipedriveMetadata } from './pipedrive/metadata';
import { testCRMMetadata } from './testCRM/metadata';
import type { ConnectorMetadata } from './types';

export const connectorMetadata = {
  testCRM: testCRMMetadata,
  pipedrive: pipedriveMetadata,
} as const satisfies Record<string, ConnectorMetadata>;

export type ConnectorId = keyof typeof connectorMetadata;

export const connectorHostPermissions: string[] = [
  ...new Set(Object.values(connectorMetadata).flatMap((metadata): readonly string[] => metadata.hostPermissions)),
];

/** `identity` runs OAuth sign-ins (launchWebAuthFlow); only needed when a connector offers OAuth. */
export const connectorPermissions: string[] = Object.values(connectorMetadata).some((metadata) => 'oauth' in metadata) ? ['identity'] : [];

/**
 * Hosts a user may point a connector at with a base URL override (a company proxy). Not granted
 * at install: the options page asks for the one origin when it is entered (host-access.ts).
 */
export const overrideHostPermissions: string[] = ['https://*/*'];
