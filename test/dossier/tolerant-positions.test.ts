import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import '../fast-check.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { knownKeysAt } from '../../src/dossier/schema.js';
import { checkDossier } from '../../src/index.js';
import type { DossierReport } from '../../src/report/types.js';
import { installedData } from '../../src/cli/checker-data.js';

/**
 * A key the reader accepts by tolerant matching ("Dépenses", "Montant HT",
 * "code-insee") names the same field as its exact spelling: every problem
 * under it must point at the same line and column.
 */
const options = { date: '2022-07-20', data: installedData };
const YAML_TEXT = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'tolerant', 'every-key.yaml'), 'utf8');
const JSON_TEXT = JSON.stringify(parse(YAML_TEXT), null, 2);

/** Key occurrences: at the start of a block line (or list item), after `{` or `,` in flow, or quoted in JSON. */
const YAML_KEY = /(^[ \t]*(?:- )?|[{,][ \t]*)([a-z_]+)(?=:)/gm;
const JSON_KEY = /(")([a-z_]+)(?=":)/g;

const ACCENTED: Record<string, string[]> = {
  a: ['à', 'â', 'À'],
  e: ['é', 'è', 'ê', 'É', 'È'],
  i: ['î', 'ï'],
  o: ['ô', 'Ô'],
  u: ['ù', 'û'],
  c: ['ç', 'Ç'],
};

/**
 * A spelling the reader folds back to `key`, of the same length (so that
 * every position in the file stays where it was): case, accents, and a space
 * or a dash for the underscore. `choices` decide each character.
 */
function respell(key: string, choices: readonly number[]): string {
  return [...key]
    .map((char, index) => {
      const choice = choices[index % choices.length] ?? 0;
      if (char === '_') return [' ', '-', '_'][choice % 3]!;
      const accented = ACCENTED[char];
      if (accented && choice % 2 === 1) return accented[choice % accented.length]!;
      return choice % 4 === 2 ? char.toUpperCase() : char;
    })
    .join('');
}

/** Every key of the format (an unknown key, such as `fournisseur`, stays as it is: its warning names it as written). */
const KNOWN_KEYS = new Set(
  [
    [],
    ['porteur'],
    ['porteur', 'referent'],
    ['projet'],
    ['analyse'],
    ['depenses', 0],
    ['financement'],
    ['financement', 'autres_aides', 0],
    ['depot'],
  ].flatMap((path) => knownKeysAt(path)),
);

/** The text with its n-th key occurrence respelled by `spellings[n]` (none past the list). */
function respellKeys(text: string, pattern: RegExp, spellings: readonly (readonly number[])[]): string {
  let occurrence = 0;
  return text.replace(pattern, (match, before: string, key: string) => {
    if (!KNOWN_KEYS.has(key)) return match;
    const choices = spellings[occurrence++];
    return before + (choices ? respell(key, choices) : key);
  });
}

/** What must not depend on the spelling of the keys: each problem, where it points, and each line's position. */
function located(report: DossierReport) {
  return {
    verdict: report.verdict,
    problems: report.problemes
      .filter((problem) => problem.code !== 'cle-corrigee')
      .map(({ code, chemin, position }) => ({ code, chemin, position })),
    lines: report.depenses.map(({ index, position }) => ({ index, position })),
  };
}

/** A corrected key's warning points at the key as written, which its path ends with. */
function expectCorrectionsAtTheirKeys(report: DossierReport, text: string): void {
  const lines = text.split('\n');
  for (const problem of report.problemes.filter((candidate) => candidate.code === 'cle-corrigee')) {
    expect(problem.position, problem.chemin).toBeDefined();
    const { ligne, colonne } = problem.position!;
    const written = problem.chemin.split('.').at(-1)!;
    expect(lines[ligne - 1]!.slice(colonne - 1), problem.chemin).toMatch(
      new RegExp(`^"?${written.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}"?:`),
    );
  }
}

describe('positions under keys read by tolerant matching', () => {
  it('gives the fixture a problem, with a position, in most sections', () => {
    // The property below is only as strong as the fixture: it must hold problems at many depths.
    const report = checkDossier(YAML_TEXT, 'every-key.yaml', options);
    const paths = report.problemes.map((problem) => problem.chemin);
    for (const expected of [
      'porteur.type',
      'porteur.siren',
      'projet.axes.1',
      'projet.debut',
      'depenses.0.montant_ht',
      'depenses.3.montant_ht',
      'depenses.4.montant_ht',
      'depenses.2.taux_tva',
      'financement.autres_aides.0.montant',
      'financement.autofinancement',
      'depot.date',
      'depenses.2.fournisseur',
    ])
      expect(paths).toContain(expected);
    expect(report.problemes.every((problem) => problem.position !== undefined)).toBe(true);
  });

  it('points problems under "Dépenses:" and "Montant HT:" where they are', () => {
    const text = YAML_TEXT.replace('\ndepenses:', '\nDépenses:').replace('montant_ht: 3192.00x', 'Montant HT: 3192.00x');
    const exact = checkDossier(YAML_TEXT, 'every-key.yaml', options);
    const tolerant = checkDossier(text, 'every-key.yaml', options);
    expect(located(tolerant)).toEqual(located(exact));
    const amount = tolerant.problemes.find((problem) => problem.chemin === 'depenses.0.montant_ht');
    expect(amount?.position).toEqual({ ligne: 27, colonne: 17 });
    // The warning about the key under a corrected key points at that key too.
    expect(tolerant.problemes.find((problem) => problem.chemin === 'depenses.0.Montant HT')?.position).toEqual({ ligne: 27, colonne: 5 });
    expect(tolerant.problemes.find((problem) => problem.chemin === 'Dépenses')?.position).toEqual({ ligne: 25, colonne: 1 });
  });

  it('points a missing field under "Porteur:" at that key', () => {
    const text = YAML_TEXT.replace('\nporteur:', '\nPorteur:');
    const missing = checkDossier(text, 'every-key.yaml', options).problemes.find((problem) => problem.code === 'porteur-type-manquant');
    expect(missing?.position).toEqual({ ligne: 3, colonne: 1 });
  });

  for (const [format, text, pattern, name] of [
    ['YAML', YAML_TEXT, YAML_KEY, 'every-key.yaml'],
    ['JSON', JSON_TEXT, JSON_KEY, 'every-key.json'],
  ] as const) {
    it(`keeps every position whatever the spelling of the keys (${format})`, () => {
      const exact = located(checkDossier(text, name, options));
      const keyCount = text.match(pattern)!.length;
      const spellings = fc.array(fc.array(fc.nat({ max: 11 }), { minLength: 1, maxLength: 6 }), {
        minLength: keyCount,
        maxLength: keyCount,
      });
      fc.assert(
        fc.property(spellings, (choices) => {
          const respelled = respellKeys(text, pattern, choices);
          const report = checkDossier(respelled, name, options);
          expect(located(report)).toEqual(exact);
          expectCorrectionsAtTheirKeys(report, respelled);
        }),
        { numRuns: 40 },
      );
    });
  }
});

describe('what is read before the validator renames keys', () => {
  it('bounds the expense lines under "Dépenses:" as under "depenses:", pointing at the list', () => {
    const lines = Array.from({ length: 1_001 }, (_, index) => `  - { libelle: Tablette ${index}, montant_ht: 10 }`).join('\n');
    for (const key of ['depenses', 'Dépenses', 'DEPENSES']) {
      const report = checkDossier(`porteur:\n  type: commune\n${key}:\n${lines}\n`, 'd.yaml', options);
      expect(report.verdict, key).toBe('illisible');
      expect(report.problemes.map((problem) => problem.code)).toEqual(['trop-de-depenses']);
      // Where the exact spelling points: the list under the key.
      expect(report.problemes[0]!.position).toEqual({ ligne: 4, colonne: 3 });
    }
  });
});
