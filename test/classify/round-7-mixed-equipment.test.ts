import { describe, expect, it } from 'vitest';
import { explainClassification } from '../../src/engine/classify-label.js';
import { installedData } from '../../src/cli/checker-data.js';

/**
 * Issue 18, blind round 7's misses on mixed lines and equipment (learnt, not blind): each class is pinned on lines
 * written for it, in a town hall's words, none copied from the round.
 */
const classify = (libelle: string, options: { beneficiaires?: string } = {}) =>
  explainClassification(libelle, { realWords: installedData.realWords, ...options });

const MIXED = { statut: 'a-verifier', motif: { code: 'classe-ligne-mixte' } };

describe('a mixed line: a word that wraps a quantity of things ("Lot 10 PC") does not hide the item', () => {
  it.each([
    'Lot 12 tablettes médiathèque + contrat maintenance 3 ans',
    'Lot de 8 PC portables EPN + abonnement antivirus 3 ans',
    'Lot n°2 ordinateurs portables France Services + maintenance sur site 2 ans',
    'Ensemble de 6 tablettes pour le club ados + forfait data 2 ans',
    'Dotation 15 tablettes médiathèque + abonnement MDM 3 ans',
  ])('%s → classe-ligne-mixte', (libelle) => {
    expect(classify(libelle, { beneficiaires: 'usagers' })).toMatchObject(MIXED);
  });

  it.each(['Lot 10 tablettes médiathèque', 'Lot de 6 PC portables pour l EPN', 'Ensemble de 4 visualiseurs EPN'])(
    '%s → one item, eligible',
    (libelle) => {
      expect(classify(libelle, { beneficiaires: 'usagers' })).toMatchObject({ statut: 'eligible', categorie: 'equipement-numerique' });
    },
  );
});
