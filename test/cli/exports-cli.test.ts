import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';
import { EXAMPLES, runBinary } from './binary.js';

/**
 * `check` and spreadsheet exports, through the built binary: what the
 * command line decides before any export is read (the readers and the
 * correspondence are tested on their own; exports-run.test.ts runs the
 * dispatch with a hand-built reading).
 */
function folderWith(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'dossier-check-exports-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return folder;
}

describe('an export named without --colonnes', () => {
  it.each(['export.xlsx', 'export.ods', 'export.csv', 'EXPORT.XLSX'])(
    '%s: a usage error naming --colonnes (exit 2), nothing on stdout',
    (name) => {
      const folder = folderWith({ [name]: 'N° de dossier;Collectivité\n1234;Commune de Feurs\n' });
      const result = runBinary(['check', join(folder, name)]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('--colonnes');
      expect(result.stderr).toContain(`${name} est un export de tableur`);
    },
  );

  it('in English too', () => {
    const folder = folderWith({ 'export.xlsx': 'PK' });
    const result = runBinary(['check', join(folder, 'export.xlsx'), '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is a spreadsheet export: give with --colonnes the correspondence file');
  });

  it('in a folder, a spreadsheet is not a dossier: left out as before, the YAML dossiers checked', () => {
    const folder = folderWith({ 'export.xlsx': 'PK', 'export.csv': 'a;b\n' });
    copyFileSync(join(EXAMPLES, 'ccas-lignes-mixtes.yaml'), join(folder, 'ccas.yaml'));
    const result = runBinary(['check', folder, '--format', 'json', '--date', '2022-07-20']);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout);
    expect(report.dossiers.map((dossier: { fichier: string }) => dossier.fichier)).toEqual([join(folder, 'ccas.yaml')]);
  });
});

describe('--colonnes and --csv-problemes on the command line', () => {
  it('a correspondence file that is not there: a path error (exit 2) before any dossier', () => {
    const result = runBinary([
      'check',
      join(EXAMPLES, 'ccas-lignes-mixtes.yaml'),
      '--colonnes',
      join(tmpdir(), 'absent-correspondance.yaml'),
    ]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/absent-correspondance\.yaml/);
  });

  it('--csv-lignes and --csv-problemes together: a usage error', () => {
    const result = runBinary(['check', EXAMPLES, '--format', 'csv', '--csv-lignes', '--csv-problemes']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--csv-lignes et --csv-problemes');
  });

  it.each([
    ['fr', 'fichier de correspondance', 'une ligne par problème'],
    ['en', 'correspondence file', 'one row per problem'],
  ])('the help (%s) lists both options', (lang, colonnes, problems) => {
    const result = runBinary(['check', '--help', '--lang', lang]);
    // Help lines wrap: read with their spaces folded.
    const help = result.stdout.replace(/\s+/g, ' ');
    expect(help).toMatch(new RegExp(`--colonnes <[^>]+> [^-]*${colonnes}`));
    expect(help).toContain(`--csv-problemes ${lang === 'fr' ? 'avec' : 'with'} --format csv`);
    expect(help).toContain(problems);
  });
});
