import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainClassification } from '../../src/engine/classify-label.js';
import { installedData } from '../../src/cli/checker-data.js';

/**
 * Issue 18, what blind round 4 got wrong on studies, obligations, trainings and services: each rule is pinned on
 * lines written for it, in a town hall's words, none copied from the round.
 */
const BIN = join(import.meta.dirname, '..', '..', 'bin', 'dossier-check.js');
const classify = (libelle: string, options: { beneficiaires?: string; population?: number } = {}) =>
  explainClassification(libelle, { realWords: installedData.realWords, ...options });

describe('a study is a study whatever it studies: its head decides, the goods studied are its subject', () => {
  it.each([
    'Audit des postes de travail et des serveurs de la mairie',
    'Diagnostic du parc de tablettes des écoles et plan de renouvellement',
    'Étude sur le réemploi des ordinateurs portables des agents',
    'Etat des lieux du parc informatique communal - prestation cabinet',
  ])('%s → etude-developpement, eligible', (libelle) => {
    expect(classify(libelle)).toMatchObject({ categorie: 'etude-developpement', statut: 'eligible' });
  });
});

describe('an obligation never takes the whole amount of a line whose other part the lexicon does not know', () => {
  it.each(['Billetterie de la piscine + module PayFiP', 'Réservation des courts de tennis + module TIPI'])(
    '%s → à vérifier (split), not excluded',
    (libelle) => {
      expect(classify(libelle)).toMatchObject({ statut: 'a-verifier', motif: { code: 'classe-obligation-partielle' } });
    },
  );

  it('a part the lexicon reads as management software, then the obligation after an act it does not know: a mixed line', () => {
    // "paiement PayFiP" names PayFiP as "module PayFiP" does (round 6's mixed lines): two items, split.
    expect(classify('Gestion des inscriptions au centre de loisirs + paiement PayFiP')).toMatchObject({
      statut: 'a-verifier',
      motif: { code: 'classe-ligne-mixte', params: { categories: 'logiciel, obligation-legale' } },
    });
  });
});

describe('a line that says its obligation is compulsory, for an applicant the law binds, is the obligation', () => {
  it.each([
    ['Solution de publication électronique des actes (obligatoire au 1er juillet 2022)', 6200],
    ['Logiciel de publication des actes - obligation légale', 3900],
    ['Outil de publicité des actes sur le site (obligation réglementaire)', 5100],
  ] as const)('%s, %i inhabitants → obligation-legale, excluded', (libelle, population) => {
    expect(classify(libelle, { population })).toMatchObject({ categorie: 'obligation-legale', statut: 'exclue' });
  });
});

describe('a condition written in the label is not a price for a period', () => {
  it.each([
    'Mise en place PayFiP régie eau (recettes > 5 000 €/an)',
    'Paiement en ligne PayFiP des factures de crèche - encaissements supérieurs à 5 000 € par an',
    'Module PayFiP périscolaire + accueil de loisirs (plus de 5 000 € de recettes par an)',
  ])('%s → obligation-legale, not fonctionnement', (libelle) => {
    expect(classify(libelle, { population: 1200 })).toMatchObject({ categorie: 'obligation-legale', statut: 'exclue' });
  });
});

describe('trainings named by their course or their subjects in quotes', () => {
  it.each([
    'Parcours certifiant compétences numériques pour les seniors (12 places)',
    'Parcours de formation PIX pour les agents d’accueil',
    'Module certifiant compétences numériques - 15 stagiaires',
  ])('%s → formation', (libelle) => {
    expect(classify(libelle, { beneficiaires: 'usagers' })).toMatchObject({ categorie: 'formation', statut: 'eligible' });
  });

  it.each([
    "Atelier seniors 'tablette, messagerie, visio' - 6 séances",
    'Cycle d’ateliers « smartphone, applications, réseaux sociaux » pour les jeunes',
    'Ateliers familles "écrans, jeux vidéo, internet" - 4 séances',
  ])('%s → formation (the quoted subjects are no items)', (libelle) => {
    expect(classify(libelle, { beneficiaires: 'usagers' })).toMatchObject({ categorie: 'formation', statut: 'eligible' });
  });
});

describe('services: an annual contract of use, a press insertion, a share of a broadband upgrade', () => {
  it.each([
    'JVS - contrat d’utilisation et d’assistance des logiciels',
    'Contrat d’assistance annuel du logiciel de gestion financière',
    'Contrat de service et d’assistance annuel - progiciel état civil',
  ])('%s → fonctionnement, excluded', (libelle) => {
    expect(classify(libelle)).toMatchObject({ categorie: 'fonctionnement', statut: 'exclue' });
  });

  it.each([
    'Insertion Le Pays 1/2 page - lancement du portail famille',
    'Encart presse quart de page : présentation de l’application mobile',
    'Insertion publicitaire dans le bulletin municipal pour le nouveau site internet',
  ])('%s → fonctionnement (communication), excluded', (libelle) => {
    expect(classify(libelle)).toMatchObject({ categorie: 'fonctionnement', statut: 'exclue' });
  });

  it.each([
    'Participation de la commune à la montée en débit du bourg',
    'Quote-part montee en debit (SDTAN Loire)',
    'Fonds de concours opération de montée en débit - SIEL / THD42',
  ])('%s → amenagement-numerique, excluded', (libelle) => {
    expect(classify(libelle)).toMatchObject({ categorie: 'amenagement-numerique', statut: 'exclue' });
  });
});

describe('a quote is an aside only when it is one', () => {
  // An inch mark or an elision is no quote: the items after it are still read.
  it.each(['Écran 65" pour l’EPN + contrat de maintenance 3 ans', "Tablettes pour l'atelier 'numérique' + abonnement 4G annuel"])(
    '%s → classe-ligne-mixte',
    (libelle) => {
      expect(classify(libelle, { beneficiaires: 'usagers' })).toMatchObject({
        statut: 'a-verifier',
        motif: { code: 'classe-ligne-mixte' },
      });
    },
  );
});

describe('the reason of an obligation named after an unknown item names that item, in both languages', () => {
  it('gives the words it did not recognise to a JSON consumer', () => {
    expect(classify('Billetterie de la piscine + module PayFiP').motif.params).toMatchObject({
      partieInconnue: 'Billetterie de la piscine',
    });
  });

  it.each([
    ['fr', 'que le classement ne reconnaît pas : scindez-la'],
    ['en', 'which the classifier does not recognise: split it'],
  ])('the built binary says it in %s', (lang, text) => {
    const result = spawnSync(process.execPath, [BIN, 'classify', 'Billetterie de la piscine + module PayFiP', '--lang', lang], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' },
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(text);
    expect(result.stdout).toContain('Billetterie de la piscine');
  });
});
