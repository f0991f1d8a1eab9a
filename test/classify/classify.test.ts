import { describe, expect, it } from 'vitest';
import { explainClassification } from '../../src/engine/classify.js';

const classify = (libelle: string, options: Parameters<typeof explainClassification>[1] = {}) => explainClassification(libelle, options);

describe('classifying an expense line from its words', () => {
  it.each([
    // Accents, elisions, plurals and abbreviations do not get in the way.
    ["Achat d'ordis pour l'EPN", 'equipement-numerique', 'eligible'],
    ['ACHAT DE 6 TABLETTES POUR LE PRET AUX USAGERS', 'equipement-numerique', 'eligible'],
    ['AMO schéma directeur numérique', 'etude-developpement', 'eligible'],
    ['Licence perpétuelle du logiciel de GED', 'logiciel', 'eligible'],
    ["Formation des agents à l'outil de GED", 'formation', 'eligible'],
    // One typing mistake in a long word is forgiven.
    ['Tablettes tactilles pour le prêt aux usagers', 'equipement-numerique', 'eligible'],
    ['Mobiler pour la salle informatique', 'mobilier', 'exclue'],
    // What the call excludes.
    ['Abonnement annuel plateforme RDV', 'fonctionnement', 'exclue'],
    ['Logiciel en mode SaaS', 'fonctionnement', 'exclue'],
    ['Raccordement fibre de la médiathèque', 'amenagement-numerique', 'exclue'],
    ['Déploiement du Wi-Fi dans la salle des fêtes', 'amenagement-numerique', 'exclue'],
    ['Peinture et cloisons du local', 'travaux', 'exclue'],
    ['Tables et chaises', 'mobilier', 'exclue'],
    ["10 PC portables pour l'accueil des agents", 'equipement-interne', 'exclue'],
    ["Tablettes pour les classes de l'école", 'equipement-interne', 'exclue'],
    ['Mise en conformité RGAA du site internet', 'obligation-legale', 'exclue'],
    ['Raccordement à Chorus Pro', 'obligation-legale', 'exclue'],
  ])('%s → %s (%s)', (libelle, categorie, statut) => {
    expect(classify(libelle)).toMatchObject({ categorie, statut });
  });

  it('asks who equipment is for when the line does not say', () => {
    const answer = classify('Ordinateurs portables');
    expect(answer).toMatchObject({ categorie: 'equipement-numerique', statut: 'a-verifier' });
    expect(answer.motif).toContain('utilisateurs ne sont pas précisés');
    expect(classify('Ordinateurs portables', { beneficiaires: 'usagers' }).statut).toBe('eligible');
    expect(classify('Ordinateurs portables', { beneficiaires: 'agents' })).toMatchObject({
      categorie: 'equipement-interne',
      statut: 'exclue',
    });
  });

  it('says a-verifier, with both sides, when the words pull both ways', () => {
    const answer = classify('Paramétrage du portail Chorus Pro');
    expect(answer.statut).toBe('a-verifier');
    expect(answer.motif).toMatch(/à la fois .*obligation légale.*étude et développement/);
  });

  it('says a-verifier without a category when no word names one', () => {
    expect(classify('Divers')).toMatchObject({ categorie: null, statut: 'a-verifier', confiance: 0, mots: [] });
  });

  it('reads words that are also names of JavaScript properties as words', () => {
    // "constructor" used to find Object.prototype.constructor in the table of abbreviations, and crash.
    for (const word of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
      expect(classify(`${word} des tablettes pour les usagers`)).toMatchObject({ categorie: 'equipement-numerique', statut: 'eligible' });
      expect(classify(word)).toMatchObject({ statut: 'a-verifier' });
    }
  });

  it('weighs the amount of lines of accessories alone', () => {
    expect(classify('Housses et coques', { htCents: 12_000 }).motif).toContain('moins de 500,00 € HT');
    expect(classify('Housses et coques', { htCents: 90_000 }).motif).toContain('indices sont faibles');
  });

  it('shows the deciding words as written, and how sure it is', () => {
    const answer = classify("Achat d'ordis pour l'EPN");
    expect(answer.mots).toEqual(["d'ordis", "l'EPN"]);
    expect(answer.confiance).toBeGreaterThan(0.5);
    expect(answer.confiance).toBeLessThanOrEqual(1);
  });

  it('never "corrects" a real word into a lexicon word one letter away', () => {
    // solaire is not salaire, salariés are not salaires, mobiliser is not mobilier.
    expect(classify('Borne interactive solaire pour les randonneurs du sentier').statut).toBe('eligible');
    expect(classify('Tablettes pour les salariés en insertion accompagnés par le CCAS').statut).not.toBe('exclue');
    expect(classify('Plateforme citoyenne pour mobiliser les bénévoles').categorie).not.toBe('mobilier');
  });

  it('reads "hors" and "sans" as cancelling what follows', () => {
    expect(classify("Ordinateurs portables pour l'EPN (hors maintenance)").statut).toBe('eligible');
    expect(classify('Tablettes tactiles pour les ateliers seniors, sans abonnement').statut).toBe('eligible');
    expect(classify('Remplacement du serveur et du pare-feu de la mairie').statut).not.toBe('eligible');
  });

  it('reads a price for a period as a renewable cost, but not a warranty', () => {
    expect(classify('Achat de licences Microsoft 365 pour 12 mois').statut).not.toBe('eligible');
    expect(classify('Logiciel de prise de rendez-vous en ligne – 29 €/mois').statut).not.toBe('eligible');
    expect(classify('Ordinateurs portables pour la médiathèque, garantis 3 ans').statut).toBe('eligible');
  });

  it('never decides on hints alone', () => {
    expect(classify("Kit de matériel et équipement sportif pour l'espace jeunes").statut).toBe('a-verifier');
  });

  it('moves equipment the authority usually keeps for itself to the public when the line says so', () => {
    expect(classify("Tableau numérique interactif pour la salle d'animation de l'EPN")).toMatchObject({
      categorie: 'equipement-numerique',
      statut: 'eligible',
    });
  });

  it('answers in English', () => {
    expect(classify('Tables et chaises', { lang: 'en' }).motif).toBe(
      '"furniture" from the label ("Tables", "chaises"), excluded by the call',
    );
  });
});
