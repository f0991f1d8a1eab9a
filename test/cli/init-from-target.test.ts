import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * `init --from` completes its file in place. A second file named on the line
 * (`init --from exemple.yaml mon-dossier.yaml`, read as "from this one, into
 * that one") was silently ignored: the example was the file changed. It is
 * refused before anything is asked, saying how to get what was meant.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'dossier-check.js');

function folderWithExample() {
  const folder = mkdtempSync(join(tmpdir(), 'init-from-'));
  const from = join(folder, 'exemple.yaml');
  copyFileSync(join(ROOT, 'examples', 'syndicat-a-completer.yaml'), from);
  return { folder, from, target: join(folder, 'mon-dossier.yaml') };
}

describe('init --from with another file to write', () => {
  it('is refused, saying the file is completed in place and how to work on a copy; nothing is written', () => {
    const { from, target } = folderWithExample();
    const before = readFileSync(from, 'utf8');
    const result = spawnSync(process.execPath, [BIN, 'init', '--from', from, target], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`init --from complète ${from} sur place`);
    expect(result.stderr).toContain(`cp ${from} ${target}`);
    expect(result.stderr).toContain(`dossier-check init --from ${target}`);
    expect(existsSync(target)).toBe(false);
    expect(readFileSync(from, 'utf8')).toBe(before);
  });

  it('is refused in English with --lang en', () => {
    const { from, target } = folderWithExample();
    const result = spawnSync(process.execPath, [BIN, 'init', '--lang', 'en', '--from', from, target], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`init --from completes ${from} in place`);
    expect(result.stderr).not.toMatch(/complète|fichier/);
  });

  it('takes the same file named twice as that file', () => {
    const { from } = folderWithExample();
    const result = spawnSync(process.execPath, [BIN, 'init', '--from', from, from], { encoding: 'utf8' });
    // No terminal here: refused for that reason, not for the file named twice.
    expect(result.stderr).not.toContain('sur place');
  });
});
