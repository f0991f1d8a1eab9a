import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkDossier, renderProblem, renderReason } from '../../src/index.js';
import { summarizeEdition } from '../../src/report/build.js';
import { dossierJsonSchema } from '../../src/format/json-schema.js';
import { CLASSIFIER_CATEGORIES } from '../../src/classify/classifier.js';
import { installedData } from '../../src/cli/checker-data.js';
import { loadEdition } from '../../src/edition/load.js';
import { EDITIONS } from '../../src/reglement/index.js';
import type { Reglement } from '../../src/reglement/types.js';
import { ALL_RULES } from '../../src/rules/index.js';

const CONTEXT = { builtIns: EDITIONS, ruleIds: ALL_RULES.map((rule) => rule.id), requiredCategories: CLASSIFIER_CATEGORIES };
const RHONE = join(import.meta.dirname, '..', 'fixtures', 'editions', 'rhone.reglement.yaml');

function rhone(): Reglement {
  const loaded = loadEdition(readFileSync(RHONE, 'utf8'), CONTEXT, 'fr');
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  return loaded.reglement;
}

/** Why a line has its status, in French, with the Rhône edition's words. */
function reasonOf(line: { motif: Parameters<typeof renderReason>[0] }): string {
  return renderReason(line.motif, { verdict: 'eligible' }, summarizeEdition(rhone()), 'fr');
}

/** A dossier of the Rhône edition (Villeurbanne, on time), with `porteur` and the first line's fields changed. */
function check(porteur: Record<string, string>, line: Record<string, unknown> = {}) {
  const dossier = {
    porteur: { nom: 'Commune de Villeurbanne', type: 'municipalite', siren: '216902668', code_insee: '69266', ...porteur },
    projet: { titre: 'Bornes', axes: ['inclusion'] },
    depenses: [{ libelle: 'Tablettes pour le prêt', categorie: 'equipement-numerique', montant_ht: 5000, ...line }],
    financement: { aide_sollicitee: 3000 },
    depot: { date: '2025-03-01' },
  };
  return checkDossier(stringify(dossier), 'dossier.yaml', { reglement: rhone(), data: installedData });
}

const codes = (report: ReturnType<typeof check>) => report.problemes.map((problem) => problem.code);

