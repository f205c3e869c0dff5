/** How calls read in the list: fixed locale and zone, so the expectations hold on any machine. */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  formatDuration,
  formatNumber,
  formatStartTime,
  isMissed,
  partyLabel,
  partyNumber,
  phoneFormatReady,
  showsNumber,
} from '../../src/ui/format-call';
import { fixtureCall } from '../support/call-fixtures';

describe('formatStartTime', () => {
  const now = new Date('2025-03-04T18:00:00Z');
  const at = (iso: string, zone = 'America/Los_Angeles') => formatStartTime(iso, now, 'en-US', zone);

  it('says Today and Yesterday in the given time zone, else the weekday and date', () => {
    expect(at('2025-03-04T17:05:00Z')).toBe('Today, 9:05 AM');
    expect(at('2025-03-04T07:59:00Z')).toBe('Yesterday, 11:59 PM'); // still March 3 in Los Angeles
    expect(at('2025-03-04T07:59:00Z', 'Europe/Berlin')).toBe('Today, 8:59 AM');
    expect(at('2025-03-01T20:30:00Z')).toBe('Sat, Mar 1, 12:30 PM');
  });

  it('gives nothing for a missing or broken time', () => {
    expect(formatStartTime(undefined, now)).toBe('');
    expect(formatStartTime('not a time', now)).toBe('');
  });
});

describe('formatDuration', () => {
  it('writes m:ss or h:mm:ss', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(18)).toBe('0:18');
    expect(formatDuration(342)).toBe('5:42');
    expect(formatDuration(11873)).toBe('3:17:53');
    expect(formatDuration('pending')).toBe('pending');
    expect(formatDuration(undefined)).toBe('');
  });
});

describe('the other party', () => {
  it('is the caller of an inbound call and the callee of an outbound one', () => {
    expect(partyNumber(fixtureCall(1))).toEqual({ number: '+14155550132', isExtension: false });
    expect(partyNumber(fixtureCall(2))).toEqual({ number: '+12125550147', isExtension: false });
  });

  it('is looked up by extension for an internal call', () => {
    const internal = fixtureCall(8);
    expect(partyNumber(internal)?.isExtension).toBe(true);
    expect(partyLabel({ ...internal, from: { extensionNumber: '105' } })).toBe('Ext. 105');
  });

  // The pages wait for libphonenumber-js (loaded apart, phone-format.ts) before they draw a number.
  beforeAll(() => phoneFormatReady());

  it('shows the matched contact, else the caller name, else the number', () => {
    const call = fixtureCall(3); // missed, no caller name
    expect(partyLabel(call, 'Lena Ortega')).toBe('Lena Ortega');
    expect(partyLabel({ ...call, from: { ...call.from, name: '  ' } })).toBe('(312) 555-0119');
    expect(partyLabel(fixtureCall(1))).toBe('Dana Whitfield');
    expect(formatNumber('+442079460123')).toBe('+44 20 7946 0123'); // the test browser reads en-US
  });

  it('says which calls are listed by their number, so the list waits for the formatter only for them', () => {
    const call = fixtureCall(3);
    expect(showsNumber({ ...call, from: { ...call.from, name: '  ' } })).toBe(true);
    expect(showsNumber({ ...call, from: { ...call.from, name: 'Lena Ortega' } })).toBe(false);
    expect(showsNumber(fixtureCall(1))).toBe(false);
    expect(showsNumber({ ...fixtureCall(8), from: { extensionNumber: '105' } })).toBe(false);
  });

  it('marks inbound calls nobody answered as missed, not unanswered outbound ones', () => {
    expect(isMissed(fixtureCall(3))).toBe(true);
    expect(isMissed(fixtureCall(4))).toBe(true);
    expect(isMissed(fixtureCall(7))).toBe(false);
    expect(isMissed(fixtureCall(1))).toBe(false);
  });
});
