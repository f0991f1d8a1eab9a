import { describe, expect, it } from 'vitest';
import { loadCorrespondance } from '../../src/edition/correspondance.js';
import { DEFAULT_EDITION } from '../../src/reglement/index.js';

const TWO_SHEETS = `version: 1
dossiers:
  feuille: Dossiers
  ligne_titres: 1
  identifiant: Dossier ID
  colonnes:
    porteur.nom: Nom de la collectivité
    porteur.type: Type de structure
    porteur.siren: SIREN de la collectivité
    porteur.code_insee: Code INSEE de la commune
    projet.axes: { colonne: Axe(s) prioritaire(s), separateur: ", " }
    projet.communes_associees: { colonne: Communes associées (codes INSEE), separateur: ";" }
    financement.aide_sollicitee: Montant de l'aide sollicitée
    depot.date: Date de dépôt
depenses:
  feuille: Dépenses
  jointure: Dossier ID
  ordre: Ligne
  colonnes: { libelle: Libellé de la dépense, montant_ht: Montant HT, categorie: Nature de la dépense }
valeurs:
  porteur.type: { Commune: commune, Communauté de communes: epci }
  projet.axes: { Projets numériques innovants: innovant }
  depenses.categorie: { Matériel informatique: equipement-numerique, Formation: formation }
`;

const NUMBERED = `version: 1
dossiers:
  identifiant: N° de dossier
  colonnes: { porteur.nom: Collectivité, projet.axes: { colonne: Axes, separateur: ";" } }
depenses:
  colonnes_numerotees:
    modele: "Dépense {n} – {champ}"
    champs: { libelle: libellé, montant_ht: montant HT }
`;

const load = (text: string, lang: 'fr' | 'en' = 'fr') => loadCorrespondance(text, DEFAULT_EDITION, lang);
const errorsOf = (text: string, lang: 'fr' | 'en' = 'fr') => {
  const result = load(text, lang);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
};

