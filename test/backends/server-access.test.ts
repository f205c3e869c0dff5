/** The helper the options page calls, in its click handler, before PUT /backend. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { requestServerAccess, serverOriginPattern } from '../../src/backends/server-access';

afterEach(() => vi.restoreAllMocks());

describe('host permission for the App Connect server', () => {
  it('asks for the server host on every port (match patterns take no port)', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    expect(await requestServerAccess('https://crm.example.com:8443/app-connect')).toBe(true);
    expect(request).toHaveBeenCalledWith({ origins: ['https://crm.example.com/*'] });
    expect(serverOriginPattern('http://127.0.0.1:6066')).toBe('http://127.0.0.1/*');
  });

  it('does not prompt for a URL that is not http(s)', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    expect(await requestServerAccess('ftp://files.example.com')).toBe(false);
    expect(await requestServerAccess('not a url')).toBe(false);
    expect(request).not.toHaveBeenCalled();
  });
});
