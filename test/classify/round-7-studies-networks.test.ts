import { describe, expect, it } from 'vitest';
import { explainClassification } from '../../src/engine/classify-label.js';
import { installedData } from '../../src/cli/checker-data.js';

/**
 * Issue 18, what blind round 7 got wrong on studies, networks, obligations, trainings and energy: each rule is
 * pinned on lines written for it, in a town hall's words, none copied from the round.
 */
const classify = (libelle: string, options: { beneficiaires?: string; population?: number } = {}) =>
  explainClassification(libelle, { realWords: installedData.realWords, ...options });

describe('a study whose subject is a network the call excludes takes its subject’s status', () => {
  it.each([
    'Étude de couverture mobile des zones blanches de la commune',
    'Etude de raccordement fibre optique des écarts (bureau d’études)',
    'Diagnostic de la connectivité des bâtiments communaux',
    'Schéma directeur du très haut débit intercommunal',
    'Audit du réseau wifi public du bourg - prestataire',
    'AMO pour le déploiement de la fibre dans les hameaux',
  ])('%s → amenagement-numerique, excluded', (libelle) => {
    expect(classify(libelle)).toMatchObject({ categorie: 'amenagement-numerique', statut: 'exclue' });
  });
});

describe('a study of a digital service, of a shared data centre or of Green IT stays a study', () => {
  it.each([
    'Étude de faisabilité d’un portail citoyen intercommunal',
    'Étude de faisabilité du data center mutualisé avec les communes membres',
    'Audit Green IT du parc et plan de sobriété numérique',
    'Étude des usages numériques des habitants (bureau d’études)',
    "Audit de cybersécurité du système d'information",
  ])('%s → etude-developpement, eligible', (libelle) => {
    expect(classify(libelle)).toMatchObject({ categorie: 'etude-developpement', statut: 'eligible' });
  });
});

describe('the learners of a training are its trainees, not staff paid', () => {
  it.each([
    ['Formation au logiciel de GED - 2 jours, 6 stagiaires', 'agents'],
    ['Session de formation Pix pour 8 stagiaires du CCAS', 'usagers'],
    ['Formation tableur et messagerie (5 stagiaires, 14 h)', 'agents'],
    ['Stage initiation tablette - 10 stagiaires seniors', 'usagers'],
  ])('%s → formation, eligible', (libelle, beneficiaires) => {
    expect(classify(libelle, { beneficiaires })).toMatchObject({ categorie: 'formation', statut: 'eligible' });
  });

  it.each([
    'Gratification de stagiaire - formation des habitants au portail',
    'Stagiaire de 6 mois pour la saisie du SIG',
    'Indemnités des stagiaires - accompagnement numérique',
  ])('%s is still never eligible', (libelle) => {
    expect(classify(libelle).statut).not.toBe('eligible');
  });
});

describe('« conso » is a consumption: energy consumed is an operating cost', () => {
  it.each([
    'Conso électrique annuelle des bornes interactives',
    'Conso élec des écrans du hall (estimation 12 mois)',
    'Conso energie serveurs mutualisés - estim. annuelle',
  ])('%s → fonctionnement, excluded', (libelle) => {
    expect(classify(libelle)).toMatchObject({ categorie: 'fonctionnement', statut: 'exclue' });
  });

  it('energy consumption followed by sensors stays data', () => {
    expect(classify('Capteurs de suivi de la conso électrique des bâtiments publics').categorie).not.toBe('fonctionnement');
  });
});

describe('civil works for a network are the network', () => {
  it.each([
    'Génie civil pour la fibre entre la mairie et l’école',
    'Tranchée et fourreaux pour le raccordement fibre de la médiathèque',
    'Génie civil et fourreaux pour la liaison fibre des bâtiments communaux',
  ])('%s → amenagement-numerique, excluded', (libelle) => {
    expect(classify(libelle)).toMatchObject({ categorie: 'amenagement-numerique', statut: 'exclue' });
  });

  it('civil works for a kiosk stay works', () => {
    expect(classify('Génie civil pour le socle de la borne interactive')).toMatchObject({ categorie: 'travaux' });
  });
});

describe('a dashboard, a Green IT diagnosis or a responsible-digital plan is a study or a creation', () => {
  it.each([
    'Tableau de bord de la qualité de l’eau (données des capteurs) - développement',
    'Tableau de bord énergie des bâtiments à partir des données compteurs (prestataire)',
    'Diag numérique responsable des services + plan d’actions (presta)',
    'Plan d’actions Green IT de la collectivité - accompagnement cabinet',
    'Tableau de bord des déchets collectés (données capteurs des bacs) - prestation',
  ])('%s → etude-developpement, eligible', (libelle) => {
    expect(classify(libelle)).toMatchObject({ categorie: 'etude-developpement', statut: 'eligible' });
  });

  it('sensors bought stay equipment', () => {
    expect(classify('Capteurs de qualité de l’air x6 avec tableau de bord').categorie).not.toBe('etude-developpement');
  });
});

describe('receiving planning applications (DAU) online is the obligation every commune owes', () => {
  it.each([
    ['Téléprocédure de réception des DAU - commune de 400 habitants', 400],
    ['Adresse mail dédiée à la réception des demandes d’autorisation d’urbanisme', 1200],
    ['Mise en place de la saisine électronique des DAU (commune 650 hab.)', 650],
    ['Téléprocédure spécifique pour le dépôt des DAU', 2000],
  ])('%s → obligation-legale, excluded', (libelle, population) => {
    expect(classify(libelle, { population })).toMatchObject({ categorie: 'obligation-legale', statut: 'exclue' });
  });
});

describe('below 3 500 inhabitants, processing planning applications online is a service the commune chooses', () => {
  it.each([
    ["Logiciel d'instruction des autorisations d'urbanisme - licence perpétuelle (commune 1 200 hab.)", 1200, 'logiciel'],
    ["Module d'instruction dématérialisée des DAU, acquisition licence", 800, 'logiciel'],
    ["Développement d'un module de traitement en ligne des autorisations d'urbanisme", 2100, 'etude-developpement'],
  ])('%s (population %i) → %s, eligible', (libelle, population, categorie) => {
    expect(classify(libelle, { population })).toMatchObject({ categorie, statut: 'eligible' });
  });

  it('from 3 500 inhabitants the same line is never eligible (the obligation binds)', () => {
    const answer = classify("Module d'instruction dématérialisée des autorisations d'urbanisme, achat licence", { population: 5000 });
    expect(answer.categorie).toBe('obligation-legale');
    expect(answer.statut).not.toBe('eligible');
  });
});

describe('an obligation is never the whole of a line that adds a module the lexicon does not know', () => {
  it.each([
    ['Instruction dématérialisée des DAU + module de prise de RDV en ligne', 9000],
    ['Dépôt en ligne des demandes d’urbanisme + outil de prise de rendez-vous du service urbanisme', 12000],
    ['Connecteur PES V2 + module de suivi des subventions aux associations', 6000],
  ])('%s → à vérifier, part of it the obligation', (libelle, population) => {
    expect(classify(libelle, { population })).toMatchObject({
      statut: 'a-verifier',
      motif: { code: 'classe-obligation-partielle' },
    });
  });
});

describe('a study that also names a service the call funds keeps its reading', () => {
  it.each(['Étude pour la refonte du site internet et du wifi public', 'Audit du portail citoyen et de la connexion des écoles'])(
    '%s is never excluded as a network',
    (libelle) => {
      expect(classify(libelle).statut).not.toBe('exclue');
    },
  );
});
