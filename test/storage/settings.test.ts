/** Typed settings: defaults on a fresh install, and a damaged value falls back instead of breaking the worker. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultLogBodySettings, logBodySettingsSchema } from '../../src/protocol/schemas/log-body-settings';
import { getConnection, removeConnection, saveConnection } from '../../src/storage/connections';
import { activeCrmSetting } from '../../src/storage/settings';
import { backendSetting } from '../../src/backends/backend-setting';
import { logBodySetting } from '../../src/logging/compose/log-body-setting';
import { resetExtension } from '../support/reset';

beforeEach(resetExtension);

describe('settings', () => {
  it('start at the defaults of a fresh install', async () => {
    expect(await backendSetting.get()).toEqual({ kind: 'local' });
    expect(await activeCrmSetting.get()).toEqual({ platform: 'testCRM' });
    expect(await logBodySetting.get()).toEqual(defaultLogBodySettings);
    expect(defaultLogBodySettings.logDateFormat).toBe('YYYY-MM-DD hh:mm:ss A');
  });

  it('fill in items a value written by an older release does not have', async () => {
    await fakeBrowser.storage.local.set({ logBody: { addCallLogNote: false } });
    expect(await logBodySetting.get()).toEqual({ ...defaultLogBodySettings, addCallLogNote: false });
  });

  it('fall back to the default when the stored value is damaged', async () => {
    await fakeBrowser.storage.local.set({ logBody: 'garbage' });
    expect(await logBodySetting.get()).toEqual(defaultLogBodySettings);
  });

  it('refuse a damaged choice of CRM or backend instead of switching to the Example CRM or to local logging', async () => {
    await fakeBrowser.storage.local.set({ backend: { kind: 'remote', serverUrl: 'not a url' }, activeCrm: 7 });
    await expect(backendSetting.get()).rejects.toMatchObject({
      name: 'StorageError',
      code: 'damagedSetting',
      hint: expect.stringMatching(/Options/),
    });
    await expect(activeCrmSetting.get()).rejects.toMatchObject({
      name: 'StorageError',
      code: 'damagedSetting',
      hint: expect.stringMatching(/Options/),
    });
    await activeCrmSetting.set({ platform: 'pipedrive' });
    expect(await activeCrmSetting.get()).toEqual({ platform: 'pipedrive' });
  });

  it('refuse a time zone offset nobody could mean', () => {
    expect(logBodySettingsSchema.safeParse({ timezoneOffset: '+05:30' }).success).toBe(true);
    expect(logBodySettingsSchema.safeParse({ timezoneOffset: '+15:00' }).success).toBe(false);
    expect(logBodySettingsSchema.safeParse({ timezoneOffset: 'Mars/Olympus' }).success).toBe(false);
  });

  it('remember a deliberate disconnect', async () => {
    await activeCrmSetting.set({ platform: null });
    expect(await activeCrmSetting.get()).toEqual({ platform: null });
  });
});

describe('connections', () => {
  const connection = (platform: string, apiKey: string) => ({
    user: { id: `u-${platform}`, platform, name: 'N', hostname: '', timezoneOffset: null, platformAdditionalInfo: {} },
    credential: { kind: 'apiKey' as const, apiKey },
  });

  it('are kept per platform and removed one at a time', async () => {
    await saveConnection(connection('testCRM', 'a'));
    await saveConnection(connection('pipedrive', 'b'));
    await removeConnection('testCRM');
    expect(await getConnection('testCRM')).toBeUndefined();
    expect((await getConnection('pipedrive'))?.credential).toEqual({ kind: 'apiKey', apiKey: 'b' });
  });

  it('live in storage.local, never storage.sync', async () => {
    await saveConnection(connection('testCRM', 'a'));
    expect(await fakeBrowser.storage.sync.get()).toEqual({});
    expect(Object.keys(await fakeBrowser.storage.local.get())).toEqual(['connections']);
  });
});

describe('settings kept in memory', () => {
  it('see a change made by another context (storage.onChanged)', async () => {
    expect(await backendSetting.get()).toEqual({ kind: 'local' });
    // Another extension page writes the key itself.
    await fakeBrowser.storage.local.set({ backend: { kind: 'remote', serverUrl: 'https://appconnect.example.com' } });
    await expect.poll(() => backendSetting.get()).toEqual({ kind: 'remote', serverUrl: 'https://appconnect.example.com' });
  });

  it('never keep a value that a write overtook', async () => {
    const reads = Array.from({ length: 20 }, (_, i) =>
      i === 10 ? logBodySetting.set({ ...defaultLogBodySettings, addCallLogNote: false }) : logBodySetting.get(),
    );
    await Promise.all(reads);
    expect((await logBodySetting.get()).addCallLogNote).toBe(false);
    expect(((await fakeBrowser.storage.local.get('logBody')).logBody as { addCallLogNote: boolean }).addCallLogNote).toBe(false);
  });
});
