import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../fast-check.js';
import { classifyLine } from '../../src/classify/classifier.js';
import { readQuantities } from '../../src/classify/quantity.js';
import { explainClassification } from '../../src/engine/classify-label.js';
import { installedData } from '../../src/cli/checker-data.js';
import { evaluateExpenseLines } from '../../src/rules/expense-lines.js';
import { DEFAULT_EDITION } from '../../src/reglement/index.js';

/**
 * The 500 € TTC threshold of durable goods is per unit (domain notes,
 * circular INTB0200059C): a line of thirty covers at 20 € is thirty cheap
 * covers, not one of 600 €. Lines invented for the rule, in a town hall's words.
 */
const classify = (libelle: string, htCents: number) => explainClassification(libelle, { realWords: installedData.realWords, htCents });
const lexique = DEFAULT_EDITION.lexique;

describe('reading quantities and unit prices in a label', () => {
  it.each([
    ['Housses de protection x30', { quantite: 30 }],
    ['Housses de protection X 30', { quantite: 30 }],
    ['Coques antichoc (×16)', { quantite: 16 }],
    ['Chargeurs USB-C 12 u.', { quantite: 12 }],
    ['Stylets actifs - 8 unités', { quantite: 8 }],
    ['Lot de 25 stylets', { quantite: 25 }],
    ['40 souris sans fil', { quantite: 40 }],
    ['10 souris à 25 €', { quantite: 10, prixUnitaireCentimes: 2500 }],
    ['Adaptateurs HDMI, PU 12,50 €', { prixUnitaireCentimes: 1250 }],
    ['Adaptateurs HDMI - P.U. : 12,50 € HT', { prixUnitaireCentimes: 1250 }],
    ['Sacoches renforcées 3 x 250 €', { quantite: 3, prixUnitaireCentimes: 25_000 }],
    ['Supports muraux 1 200 € l’unité', { prixUnitaireCentimes: 120_000 }],
    ['Câbles antivol 19,90 €/u', { prixUnitaireCentimes: 1990 }],
    ['6 écrans à 180 € + 6 claviers à 25 €', { quantite: 6, prixUnitaireCentimes: 18_000 }],
  ])('%s', (libelle, expected) => {
    expect(readQuantities(libelle, lexique)).toEqual(expected);
  });

  it.each([
    'Écrans 24 pouces',
    '12 mois de maintenance',
    'Formation 2 jours',
    'Commune de 3 500 habitants',
    'Consigne connectée 12 casiers',
    '2 tablettes et 3 housses',
    'Housses x0',
  ])('%s: no count of the units bought', (libelle) => {
    expect(readQuantities(libelle, lexique).quantite).toBeUndefined();
  });
});

describe('accessories alone are compared with 500 € TTC per unit, not per line', () => {
  it('thirty covers of 600 € HT in all are 24 € TTC each: accessories, and the reason says the unit price', () => {
    const answer = classify('Housses de protection x30', 60_000);
    expect(answer.motif).toMatchObject({ code: 'classe-accessoires', params: { prixUnitaire: 2400, quantite: 30, seuil: 50_000 } });
  });

  // Not mice or keyboards: computer equipment, an investment by nature whatever its price (domain notes; blind round 7).
  it('a unit price written in the label is the one compared ("40 câbles USB à 15 €")', () => {
    const answer = classify('40 câbles USB à 15 €', 60_000);
    expect(answer.motif).toMatchObject({ code: 'classe-accessoires', params: { prixUnitaire: 1800 } });
  });

  it('one accessory of 450 € HT is 540 € TTC: above the threshold, not called consumables', () => {
    expect(classify('Support de fixation motorisé', 45_000).motif.code).toBe('classe-faible');
  });

  it('the line’s own VAT rate is used when it gives one, else the edition’s standard rate', () => {
    const line = (extra: object) =>
      evaluateExpenseLines(
        { depenses: [{ libelle: 'Supports antivol x2', montant_ht: 90_000, ...extra }] },
        DEFAULT_EDITION,
        installedData.realWords,
      )[0]!;
    // 450 € HT each: 495 € TTC at 10 %, 540 € at the standard 20 %.
    expect(line({ taux_tva: 10 }).reason).toMatchObject({ code: 'classe-accessoires', params: { prixUnitaire: 49_500 } });
    expect(line({}).reason.code).toBe('classe-faible');
    // A TTC amount given is divided as it is.
    const fromTtc = evaluateExpenseLines(
      { depenses: [{ libelle: 'Supports antivol x2', montant_ttc: 99_000, taux_tva: 10 }] },
      DEFAULT_EDITION,
      installedData.realWords,
    )[0]!;
    expect(fromTtc.reason).toMatchObject({ code: 'classe-accessoires', params: { prixUnitaire: 49_500 } });
  });

  it('the edition gives its standard VAT rate, one of the rates a dossier may use', () => {
    expect(DEFAULT_EDITION.tauxTvaNormalPourcent).toBe(20);
    expect(DEFAULT_EDITION.tauxTvaPourcent).toContain(DEFAULT_EDITION.tauxTvaNormalPourcent);
  });
});

describe('quantities never break the classifier', () => {
  const fragment = fc.constantFrom(
    'x',
    'X',
    '×',
    ' ',
    'u.',
    'unités',
    'lot de',
    'à',
    '€',
    'PU',
    '/u',
    'l’unité',
    ',',
    '.',
    '0',
    '00',
    '9',
    '999 999 999',
    '3',
    'housses',
    'PC',
    '+',
    '(',
    ')',
  );
  it('any mix of counts and prices gives a whole number of units and cents, or none, and a reason', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 14 }), fc.option(fc.nat({ max: 10_000_000 }), { nil: undefined }), (parts, htCents) => {
        const libelle = parts.join(' ');
        const read = readQuantities(libelle, lexique);
        if (read.quantite !== undefined) expect(Number.isSafeInteger(read.quantite) && read.quantite > 0).toBe(true);
        if (read.prixUnitaireCentimes !== undefined) {
          expect(Number.isSafeInteger(read.prixUnitaireCentimes) && read.prixUnitaireCentimes >= 0).toBe(true);
        }
        const answer = classifyLine({ libelle, htCents }, DEFAULT_EDITION, installedData.realWords);
        const price = answer.reason.params.prixUnitaire;
        if (price !== undefined) expect(Number.isSafeInteger(price) && (price as number) >= 0).toBe(true);
      }),
      { numRuns: runs(300) },
    );
  });
});
