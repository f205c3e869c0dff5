/**
 * v2's strict typing (docs/pipedrive.md, "Response shapes"): ids are JSON numbers, flags are
 * booleans, dates and times have one format. A string where a number belongs is a 400, as it is
 * in Pipedrive.
 */
type Check = (value: unknown) => boolean;

export const isInt: Check = (value) => typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
export const isBool: Check = (value) => typeof value === 'boolean';
export const isText: Check = (value) => typeof value === 'string';
export const isDate: Check = (value) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
export const isTime: Check = (value) => typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/.test(value);
export const isDuration: Check = (value) => typeof value === 'string' && /^\d{2,}:[0-5]\d$/.test(value);
export const isUuid: Check = (value) => typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
export const nullable =
  (check: Check): Check =>
  (value) =>
    value === null || check(value);

/** The first field that breaks its rule, as `field: reason`, or undefined. Unknown fields are ignored. */
export function firstProblem(body: Record<string, unknown>, rules: Record<string, Check>, required: string[] = []): string | undefined {
  for (const field of required) if (body[field] === undefined) return `${field}: is required`;
  for (const [field, check] of Object.entries(rules)) {
    if (body[field] !== undefined && !check(body[field])) return `${field}: invalid value ${JSON.stringify(body[field])}`;
  }
  return undefined;
}

/** A query parameter that must be a whole number, if present. */
export function queryInt(query: Record<string, string>, name: string): number | undefined | 'invalid' {
  const value = query[name];
  if (value === undefined) return undefined;
  return /^\d+$/.test(value) ? Number(value) : 'invalid';
}
