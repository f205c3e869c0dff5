/** Reading what a CRM answered: its body as JSON if it is, its own error words, its clock. */

export function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The CRM's own short explanation from an error body, which may not even be JSON (an HTML block page). */
export function errorDetail(text: string): string | undefined {
  const body = parseJson(text);
  if (typeof body !== 'object' || body === null) return undefined;
  const { error, message, error_description: description, Message, 'o:errorDetails': details } = body as Record<string, unknown>;
  // Also Google's `{ error: { message } }`, NetSuite's `o:errorDetails[].detail` and Insightly's `Message`.
  const nested = [
    (error as { message?: unknown } | null)?.message,
    (Array.isArray(details) ? (details[0] as { detail?: unknown }) : undefined)?.detail,
    Message,
  ];
  const detail = [error, description, message, ...nested].find((value): value is string => typeof value === 'string' && value.trim() !== '');
  return detail?.trim().slice(0, 200);
}

export function dateHeader(headers: Headers): number | undefined {
  const time = Date.parse(headers.get('date') ?? '');
  return Number.isNaN(time) ? undefined : time;
}