describe('applicant types are what the edition says they are, whatever their id', () => {
  it('an edition declares what each type is (rattachement), and a value outside the list is refused', () => {
    const types = rhone().typesPorteur.map(({ id, rattachement }) => [id, rattachement]);
    expect(types).toEqual([
      ['municipalite', 'commune'],
      ['intercommunalite', 'epci'],
      ['centre-social', 'etablissement-communal'],
      ['syndicat-mixte', 'siege'],
      ['association', 'siege'],
    ]);
    const text = readFileSync(RHONE, 'utf8').replace('rattachement: commune', 'rattachement: mairie');
    const loaded = loadEdition(text, CONTEXT, 'fr');
    expect(loaded.ok ? [] : loaded.errors).toEqual([
      'typesPorteur.0.rattachement : valeurs possibles commune, etablissement-communal, epci, siege, aucun',
    ]);
  });

  it('a type that is a commune is checked as one: its SIREN and name are those of the commune of code_insee', () => {
    expect(check({}).verdict).toBe('eligible');
    // Lyon's SIREN under Villeurbanne's code: the commune is not who it says.
    expect(codes(check({ siren: '216901231' }))).toContain('siren-autre-commune');
    expect(codes(check({ nom: 'Mairie de Lyon' }))).toContain('nom-non-officiel');
    // The same SIREN for a body of its own (a syndicate, seated in Villeurbanne) is not compared with the commune's.
    expect(codes(check({ type: 'syndicat-mixte', siren: '216901231', nom: 'Syndicat mixte' }))).not.toContain('siren-autre-commune');
  });

  it('a type that is an EPCI is found by its SIREN in the official list, and is in the territory through its members', () => {
    // CA Villefranche Beaujolais Saône: 17 members in the Rhône, one in the Ain (Jassans-Riottier, 01194).
    const epci = { type: 'intercommunalite', nom: 'CA Villefranche Beaujolais Saône', siren: '200040590' };
    const seated = check({ ...epci, code_insee: '69264' });
    expect(seated.verdict).toBe('eligible');
    expect(codes(seated)).toContain('epci-en-partie-hors-territoire');
    // Seated (as written) in its member of the Ain, it is still in the Rhône through its other members.
    expect(codes(check({ ...epci, code_insee: '01194' }))).not.toContain('porteur-hors-territoire');
    // A body of its own seated there is not.
    expect(codes(check({ type: 'syndicat-mixte', nom: 'Syndicat', code_insee: '01194' }))).toContain('porteur-hors-territoire');
    // A commune's SIREN is no EPCI of the list.
    expect(codes(check({ type: 'intercommunalite', nom: 'Villeurbanne' }))).toContain('siren-epci-inconnu');
  });

  it('the population of the commune decides legal obligations for a commune and a body of a commune, not for others', () => {
    // Publishing acts online binds communes from 3 500 inhabitants: Villeurbanne has 154 781.
    const line = { libelle: 'Module de publication électronique des actes', categorie: undefined };
    const status = (type: string, siren = '216902668') => check({ type, siren, nom: 'X' }, line).depenses[0]!.statut;
    expect(status('municipalite')).toBe('exclue');
    expect(status('centre-social', '266900570')).toBe('exclue');
    expect(status('syndicat-mixte', '266900570')).not.toBe('exclue');
  });

  it('a type with no territory condition may be anywhere, as long as its commune exists', () => {
    const text = readFileSync(RHONE, 'utf8').replace(
      '    eligibilite: non-eligible\n    rattachement: siege',
      '    eligibilite: eligible\n    rattachement: aucun',
    );
    const loaded = loadEdition(text, CONTEXT, 'fr');
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    const dossier = stringify({
      porteur: { nom: 'Association Numérique pour tous', type: 'association', siren: '266900570', code_insee: '42147' },
      projet: { titre: 'Bornes', axes: ['inclusion'] },
      depenses: [{ libelle: 'Tablettes', categorie: 'equipement-numerique', montant_ht: 5000 }],
      financement: { aide_sollicitee: 3000 },
      depot: { date: '2025-03-01' },
    });
    const report = checkDossier(dossier, 'dossier.yaml', { reglement: loaded.reglement, data: installedData });
    expect(report.problemes.map((problem) => problem.code)).not.toContain('porteur-hors-territoire');
    expect(report.verdict).toBe('eligible');
  });
});

describe('who an expense line is for is the edition’s list', () => {
  it('reads the edition’s beneficiaries: the public makes equipment eligible, the authority’s own people exclude it', () => {
    const laptops = (beneficiaires: string) =>
      check({}, { libelle: 'Ordinateurs portables', categorie: undefined, beneficiaires }).depenses[0]!.statut;
    expect(laptops('habitants')).toBe('eligible');
    expect(laptops('colleges')).toBe('exclue');
    expect(laptops('personnel')).toBe('exclue');
  });

  it('names the edition’s own people in the reason of a line whose users are not said', () => {
    const line = check({}, { libelle: 'Ordinateurs portables', categorie: undefined }).depenses[0]!;
    expect(line.statut).toBe('a-verifier');
    expect(reasonOf(line)).toContain('éligible pour le public, exclu pour le personnel de la collectivité ou les collèges');
    const mixed = check({}, { libelle: 'Ordinateurs portables pour les habitants et les agents', categorie: undefined }).depenses[0]!;
    expect(reasonOf(mixed)).toContain('destiné à la fois au public et au personnel de la collectivité ou aux collèges');
  });

  it('refuses a value of another edition, naming the edition’s values', () => {
    const report = check({}, { beneficiaires: 'usagers' });
    const problem = report.problemes.find((found) => found.code === 'beneficiaires-inconnus');
    expect(renderProblem(problem!, { verdict: 'eligible' }, summarizeEdition(rhone()), 'fr')).toContain('habitants, personnel, colleges');
  });

  it('gives editors the edition’s values in the JSON Schema', () => {
    const schema = dossierJsonSchema(rhone(), 'fr');
    expect(schema.properties.depenses.items.properties.beneficiaires.enum).toEqual(['habitants', 'personnel', 'colleges']);
  });
});
