/**
 * The rules of docs/i18n.md, as pure functions over the catalogues and the page sources, so that
 * a test can plant a bad tree and see each rule fail:
 * - every language has exactly the English keys, with the same placeholders ($1…$9);
 * - every key is used (named in a page, an HTML page, the manifest, or a `worker_` key);
 * - a page source has no user-visible English of its own (see `englishLiterals`).
 */
import ts from 'typescript';

export type Catalogue = Record<string, { message: string; description?: string }>;

const placeholders = (message: string) => [...new Set(message.match(/\$[1-9]/g) ?? [])].sort().join(' ');

export function catalogueProblems(catalogues: Record<string, Catalogue>): string[] {
  const english = catalogues.en ?? {};
  const problems: string[] = [];
  for (const [language, catalogue] of Object.entries(catalogues)) {
    for (const key of Object.keys(english)) {
      const entry = catalogue[key];
      if (!entry?.message.trim()) problems.push(`${language}: ${key} is missing`);
      else if (placeholders(entry.message) !== placeholders(english[key]!.message)) {
        problems.push(`${language}: ${key} has placeholders "${placeholders(entry.message)}", English "${placeholders(english[key]!.message)}"`);
      }
    }
    for (const key of Object.keys(catalogue)) if (!(key in english)) problems.push(`${language}: ${key} is not in English`);
    const lower = Object.keys(catalogue).map((key) => key.toLowerCase());
    // Chrome reads keys case-insensitively: two that differ only in case are one.
    if (new Set(lower).size !== lower.length) problems.push(`${language}: keys that differ only in case`);
  }
  return problems;
}

/** Keys named nowhere. A plural key `x_one`/`x_other` is used when `x` is (see `tn` in src/ui/i18n.ts). */
export function unusedKeys(english: Catalogue, sources: readonly string[]): string[] {
  const text = sources.join('\n');
  const named = (key: string) => text.includes(`'${key}'`) || text.includes(`"${key}"`) || text.includes(`__MSG_${key}__`);
  return Object.keys(english).filter((key) => !key.startsWith('worker_') && !named(key) && !named(key.replace(/_(one|other)$/, '')));
}

/**
 * What counts as user-visible English in a page's TypeScript: a string or template literal
 * (its literal parts) that starts with a capital letter and a small one (`'Log call'`, `'Today'`),
 * or holds three plain words in a row (`' calls logged in '`); and, where a page shows text, any
 * letters at all: a child of `h(tag, attrs, …children)`, what is assigned to `textContent`, `title`
 * or `placeholder`, an `aria-label`, `title`, `placeholder` or `alt` in an attribute object
 * (`h('p', {}, 'or')`), unless it is an address (`https://…`). Not counted: imports, types, a comparison, a `case` or a property name
 * (data such as `'Outbound'`), and a line marked `// i18n-ignore` (with why). Class lists
 * (`'call missed'`) and keys (`'panel_refresh'`) do not match.
 */
export function englishLiterals(file: string, source: string): string[] {
  const found: string[] = [];
  const lines = source.split('\n');
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const looksEnglish = (text: string) => /^\s*[A-Z][a-z]/.test(text) || /\b[a-z]{2,} [a-z]{2,} [a-z]{2,}\b/.test(text);
  const ignored = (node: ts.Node) => {
    const line = sourceFile.getLineAndCharacterOfPosition(node.getStart()).line;
    if (lines[line]?.includes('i18n-ignore') || lines[line - 1]?.trim().startsWith('// i18n-ignore')) return true;
    const parent = node.parent;
    if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isLiteralTypeNode(parent) || ts.isCaseClause(parent)) return true;
    if ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent)) && parent.name === node) return true;
    if (ts.isBinaryExpression(parent)) {
      const op = parent.operatorToken.kind;
      return [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(op);
    }
    return false;
  };
  const SHOWN_PROPERTIES = new Set(['textContent', 'title', 'placeholder', 'aria-label', 'alt']);
  /** Shown as it is, through `?:`, `??`, `||` and parentheses: a child of h(), a text property. */
  const shown = (node: ts.Node): boolean => {
    const parent = node.parent;
    if (ts.isConditionalExpression(parent) ? parent.condition !== node : ts.isParenthesizedExpression(parent)) return shown(parent);
    if (ts.isBinaryExpression(parent)) {
      const op = parent.operatorToken.kind;
      if (op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.BarBarToken) return shown(parent);
      return (
        op === ts.SyntaxKind.EqualsToken &&
        parent.right === node &&
        ts.isPropertyAccessExpression(parent.left) &&
        SHOWN_PROPERTIES.has(parent.left.name.text)
      );
    }
    if (ts.isCallExpression(parent))
      return ts.isIdentifier(parent.expression) && parent.expression.text === 'h' && parent.arguments.indexOf(node as ts.Expression) >= 2;
    if (ts.isArrayLiteralExpression(parent)) return shown(parent);
    return ts.isPropertyAssignment(parent) && parent.initializer === node && SHOWN_PROPERTIES.has(parent.name.getText().replace(/['"]/g, ''));
  };
  const visit = (node: ts.Node) => {
    const parts =
      ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)
        ? [node.text]
        : ts.isTemplateExpression(node)
          ? [node.head.text, ...node.templateSpans.map((span) => span.literal.text)]
          : [];
    const english = parts.find((part) => looksEnglish(part) || (/[A-Za-z]/.test(part) && !/^[a-z]+:\/\//.test(part) && shown(node)));
    if (english !== undefined && !ignored(node)) {
      found.push(`${file}:${sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.getText().slice(0, 60)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

const ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt'];

/**
 * An HTML page's own text: each text node must sit in an element with `data-i18n="key"` whose
 * English is that text (the fallback before `localizePage` runs), and each `aria-label`, `title`,
 * `placeholder` or `alt` needs its `data-i18n-<attribute>`.
 */
export function htmlProblems(file: string, html: string, english: Catalogue): string[] {
  const problems: string[] = [];
  const body = html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<!--[\s\S]*?-->/g, '');
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
  for (const match of body.matchAll(/<([a-z][a-z0-9]*)((?:\s[^>]*)?)>([^<]*)(?=<)/g)) {
    const [, , attributes = '', text = ''] = match;
    if (!squash(text)) continue;
    const key = /\sdata-i18n="([^"]+)"/.exec(attributes)?.[1];
    if (!key) problems.push(`${file}: "${squash(text).slice(0, 50)}" has no data-i18n`);
    else if (squash(english[key]?.message ?? '') !== squash(text)) problems.push(`${file}: the text of ${key} is not its English message`);
  }
  for (const match of body.matchAll(/<\/[a-z0-9]+>([^<]*)/g)) {
    if (squash(match[1] ?? '')) problems.push(`${file}: "${squash(match[1]!).slice(0, 50)}" is text outside a data-i18n element`);
  }
  for (const match of body.matchAll(/<[a-z][^>]*>/g)) {
    for (const attribute of ATTRIBUTES) {
      if (new RegExp(`\\s${attribute}="`).test(match[0]) && !match[0].includes(`data-i18n-${attribute}="`)) {
        problems.push(`${file}: ${attribute} without data-i18n-${attribute} in ${match[0].slice(0, 60)}`);
      }
    }
  }
  return problems;
}
