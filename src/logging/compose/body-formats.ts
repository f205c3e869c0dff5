/**
 * The three body formats of docs/log-body.md. Each knows how to write, find and replace its own
 * labelled items, so an update rewrites only what changed and leaves the rest of a body that
 * the CRM user may have edited in place.
 */
import type { LogFormat } from '../../protocol/crm-shapes';
import { isHttpUrl } from '../../protocol/http-url';
import { escapeHtml, escapeMarkdown, escapeMarkdownInline, guardPlainLines, unescapeHtml, unescapeMarkdown, unguardPlainLines } from './text-escapes';

export type LineItem = 'sessionId' | 'subject' | 'contactNumber' | 'dateTime' | 'duration' | 'result' | 'recordingLink';
export type BlockItem = 'aiNote' | 'transcript' | 'journey';

export interface BodyFormat {
  upsertNote(body: string, note: string): string;
  upsertLine(body: string, item: LineItem, value: string, direction?: string): string;
  upsertBlock(body: string, item: BlockItem, lines: string[]): string;
  /** The agent note in a body, or undefined when the body has none. */
  readNote(body: string): string | undefined;
}

const TEXT_LABELS: Record<LineItem, string> = {
  sessionId: 'Session Id',
  subject: 'Summary',
  contactNumber: 'Contact Number',
  dateTime: 'Date/Time',
  duration: 'Duration',
  result: 'Result',
  recordingLink: 'Call recording link',
};
const BLOCK_TITLES: Record<BlockItem, string> = { aiNote: 'AI Note', transcript: 'Transcript', journey: 'Call journey' };

const plainText: BodyFormat = {
  upsertNote(body, note) {
    const start = body.search(/^- Note: /m);
    const guarded = guardPlainLines(note);
    if (start < 0) return `- Note: ${guarded}\n${body}`;
    const from = start + '- Note: '.length;
    const rest = body.slice(from);
    const end = searchFrom(rest, PLAIN_NEXT_ITEM);
    const trailing = /\n*$/.exec(rest.slice(0, end))![0];
    return body.slice(0, from) + guarded + (trailing || '\n') + rest.slice(end);
  },
  upsertLine(body, item, value) {
    const shown = item === 'recordingLink' && !isHttpUrl(value) ? PENDING : oneLine(value);
    const line = `- ${TEXT_LABELS[item]}: ${shown}`;
    return replaceOrAppend(body, new RegExp(`^- ${escapeRegExp(TEXT_LABELS[item])}: .*$`, 'm'), line, `${line}\n`);
  },
  upsertBlock(body, item, lines) {
    const title = BLOCK_TITLES[item];
    const end = item === 'journey' ? '--- JOURNEY END' : '--- END';
    // AI note and transcript open with a blank line; the journey does not, so it must not eat one.
    const lead = item === 'journey' ? '' : '\n';
    const block = `${lead}- ${title}:\n${guardPlainLines(lines.join('\n'))}\n${end}\n`;
    const existing = new RegExp(`${lead ? '\\n?' : '^'}- ${escapeRegExp(title)}:\\n[\\s\\S]*?\\n${end}\\n?`, 'm');
    return replaceOrAppend(body, existing, block, block);
  },
  readNote(body) {
    const start = body.search(/^- Note: /m);
    if (start < 0) return undefined;
    const rest = body.slice(start + '- Note: '.length);
    return unguardPlainLines(rest.slice(0, searchFrom(rest, PLAIN_NEXT_ITEM)).replace(/\n+$/, ''));
  },
};

const PLAIN_NEXT_ITEM = new RegExp(`^- (?:${[...Object.values(TEXT_LABELS), ...Object.values(BLOCK_TITLES)].map(escapeRegExp).join('|')}):`, 'm');

const HTML_LABELS: Record<LineItem, string> = { ...TEXT_LABELS, dateTime: 'Date/time', contactNumber: '' };
/** A CRM may store `<br>` as `<br/>` or `<br />`: the section is found in any of these spellings. */
const BR = '<br\\s*\\/?>';
const HTML_NOTE = new RegExp(`<b>Agent notes</b>${BR}([\\s\\S]*?)${BR}${BR}<b>Call details</b>${BR}`, 'i');

