/**
 * Every connector folder is registered (metadata and registry, under its folder name) and its
 * test/connectors/<id>/connector-kit.test.ts really hands the kit a working target for it: the
 * file is loaded with `runConnectorKit` caught, and the target it passed is run here (a fresh
 * account, a login through the message API, the CRM's side read). A folder whose kit file is
 * missing, names another platform, or gives a target that cannot log in fails here; the kit
 * itself runs in full from each connector's own file.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { connectorMetadata } from '../../src/connectors/metadata';
import { connectors } from '../../src/connectors/registry';
import { api } from '../support/api';
import { resetExtension } from '../support/reset';
import type { KitTarget } from './kit-target';

const handed = vi.hoisted(() => [] as KitTarget[]);
vi.mock('./run-connector-kit', () => ({ runConnectorKit: (target: KitTarget) => void handed.push(target) }));

const folderOf = (path: string) => /\/connectors\/([^/]+)\//.exec(path)![1]!;

const connectorFolders = Object.keys(import.meta.glob('../../src/connectors/*/index.ts')).map(folderOf);
const kitFiles = import.meta.glob('../connectors/*/connector-kit.test.ts');

/** The target a connector's kit file hands to `runConnectorKit`, by loading that file. */
async function kitTargetOf(id: string): Promise<KitTarget | undefined> {
  const load = Object.entries(kitFiles).find(([path]) => folderOf(path) === id)?.[1];
  if (!load) return undefined;
  handed.length = 0;
  await load();
  expect(handed, `test/connectors/${id}/connector-kit.test.ts must call runConnectorKit once`).toHaveLength(1);
  return handed[0];
}

beforeEach(resetExtension);

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

  it.each(connectorFolders)('%s hands the kit a target that runs: an account, a login, the CRM side', async (id) => {
    const target = await kitTargetOf(id);
    expect(target, `test/connectors/${id}/connector-kit.test.ts is missing`).toBeDefined();
    expect(target!.platform).toBe(id);
    const account = await target!.newAccount();
    // An OAuth CRM signs in its own way (`connect`, which checks the name); the others with their key.
    if (account.connect) await account.connect();
    else {
      const { body } = await api({ method: 'POST', path: '/apiKeyLogin', body: { platform: id, ...account.login } });
      expect(body).toMatchObject({ successful: true, name: account.userName });
    }
    const found = await api({ method: 'GET', path: '/contact', query: { phoneNumber: account.oneMatch.phoneNumber } });
    expect(found.body.contact).toEqual(expect.arrayContaining([expect.objectContaining({ name: account.oneMatch.name })]));
    expect(Array.isArray(await account.logsInCrm())).toBe(true);
  });

  it('has no registered connector without a folder', () => {
    expect(Object.keys(connectors).sort()).toEqual([...connectorFolders].sort());
  });
});
