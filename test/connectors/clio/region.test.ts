/** Which Clio an OAuth sign-in talks to when Options names no address: the region of its consent page. */
import { describe, expect, it } from 'vitest';
import { loginBase, signInAddress } from '../../../src/connectors/clio/region';

describe('signInAddress', () => {
  it("takes the region of the app's authorize URL", () => {
    expect(loginBase(signInAddress(undefined, { authorizeUrl: 'https://eu.app.clio.com/oauth/authorize' }))).toEqual({
      base: 'https://eu.app.clio.com',
      hostname: 'eu.app.clio.com',
    });
  });

  it('takes a test server or proxy as a base URL override', () => {
    expect(loginBase(signInAddress('', { authorizeUrl: 'http://127.0.0.1:7070/oauth/authorize?firm=3' }))).toEqual({
      base: 'http://127.0.0.1:7070',
      hostname: '127.0.0.1:7070',
      override: 'http://127.0.0.1:7070',
    });
  });

  it('keeps an address the login names, and the US without either', () => {
    expect(signInAddress('au.app.clio.com', { authorizeUrl: 'https://eu.app.clio.com/oauth/authorize' })).toBe('au.app.clio.com');
    expect(loginBase(signInAddress(undefined, {})).base).toBe('https://app.clio.com');
  });
});
