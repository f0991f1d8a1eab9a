import { readdirSync, readFileSync } from 'node:fs';
import type { PageInput } from '../page/assemble.js';
import type { Reglement } from '../reglement/types.js';
import type { Lang } from '../vocabulary.js';

// dist/cli, src/cli and the bundle in dist/bundle are all two levels below the package root.
const ROOT = new URL('../../', import.meta.url);

/**
 * What the applicants' page is made of, read from the package: its script
 * (bundled by `npm run build` into dist/page/app.js), the generated geography
 * and real words, the version. The build script and `dossier-check page`
 * both read it here, so that they write the same page.
 */
export function readPageInput(reglement: Reglement, lang: Lang): PageInput {
  const read = (path: string) => readFileSync(new URL(path, ROOT), 'utf8');
  const territoire = Object.fromEntries(
    readdirSync(new URL('generated/territoire/', ROOT))
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => [name, JSON.parse(read(`generated/territoire/${name}`)) as unknown]),
  );
  return {
    script: read('dist/page/app.js'),
    lang,
    version: (JSON.parse(read('package.json')) as { version: string }).version,
    reglement,
    territoire,
    realWords: JSON.parse(read('generated/classify/real-words.json')) as string[],
  };
}
