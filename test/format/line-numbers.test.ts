import { describe, expect, it } from 'vitest';
import { buildReport, checkDossier, DEFAULT_EDITION, FORMATTERS, type FormatName } from '../../src/index.js';
import type { Lang } from '../../src/i18n/index.js';
import { installedData } from '../../src/cli/checker-data.js';
import { readable } from '../helpers.js';

/**
 * Paths count expense lines from 0 (`depenses.3`) for machines; the tables
 * count them from 1 (n° 4), as people do. Beside each path a person reads,
 * the number of the table.
 */
const TEXT = [
  'porteur:',
  '  nom: Commune de Montbrison',
  '  type: commune',
  '  siren: "214201477"',
  '  code_insee: "42147"',
  'projet:',
  '  titre: Tablettes',
  '  axes: [simplifier-le-quotidien]',
  'depenses:',
  '  - { libelle: Tablettes, montant_ht: 100, categorie: equipement-numerique }',
  '  - { libelle: Ordinateurs, montant_ht: 100, categorie: equipement-numerique }',
  '  - { libelle: Formation, montant_ht: 100, categorie: formation }',
  '  - { libelle: Écrans, montant_ht: 12.345, categorie: equipement-numerique }',
  'financement:',
  '  aide_sollicitee: 240',
  '  autres_aides:',
  '    - { financeur: État, montant: 10 }',
  '    - { financeur: Région, montant: beaucoup }',
  'depot:',
  '  date: 2022-07-21',
].join('\n');

function formatted(format: FormatName, lang: Lang = 'fr'): string {
  const dossier = checkDossier(TEXT, 'dossier.yaml', { lang, data: installedData });
  return FORMATTERS[format](buildReport([dossier], lang, DEFAULT_EDITION));
}

describe('the human number of an expense line beside its path', () => {
  it('is what the checked dossier reports: a problem on the fourth line', () => {
    const dossier = checkDossier(TEXT, 'dossier.yaml', { data: installedData });
    expect(dossier.problemes.map((problem) => problem.chemin)).toContain('depenses.3.montant_ht');
    expect(dossier.depenses[3]?.libelle).toBe('Écrans');
  });

  it('in the text report, in French and in English', () => {
    expect(formatted('text')).toContain('depenses.3.montant_ht (dépense n° 4)');
    expect(formatted('text', 'en')).toContain('depenses.3.montant_ht (expense no. 4)');
  });

  it('in the text report of a batch', () => {
    const dossiers = [checkDossier(TEXT, 'a.yaml', { data: installedData }), checkDossier(TEXT, 'b.yaml', { data: installedData })];
    expect(FORMATTERS.text(buildReport(dossiers, 'fr', DEFAULT_EDITION))).toContain('depenses.3.montant_ht (dépense n° 4)');
  });

  it('in HTML', () => {
    expect(formatted('html')).toContain('<code>depenses.3.montant_ht</code> (dépense n° 4)');
  });

  it('in GitHub annotations', () => {
    const annotation = formatted('github')
      .split('\n')
      .find((line) => line.includes('montant-invalide') && line.includes('line=13'));
    expect(annotation).toContain('::depenses.3.montant_ht (dépense n° 4) : ');
  });

  it('in the SARIF message, the path itself staying the logical location', () => {
    const sarif = JSON.parse(formatted('sarif', 'en'));
    const result = sarif.runs[0].results.find(
      (candidate: { locations: { logicalLocations: { fullyQualifiedName: string }[] }[] }) =>
        candidate.locations[0]!.logicalLocations[0]?.fullyQualifiedName === 'depenses.3.montant_ht',
    );
    expect(result.message.text).toMatch(/^depenses\.3\.montant_ht \(expense no\. 4\): /);
  });

  it('in JUnit', () => {
    expect(formatted('junit')).toContain('dossier.yaml:13:36 depenses.3.montant_ht (dépense n° 4) ');
  });

  it('in JSON, a field added beside the unchanged path', () => {
    const problems = JSON.parse(formatted('json')).dossiers[0].problemes;
    const amount = problems.find((problem: { chemin: string }) => problem.chemin === 'depenses.3.montant_ht');
    expect(amount).toMatchObject({ chemin: 'depenses.3.montant_ht', ligne_depense: 4 });
    // Only problems about an expense line get it.
    const other = problems.find((problem: { chemin: string }) => problem.chemin.startsWith('financement.autres_aides.1'));
    expect(other).toBeDefined();
    expect(other).not.toHaveProperty('ligne_depense');
  });

  it('for the other lists too: other grants, axes, associated communes', () => {
    expect(formatted('text')).toContain('financement.autres_aides.1.montant (autre aide n° 2)');
    expect(formatted('text', 'en')).toContain('financement.autres_aides.1.montant (other aid no. 2)');
  });
});

describe('the human number in a message that names a path', () => {
  it('"and N more problems of the same kind, as at depenses.0.montant_ht (expense no. 1)"', () => {
    const lines = Array.from(
      { length: 30 },
      (_, index) => `  - { libelle: Ligne ${index}, montant_ht: "1.234,5,6", categorie: formation }`,
    );
    const text = TEXT.replace(/depenses:\n(?: {2}- .*\n)+/, `depenses:\n${lines.join('\n')}\n`);
    for (const [lang, expected] of [
      ['fr', 'comme en depenses.0.montant_ht (dépense n° 1)'],
      ['en', 'as at depenses.0.montant_ht (expense no. 1)'],
    ] as const) {
      const counted = readable(checkDossier(text, 'dossier.yaml', { data: installedData }), lang).problemes.find(
        (problem) => problem.code === 'problemes-similaires-nombreux',
      );
      expect(counted?.message).toContain(expected);
    }
  });
});
