import { describe, expect, it } from 'vitest';
import { explainClassification } from '../../src/engine/classify-label.js';
import { installedData } from '../../src/cli/checker-data.js';

/**
 * Issue 18, blind round 3's costly answers: each cause is pinned on lines written for it,
 * in a town hall's words, none copied from the round.
 */
const classify = (libelle: string, options: { beneficiaires?: string; population?: number } = {}) =>
  explainClassification(libelle, { realWords: installedData.realWords, ...options });

describe('a promotional video is one of the « actions de communication » the call excludes', () => {
  it.each([
    'Clip promo de la nouvelle application de la mairie (tournage, montage) pour Facebook',
    'Film promo du service de prise de rendez-vous en ligne pour les réseaux sociaux',
    'Vidéo de présentation du portail famille : tournage et montage par une agence',
  ])('%s → fonctionnement, excluded', (libelle) => {
    expect(classify(libelle)).toMatchObject({ categorie: 'fonctionnement', statut: 'exclue' });
  });
});

describe('publishing the « données essentielles » (SCDL) is the open-data obligation, never eligible', () => {
  it.each([
    'Mise en ligne des données essentielles des marchés publics sur la plateforme régionale',
    'Publication au format SCDL des subventions versées aux associations',
    'Jeux de données essentiels de la commune (délibérations, budget) publiés sur data.gouv.fr',
  ])('%s → not eligible', (libelle) => {
    expect(classify(libelle).statut).not.toBe('eligible');
    expect(classify(libelle, { population: 12_000 }).statut).not.toBe('eligible');
  });
});

describe('a line listing items the call treats differently is mixed, whatever comes before its list', () => {
  it('reads a post listed with a study as two items', () => {
    expect(classify('Étude de faisabilité du tiers-lieu numérique + poste de chargé de mission (1 an)')).toMatchObject({
      statut: 'a-verifier',
      motif: { code: 'classe-ligne-mixte' },
    });
  });

  it.each([
    // "incluant", "y compris" add an item as "+" does.
    'Site internet de la commune (refonte) incluant abonnement annuel d’hébergement',
    'Application mobile citoyenne y compris hébergement 3 ans',
    // An item opening on an act (printing, replacing) is named by the thing after it.
    'Formation des agents au logiciel de gestion + impression dépliants de présentation',
    'Tablettes x6 pour la médiathèque + remplacement des fenêtres de la salle',
  ])('%s → classe-ligne-mixte', (libelle) => {
    expect(classify(libelle, { beneficiaires: 'usagers' })).toMatchObject({ statut: 'a-verifier', motif: { code: 'classe-ligne-mixte' } });
  });

  // A vendor's name before a spaced dash is a title, not the first item (issue 18, round 4 helper; was it.fails).
  it.each([
    'Berger-Levrault – licence perpétuelle du logiciel état civil + maintenance 1re année',
    'Sage – logiciel de comptabilité en licence perpétuelle + contrat de maintenance',
    'JVS Mairistem - licence définitive du module élections + hébergement 1ère année',
    'Ciril Group — progiciel RH en licence perpétuelle, maintenance annuelle',
  ])('%s → classe-ligne-mixte', (libelle) => {
    expect(classify(libelle, { beneficiaires: 'usagers' })).toMatchObject({ statut: 'a-verifier', motif: { code: 'classe-ligne-mixte' } });
  });
});
