import { describe, expect, it } from 'vitest';
import { explainClassification } from '../../src/engine/classify-label.js';
import { installedData } from '../../src/cli/checker-data.js';

/**
 * Issue 18, blind round 8's mixed lines given a firm status (learnt, not blind): each class is pinned on lines
 * written for it, in a town hall's words, none copied from the round.
 */
const classify = (libelle: string, options: { beneficiaires?: string; htCents?: number } = {}) =>
  explainClassification(libelle, { realWords: installedData.realWords, ...options });

const MIXED = { statut: 'a-verifier', motif: { code: 'classe-ligne-mixte' } };
const MIXED_DESTINATION = { statut: 'a-verifier', motif: { code: 'classe-destination-mixte' } };

describe('« PC » is a power socket only with its amperes, not because sockets are named beside it', () => {
  it.each([
    'Salle EPN : 4 PC + câblage réseau et prises',
    'Espace numérique : 6 PC et pose de prises',
    'Médiathèque : 5 PC + tirage de câbles et prises',
  ])('%s → classe-ligne-mixte', (libelle) => {
    expect(classify(libelle, { beneficiaires: 'usagers' })).toMatchObject(MIXED);
  });

  it.each(['Pose de 4 PC 16 A supplémentaires en mairie', 'Elec : 3 PC 10 A salle du conseil', 'Elec : creation 8 PC 16A'])(
    '%s → still power sockets, travaux',
    (libelle) => {
      expect(classify(libelle)).toMatchObject({ categorie: 'travaux', statut: 'exclue' });
    },
  );
});

describe("the animator, the digital adviser or mediator equipped is the authority's staff", () => {
  it.each([
    '6 tablettes pour les usagers + 1 ordinateur portable pour l animatrice',
    '10 tablettes usagers et 1 ordinateur portable pour la médiatrice numérique',
    "8 PC publics de l'EPN et 1 PC portable pour le médiateur numérique",
  ])('%s → classe-destination-mixte', (libelle) => {
    expect(classify(libelle)).toMatchObject(MIXED_DESTINATION);
  });

  it.each(['PC portable pour l animatrice', 'Ordinateur portable de la médiatrice numérique'])(
    '%s → equipement-interne, exclue',
    (libelle) => {
      expect(classify(libelle)).toMatchObject({ categorie: 'equipement-interne', statut: 'exclue' });
    },
  );

  it.each([
    '8 tablettes EPN pour les ateliers animés par la médiatrice',
    '6 tablettes EPN pour les ateliers animés par l animateur',
    'Casques VR médiathèque, séances animées par le conseiller numérique',
    // A place of the public that runs the workshops still says who uses the thing.
    '6 tablettes pour les ateliers animés par le centre social',
  ])('%s → who runs a workshop is no destination: eligible', (libelle) => {
    expect(classify(libelle)).toMatchObject({ categorie: 'equipement-numerique', statut: 'eligible' });
  });

  it.each(['Formation des animateurs EPN', 'Ateliers numériques animés par le conseiller numérique'])(
    '%s → a training, eligible',
    (libelle) => {
      expect(classify(libelle)).toMatchObject({ categorie: 'formation', statut: 'eligible' });
    },
  );
});

describe('« Office 2021 » heading a part is software bought, an item of a mixed line', () => {
  it.each([
    'Office 2019 achat unique x4 postes médiathèque + Microsoft 365 x3 (1 an)',
    'Office 2024 x8 postes EPN + abonnement Microsoft 365 agents 1 an',
    'Microsoft Office achat unique pour 5 postes publics + Microsoft 365 x2 agents (12 mois)',
  ])('%s → classe-ligne-mixte', (libelle) => {
    expect(classify(libelle)).toMatchObject(MIXED);
  });

  it.each(['Office 2021 achat unique x6 postes EPN', 'Office 2019 pour les 4 postes publics de la médiathèque'])(
    '%s → one item: software for the public, eligible',
    (libelle) => {
      expect(classify(libelle)).toMatchObject({ statut: 'eligible' });
    },
  );
});
