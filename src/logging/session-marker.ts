/**
 * The text that names a call session in the body of its CRM record: the log body's own
 * "Session Id" item (docs/log-body.md), as App Connect offers it. A connector whose CRM has no
 * field for our session id finds a record whose answer was lost by this text
 * (docs/reliability.md, "Exactly once"); the item ends with its line's end (`</li>`, a newline),
 * so session `s-1` never matches the record of `s-10`.
 */
import type { LogFormat } from '../protocol/crm-shapes';
import { bodyFormats } from './compose/body-formats';

export function sessionMarker(format: LogFormat, sessionId: string): string {
  return bodyFormats[format].upsertLine('', 'sessionId', sessionId);
}
