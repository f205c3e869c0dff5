/** Values inside a body: time zones, date formats, durations in words, the call journey. */
import { describe, expect, it } from 'vitest';
import { callJourney } from '../../../src/logging/compose/call-journey';
import { formatDateTime, parseStartTime } from '../../../src/protocol/format-date';
import { durationInWords } from '../../../src/logging/compose/format-duration';
import { logClock } from '../../../src/logging/compose/log-clock';
import { browserTimeZone, isTimezoneOffset, offsetMinutes } from '../../../src/protocol/time-zone';
import { fixtureCall } from '../../support/call-fixtures';

const start = new Date('2024-01-15T10:30:00Z');

describe('time zone offsets', () => {
  it.each([
    ['+05:30', 330, '2024-01-15 04:00:00 PM'],
    [330, 330, '2024-01-15 04:00:00 PM'],
    ['330', 330, '2024-01-15 04:00:00 PM'],
    [-4, -240, '2024-01-15 06:30:00 AM'],
    ['-4', -240, '2024-01-15 06:30:00 AM'],
    ['-08:00', -480, '2024-01-15 02:30:00 AM'],
    [-8, -480, '2024-01-15 02:30:00 AM'],
    [5.5, 330, '2024-01-15 04:00:00 PM'],
    [-420, -420, '2024-01-15 03:30:00 AM'],
    ['+0545', 345, '2024-01-15 04:15:00 PM'],
    [null, 0, '2024-01-15 10:30:00 AM'],
    [undefined, 0, '2024-01-15 10:30:00 AM'],
    ['', 0, '2024-01-15 10:30:00 AM'],
    ['Europe/Paris', 0, '2024-01-15 10:30:00 AM'],
  ] as const)('%j is %i minutes from UTC', (offset, minutes, shown) => {
    expect(offsetMinutes(offset)).toBe(minutes);
    expect(formatDateTime(start, offset)).toBe(shown);
  });

  it('crosses midnight and the year', () => {
    expect(formatDateTime(new Date('2024-12-31T23:30:00Z'), '+05:30')).toBe('2025-01-01 05:00:00 AM');
    expect(formatDateTime(new Date('2025-01-01T02:00:00Z'), -8)).toBe('2024-12-31 06:00:00 PM');
  });

  it("reads an IANA zone for the call's own date, so daylight saving is right", () => {
    const newYork = { timeZone: 'America/New_York' };
    expect(formatDateTime(new Date('2025-01-15T15:00:00Z'), newYork)).toBe('2025-01-15 10:00:00 AM');
    expect(formatDateTime(new Date('2025-07-15T15:00:00Z'), newYork)).toBe('2025-07-15 11:00:00 AM');
    // The hour that repeats when New York leaves daylight saving: both readings are right.
    expect(formatDateTime(new Date('2025-11-02T05:30:00Z'), newYork)).toBe('2025-11-02 01:30:00 AM');
    expect(formatDateTime(new Date('2025-11-02T06:30:00Z'), newYork)).toBe('2025-11-02 01:30:00 AM');
    expect(formatDateTime(new Date('2025-03-30T00:59:59Z'), { timeZone: 'Europe/Berlin' }, 'HH:mm:ss')).toBe('01:59:59');
    expect(formatDateTime(new Date('2025-03-30T01:00:00Z'), { timeZone: 'Europe/Berlin' }, 'HH:mm:ss')).toBe('03:00:00');
  });

  it("takes the user's offset, else the CRM user's zone, else the browser's", () => {
    expect(logClock({ timezoneOffset: '+05:30' }, { timezoneName: 'Europe/Berlin' })).toBe('+05:30');
    expect(logClock({}, { timezoneName: 'Europe/Berlin' })).toEqual({ timeZone: 'Europe/Berlin' });
    expect(logClock({}, { timezoneName: 'Mars/Olympus' })).toEqual({ timeZone: browserTimeZone() });
    expect(logClock({}, {})).toEqual({ timeZone: browserTimeZone() });
  });

  it("does not depend on the machine's time zone", () => {
    // No offset means UTC; a machine in any zone prints the same.
    expect(formatDateTime(new Date(Date.UTC(2025, 2, 3, 15, 4, 11)), null)).toBe('2025-03-03 03:04:11 PM');
  });

  it.each([
    ['+05:30', true],
    ['-4', true],
    ['330', true],
    ['+15:00', false],
    ['abc', false],
    ['', false],
  ])('accepts %j as a setting: %s', (text, valid) => {
    expect(isTimezoneOffset(text)).toBe(valid);
  });
});

