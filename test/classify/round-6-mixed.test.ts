import { describe, expect, it } from 'vitest';
import { explainClassification } from '../../src/engine/classify-label.js';
import { installedData } from '../../src/cli/checker-data.js';
import { renderReason } from '../../src/index.js';
import { summarizeEdition } from '../../src/report/build.js';
import { DEFAULT_EDITION } from '../../src/reglement/index.js';
import { evaluateExpenseLines } from '../../src/rules/expense-lines.js';

/**
 * Issue 18, blind round 6's mixed lines given one firm status (learnt, not blind): each common cause is pinned on
 * lines written for it, in a town hall's words, none copied from the round. A line that lists items the call treats
 * differently is « à vérifier », never one firm status for its whole amount.
 */
const classify = (libelle: string, options: { beneficiaires?: string } = {}) =>
  explainClassification(libelle, { realWords: installedData.realWords, ...options });

const MIXED = { statut: 'a-verifier', motif: { code: 'classe-ligne-mixte' } };

describe('a mixed line: a part whose head word the lexicon does not know is named by the word right after it', () => {
  it.each([
    // The thing is unknown, what qualifies it right after is known: a connected object, PayFiP.
    "Débitmètres connectés (réseau d'eau potable) + contrat de maintenance 3 ans",
    'Sonomètres connectés x3 (bruit en centre-bourg) + abonnement plateforme 3 ans',
    'Hygromètres connectés (salles du musée) + abonnement LoRa 2 ans',
    'Portail famille (développement) + passerelle PayFiP obligatoire',
    'Logiciel de billetterie (licence perpétuelle) + connecteur PayFiP',
  ])('%s → classe-ligne-mixte', (libelle) => {
    expect(classify(libelle)).toMatchObject(MIXED);
  });

  it.each([
    // One operating expense: the part after "et" qualifies the maintenance, it names no second item.
    ["Maintenance corrective et évolutive annuelle de l'application", 'exclue'],
    // A device with its accessories stays one item (the call's « protections associées »).
    ['Tablettes x10 pour la médiathèque + housses et chargeurs', 'eligible'],
    ['Sondes connectées x6 + coffrets de protection étanches', 'eligible'],
  ])('%s → one item (%s)', (libelle, statut) => {
    const answer = classify(libelle);
    expect(answer.motif.code).not.toBe('classe-ligne-mixte');
    expect(answer.statut).toBe(statut);
  });
});

describe('a mixed line: a part that names a communication act is an item', () => {
  it.each([
    'Application mobile randonnée (développement) + plan média de lancement',
    "Site internet office de tourisme (refonte) + achat d'espaces publicitaires",
    'Portail citoyen (développement) + plan médias (radio locale, presse)',
    'Développement appli patrimoine + relations presse pour le lancement',
  ])('%s → classe-ligne-mixte', (libelle) => {
    expect(classify(libelle)).toMatchObject(MIXED);
  });

  it.each(['Plan média de lancement du portail citoyen', "Achat d'espaces publicitaires pour l'appli de la commune"])(
    '%s → a communication act alone is excluded',
    (libelle) => {
      expect(classify(libelle)).toMatchObject({ categorie: 'fonctionnement', statut: 'exclue' });
    },
  );
});
describe('the same device for two destinations of different statuses is mixed', () => {
  it.each([
    "TNI médiathèque (ateliers publics) + TNI salle de classe de l'école",
    "VPI espace France Services + VPI pour l'école maternelle",
    "Robots Bee-Bot x6 pour le centre social + 4 pour l'école maternelle",
  ])('%s → à vérifier, destinations mixed', (libelle) => {
    expect(classify(libelle)).toMatchObject({ statut: 'a-verifier', motif: { code: 'classe-destination-mixte' } });
  });

  it.each([
    ["VPI pour l'école élémentaire", 'exclue'],
    ["VPI de l'espace public numérique", 'eligible'],
    ['Robots Bee-Bot x6 pour les ateliers du centre social', 'eligible'],
  ])('%s → one destination, a firm status (%s)', (libelle, statut) => {
    expect(classify(libelle).statut).toBe(statut);
  });
});

describe('a line whose device serves two destinations says to split it', () => {
  it.each([
    ['fr', 'scindez la ligne'],
    ['en', 'split the line'],
  ] as const)('in %s the reason says "%s"', (lang, words) => {
    const { motif } = classify("VPI espace France Services + VPI pour l'école maternelle");
    expect(renderReason(motif, { verdict: 'eligible' }, summarizeEdition(DEFAULT_EDITION), lang)).toContain(words);
  });
});

