/**
 * Every address a key or token is sent to takes plain http only for this computer
 * (src/protocol/http-url.ts): the answer is a 400 that names the field and says why.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { isCredentialUrl } from '../../src/protocol/http-url';
import { api } from '../support/api';
import { resetExtension } from '../support/reset';

beforeEach(resetExtension);

const WHY = 'must start with https:// because a key or a sign-in is sent to it (http:// is accepted only for this computer';

describe('an http:// address that carries credentials', () => {
  it.each([
    ['PUT', '/backend', { kind: 'remote', serverUrl: 'http://appconnect.example.com' }, 'serverUrl'],
    ['PUT', '/settings/oauthApps', { platform: 'pipedrive', app: { clientId: 'c', tokenUrl: 'http://proxy.example.com/token' } }, 'app.tokenUrl'],
    [
      'PUT',
      '/settings/oauthApps',
      { platform: 'pipedrive', app: { clientId: 'c', tokenUrl: 'https://proxy.example.com/token', revokeUrl: 'http://proxy.example.com/revoke' } },
      'app.revokeUrl',
    ],
    [
      'PUT',
      '/settings/oauthApps',
      {
        platform: 'pipedrive',
        app: { clientId: 'c', tokenUrl: 'https://p.example.com/t', authorizeUrl: 'http://oauth.pipedrive.com/oauth/authorize' },
      },
      'app.authorizeUrl',
    ],
    ['PUT', '/phoneAccount', { source: 'ringcentral', serverUrl: 'http://platform.ringcentral.com', clientId: 'c' }, 'serverUrl'],
    ['POST', '/apiKeyLogin', { platform: 'pipedrive', apiKey: 'k', hostname: 'http://acme.pipedrive.com' }, 'hostname'],
    ['POST', '/apiKeyLogin', { platform: 'pipedrive', apiKey: 'k', hostname: 'http://10.0.0.5:8080' }, 'hostname'],
  ] as const)('%s %s is refused, naming %s', async (method, path, body, field) => {
    const answer = await api({ method, path, body });
    expect(answer.status).toBe(400);
    expect(answer.body.returnMessage.message).toContain(`${field} ${WHY}`);
  });

  it('is accepted for localhost, 127.0.0.0/8 and [::1], however they are spelled', () => {
    for (const url of [
      'http://localhost:7070',
      'http://127.0.0.1/',
      'http://127.8.9.10',
      'http://127.1:80',
      'http://[::1]:8080/x',
      'https://crm.example.com',
    ]) {
      expect(isCredentialUrl(url), url).toBe(true);
    }
    for (const url of [
      'http://localhost.example.com',
      'http://127.0.0.1.nip.io',
      'http://[::2]',
      'http://0.0.0.0',
      'http://128.0.0.1',
      'ftp://127.0.0.1',
    ]) {
      expect(isCredentialUrl(url), url).toBe(false);
    }
  });

  it('a bare CRM host, with no scheme, is still a host and not refused', async () => {
    const answer = await api({
      method: 'POST',
      path: '/apiKeyLogin',
      body: { platform: 'testCRM', apiKey: 'wrong', hostname: 'acme.pipedrive.com:443' },
    });
    expect(answer.status).not.toBe(400);
  });
});
