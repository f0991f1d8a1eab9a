import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import * as core from '../../src/index.js';
import { installedData } from '../../src/cli/checker-data.js';
import { baseDossier } from '../helpers.js';

const OPTIONS = { now: new Date('2022-07-01T10:00:00Z'), data: installedData };

/** A dossier with problems whose messages need values: money, a VAT rate, a reason, a suggestion. */
function dossier(): string {
  const value = baseDossier();
  value.depenses.push(
    { libelle: 'Formation des agents', montant_ttc: '1 200', taux_tva: 20, categorie: 'formation' },
    { libelle: 'Chaises', montant_ht: 800, categorie: 'mobilier' },
  );
  value.projet.axes.push('inovant');
  value.financement.aide_sollicitee = 30_000;
  return stringify(value);
}

const asJson = (dossiers: core.DossierReport[], lang: 'fr' | 'en') =>
  JSON.parse(core.FORMATTERS.json(core.buildReport(dossiers, lang, core.DEFAULT_EDITION)));

describe('findings are data, words are written at the edge', () => {
  it('a checked dossier is in no language: the same report whatever language the caller names', () => {
    const french = core.checkDossier(dossier(), 'd.yaml', { ...OPTIONS, lang: 'fr' });
    const english = core.checkDossier(dossier(), 'd.yaml', { ...OPTIONS, lang: 'en' });
    expect(english).toEqual(french);
    for (const problem of french.problemes) expect(problem).not.toHaveProperty('message');
  });

  it('each problem carries its code and its values, money in cents', () => {
    const report = core.checkDossier(dossier(), 'd.yaml', OPTIONS);
    const excessive = report.problemes.find((problem) => problem.code === 'aide-sollicitee-excessive');
    expect(excessive?.params).toMatchObject({ sollicitee: 3_000_000, maximale: 272_000 });
    const computed = report.problemes.find((problem) => problem.code === 'montant-ht-calcule');
    expect(computed?.params).toEqual({ ttc: 120_000, taux: 2000, ht: 100_000 });
    const axis = report.problemes.find((problem) => problem.code === 'axe-inconnu');
    expect(axis?.params).toMatchObject({ valeur: 'inovant', suggestion: 'innovant' });
  });

  it('each expense line carries its reason code and values', () => {
    const report = core.checkDossier(dossier(), 'd.yaml', OPTIONS);
    expect(report.depenses.map((line) => line.motif)).toEqual([
      { code: 'categorie-eligible', params: { categorie: 'equipement-numerique' } },
      { code: 'categorie-eligible', params: { categorie: 'formation' } },
      { code: 'categorie-exclue', params: { categorie: 'mobilier' } },
    ]);
  });

  it('the JSON report keeps each rendered message and adds its values, money in euros and VAT in percent', () => {
    const json = asJson([core.checkDossier(dossier(), 'd.yaml', OPTIONS)], 'fr');
    const problems = json.dossiers[0].problemes as { code: string; message: string; parametres: Record<string, unknown> }[];
    const excessive = problems.find((problem) => problem.code === 'aide-sollicitee-excessive')!;
    expect(excessive.message).toContain('30 000,00 €');
    expect(excessive.parametres).toEqual({ sollicitee: 30_000, maximale: 2720, maximaleSiRetenues: 2720 });
    expect(problems.find((problem) => problem.code === 'montant-ht-calcule')!.parametres).toEqual({ ttc: 1200, taux: 20, ht: 1000 });
    // A problem about a line gives the line's reason, and the reason's own values beside it.
    expect(problems.find((problem) => problem.code === 'depense-exclue')!.parametres).toEqual({
      motif: 'categorie-exclue',
      categorie: 'mobilier',
    });
    for (const problem of problems) expect(problem.parametres).toBeTypeOf('object');
    const line = json.dossiers[0].depenses[2];
    expect(line).toMatchObject({
      motif: 'catégorie « mobilier », exclue par l’appel',
      motif_code: 'categorie-exclue',
      motif_parametres: { categorie: 'mobilier' },
    });
  });

  it('the JSON report gives a list as a list, whatever the separator the message is written from', () => {
    const missing = baseDossier() as Record<string, any>;
    delete missing.porteur.type;
    missing.depenses.push({ libelle: 'Tablettes pour la médiathèque', montant_ht: 900 });
    const association = baseDossier() as Record<string, any>;
    association.porteur.type = 'association';
    const reports = [missing, association].map((value, index) => core.checkDossier(stringify(value), `d${index}.yaml`, OPTIONS));
    const json = asJson(reports, 'fr');
    const valuesOf = (code: string) =>
      json.dossiers.flatMap((dossier: any) => dossier.problemes).find((problem: any) => problem.code === code)?.parametres.valeurs;
    // Written from "commune, epci, …" and from "commune,epci,…": the same list for a program.
    expect(valuesOf('porteur-type-manquant')).toEqual(expect.arrayContaining(['commune', 'epci', 'ccas']));
    expect(valuesOf('porteur-type-non-eligible')).toEqual(expect.arrayContaining(['commune', 'epci', 'ccas']));
    const classified = json.dossiers[0].depenses.find((line: any) => line.motif_parametres.mots !== undefined);
    expect(Array.isArray(classified.motif_parametres.mots)).toBe(true);
    // Every `valeurs` of every problem: a list of choices, never a text to split.
    for (const problem of json.dossiers.flatMap((dossier: any) => dossier.problemes)) {
      if (problem.parametres.valeurs !== undefined) expect(Array.isArray(problem.parametres.valeurs)).toBe(true);
    }
  });

  it('a JSON consumer re-renders a problem in another language with the exported renderProblem', () => {
    const report = core.checkDossier(dossier(), 'd.yaml', OPTIONS);
    const english = asJson([report], 'en').dossiers[0].problemes as { code: string; message: string }[];
    const edition = core.buildReport([], 'en', core.DEFAULT_EDITION).reglement;
    expect(report.problemes.map((problem) => core.renderProblem(problem, report, edition, 'en'))).toEqual(
      english.map((problem) => problem.message),
    );
    expect(english.find((problem) => problem.code === 'aide-sollicitee-excessive')!.message).toContain('€30,000.00');
  });

  it('an ineligible dossier’s request messages say so, from its verdict, at rendering', () => {
    const value = baseDossier();
    value.porteur.type = 'association';
    value.financement.aide_sollicitee = 30_000;
    const report = core.checkDossier(stringify(value), 'd.yaml', OPTIONS);
    const excessive = report.problemes.find((problem) => problem.code === 'aide-sollicitee-excessive')!;
    expect(excessive.params).not.toHaveProperty('ineligible');
    expect(core.renderProblem(excessive, report, core.buildReport([], 'fr', core.DEFAULT_EDITION).reglement, 'fr')).toContain(
      'si le dossier était recevable',
    );
  });

  it('explainClassification answers in no language too', () => {
    const options = { realWords: installedData.realWords, htCents: 12_000 };
    const french = core.explainClassification('Housses et coques', { ...options, lang: 'fr' });
    expect(core.explainClassification('Housses et coques', { ...options, lang: 'en' })).toEqual(french);
    expect(french.motif).toMatchObject({ code: 'classe-accessoires', params: { seuil: 50_000 } });
    const json = JSON.parse(core.formatClassificationJson(french, { lang: 'en', reglement: core.DEFAULT_EDITION }));
    expect(json).toMatchObject({ motif_code: 'classe-accessoires', motif_parametres: { seuil: 500 } });
    expect(json.motif).toContain('€500.00');
  });
});
