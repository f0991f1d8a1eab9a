import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { installedGeography } from '../../src/cli/checker-data.js';
import { runs } from '../fast-check.js';

const require = createRequire(import.meta.url);
interface CommuneData {
  code: string;
  nom: string;
  type: string;
  departement: string;
}
const communes = require('@etalab/decoupage-administratif/data/communes.json') as CommuneData[];
const loire = communes.filter((commune) => commune.type === 'commune-actuelle' && commune.departement === '42');

const names = (text: string) =>
  installedGeography()
    .searchCommunes(text, ['42'])
    .map((commune) => commune.nom);

describe('the commune search, as people type', () => {
  it.each([
    ['st just', 'Saint-Just-Saint-Rambert'],
    ['St-Étienne', 'Saint-Étienne'],
    ['st etienne', 'Saint-Étienne'],
    ['Commune de Feurs', 'Feurs'],
    ['Mairie de Boën', 'Boën-sur-Lignon'],
    ['ville de roanne', 'Roanne'],
    ["commune d'Andrézieux", 'Andrézieux-Bouthéon'],
    ['ste croix', 'Sainte-Croix-en-Jarez'],
    ['montbrisson', 'Montbrison'],
    ['roane', 'Roanne'],
    ['feurq', 'Feurs'],
  ])('%s finds %s among the first five', (typed, expected) => {
    expect(names(typed).slice(0, 5)).toContain(expected);
  });

  it('puts an exact match before a typo match', () => {
    expect(names('feurs')[0]).toBe('Feurs');
    expect(names('roanne')[0]).toBe('Roanne');
  });

  it('keeps what the typed letters say: "st" still finds names containing "st"', () => {
    expect(names('estiv')).toContain('Estivareilles');
  });

  it('finds nothing for a name of no Loire commune, even with one letter allowed wrong', () => {
    expect(names('marseille')).toEqual([]);
    expect(names('zzzz')).toEqual([]);
  });

  it('any official Loire commune name, respelt as people type it, finds itself among the first five', () => {
    const respell = fc.record({
      abbreviate: fc.boolean(),
      hyphensAsSpaces: fc.boolean(),
      dropAccents: fc.boolean(),
      upper: fc.boolean(),
      prefix: fc.constantFrom('', 'Mairie de ', 'Commune de ', 'ville de ', 'MAIRIE DE '),
    });
    fc.assert(
      fc.property(fc.constantFrom(...loire), respell, (commune, how) => {
        let typed = commune.nom;
        if (how.abbreviate) typed = typed.replace(/\bSainte\b/g, 'Ste').replace(/\bSaint\b/g, 'St');
        if (how.hyphensAsSpaces) typed = typed.replace(/-/g, ' ');
        if (how.dropAccents) typed = typed.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
        if (how.upper) typed = typed.toUpperCase();
        typed = how.prefix + typed;
        const found = installedGeography().searchCommunes(typed, ['42']).slice(0, 5);
        expect(
          found.map((each) => each.code),
          typed,
        ).toContain(commune.code);
      }),
      { numRuns: runs(200) },
    );
  });
});
