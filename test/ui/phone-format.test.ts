/** libphonenumber-js is loaded apart from the page's script, and only when asked for (phone-format.ts). */
import { beforeEach, describe, expect, it, vi } from 'vitest';

beforeEach(() => vi.resetModules());

describe('phone-format', () => {
  it('leaves a number as it came until the formatter is loaded, and formats it once phoneFormatReady resolved', async () => {
    const { formatNumber, phoneFormatReady } = await import('../../src/ui/phone-format');
    expect(formatNumber('+13125550119')).toBe('+13125550119');
    await phoneFormatReady();
    expect(formatNumber('+13125550119')).toBe('(312) 555-0119'); // the test browser reads en-US
    expect(formatNumber('+442079460123')).toBe('+44 20 7946 0123');
    expect(formatNumber('not a number')).toBe('not a number');
  });

  it('loads the formatter once, however often it is asked for', async () => {
    const { phoneFormatReady } = await import('../../src/ui/phone-format');
    expect(phoneFormatReady()).toBe(phoneFormatReady());
  });
});
