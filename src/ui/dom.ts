/**
 * The one DOM helper the pages use: `h('button', { type: 'button', onclick }, 'Log call')`.
 * Text always goes in as text nodes, never as HTML: names and notes come from people and phone
 * systems (a caller named `<script>` must show as those characters).
 */
type Child = Node | string | number | null | undefined | false;
type AttrValue = string | number | boolean | null | undefined;
type Handler = (event: Event) => void;
export type Attrs = Record<string, AttrValue | Handler>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (value === true) element.setAttribute(name, '');
    else if (value !== false && value !== null && value !== undefined) element.setAttribute(name, String(value));
  }
  element.append(
    ...children
      .flat()
      .filter((child): child is Node | string | number => child !== null && child !== undefined && child !== false)
      .map((c) => (typeof c === 'number' ? String(c) : c)),
  );
  return element;
}

export function $<T extends HTMLElement = HTMLElement>(selector: string, root: ParentNode = document): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`Missing element ${selector}`); // i18n-ignore: a developer's error, never shown
  return found;
}

let ids = 0;
/** A unique id for label/field pairs built at run time. */
export function uid(prefix: string): string {
  return `${prefix}-${++ids}`;
}
