import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDossiers, unreadableFileReport } from '../../src/index.js';
import { installedData } from '../../src/cli/checker-data.js';
import { ALL_RULES, LINE_REASONS, SHARED_PROBLEMS } from '../../src/rules/index.js';
import { producesOf } from '../../src/rules/types.js';
import { undeclared } from './conformance.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** Every dossier file of the repository: the examples and the test fixtures. */
const DOSSIER_FILES = ['examples', 'test/fixtures'].flatMap((folder) =>
  (readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => /\.(ya?ml|json)$/.test(file) && !/reglement/.test(file))
    .map((file) => join(ROOT, folder, file)),
);

describe('a rule is one module', () => {
  it.each(ALL_RULES.map((rule) => [rule.id, rule] as const))('%s lives in src/rules/<its id>.ts', async (id, rule) => {
    const file = join(ROOT, 'src', 'rules', `${id}.ts`);
    expect(existsSync(file), file).toBe(true);
    const module = (await import(file)) as Record<string, unknown>;
    expect(Object.values(module)).toContain(rule);
  });

  it('declares each problem it can report, and derives what `rules` lists from them', () => {
    for (const rule of ALL_RULES) {
      expect(Object.keys(rule.meta.problems).length, rule.id).toBeGreaterThan(0);
      expect(rule.produces, rule.id).toEqual(producesOf(rule.meta.problems));
      for (const [code, spec] of Object.entries(rule.meta.problems)) {
        expect(spec.bloquant?.length || spec.avertissement || spec.info, `${rule.id} ${code}`).toBeTruthy();
      }
    }
  });

  it('gives each code to one rule only', () => {
    const codes = [...ALL_RULES.flatMap((rule) => Object.keys(rule.meta.problems)), ...Object.keys(SHARED_PROBLEMS)];
    expect(codes.length).toBeGreaterThan(70);
    expect(codes.filter((code, index) => codes.indexOf(code) !== index)).toEqual([]);
    expect(Object.keys(LINE_REASONS).filter((code) => codes.includes(code))).toEqual([]);
  });
});

describe('what a check reports is what the rules declare', () => {
  it('finds the examples and the fixtures', () => {
    expect(DOSSIER_FILES.length).toBeGreaterThanOrEqual(20);
  });

  it.each(DOSSIER_FILES.map((file) => [relative(ROOT, file)]))('%s', (file) => {
    const reports = checkDossiers(new Uint8Array(readFileSync(join(ROOT, file))), file, {
      now: new Date('2022-07-20T10:00:00Z'),
      data: installedData,
    });
    for (const report of reports) expect(undeclared(report)).toEqual([]);
  });

  it('including the files the command line cannot read', () => {
    for (const [code, params] of [
      ['fichier-trop-volumineux', { max: 1024 }],
      ['fichier-non-regulier', {}],
      ['fichier-illisible', { erreur: 'EACCES' }],
      ['dossier-illisible', { erreur: 'EACCES' }],
    ] as const) {
      expect(undeclared(unreadableFileReport('x.yaml', code, params))).toEqual([]);
    }
  });
});
