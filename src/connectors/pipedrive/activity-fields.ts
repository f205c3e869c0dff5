/**
 * The activity fields computed from a call (docs/pipedrive.md, "How a call becomes an
 * activity"): the `HH:MM` duration with its one-minute round-up, and the due date and time in
 * UTC (never the user's zone).
 */
export function hhmmDuration(seconds: unknown): string {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds)) return '00:00';
  // One minute is always added, also on exact minutes (the anchor's rule); the hour carries.
  const minutes = Math.floor(Math.max(0, seconds) / 60) + 1;
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** `startTime` as epoch ms or ISO text; missing or invalid → now. */
export function dueDateTime(startTime: unknown, now = new Date()): { due_date: string; due_time: string } {
  const date =
    typeof startTime === 'number' || (typeof startTime === 'string' && startTime.trim() !== '')
      ? new Date(typeof startTime === 'string' && /^\d+$/.test(startTime) ? Number(startTime) : startTime)
      : now;
  const valid = Number.isNaN(date.getTime()) ? now : date;
  const iso = valid.toISOString();
  return { due_date: iso.slice(0, 10), due_time: iso.slice(11, 16) };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
