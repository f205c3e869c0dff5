/**
 * A phone call's date and times in the user's time zone (docs/netsuite.md, "Times"): NetSuite reads
 * `startDate`, `startTime` and `endTime` in the user's preference zone, and has no REST call to
 * read that zone without RingCentral's SuiteApp, so the zone is the one the connection stored.
 */
export function callTimes(startTime: unknown, durationSeconds: unknown, timeZone: string | undefined) {
  const ms =
    typeof startTime === 'number'
      ? startTime
      : typeof startTime === 'string' && /^\d+$/.test(startTime)
        ? Number(startTime)
        : Date.parse(String(startTime));
  const start = new Date(Number.isNaN(ms) ? Date.now() : ms);
  const seconds = typeof durationSeconds === 'number' && Number.isFinite(durationSeconds) ? Math.max(0, durationSeconds) : 0;
  const end = new Date(start.getTime() + seconds * 1000);
  const [startDate, from] = local(start, timeZone);
  const [endDate, until] = local(end, timeZone);
  // NetSuite refuses an end at or before the start; a call over midnight ends at 23:59 (no end date exists).
  const endTime = endDate !== startDate ? '23:59' : until <= from ? nextMinute(from) : until;
  return { startDate, startTime: from, endTime, completedDate: startDate };
}

function local(date: Date, timeZone: string | undefined): [string, string] {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return [`${parts.year}-${parts.month}-${parts.day}`, `${parts.hour}:${parts.minute}`];
}

function nextMinute(time: string): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const minutes = Math.min(h * 60 + m + 1, 23 * 60 + 59);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
