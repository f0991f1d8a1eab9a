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
