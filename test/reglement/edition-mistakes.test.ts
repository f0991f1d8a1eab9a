import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLASSIFIER_CATEGORIES } from '../../src/classify/classifier.js';
import { loadEdition } from '../../src/edition/load.js';
import { EDITIONS } from '../../src/reglement/index.js';
import { ALL_RULES } from '../../src/rules/index.js';
import { runBinary } from '../cli/binary.js';

const CONTEXT = { builtIns: EDITIONS, ruleIds: ALL_RULES.map((rule) => rule.id), requiredCategories: CLASSIFIER_CATEGORIES };
const FILE = join(import.meta.dirname, '..', 'fixtures', 'editions', 'invalid', 'many-mistakes.reglement.yaml');
const DOSSIER = join(import.meta.dirname, '..', 'fixtures', 'editions', 'rhone', 'villeurbanne.yaml');

/**
 * Each mistake of the file, as the loader says it. Several sections hold a
 * structure mistake AND a reference mistake (a rate written as a fraction
 * beside a negative cap, a duplicate id beside a bad value, an unknown clause
 * beside a malformed category): none may wait for the other to be fixed.
 */
const EXPECTED = [
  // YAML: a key given twice is listed with the rest, not alone.
  'ligne 7 : Le fichier n’est pas un YAML valide : clé en double, « organisme » : elle apparaît deux fois dans la même rubrique (lignes 6 et 7). Gardez-en une seule, ou renommez celle qui est en trop.',
  // Structure.
  'typesPorteur.0.rattachement : valeurs possibles commune, etablissement-communal, epci, siege, aucun',
  'beneficiaires.0.destination : valeurs possibles public, interne',
  'axes.0.libelle.en : champ manquant',
  'categories.0.eligible : vrai ou faux (true/false) attendu',
  'natures.2 : un texte attendu',
  'aide.plafondCentimes : trop petit ou trop court (minimum 0)',
  'tauxTvaPourcent.2 : un nombre attendu',
  'dateLimite : clé inconnue (heure)',
  'criteres.liste.0.libelle.en : champ manquant',
  'clauses.porteurs.texte : champ manquant',
  'regles.depot-delai : clé inconnue (texte)',
  '(racine) : clé inconnue (aides) (vouliez-vous dire « aide » ?)',
  // What the structure cannot see, in the same sections.
  'regles.depot-delay : règle « depot-delay » inconnue (règles : dossier-lecture, export-lecture, dossier-format, porteur-type, porteur-territoire, porteur-siren, porteur-identite, projet-axes, depot-delai, depense-montant, depense-categorie, depenses-eligibles, aide-sollicitee, financement-plan, financement-autofinancement, dossier-completude, financement-conseil)',
  'categories : la catégorie « equipement-numerique » est nécessaire au classement des dépenses',
  'categories : la catégorie « obligation-legale » est nécessaire au classement des dépenses',
  'categories : la catégorie « fonctionnement » est nécessaire au classement des dépenses',
  'categories : la catégorie « equipement-interne » est nécessaire au classement des dépenses',
  'aide.tauxPourcent : un taux s’écrit en pourcentage (60 pour 60 %), pas en fraction',
  'tauxTvaPourcent : un taux s’écrit en pourcentage (20, 10 pour 20, 10 %), pas en fraction',
  'dateLimite.dernierJour : le 2025-02-30 n’existe pas',
  'categories.1.clause : clause « clause-inconnue » absente de clauses',
  'criteres.clause : clause « criteres-inconnus » absente de clauses',
  'regles.depot-delai.clause : clause « delai-inconnu » absente de clauses',
  ...['equipement-numerique', 'equipement-interne', 'etude-developpement', 'fonctionnement']
    .concat(['amenagement-numerique', 'travaux', 'mobilier', 'obligation-legale'])
    .map((id) => `lexique.categories.${id} : catégorie « ${id} » absente de categories`),
  'typesPorteur.1.id : identifiant « commune » déjà donné en typesPorteur.0, cette entrée ne serait jamais lue',
  'beneficiaires.1.id : identifiant « habitants » déjà donné en beneficiaires.0, cette entrée ne serait jamais lue',
  'axes.1.id : identifiant « inclusion » déjà donné en axes.0, cette entrée ne serait jamais lue',
  'naturesExclues.0 : nature « fonctionement » absente de natures (vouliez-vous dire fonctionnement ?)',
  'criteres.liste.1.champs.0 : le champ « analyse.inovation » ne désigne aucun texte ni aucune liste d’un dossier, le critère ne serait jamais compté (vouliez-vous dire analyse.innovation ?)',
  'dateLimite.fuseau : fuseau horaire « Europe/Lyon » inconnu (par exemple Europe/Paris)',
];

describe('an edition file with many independent mistakes', () => {
  it('lists all of them in one run, including references in sections that also have a structure mistake', () => {
    const loaded = loadEdition(readFileSync(FILE, 'utf8'), CONTEXT, 'fr');
    expect(loaded.ok ? [] : loaded.errors).toEqual(EXPECTED);
  });

  it('says them all through check --reglement, before checking anything', () => {
    const { code, stdout, stderr } = runBinary(['check', '--reglement', FILE, DOSSIER]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`invalide (${EXPECTED.length} erreurs)`);
    for (const error of EXPECTED) expect(stderr).toContain(`  - ${error}`);
  });

  it('fixing one mistake leaves the others listed as they were: none was hidden behind it', () => {
    const text = readFileSync(FILE, 'utf8');
    const fixes: [string, string, string][] = [
      ['organisme: Département du Rhône (bis)\n', '', 'ligne 7'],
      ['rattachement: mairie', 'rattachement: commune', 'typesPorteur.0.rattachement'],
      ['plafondCentimes: -5', 'plafondCentimes: 5', 'aide.plafondCentimes'],
      ['eligible: oui', 'eligible: true', 'categories.0.eligible'],
      ['{ section: Porteurs }', '{ section: Porteurs, texte: Les communes. }', 'clauses.porteurs.texte'],
    ];
    for (const [mistake, fix, error] of fixes) {
      expect(text).toContain(mistake);
      const loaded = loadEdition(text.replace(mistake, fix), CONTEXT, 'fr');
      expect(loaded.ok ? [] : loaded.errors, error).toEqual(EXPECTED.filter((expected) => !expected.startsWith(error)));
    }
  });
});
