/**
 * How each body format keeps a value from passing for structure (docs/log-body.md, "Hostile
 * text"). Each escape has its inverse, so the agent note reads back exactly as it was typed.
 */

/** HTML: the five characters that could open a tag or an attribute; line breaks become `<br>`. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/\r?\n/g, '<br>');
}

export function unescapeHtml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/**
 * Plain text: a line of a note or a block that starts with `-` (after any spaces) gets one more
 * space, so that no line a person typed reads as an item (`- Summary: …`) or a block's end
 * (`--- END`). The reader takes that space away again.
 */
export function guardPlainLines(text: string): string {
  return text.replace(/^( *-)/gm, ' $1');
}

export function unguardPlainLines(text: string): string {
  return text.replace(/^ ( *-)/gm, '$1');
}

/**
 * Markdown: a backslash before every character that marks emphasis, code, links, HTML, headings,
 * tables or strike-through, and before `-`, `+` or `=` opening a line (a list, or a line under
 * text that makes it a heading). No value can then write `**Label**:` or `## …` of its own.
 */
export function escapeMarkdown(text: string): string {
  return escapeMarkdownInline(text).replace(/^([-+=])/gm, '\\$1');
}

/** For a value that follows its label on the same line, where `-`, `+` and `=` open nothing. */
export function escapeMarkdownInline(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, '\\$&');
}

export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([\\`*_[\]<>#|~=+-])/g, '$1');
}
