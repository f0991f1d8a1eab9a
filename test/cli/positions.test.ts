import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'dossier-check.js');
const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

function run(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The eligible fixture with its sections spelled as applicants do, and an unreadable amount on line 12, column 17. */
function tolerantDossier(): string {
  const text = readFileSync(join(FIXTURES, 'eligible.yaml'), 'utf8')
    .replace('\ndepenses:', '\nDépenses:')
    .replace('montant_ht: 2400', 'Montant HT: 24OO')
    .replace('\nporteur:', '\nPorteur:');
  expect(text.split('\n')[11]).toBe('    Montant HT: 24OO');
  const folder = mkdtempSync(join(tmpdir(), 'positions-'));
  const file = join(folder, 'dossier.yaml');
  writeFileSync(file, text);
  return file;
}

describe('every format points at the line and column of a problem under a tolerantly read key', () => {
  const file = tolerantDossier();
  const check = (format: string) => run(['check', file, '--date', '2022-07-20', '-f', format]);

  it('text', () => {
    expect(check('text').stdout).toMatch(new RegExp(`${file.replace(/[.\\]/g, '\\$&')}:12:17 +depenses\\.0\\.montant_ht`));
  });

  it('JSON', () => {
    const report = JSON.parse(check('json').stdout);
    const problem = report.dossiers[0].problemes.find((candidate: { chemin: string }) => candidate.chemin === 'depenses.0.montant_ht');
    expect(problem.position).toEqual({ ligne: 12, colonne: 17 });
    expect(report.dossiers[0].depenses[0].position).toEqual({ ligne: 11, colonne: 5 });
  });

  it('GitHub annotations', () => {
    expect(check('github').stdout).toMatch(/^::error file=[^,]*,line=12,col=17,title=dossier-format \(montant-invalide\)::/m);
  });

  it('SARIF', () => {
    const sarif = JSON.parse(check('sarif').stdout);
    const result = sarif.runs[0].results.find(
      (candidate: { properties: { code: string } }) => candidate.properties.code === 'montant-invalide',
    );
    expect(result.locations[0].physicalLocation.region).toEqual({ startLine: 12, startColumn: 17 });
  });

  it('JUnit', () => {
    expect(check('junit').stdout).toContain(`${file}:12:17 depenses.0.montant_ht`);
  });

  it('HTML', () => {
    expect(check('html').stdout).toContain(`<code>${file}:12:17</code>`);
  });
});

describe('a problem with no position in the file', () => {
  // A dossier without `projet:` at all: its missing title has no line to point at.
  const folder = mkdtempSync(join(tmpdir(), 'positions-'));
  const file = join(folder, 'sans-projet.yaml');
  writeFileSync(file, readFileSync(join(FIXTURES, 'eligible.yaml'), 'utf8').replace(/\nprojet:\n(?: {2}.*\n)+/, '\n'));
  const check = (format: string) => run(['check', file, '--date', '2022-07-20', '-f', format]).stdout;

  it('is a GitHub annotation of the whole file, not of line 1', () => {
    const annotation = check('github')
      .split('\n')
      .find((line) => line.includes('(projet-titre-manquant)'));
    expect(annotation).toMatch(/^::warning file=[^,]*,title=/);
  });

  it('has no SARIF region, rather than line 1', () => {
    const sarif = JSON.parse(check('sarif'));
    const result = sarif.runs[0].results.find(
      (candidate: { properties: { code: string } }) => candidate.properties.code === 'projet-titre-manquant',
    );
    expect(result.locations[0].physicalLocation).not.toHaveProperty('region');
  });

  it('is not given line 1 in JUnit', () => {
    const failure = check('junit')
      .split('\n')
      .find((line) => line.includes('projet.axes'));
    expect(failure).toBeDefined();
    expect(failure).not.toContain(':1:1');
  });
});
