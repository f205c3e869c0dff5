/**
 * Every event carries its call's session id as the last line of `DETAILS` (docs/insightly.md,
 * "Exactly once"): Insightly has no free field for it, and a lookup after a lost answer must find
 * this call's event, never a look-alike with the same contact, minute and title. The line is
 * taken off before the core reads the body and put back on every write.
 */
const PREFIX = '\n\nRingCentral session: ';

export function withSessionLine(details: string, sessionId: string): string {
  return `${withoutSessionLine(details)}${PREFIX}${sessionId}`;
}

export function withoutSessionLine(details: string): string {
  const at = details.lastIndexOf(PREFIX);
  return at === -1 ? details : details.slice(0, at);
}

export function sessionOf(details: string | null | undefined): string | undefined {
  const at = (details ?? '').lastIndexOf(PREFIX);
  return at === -1 ? undefined : details!.slice(at + PREFIX.length).trim();
}
