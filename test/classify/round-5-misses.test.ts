import { describe, expect, it } from 'vitest';
import { explainClassification } from '../../src/engine/classify-label.js';
import { installedData } from '../../src/cli/checker-data.js';

/**
 * Issue 18, what blind round 5 got wrong on obligations, trainings and studies: each rule is pinned on lines written
 * for it, in a town hall's words, none copied from the round.
 */
const classify = (libelle: string, options: { beneficiaires?: string; population?: number } = {}) =>
  explainClassification(libelle, { realWords: installedData.realWords, ...options });

describe('receiving something by mail or online is no reception (an event): it is no operating expense', () => {
  it.each([
    'Gestion électronique du courrier entrant (réception par mail et scan)',
    'Outil de suivi des demandes des habitants (au-delà de la réception par courriel)',
    'Application de signalement citoyen avec réception en ligne des photos',
  ])('%s → not fonctionnement', (libelle) => {
    expect(classify(libelle).categorie).not.toBe('fonctionnement');
  });
});

describe('receiving planning applications electronically is the obligation every commune owes', () => {
  it.each([
    ['Réception électronique des demandes d’urbanisme - commune 900 hab', 900],
    ['Réception dématérialisée des demandes d’urbanisme (formulaire web)', 1200],
    ['Réception par voie électronique des demandes d’urbanisme', 420],
  ])('%s → obligation-legale, excluded', (libelle, population) => {
    expect(classify(libelle, { population })).toMatchObject({ categorie: 'obligation-legale', statut: 'exclue' });
  });
});

describe('a figure of receipts is a condition of the obligation, not a price for a period', () => {
  it.each([
    'Paiement en ligne PayFiP pour la régie de l’eau (recettes ~40 000 €/an)',
    'Module TIPI pour la crèche - recettes 25 000 € par an',
    'Activation PayFiP portail famille (encaissements env. 12 000 €/an)',
  ])('%s → obligation-legale (presumed), excluded', (libelle) => {
    expect(classify(libelle)).toMatchObject({ categorie: 'obligation-legale', statut: 'exclue' });
  });

  it('a price for a period written with « ~ » is still one', () => {
    expect(classify('Hébergement du portail famille (~300 €/an)')).toMatchObject({ categorie: 'fonctionnement', statut: 'exclue' });
  });
});

describe('below the planning threshold, a line that says it goes beyond the online reception every commune owes is a service', () => {
  it.each([
    ['Instruction dématérialisée des ADS (au-delà du simple dépôt en ligne) - commune 1 800 hab', 1800],
    ['Chaîne d’instruction des ADS, au-delà de la réception des demandes', 3100],
    ['Instruction en ligne des ADS (en plus de la simple réception électronique)', 950],
  ])('%s → eligible, beyond the obligation', (libelle, population) => {
    expect(classify(libelle, { population })).toMatchObject({
      statut: 'eligible',
      motif: { code: 'classe-eligible-hors-obligation' },
    });
  });

  it('without saying so, it stays to verify', () => {
    expect(classify('Instruction dématérialisée des ADS', { population: 1800 })).toMatchObject({ statut: 'a-verifier' });
  });
});

describe('setting an obligation up, written after another item, is an item of a mixed line', () => {
  it.each([
    'Développement portail famille + intégration PayFiP',
    'Création du site de la piscine + paramétrage TIPI',
    'Refonte du portail citoyen + activation du paiement en ligne PayFiP (recettes 30 k€/an)',
  ])('%s → à vérifier (split)', (libelle) => {
    expect(classify(libelle)).toMatchObject({ statut: 'a-verifier', motif: { code: 'classe-ligne-mixte' } });
  });
});

describe('an obligation that binds, written as the title of the line, is what the product after the colon serves', () => {
  it.each([
    'Saisine par voie électronique : téléservice sur le site de la mairie',
    'Saisine par voie electronique : formulaire de démarche en ligne pour le CCAS',
    'Facturation électronique : plateforme de dépôt des factures',
    'Saisine par voie électronique : portail de démarches en ligne',
  ])('%s → obligation-legale, excluded', (libelle) => {
    expect(classify(libelle)).toMatchObject({ categorie: 'obligation-legale', statut: 'exclue' });
  });

  it('a creation after the title is not only the obligation', () => {
    expect(classify('Saisine par voie électronique : développement d’une application mobile de signalement')).not.toMatchObject({
      statut: 'exclue',
    });
  });
});

describe('a device the learner already owns (« son smartphone ») is what a workshop teaches about, not a device bought', () => {
  it.each([
    'Atelier « entretenir et réparer son smartphone » animé par un prestataire',
    'Atelier apprendre à sécuriser sa tablette - médiathèque',
    'Séances : bien utiliser son ordinateur portable (public senior)',
  ])('%s → formation, eligible', (libelle) => {
    expect(classify(libelle)).toMatchObject({ categorie: 'formation', statut: 'eligible' });
  });

  it('our own devices, bought, stay devices', () => {
    expect(classify('Remplacement de nos ordinateurs de l’espace public numérique')).toMatchObject({ categorie: 'equipement-numerique' });
  });
});

describe('the public’s digital passports and Pix sessions are trainings', () => {
  it.each([
    'Passeport numérique pour les demandeurs d’emploi',
    'Session Pix pour les jeunes de la mission locale',
    'Passeport Internet et Multimédia (PIM) - 4 groupes',
  ])('%s → formation, eligible', (libelle) => {
    expect(classify(libelle)).toMatchObject({ categorie: 'formation', statut: 'eligible' });
  });
});

describe('a digital tour, created, is a creation (etude-developpement)', () => {
  it.each([
    'Parcours numérique au musée (contenus + appli) - prestataire',
    'Parcours de visite numérique du château - réalisation par une agence',
    'Création d’une visite numérique de l’église (contenus audio + géolocalisation)',
  ])('%s → etude-developpement, eligible', (libelle) => {
    expect(classify(libelle)).toMatchObject({ categorie: 'etude-developpement', statut: 'eligible' });
  });
});
