import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The core reads no file: the lint rules that keep Node's I/O out of src/
 * (outside src/cli/) must catch every way in, not only `node:fs` — the
 * geography and the classifier once read generated JSON through
 * `createRequire` from `node:module`, which passed.
 */
const ROOT = join(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: ROOT });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) });
  return result!.messages.map((message) => message.ruleId ?? message.message);
}

const WAYS_TO_READ = {
  'createRequire from node:module': "import { createRequire } from 'node:module';\nexport const load = createRequire('/x');\n",
  'module without the node: prefix': "import { createRequire } from 'module';\nexport const load = createRequire('/x');\n",
  'another built-in (node:path)': "import { join } from 'node:path';\nexport const path = join('a', 'b');\n",
  'fs/promises': "import { readFile } from 'node:fs/promises';\nexport const read = readFile;\n",
  'a bare require': "export const data: unknown = require('../../generated/x.json');\n",
  'a path from import.meta': 'export const here = import.meta.url;\n',
  'a dynamic import': "export const data = import('../../generated/x.json');\n",
  fetch: "export const data = fetch('../../generated/x.json');\n",
};

describe('the lint rule that keeps I/O out of the core', () => {
  for (const [way, code] of Object.entries(WAYS_TO_READ)) {
    it(`refuses ${way} in the core`, async () => {
      const ids = await ruleIds(code, 'src/territoire/read-anything.ts');
      expect(
        ids.filter((id) => id.startsWith('no-restricted')),
        way,
      ).not.toEqual([]);
    });
  }

  it('lets the CLI read the generated data', async () => {
    const ids = await ruleIds(
      WAYS_TO_READ['createRequire from node:module'] + WAYS_TO_READ['a path from import.meta'],
      'src/cli/read-anything.ts',
    );
    expect(ids.filter((id) => id.startsWith('no-restricted'))).toEqual([]);
  });
});

describe('the lint rule that keeps words out of code', () => {
  const WORDS = "import type { Lang } from '../vocabulary.js';\nexport const say = (lang: Lang) => (lang === 'fr' ? 'oui' : 'yes');\n";

  it.each(['src/format/planted.ts', 'src/interactive/planted.ts', 'src/cli/planted.ts', 'src/dossier/planted.ts'])(
    'refuses a test of the language that picks words: %s',
    async (file) => {
      expect(await ruleIds(WORDS, file)).toContain('no-restricted-syntax');
    },
  );

  it('lets the catalogues, dates and amounts write as each language does, and keeps the core’s I/O rules there', async () => {
    expect(await ruleIds(WORDS, 'src/i18n/planted.ts')).not.toContain('no-restricted-syntax');
    expect(await ruleIds(WORDS, 'src/money/format.ts')).not.toContain('no-restricted-syntax');
    expect(await ruleIds('export const here = import.meta.url;\n', 'src/i18n/planted.ts')).toContain('no-restricted-syntax');
  });
});
