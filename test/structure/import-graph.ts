/**
 * The imports of a source tree, read as text: every `import … from`, `export … from`, bare
 * `import '…'` and `import('…')` with a relative specifier, resolved to a file of the tree.
 * Pure, so that a test can plant a tree of its own and see the rules fail on it.
 */
export type SourceTree = ReadonlyMap<string, string>;

export interface ImportEdge {
  from: string;
  to: string;
  /** `import type` / `export type`: erased at build time, but still a door between two rooms. */
  typeOnly: boolean;
}

const IMPORT = /(?:^|[;\s])(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

export function importEdges(tree: SourceTree): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const [file, source] of tree) {
    for (const match of source.matchAll(IMPORT)) {
      const specifier = match[3] ?? match[4]!;
      const to = resolve(tree, file, specifier);
      if (to) edges.push({ from: file, to, typeOnly: match[2] !== undefined });
    }
  }
  return edges;
}

function resolve(tree: SourceTree, from: string, specifier: string): string | undefined {
  const base = normalize(`${from.slice(0, from.lastIndexOf('/'))}/${specifier}`);
  return [base, `${base}.ts`, `${base}/index.ts`].find((candidate) => tree.has(candidate));
}

function normalize(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/** Strongly connected groups of more than one node (or a node that imports itself): the cycles. */
export function cycles(nodes: Iterable<string>, edges: Iterable<[string, string]>): string[][] {
  const next = new Map<string, Set<string>>();
  for (const node of nodes) next.set(node, new Set());
  for (const [from, to] of edges) next.get(from)?.add(to);
  // Tarjan's algorithm, iterative so that a deep chain cannot overflow the stack.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const found: string[][] = [];
  let counter = 0;
  for (const root of next.keys()) {
    if (index.has(root)) continue;
    const work: [string, Iterator<string>][] = [[root, next.get(root)!.values()]];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const [node, children] = work[work.length - 1]!;
      const child = children.next();
      if (!child.done) {
        const to = child.value;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push([to, next.get(to)?.values() ?? [].values()]);
        } else if (onStack.has(to)) {
          low.set(node, Math.min(low.get(node)!, index.get(to)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1]?.[0];
      if (parent !== undefined) low.set(parent, Math.min(low.get(parent)!, low.get(node)!));
      if (low.get(node) === index.get(node)) {
        const group: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          group.push(member);
        } while (member !== node);
        if (group.length > 1 || next.get(node)!.has(node)) found.push(group.sort());
      }
    }
  }
  return found;
}
