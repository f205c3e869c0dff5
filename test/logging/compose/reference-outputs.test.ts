/** The reference outputs of docs/log-body.md, to the character. */
import { describe, expect, it } from 'vitest';
import { composeLogBody, type LogItems } from '../../../src/logging/compose/compose-log-body';
import { defaultLogBodySettings } from '../../../src/protocol/schemas/log-body-settings';

const reference: LogItems = {
  note: 'Discussed renewal',
  subject: 'Outbound Call to Jane',
  direction: 'Outbound',
  startTime: '2024-01-15T10:30:00Z',
  duration: 125,
  result: 'Call connected',
  recordingLink: 'https://media.example/rec/1',
};

const compose = (format: 'text/plain' | 'text/html' | 'text/markdown', items: LogItems, base = '') =>
  composeLogBody({ format, items, settings: defaultLogBodySettings, clock: -8, base });

describe('reference outputs (offset -8, outbound, 125 s)', () => {
  it('plain text', () => {
    expect(compose('text/plain', reference)).toBe(
      '- Note: Discussed renewal\n' +
        '- Summary: Outbound Call to Jane\n' +
        '- Date/Time: 2024-01-15 02:30:00 AM\n' +
        '- Duration: 2 minutes, 5 seconds\n' +
        '- Result: Call connected\n' +
        '- Call recording link: https://media.example/rec/1\n',
    );
  });

  it('HTML, one line', () => {
    expect(compose('text/html', reference)).toBe(
      '<b>Agent notes</b><br>Discussed renewal<br><br><b>Call details</b><br>' +
        '<li><b>Summary</b>: Outbound Call to Jane</li>' +
        '<li><b>Date/time</b>: 2024-01-15 02:30:00 AM</li>' +
        '<li><b>Duration</b>: 2 minutes, 5 seconds</li>' +
        '<li><b>Result</b>: Call connected</li>' +
        '<li><b>Call recording link</b>: <a target="_blank" href="https://media.example/rec/1">open</a></li>',
    );
  });

  it('the update example: note, subject and duration change in place, every other line stays', () => {
    const created = compose('text/plain', reference);
    const updated = compose('text/plain', { note: 'Edited note\nsecond line', subject: 'New subject', duration: 200 }, created);
    expect(updated).toBe(
      '- Note: Edited note\nsecond line\n' +
        '- Summary: New subject\n' +
        '- Date/Time: 2024-01-15 02:30:00 AM\n' +
        '- Duration: 3 minutes, 20 seconds\n' +
        '- Result: Call connected\n' +
        '- Call recording link: https://media.example/rec/1\n',
    );
  });
});
