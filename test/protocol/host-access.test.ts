/** The helper pages call, in their click handler, before they name a server to the worker. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hostPattern, requestHostAccess } from '../../src/protocol/host-access';

afterEach(() => vi.restoreAllMocks());

describe('host permission for a server the user names', () => {
  it('asks for the server host on every port (match patterns take no port)', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    expect(await requestHostAccess('https://crm.example.com:8443/app-connect')).toBe(true);
    expect(request).toHaveBeenCalledWith({ origins: ['https://crm.example.com/*'] });
    expect(hostPattern('http://127.0.0.1:6066')).toBe('http://127.0.0.1/*');
  });

  it('does not prompt when the extension may already reach the host', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
    expect(await requestHostAccess('http://127.0.0.1:7070')).toBe(true);
    expect(request).not.toHaveBeenCalled();
  });

  it('does not prompt for a URL that is not http(s)', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    expect(await requestHostAccess('ftp://files.example.com')).toBe(false);
    expect(await requestHostAccess('not a url')).toBe(false);
    expect(request).not.toHaveBeenCalled();
  });
});
