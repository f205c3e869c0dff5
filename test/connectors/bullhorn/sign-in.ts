/** Signs in to a fake Bullhorn corporation through the message API, as Options does (the consent page answers at once). */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { api } from '../../support/api';
import type { FakeCorporation } from '../../fake-servers/bullhorn/control-client';

export async function signInToBullhorn(corp: FakeCorporation, username?: string) {
  fakeBrowser.identity.getRedirectURL = (path?: string) => `https://fake-extension-id.chromiumapp.org/${path ?? ''}`;
  const additionalInfo = { username: username ?? (await corp.state()).username };
  const { body } = await api({ method: 'POST', path: '/oauth/signIn', body: { platform: 'bullhorn', additionalInfo } });
  const callbackUri = await corp.consent(body.authorizeUrl);
  return {
    authorizeUrl: new URL(body.authorizeUrl),
    ...(await api({ method: 'GET', path: '/oauth-callback', query: { platform: 'bullhorn', callbackUri } })),
  };
}
