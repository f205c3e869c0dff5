/**
 * The layers of docs/architecture.md, checked on the real tree: imports point down, no cycles,
 * pages reach the worker only by message, small files. Each rule is also shown failing on a
 * small planted tree, so a checker that finds nothing cannot pass for a tree that is clean.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkStructure } from './layer-rules';

const root = fileURLToPath(new URL('../..', import.meta.url));

function readTree(...folders: string[]): Map<string, string> {
  const tree = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) tree.set(relative(root, path), readFileSync(path, 'utf8'));
    }
  };
  for (const folder of folders) walk(join(root, folder));
  return tree;
}

const planted = (files: Record<string, string>) => checkStructure(new Map(Object.entries(files)));

describe('the layers of src/', () => {
  const tree = readTree('src', 'entrypoints');

  it('reads the whole tree', () => {
    expect(tree.size).toBeGreaterThan(100);
    expect([...tree.keys()]).toEqual(expect.arrayContaining(['src/api/router.ts', 'src/protocol/routes.ts', 'entrypoints/background.ts']));
  });

  it('keeps every rule', () => {
    expect(checkStructure(tree)).toEqual([]);
  });
});

describe('the rules fail on a planted tree', () => {
  it('an upward import', () => {
    const problems = planted({
      'src/logging/create.ts': "import { router } from '../api/router';",
      'src/api/router.ts': 'export const router = 1;',
    });
    expect(problems).toEqual(['src/logging/create.ts imports src/api/router.ts: logging/ may not import api/ (a layer above it)']);
  });

  it('a connector that reaches into the call-log service or a call source', () => {
    const problems = planted({
      'src/connectors/crm/index.ts': "import { compose } from '../../logging/compose';\nimport type { Call } from '../../calls/call';",
      'src/logging/compose.ts': '',
      'src/calls/call.ts': '',
    });
    expect(problems).toHaveLength(2);
    expect(problems.join('\n')).toMatch(/connectors\/ may not import logging\/[\s\S]*connectors\/ may not import calls\//);
  });

  it('the ground importing anything above it, or a folder beside it', () => {
    const problems = planted({
      'src/storage/settings.ts': "import type { Setting } from '../backends/setting';",
      'src/http/client.ts': "import { db } from '../storage/db';",
      'src/backends/setting.ts': '',
      'src/storage/db.ts': '',
    });
    expect(problems).toEqual([
      'src/storage/settings.ts imports src/backends/setting.ts: storage/ may not import backends/ (a layer above it)',
      'src/http/client.ts imports src/storage/db.ts: http/ may not import storage/ (a folder beside it)',
    ]);
  });

  it('a page that imports worker code, but not one that reads a connector’s metadata', () => {
    const problems = planted({
      'src/ui/panel.ts':
        "import { db } from '../storage/db';\nimport { meta } from '../connectors/crm/metadata';\nimport { crm } from '../connectors/crm/index';",
      'src/storage/db.ts': '',
      'src/connectors/crm/metadata.ts': '',
      'src/connectors/crm/index.ts': '',
    });
    expect(problems).toEqual([
      'src/ui/panel.ts imports src/storage/db.ts: a page reaches the worker only by message (src/ui/api-client.ts)',
      'src/ui/panel.ts imports src/connectors/crm/index.ts: a page reaches the worker only by message (src/ui/api-client.ts)',
    ]);
  });

  it("a connector that ends a sign-in itself, but not one that names the stored user's type", () => {
    const problems = planted({
      'src/connectors/crm/api.ts': "import { removeConnection } from '../../storage/connections';\nawait removeConnection('crm');",
      'src/connectors/crm/index.ts': "import type { CrmUser } from '../../storage/connections';",
      'src/storage/connections.ts': '',
    });
    expect(problems).toEqual([
      "src/connectors/crm/api.ts reads or changes the stored connection: throw CrmError('revoked'), the core ends the sign-in",
    ]);
  });

  it('a cycle between files and one between folders', () => {
    const problems = planted({
      'src/logging/a.ts': "import { b } from './b';",
      'src/logging/b.ts': "export { a } from './a';",
      'src/logging/outbox/drain.ts': "import { c } from '../compose/c';",
      'src/logging/compose/c.ts': "import type { D } from '../outbox/d';",
      'src/logging/outbox/d.ts': '',
    });
    expect(problems).toEqual([
      'import cycle between files: src/logging/a.ts ⇄ src/logging/b.ts',
      'import cycle between folders: src/logging/compose ⇄ src/logging/outbox',
    ]);
  });

  it('a dynamic import counts like a static one', () => {
    expect(planted({ 'src/phone/format.ts': "const m = await import('../ui/page');", 'src/ui/page.ts': '' })).toHaveLength(1);
  });

  it('a long entrypoint and a long module', () => {
    const problems = planted({
      'entrypoints/background.ts': 'x\n'.repeat(31),
      'src/logging/big.ts': 'x\n'.repeat(201),
      'src/logging/fine.ts': 'x\n'.repeat(200),
    });
    expect(problems).toEqual([
      'entrypoints/background.ts has 31 lines: split it (at most 30)',
      'src/logging/big.ts has 201 lines: split it (at most 200)',
    ]);
  });

  it('a folder the layers do not know', () => {
    expect(planted({ 'src/misc/a.ts': "import '../phone/b';", 'src/phone/b.ts': '' })).toEqual([
      'src/misc/a.ts: its folder misc/ has no layer in test/structure/layer-rules.ts',
    ]);
  });
});
