/**
 * Text from a person or the phone system, made safe to write into a body (docs/log-body.md,
 * "Hostile text"). Every line break a CRM or a reader may honour (`\r`, U+2028, U+2029, NEL,
 * vertical tab, form feed) becomes `\n`, so the formats in body-formats.ts see every line they
 * must guard; controls that reorder or hide text (bidi embeddings, overrides and isolates, zero
 * width spaces, Unicode tags, NUL and other C0/C1 controls) are dropped; a lone surrogate, which
 * no CRM stores faithfully, becomes U+FFFD. ZWJ/ZWNJ and LRM/RLM stay: emoji and several scripts
 * need them, and they cannot move text across a line.
 */
const LINE_BREAKS = /\r\n|[\r\u2028\u2029\u0085\v\f]/g;
// C0 controls but tab and line feed, DEL and C1, bidi embeddings/overrides (202A-202E) and isolates
// (2066-2069), zero width space, word joiner and invisible operators (2060-2064), BOM, Mongolian
// vowel separator, soft hyphen.
const HIDDEN = /[\0-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u00ad\u180e\u200b\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const TAGS = /\udb40[\udc00-\udc7f]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function cleanText(text: string): string {
  return text.replace(LINE_BREAKS, '\n').replace(HIDDEN, '').replace(TAGS, '').replace(LONE_SURROGATE, '\ufffd');
}
