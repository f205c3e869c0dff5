/** Every row of docs/log-body.md's item table, in the three formats, with its setting on and off. */
import { describe, expect, it } from 'vitest';
import type { LogFormat } from '../../../src/protocol/crm-shapes';
import { composeLogBody, readAgentNote, type LogItems } from '../../../src/logging/compose/compose-log-body';
import { defaultLogBodySettings, type LogBodySettings } from '../../../src/protocol/schemas/log-body-settings';

const compose = (format: LogFormat, items: LogItems, settings: Partial<LogBodySettings> = {}, base = '') =>
  composeLogBody({ format, items, settings: { ...defaultLogBodySettings, ...settings }, clock: null, base });

type Row = {
  item: string;
  setting: keyof LogBodySettings;
  defaultOn: boolean;
  items: LogItems;
  plain: string;
  html: string;
  markdown: string;
};

const rows: Row[] = [
  {
    item: 'agent note',
    setting: 'addCallLogNote',
    defaultOn: true,
    items: { note: 'Call me back' },
    plain: '- Note: Call me back\n',
    html: '<b>Agent notes</b><br>Call me back<br><br><b>Call details</b><br>',
    markdown: '## Agent notes\nCall me back\n\n## Call details\n',
  },
  {
    item: 'session id',
    setting: 'addCallSessionId',
    defaultOn: false,
    items: { sessionId: '77369124004' },
    plain: '- Session Id: 77369124004\n',
    html: '<li><b>Session Id</b>: 77369124004</li>',
    markdown: '**Session Id**: 77369124004\n',
  },
  {
    item: 'subject',
    setting: 'addCallLogSubject',
    defaultOn: true,
    items: { subject: 'Inbound Call from Dana' },
    plain: '- Summary: Inbound Call from Dana\n',
    html: '<li><b>Summary</b>: Inbound Call from Dana</li>',
    markdown: '**Summary**: Inbound Call from Dana\n',
  },
  {
    item: 'contact number (inbound)',
    setting: 'addCallLogContactNumber',
    defaultOn: false,
    items: { contactNumber: '+14155550132', direction: 'Inbound' },
    plain: '- Contact Number: +14155550132\n',
    html: '<li><b>Caller phone number</b>: +14155550132</li>',
    markdown: '**Contact Number**: +14155550132\n',
  },
  {
    item: 'contact number (outbound)',
    setting: 'addCallLogContactNumber',
    defaultOn: false,
    items: { contactNumber: '+12125550147', direction: 'Outbound' },
    plain: '- Contact Number: +12125550147\n',
    html: '<li><b>Recipient phone number</b>: +12125550147</li>',
    markdown: '**Contact Number**: +12125550147\n',
  },
  {
    item: 'date/time',
    setting: 'addCallLogDateTime',
    defaultOn: true,
    items: { startTime: '2025-03-03T15:04:11.000Z' },
    plain: '- Date/Time: 2025-03-03 03:04:11 PM\n',
    html: '<li><b>Date/time</b>: 2025-03-03 03:04:11 PM</li>',
    markdown: '**Date/Time**: 2025-03-03 03:04:11 PM\n',
  },
  {
    item: 'duration',
    setting: 'addCallLogDuration',
    defaultOn: true,
    items: { duration: 3725 },
    plain: '- Duration: 1 hour, 2 minutes, 5 seconds\n',
    html: '<li><b>Duration</b>: 1 hour, 2 minutes, 5 seconds</li>',
    markdown: '**Duration**: 1 hour, 2 minutes, 5 seconds\n',
  },
  {
    item: 'result',
    setting: 'addCallLogResult',
    defaultOn: true,
    items: { result: 'Missed' },
    plain: '- Result: Missed\n',
    html: '<li><b>Result</b>: Missed</li>',
    markdown: '**Result**: Missed\n',
  },
  {
    item: 'recording link',
    setting: 'addCallLogRecording',
    defaultOn: true,
    items: { recordingLink: 'https://app.example.com/recording/?id=1' },
    plain: '- Call recording link: https://app.example.com/recording/?id=1\n',
    html: '<li><b>Call recording link</b>: <a target="_blank" href="https://app.example.com/recording/?id=1">open</a></li>',
    markdown: '**Call recording link**: https://app.example.com/recording/?id=1\n',
  },
  {
    item: 'AI note',
    setting: 'addCallLogAiNote',
    defaultOn: true,
    items: { aiNote: 'Customer wants a quote.\nFollow up Friday.' },
    plain: '\n- AI Note:\nCustomer wants a quote.\nFollow up Friday.\n--- END\n',
    html: '<div><b>AI Note</b><br>Customer wants a quote.<br>Follow up Friday.</div><br>',
    markdown: '### AI Note\nCustomer wants a quote.\nFollow up Friday.\n',
  },
  {
    item: 'transcript',
    setting: 'addCallLogTranscript',
    defaultOn: true,
    items: { transcript: 'Agent: Hello\nCaller: Hi' },
    plain: '\n- Transcript:\nAgent: Hello\nCaller: Hi\n--- END\n',
    html: '<div><b>Transcript</b><br>Agent: Hello<br>Caller: Hi</div><br>',
    markdown: '### Transcript\nAgent: Hello\nCaller: Hi\n',
  },
  {
    item: 'call journey',
    setting: 'addCallLogLegs',
    defaultOn: true,
    items: { journey: ['Received call at Main, +16505550100', 'Transferred to Support, ext 201, duration: 40 seconds'] },
    plain: '- Call journey:\nReceived call at Main, +16505550100\nTransferred to Support, ext 201, duration: 40 seconds\n--- JOURNEY END\n',
    html: '<div><b>Call journey</b><br>Received call at Main, +16505550100<br>Transferred to Support, ext 201, duration: 40 seconds</div>',
    markdown: '### Call journey\nReceived call at Main, +16505550100\nTransferred to Support, ext 201, duration: 40 seconds\n',
  },
];