describe('loadCorrespondance', () => {
  it('reads the two-sheet form, a bare title short for { colonne }', () => {
    const result = load(TWO_SHEETS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { correspondance } = result;
    expect(correspondance.dossiers.colonnes['porteur.nom']).toEqual({ colonne: 'Nom de la collectivité' });
    expect(correspondance.dossiers.colonnes['projet.axes']).toEqual({ colonne: 'Axe(s) prioritaire(s)', separateur: ', ' });
    expect(correspondance.depenses?.jointure).toBe('Dossier ID');
    expect(correspondance.valeurs['porteur.type']).toEqual({ Commune: 'commune', 'Communauté de communes': 'epci' });
    // Plain data: it crosses to worker threads.
    expect(structuredClone(correspondance)).toEqual(correspondance);
  });

  it('reads the numbered-column form, with defaults', () => {
    const result = load(NUMBERED);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.correspondance.dossiers.ligne_titres).toBe(1);
    expect(result.correspondance.depenses?.colonnes_numerotees?.champs).toEqual({ libelle: 'libellé', montant_ht: 'montant HT' });
    expect(result.correspondance.valeurs).toEqual({});
  });

  it('lists every mistake in one run, each with its path', () => {
    const errors = errorsOf(`version: 1
dossiers:
  colonnes:
    porteur.siret: SIREN
    projet.axes: { colone: Axes }
depenses:
  feuille: Dépenses
  colonnes: { montant_ht: Montant HT }
valeurs:
  porteur.type: { Commune: mairie }
  projet.axes: { Innovant: inovant }
`);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^dossiers\.identifiant : champ manquant/),
        expect.stringMatching(/^dossiers\.colonnes\.projet\.axes\.colonne : champ manquant/),
        expect.stringMatching(/^dossiers\.colonnes\.projet\.axes : clé inconnue « colone » \(vouliez-vous dire « colonne » \?\)/),
        expect.stringMatching(/^dossiers\.colonnes : clé inconnue « porteur\.siret » \(vouliez-vous dire « porteur\.siren » \?\)/),
        expect.stringMatching(/^depenses : .*jointure/),
        expect.stringMatching(/^valeurs\.porteur\.type\.Commune : « mairie » n’est pas .*commune, epci/),
        expect.stringMatching(/^valeurs\.projet\.axes\.Innovant : « inovant » .*vouliez-vous dire « innovant »/),
      ]),
    );
    expect(errors).toHaveLength(7);
  });

  it('speaks English with --lang en', () => {
    const errors = errorsOf('version: 1\ndossiers: { identifiant: N, colonnes: { porteur.siret: S } }\n', 'en');
    expect(errors).toEqual([
      expect.stringMatching(/^dossiers\.colonnes: unknown key "porteur\.siret" \(did you mean "porteur\.siren"\?\)/),
    ]);
  });

  it('refuses both forms of expense lines at once, and neither', () => {
    expect(
      errorsOf(
        'version: 1\ndossiers: { identifiant: N, colonnes: {} }\ndepenses: { feuille: D, jointure: N, colonnes: { libelle: L }, colonnes_numerotees: { modele: "D {n} {champ}", champs: { libelle: l } } }\n',
      ),
    ).toEqual([expect.stringMatching(/^depenses : /)]);
    expect(errorsOf('version: 1\ndossiers: { identifiant: N, colonnes: {} }\ndepenses: { feuille: D }\n')).toEqual([
      expect.stringMatching(/^depenses : /),
      expect.stringMatching(/^depenses : .*jointure/),
    ]);
  });

  it('checks the model of numbered columns and the separator of non-list fields', () => {
    const errors = errorsOf(
      'version: 1\ndossiers: { identifiant: N, colonnes: { porteur.nom: { colonne: Nom, separateur: ";" } } }\ndepenses: { colonnes_numerotees: { modele: "Dépense {n}", champs: { libelle: l } } }\n',
    );
    expect([...errors].sort()).toEqual([
      expect.stringMatching(/^depenses\.colonnes_numerotees\.modele : .*\{n\}.*\{champ\}/),
      expect.stringMatching(/^dossiers\.colonnes\.porteur\.nom\.separateur : /),
    ]);
  });

  it('says what a YAML mistake is, with its line', () => {
    expect(errorsOf('version: 1\ndossiers:\n  identifiant: [N\n')).toEqual([expect.stringMatching(/^ligne \d+ : /)]);
    expect(errorsOf('- a\n- b\n')).toEqual([expect.stringMatching(/correspondance/)]);
  });

  it('says financement.autres_aides cannot be mapped, rather than suggest another field', () => {
    expect(errorsOf('version: 1\ndossiers: { identifiant: N, colonnes: { financement.autres_aides: Autres aides } }\n')).toEqual([
      'dossiers.colonnes : financement.autres_aides (une liste de financeurs et de montants) ne peut pas être lu d’un export dans cette version ; retirez cette ligne et vérifiez les autres aides à la main',
    ]);
    expect(errorsOf('version: 1\ndossiers: { identifiant: N, colonnes: {} }\nvaleurs: { porteur.type: { "": commune } }\n')).toEqual([
      expect.stringMatching(/^valeurs\.porteur\.type\. : vide/),
    ]);
  });

  it('refuses a version it does not know', () => {
    expect(errorsOf('version: 2\ndossiers: { identifiant: N, colonnes: {} }\n')).toEqual([expect.stringMatching(/^version : /)]);
  });
});

describe('dossierTitles', () => {
  it('gives the identifier and every dossier column, for a CSV reader to choose its delimiter', async () => {
    const { dossierTitles } = await import('../../src/tableur/correspondance.js');
    const result = load(NUMBERED);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(dossierTitles(result.correspondance)).toEqual(['N° de dossier', 'Collectivité', 'Axes']);
  });
});
