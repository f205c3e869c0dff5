/** Insightly's UTC date-time text `yyyy-MM-dd HH:mm:ss` (docs/insightly.md, "Dates"), both ways. */
export function toInsightlyTime(value: unknown, plusSeconds = 0): string {
  const ms = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : Date.parse(String(value));
  const date = new Date((Number.isNaN(ms) ? Date.now() : ms) + plusSeconds * 1000);
  return date.toISOString().slice(0, 19).replace('T', ' ');
}

export function fromInsightlyTime(value: string | null | undefined): string {
  if (!value) return '';
  return /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(value) ? `${value.replace(' ', 'T')}Z` : value;
}
