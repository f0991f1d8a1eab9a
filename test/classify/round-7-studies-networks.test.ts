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
