/**
 * The rules of docs/architecture.md, as a machine checks them: imports point down the layers,
 * no cycle between files or folders, pages reach the worker only by message, small files.
 * `checkStructure` returns one line per broken rule; an empty list means the tree keeps them.
 */
import { cycles, importEdges, type SourceTree } from './import-graph';

/** Top to bottom. A room may import only rooms of a lower layer (never one beside it). */
export const LAYERS: readonly (readonly string[])[] = [
  ['entrypoints'],
  ['ui'],
  ['api'],
  ['backends'],
  ['logging'],
  ['auth', 'calls'],
  ['connectors'],
  ['protocol'],
  ['http', 'storage', 'phone'],
];

/** What a page may import besides its own folder: the vocabulary and pure helpers, never worker code. */
const PAGE_MAY_IMPORT = new Set(['protocol', 'phone']);
/** A connector's plain data (name, fields, hosts) is the one part of a connector a page may read. */
const isConnectorMetadata = (file: string) => /^src\/connectors\/(?:[^/]+\/)?metadata\.ts$/.test(file);

/** The stored connection is the core's: a connector that ended a sign-in itself was one path too many (docs/connectors.md). */
const CONNECTION_STORE = /\b(?:getConnection|saveConnection|removeConnection)\b/;

export const MAX_FILE_LINES = 200;
export const MAX_ENTRYPOINT_LINES = 30;

/** `src/logging/x.ts` → `logging`; `entrypoints/sidepanel/main.ts` → `entrypoints`. */
export function roomOf(file: string): string {
  const parts = file.split('/');
  return parts[0] === 'src' ? parts[1]! : parts[0]!;
}

const layerOf = new Map(LAYERS.flatMap((rooms, depth) => rooms.map((room) => [room, depth] as const)));

export function checkStructure(tree: SourceTree): string[] {
  const problems: string[] = [];
  const edges = importEdges(tree);

  for (const { from, to } of edges) {
    const [source, target] = [roomOf(from), roomOf(to)];
    if (source === target) continue;
    const [up, down] = [layerOf.get(source), layerOf.get(target)];
    if (up === undefined) problems.push(`${from}: its folder ${source}/ has no layer in test/structure/layer-rules.ts`);
    else if (down === undefined) problems.push(`${to}: its folder ${target}/ has no layer in test/structure/layer-rules.ts`);
    else if (down <= up)
      problems.push(`${from} imports ${to}: ${source}/ may not import ${target}/ (${down < up ? 'a layer above it' : 'a folder beside it'})`);
    if (source === 'ui' && !PAGE_MAY_IMPORT.has(target) && !isConnectorMetadata(to)) {
      problems.push(`${from} imports ${to}: a page reaches the worker only by message (src/ui/api-client.ts)`);
    }
  }

  for (const group of cycles(
    tree.keys(),
    edges.map(({ from, to }) => [from, to]),
  )) {
    problems.push(`import cycle between files: ${group.join(' ⇄ ')}`);
  }
  const folderEdges = edges.flatMap(({ from, to }) => {
    const pair = siblingFolders(from, to);
    return pair ? [pair] : [];
  });
  const folders = new Set(folderEdges.flat());
  for (const group of cycles(folders, folderEdges)) problems.push(`import cycle between folders: ${group.join(' ⇄ ')}`);

  for (const [file, source] of tree) {
    if (roomOf(file) === 'connectors' && CONNECTION_STORE.test(source)) {
      problems.push(`${file} reads or changes the stored connection: throw CrmError('revoked'), the core ends the sign-in`);
    }
    const lines = source.split('\n').length - (source.endsWith('\n') ? 1 : 0);
    const limit = file.startsWith('entrypoints/') ? MAX_ENTRYPOINT_LINES : MAX_FILE_LINES;
    if ((file.startsWith('src/') || file.startsWith('entrypoints/')) && /\.ts$/.test(file) && lines > limit) {
      problems.push(`${file} has ${lines} lines: split it (at most ${limit})`);
    }
  }
  return problems;
}

/** The two folders side by side under the deepest folder the files share, when both are in one. */
function siblingFolders(from: string, to: string): [string, string] | undefined {
  const [a, b] = [from.split('/'), to.split('/')];
  let shared = 0;
  while (shared < a.length - 1 && shared < b.length - 1 && a[shared] === b[shared]) shared++;
  if (shared >= a.length - 1 || shared >= b.length - 1) return undefined;
  return [a.slice(0, shared + 1).join('/'), b.slice(0, shared + 1).join('/')];
}
