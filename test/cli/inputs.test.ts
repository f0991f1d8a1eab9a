import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'dossier-check.js');
const ELIGIBLE = join(ROOT, 'test', 'fixtures', 'eligible.yaml');
const LATE = join(ROOT, 'test', 'fixtures', 'late.yaml');
const EDITION = join(ROOT, 'examples', 'reglements', 'loire-connect-2024.reglement.yaml');

function runIn(cwd: string, args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function put(root: string, path: string, from: string | { text: string }): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  if (typeof from === 'string') copyFileSync(from, join(root, path));
  else writeFileSync(join(root, path), from.text);
}

/** A repository of dossiers as a grant office keeps one: dossiers, and the files of its tools beside them. */
function repository(): string {
  const root = mkdtempSync(join(tmpdir(), 'depot-'));
  put(root, 'dossiers/a.yaml', ELIGIBLE);
  put(root, 'dossiers/lot/b.yml', LATE);
  put(root, 'dossiers/editions/loire-connect-2024.reglement.yaml', EDITION);
  put(root, 'dossiers/node_modules/paquet/c.yaml', ELIGIBLE);
  put(root, 'dossiers/.brouillons/d.yaml', ELIGIBLE);
  put(root, 'dossiers/package.json', { text: '{ "name": "dossiers", "private": true }\n' });
  put(root, 'dossiers/dossier.schema.json', { text: runIn(root, ['schema']).stdout });
  put(root, 'package.json', { text: '{ "name": "dossiers", "private": true }\n' });
  put(root, 'package-lock.json', { text: '{ "name": "dossiers", "lockfileVersion": 3 }\n' });
  put(root, 'tsconfig.json', { text: '{ "compilerOptions": {} }\n' });
  put(root, '.pre-commit-config.yaml', join(ROOT, 'examples', 'ci', '.pre-commit-config.yaml'));
  put(root, '.github/workflows/dossiers.yml', join(ROOT, 'examples', 'ci', '.github', 'workflows', 'dossiers.yml'));
  return root;
}

function csvFiles(stdout: string): string[] {
  return stdout
    .split('\r\n')
    .slice(1, -1)
    .map((row) => row.split(';')[0]!);
}

