/** Where Pipedrive calls go (docs/pipedrive.md, "Base URL"): override, company host, or api.pipedrive.com first. */
import { describe, expect, it } from 'vitest';
import { baseUrlOf, loginBase } from '../../../src/connectors/pipedrive/base-url';
import type { CrmUser } from '../../../src/storage/connections';

describe('loginBase', () => {
  it('keeps a URL with a scheme as the override, unless it is a company host', () => {
    expect(loginBase('http://127.0.0.1:7070')).toEqual({ firstCall: 'http://127.0.0.1:7070', override: 'http://127.0.0.1:7070' });
    expect(loginBase('https://proxy.corp.example/some/path')).toEqual({
      firstCall: 'https://proxy.corp.example',
      override: 'https://proxy.corp.example',
    });
    expect(loginBase('https://northwind.pipedrive.com/')).toEqual({ firstCall: 'https://northwind.pipedrive.com' });
  });

  it('calls api.pipedrive.com first without a usable host, and refuses other schemes', () => {
    expect(loginBase(undefined)).toEqual({ firstCall: 'https://api.pipedrive.com' });
    expect(loginBase('temp')).toEqual({ firstCall: 'https://api.pipedrive.com' });
    expect(loginBase('Northwind.pipedrive.com')).toEqual({ firstCall: 'https://northwind.pipedrive.com' });
    expect(() => loginBase('ftp://files.example')).toThrow(/https:\/\//);
  });
});

describe('baseUrlOf', () => {
  const user = (extra: Record<string, unknown>): CrmUser => ({
    id: '13570-pipedrive',
    platform: 'pipedrive',
    name: 'Priya Raman',
    hostname: 'northwind.pipedrive.com',
    timezoneOffset: '-07:00',
    platformAdditionalInfo: { companyId: 4411, ...extra },
  });
  it('prefers the stored override, else the company host', () => {
    expect(baseUrlOf(user({ baseUrl: 'http://127.0.0.1:7070' }))).toBe('http://127.0.0.1:7070');
    expect(baseUrlOf(user({}))).toBe('https://northwind.pipedrive.com');
  });
});
