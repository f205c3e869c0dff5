/**
 * Clio's `fields=` (docs/clio.md, "Envelope"): a record answers only `id` and `etag` unless the
 * request lists more; nested fields use braces (`matter{id,display_number}`). An unknown field is
 * a 400, as Clio answers it.
 */
type Spec = Map<string, Spec | true>;

export function parseFields(text: string | undefined): Spec {
  const spec: Spec = new Map();
  if (!text) return spec;
  let i = 0;
  const parseList = (into: Spec): void => {
    while (i < text.length && text[i] !== '}') {
      let name = '';
      while (i < text.length && !',{}'.includes(text[i]!)) name += text[i++];
      name = name.trim();
      if (text[i] === '{') {
        i += 1;
        const nested: Spec = new Map();
        parseList(nested);
        i += 1; // '}'
        into.set(name, nested);
      } else if (name) into.set(name, true);
      if (text[i] === ',') i += 1;
    }
  };
  parseList(spec);
  return spec;
}

/** The record as Clio answers it for `spec`; `undefined` names the first unknown field. */
export function select(record: Record<string, unknown>, spec: Spec): { data: Record<string, unknown> } | { unknown: string } {
  const data: Record<string, unknown> = { id: record.id, etag: `"${String(record.id)}-etag"` };
  for (const [name, nested] of spec) {
    if (!(name in record)) return { unknown: name };
    const value = record[name];
    if (nested === true || value === null || value === undefined) data[name] = value;
    else if (Array.isArray(value)) {
      const items = [];
      for (const item of value) {
        const picked = select(item as Record<string, unknown>, nested);
        if ('unknown' in picked) return picked;
        items.push(picked.data);
      }
      data[name] = items;
    } else {
      const picked = select(value as Record<string, unknown>, nested);
      if ('unknown' in picked) return picked;
      data[name] = picked.data;
    }
  }
  return { data };
}
