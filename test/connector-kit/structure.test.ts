/**
 * Every connector folder is registered (metadata and registry, under its folder name) and runs
 * the connector kit from test/connectors/<id>/connector-kit.test.ts. A new folder that skips
 * either fails here.
 */
import { describe, expect, it } from 'vitest';
import { connectorMetadata } from '../../src/connectors/metadata';
import { connectors } from '../../src/connectors/registry';

const folderOf = (path: string) => /\/connectors\/([^/]+)\//.exec(path)![1]!;

const connectorFolders = Object.keys(import.meta.glob('../../src/connectors/*/index.ts')).map(folderOf);
const kitRuns = import.meta.glob<string>('../connectors/*/connector-kit.test.ts', { query: '?raw', import: 'default', eager: true });

describe('connector structure', () => {
  it('finds the connector folders', () => {
    expect(connectorFolders).toEqual(expect.arrayContaining(['testCRM', 'pipedrive']));
  });

  it.each(connectorFolders)('%s is registered under its folder name', (id) => {
    expect(Object.keys(connectorMetadata)).toContain(id);
    expect(Object.keys(connectors)).toContain(id);
    expect(connectors[id as keyof typeof connectors].id).toBe(id);
    expect(connectorMetadata[id as keyof typeof connectorMetadata].id).toBe(id);
  });

  it.each(connectorFolders)('%s runs the connector kit', (id) => {
    const source = Object.entries(kitRuns).find(([path]) => folderOf(path) === id)?.[1];
    expect(source, `test/connectors/${id}/connector-kit.test.ts is missing`).toBeDefined();
    expect(source).toContain('runConnectorKit(');
    expect(source).toContain(`platform: '${id}'`);
  });

  it('has no registered connector without a folder', () => {
    expect(Object.keys(connectors).sort()).toEqual([...connectorFolders].sort());
  });
});
