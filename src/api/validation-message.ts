/**
 * Turns zod issues into one sentence per bad field that a person can act on:
 * "logInfo.sessionId is required", "note must be at most 100000 characters".
 */
import type * as z from 'zod/mini';

type Issue = z.core.$ZodIssue & { input?: unknown };

export function describeIssues(issues: readonly Issue[], root: string): string {
  const sentences = issues.slice(0, 5).map((issue) => describe(issue, fieldName(issue.path, root), issue.path.length === 0));
  const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
  return `${[...new Set(sentences)].join('; ')}${more}.`;
}

function fieldName(path: readonly PropertyKey[], root: string): string {
  if (path.length === 0) return root;
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`)).join('');
}

function describe(issue: Issue, field: string, atRoot: boolean): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `${field} is required` : `${field} must be ${article(issue.expected)}`;
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1 ? `${field} must not be empty` : `${field} must be at least ${issue.minimum} characters`;
      }
      return issue.origin === 'array' ? `${field} must have at least ${issue.minimum} items` : `${field} must be at least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `${field} must be at most ${issue.maximum} characters`;
      return issue.origin === 'array' ? `${field} must have at most ${issue.maximum} items` : `${field} must be at most ${issue.maximum}`;
    case 'invalid_value':
      // Naming the value sent says which one is unknown when a list of settings is refused.
      return `${field} must be one of: ${issue.values.map((v) => String(v)).join(', ')}${issue.input === undefined ? '' : ` (not ${JSON.stringify(issue.input)})`}`;
    case 'invalid_union': {
      const chosen = taggedOption(issue.errors);
      if (chosen) {
        const inner = chosen.refused ?? chosen.mismatch;
        const path = atRoot ? inner.path : [...issue.path, ...inner.path];
        return chosen.refused
          ? describe(inner, fieldName(path, field), false)
          : `${fieldName(path, field)} must be one of: ${chosen.values.join(', ')}`;
      }
      const expected = issue.errors.flat().flatMap((inner) => (inner.code === 'invalid_type' ? [inner.expected] : []));
      return expected.length === issue.errors.length && issue.input !== undefined
        ? `${field} must be ${[...new Set(expected)].map(article).join(' or ')}`
        : issue.input === undefined
          ? `${field} is required`
          : `${field} is not valid`;
    }
    case 'invalid_format':
      return `${field} ${issue.message && issue.message !== 'Invalid input' ? issue.message : `must be a valid ${issue.format}`}`;
    case 'custom':
      return `${field} ${issue.message}`;
    default:
      return `${field} is not valid`;
  }
}

/**
 * A union of objects told apart by one field (`kind: 'local' | 'remote'`): when that field matched
 * one option, that option's own first complaint (`serverUrl is required`); when it matched none,
 * the values it may take.
 */
function taggedOption(options: readonly (readonly z.core.$ZodIssue[])[]) {
  const tags = options.map((issues) => issues.find((inner) => inner.code === 'invalid_value' && inner.path.length === 1));
  const key = tags.find(Boolean)?.path[0];
  if (key === undefined || tags.some((tag) => tag && tag.path[0] !== key)) return undefined;
  const matched = options.filter((_, i) => !tags[i]);
  if (matched.length === 1) return { refused: matched[0]![0]!, mismatch: tags.find(Boolean)!, values: [] };
  if (matched.length > 0) return undefined;
  const values = tags.flatMap((tag) => (tag?.code === 'invalid_value' ? tag.values.map(String) : []));
  return { refused: undefined, mismatch: tags[0]!, values };
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}
