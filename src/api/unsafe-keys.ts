/**
 * Finds keys that would reach an object's prototype (`__proto__`, `constructor`, `prototype`)
 * anywhere in a request, and structures too deep to be real data. zod copies unknown keys of a
 * loose object and every key of a record by assignment, so a `__proto__` key that JSON.parse made
 * an own property would become the parsed object's prototype: such input is refused before any
 * schema sees it.
 */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
export const MAX_DEPTH = 64;

export function findUnsafeInput(value: unknown, root: string): string | undefined {
  const stack: [unknown, string, number][] = [[value, root, 0]];
  while (stack.length > 0) {
    const [current, path, depth] = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= MAX_DEPTH) return `${path.slice(0, 60)}… is nested too deeply (more than ${MAX_DEPTH} levels)`;
    for (const key of Object.keys(current)) {
      const child = Array.isArray(current) ? `${path}[${key}]` : `${path}.${key}`;
      if (RESERVED_KEYS.has(key)) return `${path} must not use the reserved key "${key}"`;
      stack.push([(current as Record<string, unknown>)[key], child, depth + 1]);
    }
  }
  return undefined;
}
