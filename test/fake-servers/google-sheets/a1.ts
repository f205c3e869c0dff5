/** A1 ranges as Google reads them: `'Call Logs'!A5:O5`, `Contacts!A:A`, `'Call Logs'!1:1`, `'Call Logs'!A1`. */
export interface ParsedRange {
  tab: string;
  startRow?: number;
  endRow?: number;
  startCol: number;
  endCol?: number;
}

export const colIndex = (letters: string) => [...letters.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
export const colLetters = (index: number): string =>
  (index < 26 ? '' : colLetters(Math.floor(index / 26) - 1)) + String.fromCharCode(65 + (index % 26));

export function parseRange(text: string): ParsedRange | undefined {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))(?:!(.+))?$/.exec(text);
  if (!m) return undefined;
  const tab = (m[1] ?? m[2]!).replace(/''/g, "'");
  if (!m[3]) return { tab, startCol: 0 };
  const [from, to = from] = m[3].split(':') as [string, string?];
  const cell = (ref: string) => /^([A-Z]*)(\d*)$/i.exec(ref);
  const a = cell(from);
  const b = cell(to!);
  if (!a || !b || (!a[1] && !a[2])) return undefined;
  return {
    tab,
    startRow: a[2] ? Number(a[2]) : undefined,
    endRow: b[2] ? Number(b[2]) : undefined,
    startCol: a[1] ? colIndex(a[1]) : 0,
    endCol: b[1] ? colIndex(b[1]) : undefined,
  };
}
