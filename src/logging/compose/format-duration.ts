/** `1 hour, 2 minutes, 5 seconds`; zero parts left out; a word such as `pending` as it is. */
export function durationInWords(duration: number | string): string {
  if (typeof duration === 'string') return duration;
  const total = Math.max(0, Math.round(duration));
  if (total === 0) return '0 seconds';
  const parts: [number, string][] = [
    [Math.floor(total / 3600), 'hour'],
    [Math.floor((total % 3600) / 60), 'minute'],
    [total % 60, 'second'],
  ];
  return parts
    .filter(([count]) => count > 0)
    .map(([count, unit]) => plural(count, unit))
    .join(', ');
}

export function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}
