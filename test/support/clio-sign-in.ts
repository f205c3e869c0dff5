/**
 * Signs in to the fake Clio through the extension's own API in a browser-mode test: the user
 * presses "Allow" on the consent page and the browser follows its redirect (`launchWebAuthFlow`).
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { expect } from 'vitest';
import type { FakeFirmHandle } from '../fake-servers/clio/control-client';
import { api } from './api';

export async function signInToClio(firm: FakeFirmHandle) {
  fakeBrowser.identity.getRedirectURL = (path?: string) => `https://fake-extension-id.chromiumapp.org/${path ?? ''}`;
  fakeBrowser.identity.launchWebAuthFlow = async ({ url: authorizeUrl }) => {
    const params = new URL(authorizeUrl).searchParams;
    expect(params.get('client_id')).toBe('fake-clio-client-id');
    return firm.consent(params.get('redirect_uri')!, params.get('state')!);
  };
  const { body } = await api({ method: 'POST', path: '/oauth/signIn', body: { platform: 'clio' } });
  const callbackUri = await fakeBrowser.identity.launchWebAuthFlow({ url: body.authorizeUrl, interactive: true });
  return {
    authorizeUrl: new URL(body.authorizeUrl),
    ...(await api({ method: 'GET', path: '/oauth-callback', query: { platform: 'clio', callbackUri, hostname: firm.url } })),
  };
}
