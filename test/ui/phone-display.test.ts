/** Numbers as people read them: national for the reader's own calling code, international otherwise. */
import { describe, expect, it } from 'vitest';
import { browserRegion, formatPhoneNumber } from '../../src/ui/phone-display';

describe('formatPhoneNumber', () => {
  it('writes a number of the reader’s own calling code nationally', () => {
    expect(formatPhoneNumber('+14155550132', 'US')).toBe('(415) 555-0132');
    expect(formatPhoneNumber('+14165550132', 'US')).toBe('(416) 555-0132'); // Canada shares +1
    expect(formatPhoneNumber('+493012345678', 'DE')).toBe('030 12345678');
    expect(formatPhoneNumber('+442079460958', 'GB')).toBe('020 7946 0958');
    expect(formatPhoneNumber('+33612345678', 'FR')).toBe('06 12 34 56 78');
  });

  it('writes any other country internationally, grouped as that country groups it', () => {
    expect(formatPhoneNumber('+442079460958', 'US')).toBe('+44 20 7946 0958');
    expect(formatPhoneNumber('+493012345678', 'US')).toBe('+49 30 12345678');
    expect(formatPhoneNumber('+819012345678', 'DE')).toBe('+81 90 1234 5678');
    expect(formatPhoneNumber('+14155550132', 'DE')).toBe('+1 415 555 0132');
    expect(formatPhoneNumber('+61412345678', undefined)).toBe('+61 412 345 678');
  });

  it('leaves what is not a possible international number as it came', () => {
    expect(formatPhoneNumber('105', 'US')).toBe('105');
    expect(formatPhoneNumber('+1234', 'US')).toBe('+1234');
    expect(formatPhoneNumber('', 'US')).toBe('');
    expect(formatPhoneNumber('not a number', 'US')).toBe('not a number');
  });
});

describe('browserRegion', () => {
  it('takes the region of the first language that has or implies one', () => {
    expect(browserRegion(['de-AT', 'en-US'])).toBe('AT');
    expect(browserRegion(['de'])).toBe('DE');
    expect(browserRegion(['en'])).toBe('US');
    expect(browserRegion(['not a tag!', 'es-MX'])).toBe('MX');
    expect(browserRegion([])).toBeUndefined();
  });
});
