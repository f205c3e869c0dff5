/**
 * The agent's note inside an activity's HTML note (pipedrive.md 8): what stands between
 * `<b>Agent notes</b>` and the next `<b>Call details</b>`. Pipedrive may rewrite `<br>` as
 * `<br/>` or `<br />`; each line break is kept as a newline, so a multi-line note reads back as written.
 */
import { unescapeHtml } from '../../logging/compose/body-formats';

const START = '<b>Agent notes</b>';
const END = '<b>Call details</b>';

export function agentNote(html: string | null | undefined): string {
  const body = html ?? '';
  const start = body.indexOf(START);
  if (start < 0) return '';
  const from = start + START.length;
  const end = body.indexOf(END, from);
  if (end < 0) return '';
  const breaks = /<br\s*\/?>/gi;
  const inner = body
    .slice(from, end)
    .replace(/^<br\s*\/?>/i, '')
    .replace(/(?:<br\s*\/?>){2}$/i, '');
  return unescapeHtml(inner.replace(breaks, '\n'));
}
