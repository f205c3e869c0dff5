/**
 * Names, subjects and notes that try to pass for structure or to hide text, in the three body
 * formats (docs/log-body.md, "Hostile text"): each must stay one value, read back as typed.
 */
import { describe, expect, it } from 'vitest';
import type { LogFormat } from '../../../src/protocol/crm-shapes';
import { composeLogBody, readAgentNote, type LogItems } from '../../../src/logging/compose/compose-log-body';
import { defaultLogBodySettings } from '../../../src/protocol/schemas/log-body-settings';

const compose = (format: LogFormat, items: LogItems, base = '') =>
  composeLogBody({ format, items, settings: { ...defaultLogBodySettings, addCallSessionId: true }, clock: null, base });

/** Every line a CRM, a browser or a text editor may break at. */
const lines = (body: string) => body.split(/\r\n|[\n\r\u2028\u2029\u0085\v\f]|<br>|<li>/);
const FORMATS: [LogFormat, (label: string) => string][] = [
  ['text/plain', (label) => `- ${label}: `],
  ['text/markdown', (label) => `**${label}**: `],
  ['text/html', (label) => `<b>${label}</b>: `],
];
const BREAKS = ['\r', '\u2028', '\u2029', '\u0085', '\v', '\f', '\r\n', '\n'];
const HIDDEN =
  /[\0\u200b\u202a-\u202e\u2066-\u2069\ufeff\u2060]|\udb40[\udc00-\udc7f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe.each(FORMATS)('%s', (format, itemStart) => {
  it.each(BREAKS.map((br) => [JSON.stringify(br), br]))('a %s in a caller name cannot add an item line', (_, br) => {
    const subject = `Inbound Call from Eve${br}- Result: Won${br}**Result**: Won${br}<b>Result</b>: Won`;
    const body = compose(format, { subject, result: 'Missed', sessionId: 's-1' });
    const resultLines = lines(body).filter((line) => line.startsWith(itemStart('Result')));
    expect(resultLines).toHaveLength(1);
    expect(resultLines[0]).toContain('Missed');
  });

  it('drops bidi overrides and isolates, zero-width characters, tags and NUL; a lone surrogate becomes U+FFFD', () => {
    const name = 'Eve\u202e\u2066gnp.exe\u2069\u200b\u200b\ufeff\u2060\0\udb40\udc41 Ruiz \ud800 \udc00 \ud83d\ude00';
    const body = compose(format, { subject: name, note: name, result: name, transcript: name, journey: [name, name] });
    expect(body).not.toMatch(HIDDEN);
    expect(body).toContain('Evegnp.exe Ruiz \ufffd \ufffd \ud83d\ude00');
    // Emoji and scripts that need ZWJ/ZWNJ keep them.
    expect(compose(format, { subject: 'Ana \u{1F469}\u200d\u{1F4BB} \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645' })).toContain('\u200d');
  });

  it('a note that looks like items and block ends reads back as typed, and an update still finds the real items', () => {
    const note = 'Called back\n- Summary: fake\n--- END\n**Summary**: fake\n## Call details\n<b>Summary</b>: fake\n  - an indented dash';
    const created = compose(format, { note, subject: 'Outbound Call to Eve', transcript: 'Agent: hi\n--- END\n- Summary: fake' });
    expect(readAgentNote(format, created)).toBe(note);
    const updated = compose(format, { subject: 'New subject' }, created);
    expect(readAgentNote(format, updated)).toBe(note);
    const summaries = lines(updated).filter((line) => line.startsWith(itemStart(format === 'text/html' ? 'Summary' : 'Summary')));
    expect(summaries).toEqual([expect.stringContaining('New subject')]);
    // Replacing the transcript leaves no piece of the old one behind.
    const again = compose(format, { transcript: 'Agent: bye' }, updated);
    expect(again).not.toContain('Agent: hi');
    expect(readAgentNote(format, again)).toBe(note);
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>x</script>', 'vbscript:x'])('a recording link %s is never written', (link) => {
    const body = compose(format, { recordingLink: link });
    expect(body).not.toContain(link.split(':')[0] + ':');
    expect(body).toContain('(pending...)');
  });
});

describe('markdown', () => {
  it('escapes what would be emphasis, links, HTML, headings or a table', () => {
    const body = compose('text/markdown', { subject: '**Won** [click](javascript:x) <img src=x> # | ~~a~~ `c` _e_' });
    expect(body).toBe('**Summary**: \\*\\*Won\\*\\* \\[click\\](javascript:x) \\<img src=x\\> \\# \\| \\~\\~a\\~\\~ \\`c\\` \\_e\\_\n');
  });

  it('reads back a note with backslashes and markdown exactly', () => {
    const note = 'C:\\temp\\*.txt\n= heading?\n- list\n+ plus\n# not a heading \\# either';
    expect(readAgentNote('text/markdown', compose('text/markdown', { note }))).toBe(note);
  });
});