const formats = [
  ['text/plain', 'plain'],
  ['text/html', 'html'],
  ['text/markdown', 'markdown'],
] as const;

describe.each(rows)('$item', (row) => {
  it.each(formats)('%s: written when its setting is on', (format, column) => {
    expect(compose(format, row.items, { [row.setting]: true })).toBe(row[column]);
  });

  it.each(formats)('%s: left out when its setting is off', (format) => {
    expect(compose(format, row.items, { [row.setting]: false })).toBe('');
  });

  it(`is ${row.defaultOn ? 'on' : 'off'} by default`, () => {
    expect(defaultLogBodySettings[row.setting]).toBe(row.defaultOn);
  });
});

describe('items without a value', () => {
  it.each(formats)('%s: adds nothing for absent values, and no empty note section on create', (format) => {
    expect(compose(format, { note: '', subject: '', result: undefined })).toBe('');
  });
});

describe('upserting into an existing body', () => {
  const created = (format: LogFormat) =>
    compose(format, { note: 'First', subject: 'S1', duration: 60, result: 'Accepted', aiNote: 'AI one', journey: ['A', 'B'] });

  it.each(formats)('%s: replaces items in place and keeps the order', (format) => {
    const body = created(format);
    const updated = compose(format, { note: 'Second\nline', subject: 'S2', duration: 61, aiNote: 'AI two', journey: ['A', 'C'] }, {}, body);
    expect(readAgentNote(format, updated)).toBe('Second\nline');
    expect(updated).toBe(
      body
        .replace('First', format === 'text/html' ? 'Second<br>line' : 'Second\nline')
        .replace('S1', 'S2')
        .replace('1 minute', '1 minute, 1 second')
        .replace('AI one', 'AI two')
        .replace(format === 'text/html' ? 'A<br>B' : 'A\nB', format === 'text/html' ? 'A<br>C' : 'A\nC'),
    );
  });

  it.each(formats)('%s: appends an item that was missing', (format) => {
    const body = created(format);
    const updated = compose(format, { recordingLink: 'https://rec.example/9' }, {}, body);
    expect(updated.startsWith(body)).toBe(true);
    expect(updated.length).toBeGreaterThan(body.length);
    expect(updated).toContain('https://rec.example/9');
  });

  it.each(formats)('%s: clears a note that is there when the new note is empty', (format) => {
    const updated = compose(format, { note: '' }, {}, created(format));
    expect(readAgentNote(format, updated)).toBe('');
  });

  it('finds an HTML note the CRM stored with <br/> or <br />, and replaces it in place', () => {
    const rewritten = '<b>Agent notes</b><br/>Old<br /><br/><b>Call details</b><br/><li><b>Result</b>: Accepted</li>';
    const updated = compose('text/html', { note: 'New' }, {}, rewritten);
    expect(updated).toBe('<b>Agent notes</b><br>New<br><br><b>Call details</b><br><li><b>Result</b>: Accepted</li>');
    expect(updated.match(/Agent notes/g)).toHaveLength(1);
  });

  it('keeps text a CRM user added after the body', () => {
    const body = `${created('text/plain')}Added by hand in the CRM\n`;
    const updated = compose('text/plain', { result: 'Voicemail' }, {}, body);
    expect(updated).toContain('Added by hand in the CRM\n');
    expect(updated).toContain('- Result: Voicemail\n');
    expect(updated).not.toContain('Accepted');
  });

  it('reads a multi-line plain note up to the next labelled line only', () => {
    const body = compose('text/plain', { note: 'one\n- not a label\nthree', subject: 'S' });
    expect(readAgentNote('text/plain', body)).toBe('one\n- not a label\nthree');
  });
});

describe('HTML safety', () => {
  const hostile = '<img src=x onerror=alert(1)> & "quotes"';

  it('escapes every value that came from a person or the phone system', () => {
    const body = compose(
      'text/html',
      {
        note: hostile,
        subject: hostile,
        result: hostile,
        aiNote: hostile,
        transcript: hostile,
        journey: [hostile],
        contactNumber: hostile,
        startTime: '2025-01-01T00:00:00Z',
      },
      { addCallLogContactNumber: true },
    );
    expect(body).not.toContain('<img');
    expect(body).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;');
    expect(readAgentNote('text/html', body)).toBe(hostile);
  });

  it.each(['javascript:alert(1)', 'pending', 'ftp://files.example/rec', '" onmouseover="x'])(
    'never puts %s in an href: it shows (pending...)',
    (link) => {
      const body = compose('text/html', { recordingLink: link });
      expect(body).toBe('<li><b>Call recording link</b>: (pending...)</li>');
    },
  );

  it('escapes an http(s) link inside the href attribute', () => {
    const body = compose('text/html', { recordingLink: 'https://rec.example/?a=1&b="2"' });
    expect(body).toContain('href="https://rec.example/?a=1&amp;b=&quot;2&quot;"');
  });
});