const html: BodyFormat = {
  upsertNote(body, note) {
    const section = `<b>Agent notes</b><br>${escapeHtml(note)}<br><br><b>Call details</b><br>`;
    return HTML_NOTE.test(body) ? body.replace(HTML_NOTE, () => section) : section + body;
  },
  upsertLine(body, item, value, direction) {
    const label = item === 'contactNumber' ? `${direction === 'Outbound' ? 'Recipient' : 'Caller'} phone number` : HTML_LABELS[item];
    const shown = item === 'recordingLink' ? recordingAnchor(value) : escapeHtml(value);
    const labelPattern = item === 'contactNumber' ? '(?:Caller|Recipient) phone number' : escapeRegExp(label);
    const line = `<li><b>${label}</b>: ${shown}</li>`;
    return replaceOrAppend(body, new RegExp(`<li><b>${labelPattern}</b>: [\\s\\S]*?</li>`), line, line);
  },
  upsertBlock(body, item, lines) {
    const title = BLOCK_TITLES[item];
    const inner = lines.map(escapeHtml).join('<br>');
    const block = `<div><b>${title}</b><br>${inner}</div>${item === 'journey' ? '' : '<br>'}`;
    return replaceOrAppend(body, new RegExp(`<div><b>${title}</b><br>[\\s\\S]*?</div>(?:<br>)?`), block, block);
  },
  readNote(body) {
    const match = HTML_NOTE.exec(body);
    return match ? unescapeHtml(match[1]!.replace(new RegExp(BR, 'gi'), '\n')) : undefined;
  },
};

const MARKDOWN_NOTE = /## Agent notes\n([\s\S]*?)\n\n## Call details\n/;

const markdown: BodyFormat = {
  upsertNote(body, note) {
    const section = `## Agent notes\n${escapeMarkdown(note)}\n\n## Call details\n`;
    return MARKDOWN_NOTE.test(body) ? body.replace(MARKDOWN_NOTE, () => section) : section + body;
  },
  upsertLine(body, item, value) {
    const label = escapeRegExp(TEXT_LABELS[item]).replace(/\*/g, '\\*');
    // A link is not text: written as it is when it is an http(s) URL, else not at all.
    const shown = item !== 'recordingLink' ? escapeMarkdownInline(oneLine(value)) : isHttpUrl(value) ? oneLine(value) : PENDING;
    const line = `**${TEXT_LABELS[item]}**: ${shown}`;
    return replaceOrAppend(body, new RegExp(`^\\*\\*${label}\\*\\*: .*$`, 'm'), line, `${line}\n`);
  },
  upsertBlock(body, item, lines) {
    const title = BLOCK_TITLES[item];
    const block = `### ${title}\n${escapeMarkdown(lines.join('\n'))}\n`;
    const existing = new RegExp(`^### ${escapeRegExp(title)}\\n[\\s\\S]*?(?=^### |^\\*\\*[^*\\n]+\\*\\*: |(?![\\s\\S]))`, 'm');
    return replaceOrAppend(body, existing, block, block);
  },
  readNote(body) {
    const note = MARKDOWN_NOTE.exec(body)?.[1];
    return note === undefined ? undefined : unescapeMarkdown(note);
  },
};

export const bodyFormats: Record<LogFormat, BodyFormat> = {
  'text/plain': plainText,
  'text/html': html,
  'text/markdown': markdown,
};

function replaceOrAppend(body: string, existing: RegExp, replacement: string, appended: string): string {
  if (existing.test(body)) return body.replace(existing, () => replacement);
  const needsBreak = body !== '' && !body.endsWith('\n') && !appended.startsWith('<') && !appended.startsWith('\n');
  return body + (needsBreak ? '\n' : '') + appended;
}

function searchFrom(text: string, pattern: RegExp): number {
  const index = text.search(pattern);
  return index < 0 ? text.length : index;
}

/** What stands for a recording link that is not (yet) an http(s) URL, in every format. */
const PENDING = '(pending...)';

function oneLine(value: string): string {
  return value.replace(/\r?\n/g, ' ');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Only an http(s) URL ever reaches an `href`; anything else is a recording still on its way. */
function recordingAnchor(link: string): string {
  return isHttpUrl(link) ? `<a target="_blank" href="${escapeHtml(link)}">open</a>` : PENDING;
}
