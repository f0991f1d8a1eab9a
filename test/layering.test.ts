import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../src');

/** `engine` for src/engine/check.ts, `(root)` for src/dates.ts and its neighbours. */
function folderOf(file: string): string {
  const parts = relative(SRC, file).split(sep);
  return parts.length > 1 ? parts[0]! : '(root)';
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Folder (or file) → the folders (or files) it imports from, type imports and re-exports included. */
function importGraph(nodeOf: (file: string) => string): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(SRC)) {
    if (file === join(SRC, 'index.ts')) continue; // the public entry point is the top: nothing imports it
    const from = nodeOf(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\bfrom\s+'(\.[^']*)'|\bimport\(\s*'(\.[^']*)'\s*\)/g)) {
      const to = nodeOf(resolve(dirname(file), (match[1] ?? match[2])!).replace(/\.js$/, '.ts'));
      if (to === from) continue;
      if (!graph.has(from)) graph.set(from, new Set());
      graph.get(from)!.add(to);
    }
  }
  return graph;
}

/** Every pair of nodes that import each other, directly or through others. */
function cycles(graph: Map<string, Set<string>>): string[] {
  const reachable = (start: string): Set<string> => {
    const seen = new Set<string>();
    const queue = [...(graph.get(start) ?? [])];
    while (queue.length > 0) {
      const next = queue.pop()!;
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(...(graph.get(next) ?? []));
    }
    return seen;
  };
  const found: string[] = [];
  for (const [from, targets] of graph) {
    for (const to of targets) if (reachable(to).has(from)) found.push(`${from} → ${to} → … → ${from}`);
  }
  return found.sort();
}

describe('layers of src/', () => {
  it('no folder imports a folder that imports it back', () => {
    const graph = importGraph(folderOf);
    expect(graph.get('engine')).toContain('rules'); // the scan sees imports at all
    expect(cycles(graph)).toEqual([]);
  });

  it('no file imports a file that imports it back', () => {
    const graph = importGraph((file) => relative(SRC, file));
    expect(graph.get(join('engine', 'check.ts'))).toContain(join('rules', 'index.ts'));
    expect(cycles(graph)).toEqual([]);
  });

  // The lint rule is what CI runs; these imports are planted in memory, never in the tree.
  const eslint = new ESLint({ cwd: resolve(SRC, '..') });
  async function layeringErrors(file: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath: resolve(SRC, file) });
    return result!.messages
      .filter((message) => message.ruleId === '@typescript-eslint/no-restricted-imports')
      .map((message) => message.message);
  }

  it.each([
    ['rules/planted.ts', "import { checkDossier } from '../engine/check.js';\nexport const x = checkDossier;\n"],
    ['dossier/planted.ts', "import type { Rule } from '../rules/types.js';\nexport type X = Rule;\n"],
    ['reglement/planted.ts', "import { catalogue } from '../i18n/index.js';\nexport const x = catalogue;\n"],
    ['money/planted.ts', "export { catalogue } from '../i18n/index.js';\n"],
    ['classify/planted.ts', "import { parseSource } from '../parse/documents.js';\nexport const x = parseSource;\n"],
    ['dossier/planted.ts', "import { parseSource } from '../parse/documents.js';\nexport const x = parseSource;\n"],
    ['vocabulary.ts', "import type { Reglement } from './reglement/types.js';\nexport type X = Reglement;\n"],
  ])('lint refuses an import that runs up (or across) the layers: %s', async (file, code) => {
    expect(await layeringErrors(file, code)).toHaveLength(1);
  });

  it.each([
    ['engine/planted.ts', "import { RULES } from '../rules/index.js';\nexport const x = RULES;\n"],
    ['rules/planted.ts', "import type { Finding } from '../vocabulary.js';\nexport type X = Finding;\n"],
    ['cli/planted.ts', "import { checkDossier } from '../engine/check.js';\nexport const x = checkDossier;\n"],
  ])('lint lets an import run down the layers: %s', async (file, code) => {
    expect(await layeringErrors(file, code)).toEqual([]);
  });
});