describe('date formats', () => {
  it.each([
    ['YYYY-MM-DD hh:mm:ss A', '2024-01-05 09:07:03 AM'],
    ['MM/DD/YYYY HH:mm', '01/05/2024 09:07'],
    ['D MMM YY, h:mm a', '5 Jan 24, 9:07 am'],
    ['MMMM D, YYYY [at] HH:mm:ss', 'January 5, 2024 at 09:07:03'],
  ])('%s', (format, shown) => {
    expect(formatDateTime(new Date('2024-01-05T09:07:03Z'), null, format)).toBe(shown);
  });

  it('shows noon and midnight on the 12-hour clock', () => {
    expect(formatDateTime(new Date('2024-01-05T12:00:00Z'), null, 'h A')).toBe('12 PM');
    expect(formatDateTime(new Date('2024-01-05T00:00:00Z'), null, 'h A')).toBe('12 AM');
  });

  it.each([
    ['2025-03-03T15:04:11.000Z', '2025-03-03T15:04:11.000Z'],
    [1795258370000, '2026-11-21T10:52:50.000Z'],
    ['1795258370000', '2026-11-21T10:52:50.000Z'],
  ])('reads a start time given as %j', (value, iso) => {
    expect(parseStartTime(value)?.toISOString()).toBe(iso);
  });

  it.each([undefined, '', 'not a date'])('has no start time for %j', (value) => {
    expect(parseStartTime(value)).toBeUndefined();
  });
});

describe('durations in words', () => {
  it.each([
    [0, '0 seconds'],
    [1, '1 second'],
    [59, '59 seconds'],
    [60, '1 minute'],
    [61, '1 minute, 1 second'],
    [125, '2 minutes, 5 seconds'],
    [3600, '1 hour'],
    [3661, '1 hour, 1 minute, 1 second'],
    [3725, '1 hour, 2 minutes, 5 seconds'],
    [7322, '2 hours, 2 minutes, 2 seconds'],
    [11873, '3 hours, 17 minutes, 53 seconds'],
    ['pending', 'pending'],
  ] as const)('%j → %s', (seconds, words) => {
    expect(durationInWords(seconds)).toBe(words);
  });
});

describe('call journey', () => {
  it('has none for a single-leg call', () => {
    expect(callJourney(fixtureCall(1))).toBeUndefined();
  });

  it('describes a transferred inbound call leg by leg', () => {
    const journey = callJourney(fixtureCall(9))!;
    expect(journey).toHaveLength(3);
    expect(journey[0]).toMatch(/^Received call at /);
    expect(journey[1]).toMatch(/^Transferred to .+, duration: \d+ seconds?$/);
  });

  it('starts an outbound journey with "Made call from"', () => {
    expect(callJourney(fixtureCall(7))![0]).toMatch(/^Made call from /);
  });

  it('names a party by the parts it has: name, number, extension', () => {
    const journey = callJourney({
      direction: 'Inbound',
      legs: [{ to: { name: 'Main line', phoneNumber: '+16505550100' } }, { to: { extensionNumber: '201' }, duration: 1 }],
    });
    expect(journey).toEqual(['Received call at Main line, +16505550100', 'Transferred to ext 201, duration: 1 second']);
  });
});