describe('one walker for folders and patterns', () => {
  it('finds the same dossiers in a folder and through a pattern, leaving editions, schemas, tools and hidden folders out', () => {
    const root = repository();
    const expected = ['dossiers/a.yaml', 'dossiers/lot/b.yml'];
    expect(csvFiles(runIn(root, ['check', 'dossiers', '-f', 'csv']).stdout)).toEqual(expected);
    expect(csvFiles(runIn(root, ['check', 'dossiers/**/*', '-f', 'csv']).stdout)).toEqual(expected);
    expect(csvFiles(runIn(root, ['check', 'dossiers/**/*.{yaml,yml,json}', '-f', 'csv']).stdout)).toEqual(expected);
    expect(csvFiles(runIn(ROOT, ['check', 'examples/**/*.yaml', '-f', 'csv', '--date', '2022-07-20']).stdout)).not.toContain(
      'examples/reglements/loire-connect-2024.reglement.yaml',
    );
  });

  it('reports the files of an absolute pattern by their absolute names, like absolute file names', () => {
    const root = repository();
    const { stdout } = runIn(root, ['check', join(root, 'dossiers', '*.yaml'), join(root, 'dossiers', 'lot', 'b.yml'), '-f', 'csv']);
    expect(csvFiles(stdout)).toEqual([join(root, 'dossiers', 'a.yaml'), join(root, 'dossiers', 'lot', 'b.yml')]);
    const fromElsewhere = runIn(tmpdir(), ['check', `${root}/dossiers/**/*.yml`, '-f', 'csv']);
    expect(csvFiles(fromElsewhere.stdout)).toEqual([join(root, 'dossiers', 'lot', 'b.yml')]);
  });

  it('takes a folder whose name reads as a pattern as named, and says when a pattern matches nothing', () => {
    const root = repository();
    put(root, 'Dossiers (copie)/a.yaml', ELIGIBLE);
    expect(csvFiles(runIn(root, ['check', 'Dossiers (copie)/*.yaml', '-f', 'csv']).stdout)).toEqual(['Dossiers (copie)/a.yaml']);
    const none = runIn(root, ['check', 'absent/*.yaml']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('absent/*.yaml');
  });
});

describe('a file named that is plainly not a dossier', () => {
  const NOT_DOSSIERS = [
    'package.json',
    'package-lock.json',
    'tsconfig.json',
    '.pre-commit-config.yaml',
    '.github/workflows/dossiers.yml',
    'dossiers/editions/loire-connect-2024.reglement.yaml',
    'dossiers/dossier.schema.json',
  ];

  it('gets a one-line note on standard error, never a verdict (the pre-commit hook passes names this way)', () => {
    const root = repository();
    const { code, stdout, stderr } = runIn(root, ['check', 'dossiers/a.yaml', ...NOT_DOSSIERS]);
    expect(code).toBe(0);
    expect(stdout).toContain('dossiers/a.yaml');
    for (const name of NOT_DOSSIERS) expect(stdout).not.toContain(name);
    const notes = stderr.trim().split('\n');
    expect(notes).toHaveLength(NOT_DOSSIERS.length);
    NOT_DOSSIERS.forEach((name, index) => {
      expect(notes[index]).toContain(name);
      expect(notes[index]).toMatch(/n’est pas un dossier/);
    });
    expect(notes[5]).toContain('édition de l’appel');
    expect(notes[5]).toContain('--reglement');
  });

  it('says so in English with --lang en, and is left out of JSON, CSV and SARIF', () => {
    const root = repository();
    const english = runIn(root, ['check', 'package.json', 'dossiers/a.yaml', '--lang', 'en']);
    expect(english.stderr.trim().split('\n')).toEqual([expect.stringMatching(/package\.json is not a dossier/)]);
    const json = runIn(root, ['check', 'dossiers/lot/b.yml', ...NOT_DOSSIERS, '-f', 'json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).dossiers.map((dossier: { fichier: string }) => dossier.fichier)).toEqual(['dossiers/lot/b.yml']);
    expect(JSON.parse(json.stdout).resume.total).toBe(1);
    expect(csvFiles(runIn(root, ['check', ...NOT_DOSSIERS, 'dossiers/a.yaml', '-f', 'csv']).stdout)).toEqual(['dossiers/a.yaml']);
    const sarif = JSON.parse(runIn(root, ['check', 'dossiers/lot/b.yml', ...NOT_DOSSIERS, '-f', 'sarif']).stdout);
    const uris = new Set(sarif.runs[0].results.map((result: any) => result.locations[0].physicalLocation.artifactLocation.uri));
    expect(uris).toEqual(new Set(['dossiers/lot/b.yml']));
  });

  it('is still never overwritten by the report, even with --force', () => {
    const root = repository();
    const { code, stderr } = runIn(root, ['check', 'dossiers/a.yaml', 'package.json', '-f', 'json', '-o', 'package.json', '--force']);
    expect(code).toBe(2);
    expect(stderr).toContain('package.json');
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))).toEqual({ name: 'dossiers', private: true });
  });

  it('exits 0 with an empty report when every file named is plainly not a dossier', () => {
    const root = repository();
    const { code, stdout, stderr } = runIn(root, ['check', 'package.json', 'tsconfig.json', '-f', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).dossiers).toEqual([]);
    expect(stderr.trim().split('\n')).toHaveLength(2);
  });

  it('recognises an edition or a JSON Schema by its content, whatever its name, named or found', () => {
    const root = repository();
    put(root, 'editions/edition-2024.yaml', EDITION);
    put(root, 'lot/schema.json', { text: runIn(root, ['schema']).stdout });
    put(root, 'lot/a.yaml', ELIGIBLE);
    const named = runIn(root, ['check', 'editions/edition-2024.yaml', 'lot/a.yaml', '-f', 'json']);
    expect(named.code).toBe(0);
    expect(JSON.parse(named.stdout).dossiers.map((dossier: { fichier: string }) => dossier.fichier)).toEqual(['lot/a.yaml']);
    expect(named.stderr).toMatch(/editions\/edition-2024\.yaml n’est pas un dossier.*édition de l’appel/);
    const found = runIn(root, ['check', 'lot', '-f', 'csv']);
    expect(found.code).toBe(0);
    expect(csvFiles(found.stdout)).toEqual(['lot/a.yaml']);
    expect(found.stderr).toMatch(/lot\/schema\.json n’est pas un dossier.*schéma JSON/);
    // Standard input too: an edition piped in is not a dossier.
    const piped = spawnSync(process.execPath, [BIN, 'check', '-', '-f', 'json'], { input: EDITION_TEXT(), encoding: 'utf8' });
    expect(piped.status).toBe(0);
    expect(JSON.parse(piped.stdout).dossiers).toEqual([]);
    expect(piped.stderr).toMatch(/<stdin> n’est pas un dossier/);
  });
  it('checks a badly written dossier as a dossier, though its keys look like an edition’s', () => {
    const root = mkdtempSync(join(tmpdir(), 'mal-ecrit-'));
    put(root, 'lot/feurs.yaml', {
      text: 'organisme: Commune de Feurs\nterritoire: Loire\nnom_du_projet: Bornes interactives\nmontant_total: 12000\n',
    });
    put(root, 'lot/boen.yaml', { text: 'porteur_du_projet: Commune de Boën\nterritoire: Loire\ncategories: [materiel]\n' });
    for (const args of [['lot'], ['lot/feurs.yaml', 'lot/boen.yaml']]) {
      const { code, stdout, stderr } = runIn(root, ['check', ...args, '-f', 'json']);
      expect(code).toBe(1);
      const dossiers = JSON.parse(stdout).dossiers as { fichier: string; verdict: string }[];
      expect(dossiers.map((dossier) => [dossier.fichier, dossier.verdict]).sort()).toEqual([
        ['lot/boen.yaml', 'ineligible'],
        ['lot/feurs.yaml', 'ineligible'],
      ]);
      expect(stderr).not.toMatch(/n’est pas un dossier/);
    }
  });
});

describe('big batches on worker threads', () => {
  it('note a file that is an edition by its content, as one thread does', () => {
    const root = mkdtempSync(join(tmpdir(), 'gros-lot-'));
    for (let index = 0; index < 210; index++) put(root, `lot/d${String(index).padStart(3, '0')}.yaml`, ELIGIBLE);
    put(root, 'lot/d100-edition.yaml', EDITION);
    const runs = ['1', '2'].map((threads) =>
      spawnSync(process.execPath, [BIN, 'check', 'lot', '-f', 'csv'], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, DOSSIER_CHECK_THREADS: threads },
      }),
    );
    for (const run of runs) {
      expect(run.status).toBe(0);
      expect(csvFiles(run.stdout)).toHaveLength(210);
      expect(run.stderr.trim().split('\n')).toEqual([
        expect.stringMatching(/^dossier-check: lot\/d100-edition\.yaml n’est pas un dossier/),
      ]);
    }
    expect(runs[1]!.stdout).toBe(runs[0]!.stdout);
  });
});

function EDITION_TEXT(): string {
  return spawnSync('cat', [EDITION], { encoding: 'utf8' }).stdout;
}
