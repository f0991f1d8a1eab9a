import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'dossier-check.js');
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

/** The built binary, run as a user would. */
function run(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('dossier-check --version', () => {
  it('gives the version alone on its first line, then the built-in editions and the geography, in French by default', () => {
    const { code, stdout, stderr } = run(['--version']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.split('\n')).toEqual([
      PACKAGE.version,
      'Éditions intégrées : loire-connect-2022 (Appel à partenariat 2022 « Loire Connect », Département de la Loire)',
      'Géographie : Code officiel géographique 2022 (@etalab/decoupage-administratif@2.3.1)',
      '',
    ]);
  });

  it('says the same in English with --lang en, and -V is the same option', () => {
    for (const args of [
      ['--version', '--lang', 'en'],
      ['-V', '--lang', 'en'],
    ]) {
      const { code, stdout } = run(args);
      expect(code).toBe(0);
      expect(stdout.split('\n')).toEqual([
        PACKAGE.version,
        'Built-in editions: loire-connect-2022 (Appel à partenariat 2022 « Loire Connect », Département de la Loire)',
        'Geography: INSEE geographic code 2022 (@etalab/decoupage-administratif@2.3.1)',
        '',
      ]);
    }
  });
});
