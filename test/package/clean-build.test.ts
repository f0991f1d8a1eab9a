import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * tsc writes dist/ but never removes from it: a module whose source was
 * deleted or renamed stayed there, and `npm pack` in a working tree shipped
 * it (60 such files were in the maintainers' trees). The build starts from an
 * empty dist/.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const CLEAN = 'node scripts/clean-dist.mjs';

describe('the build', () => {
  it('starts by emptying dist/', () => {
    const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(scripts.build?.startsWith(`${CLEAN} && `)).toBe(true);
  });

  it('removes a compiled module left from an old source, and nothing outside dist/', () => {
    const project = mkdtempSync(join(tmpdir(), 'clean-dist-'));
    mkdirSync(join(project, 'dist', 'dossier'), { recursive: true });
    writeFileSync(join(project, 'dist', 'dossier', 'suggest.js'), 'export {};\n');
    mkdirSync(join(project, 'generated'));
    writeFileSync(join(project, 'generated', 'kept.json'), '{}\n');
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'clean-dist.mjs')], { cwd: project, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(existsSync(join(project, 'dist'))).toBe(false);
    expect(existsSync(join(project, 'generated', 'kept.json'))).toBe(true);
  });
});
