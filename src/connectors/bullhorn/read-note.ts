/**
 * A Note read back as a call log (docs/bullhorn.md, "Reading a log"): the body is the Note's
 * `comments`; a Note has no subject, so the subject is the composed body's "Summary" item when
 * there is one; the person's name comes with `personReference`.
 */
import type { CrmCallLog } from '../types';
import type { Note } from './schemas';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' };
const decode = (html: string) => html.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (entity) => ENTITIES[entity] ?? entity);

export function toCallLog(note: Note): CrmCallLog {
  const comments = note.comments ?? '';
  const summary = /<li><b>Summary<\/b>: ([\s\S]*?)<\/li>/.exec(comments)?.[1];
  const person = note.personReference;
  const name = [person?.firstName, person?.lastName].filter(Boolean).join(' ');
  return {
    subject: summary ? decode(summary.replace(/<[^>]*>/g, '')).trim() : '',
    fullBody: comments,
    contactName: name || 'Unknown',
    dispositions: { noteActions: note.action ?? null },
  };
}