describe('a mixed line: an aside that says how a part is paid makes that part an operating item', () => {
  it.each([
    'Casques de réalité virtuelle x6 + contenus immersifs (licence 1 an)',
    'Tablettes x8 pour la médiathèque + applications éducatives (licence annuelle)',
    "Écran tactile 75'' médiathèque + contenus interactifs (abonnement 2 ans)",
    'Borne interactive (abonnement 1 an inclus) + pose',
  ])('%s → classe-ligne-mixte', (libelle) => {
    expect(classify(libelle)).toMatchObject(MIXED);
  });

  it.each([
    // A warranty is the life of the goods; a perpetual licence is bought once.
    ['PC portables x5 EPN (garantie 3 ans) + sacoches', 'eligible'],
    ['Logiciel de gestion (licence perpétuelle) + formation 2 j', 'eligible'],
  ])('%s → one status (%s)', (libelle, statut) => {
    expect(classify(libelle).statut).toBe(statut);
  });
});

describe('a mixed line: a purpose that names only whom or where ends at the next thing listed', () => {
  it.each([
    'Tablettes pour la médiathèque et maintenance 3 ans',
    "PC x8 pour l'EPN et tables de formation",
    "Vidéoprojecteur pour la salle d'animation et travaux de peinture",
  ])('%s → classe-ligne-mixte', (libelle) => {
    expect(classify(libelle)).toMatchObject(MIXED);
  });

  it.each([
    // A purpose that names a thing goes on; whom or where after "et" names no item; an accessory goes with its device.
    ['Tables pour les tablettes et les ordinateurs', 'exclue'],
    // After a comma, how the thing is paid.
    ['Plateforme de livres numériques pour la médiathèque, abonnement 12 mois', 'exclue'],
    ["Ordinateurs pour l'EPN et la médiathèque", 'eligible'],
    ['Tablettes pour la médiathèque et housses', 'eligible'],
    ["PC pour l'EPN et imprimante", 'eligible'],
  ])('%s → one item (%s)', (libelle, statut) => {
    const answer = classify(libelle);
    expect(answer.motif.code).not.toBe('classe-ligne-mixte');
    expect(answer.statut).toBe(statut);
  });
});

describe('a mixed line: « ainsi que » and a possessive before the thing', () => {
  it.each([
    'Écran interactif EPN ainsi que sa maintenance sur 3 ans',
    'Tablettes x10 ainsi que forfaits 4G 24 mois',
    'Application mobile (développement) et sa campagne de lancement',
  ])('%s → classe-ligne-mixte', (libelle) => {
    expect(classify(libelle)).toMatchObject(MIXED);
  });

  it.each(['Box 4G/5G x3 pour le tiers-lieu', 'Application iOS/Android (développement)', 'Liaison hertzienne mairie / école'])(
    '%s → a slash lists nothing',
    (libelle) => {
      expect(classify(libelle).motif.code).not.toBe('classe-ligne-mixte');
    },
  );
});

describe('a mixed line: more wordings of a communication act name an item', () => {
  it.each([
    'Portail citoyen (développement) + banderole et roll-up de lancement',
    'Application mobile (développement) + conférence de presse et posts sponsorisés',
    'Site internet (refonte) + distribution de flyers dans les boîtes aux lettres',
    'Application de covoiturage (développement) + affichage abribus',
  ])('%s → classe-ligne-mixte', (libelle) => {
    expect(classify(libelle)).toMatchObject(MIXED);
  });

  it('QR codes stuck along a trail are no communication act', () => {
    expect(classify('Autocollants QR code pour le parcours patrimoine').statut).not.toBe('exclue');
  });
});

describe('a line declared in an eligible category whose device serves two destinations stays to verify', () => {
  const declared = (libelle: string, categorie: string) =>
    evaluateExpenseLines({ depenses: [{ libelle, categorie, montant_ht: 278000 }] }, DEFAULT_EDITION, installedData.realWords)[0]!;

  it.each(["VPI espace France Services + VPI pour l'école maternelle", 'Tablettes x6 pour la médiathèque + 2 pour les agents'])(
    '%s, declared equipement-numerique → à vérifier, the declared category named',
    (libelle) => {
      expect(declared(libelle, 'equipement-numerique')).toMatchObject({
        status: 'a-verifier',
        reason: { code: 'classe-destination-mixte', params: { declaree: 'equipement-numerique' } },
      });
    },
  );

  it('declared in an excluded category, it stays excluded: the applicant’s own statement', () => {
    expect(declared("VPI espace France Services + VPI pour l'école maternelle", 'equipement-interne').status).toBe('exclue');
  });
});
