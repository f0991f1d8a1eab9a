import fc from 'fast-check';
import { runs } from '../fast-check.js';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EDITION } from '../../src/reglement/index.js';
import { baseDossier, check, codes } from '../helpers.js';

/** One line of 12 000 € TTC, the whole dossier's only expense, with the rate given. */
function ttcLine(taux_tva: unknown, extra: Record<string, unknown> = {}) {
  const dossier = baseDossier();
  dossier.depenses = [{ libelle: '20 tablettes tactiles', categorie: 'equipement-numerique', montant_ttc: 12000, taux_tva, ...extra }];
  dossier.financement.aide_sollicitee = 8000;
  return dossier;
}

const rateProblem = (report: ReturnType<typeof check>) => report.problemes.find((problem) => problem.code === 'taux-tva-inconnu');

describe('a VAT rate France does not apply is never used to derive an HT amount', () => {
  it('0.2 (a fraction) is blocking at depenses.0.taux_tva, names 20 %, and derives no money', () => {
    const report = check(ttcLine(0.2));
    expect(report.verdict).toBe('a-completer');
    const problem = rateProblem(report);
    expect(problem).toMatchObject({ gravite: 'bloquant', effet: 'a-completer', chemin: 'depenses.0.taux_tva', regle: 'depense-montant' });
    expect(problem!.message).toContain('20 %');
    expect(problem!.position?.ligne).toBeGreaterThan(0);
    // No "11 976,05 € HT" and no grant of 9 580,84 €.
    expect(codes(report)).not.toContain('montant-ht-calcule');
    expect(report.depenses[0]!.htCents).toBeUndefined();
    expect(report.depenses[0]!.amountSource).toBe('absent');
    expect(report.aide?.maximumCents).toBe(0);
    expect(report.aide?.linesWithoutAmount).toBe(1);
  });

  it.each([
    [0.2, '20 %'],
    [0.1, '10 %'],
    [0.055, '5,5 %'],
    ['0,055', '5,5 %'],
    [0.021, '2,1 %'],
    [55, '5,5 %'],
    ['55 %', '5,5 %'],
    [21, '2,1 %'],
    [200, '20 %'],
    [100, '10 %'],
    [550, '5,5 %'],
  ])('taux_tva %s → blocking, "%s" suggested', (rate, likely) => {
    const report = check(ttcLine(rate));
    expect(report.verdict).toBe('a-completer');
    const problem = rateProblem(report);
    expect(problem?.gravite).toBe('bloquant');
    expect(problem!.message).toContain(`probablement ${likely}`);
    expect(report.depenses[0]!.htCents).toBeUndefined();
  });

  it('a rate with no plausible reading lists the accepted rates', () => {
    for (const rate of [7, 19.6, 33, 1]) {
      const report = check(ttcLine(rate));
      const problem = rateProblem(report);
      expect(problem?.gravite, String(rate)).toBe('bloquant');
      expect(problem!.message).not.toContain('probablement');
      expect(problem!.message).toContain('20 %, 10 %, 5,5 %, 2,1 % ou 0 %');
    }
  });

  it('says it in English with --lang en', () => {
    const report = check(ttcLine(0.055), { lang: 'en' });
    expect(rateProblem(report)!.message).toContain('probably 5.5%');
  });

  it('the rates France applies still derive the HT amount', () => {
    for (const [rate, ht] of [
      [20, 1_000_000],
      [10, 1_090_909],
      [5.5, 1_137_441],
      ['5,5 %', 1_137_441],
      [2.1, 1_175_318],
      [0, 1_200_000],
    ] as const) {
      const report = check(ttcLine(rate));
      expect(rateProblem(report), String(rate)).toBeUndefined();
      expect(report.depenses[0]!.htCents, String(rate)).toBe(ht);
      expect(codes(report)).toContain('montant-ht-calcule');
    }
    // 12 000 € TTC at 20 %: 10 000 € HT, 80 % = 8 000 €.
    expect(check(ttcLine(20)).aide?.maximumCents).toBe(800_000);
  });

  it('with montant_ht given, the HT amount is used and the unknown rate is a warning', () => {
    const report = check(ttcLine(0.2, { montant_ht: 10000 }));
    expect(report.verdict).toBe('eligible');
    expect(rateProblem(report)).toMatchObject({ gravite: 'avertissement', chemin: 'depenses.0.taux_tva' });
    expect(report.depenses[0]!.htCents).toBe(1_000_000);
    expect(report.aide?.maximumCents).toBe(800_000);
    // No TTC consistency check is made with a rate that is not one.
    expect(codes(report)).not.toContain('montant-ttc-incoherent');
  });

  it('reads the accepted rates from the edition', () => {
    const overseas = { ...DEFAULT_EDITION, id: 'essai-dom', tauxTvaPourcent: [8.5, 2.1, 0] };
    const report = check(ttcLine(8.5), { reglement: overseas });
    expect(rateProblem(report)).toBeUndefined();
    expect(report.depenses[0]!.htCents).toBe(1_105_991);
    const refused = check(ttcLine(20), { reglement: overseas });
    expect(rateProblem(refused)?.gravite).toBe('bloquant');
    expect(rateProblem(refused)!.message).toContain('8,5 %, 2,1 % ou 0 %');
  });

  it('an HT amount above the TTC one, with no rate, is pointed out (likely swapped)', () => {
    const dossier = baseDossier();
    dossier.depenses = [{ libelle: 'tablettes', categorie: 'equipement-numerique', montant_ht: 12000, montant_ttc: 10000 }];
    dossier.financement.aide_sollicitee = 9600;
    const problem = check(dossier).problemes.find((p) => p.code === 'montant-ttc-inferieur-ht');
    expect(problem).toMatchObject({ gravite: 'avertissement', chemin: 'depenses.0.montant_ht' });
    expect(problem!.message).toContain('12 000,00 €');
    dossier.depenses[0].montant_ttc = 14400;
    expect(codes(check(dossier))).not.toContain('montant-ttc-inferieur-ht');
  });

  it('property: a TTC line gets an HT amount only from a listed rate, and then exactly TTC / (1 + rate)', () => {
    const listed = DEFAULT_EDITION.tauxTvaPourcent;
    // Rates as written: thousandths of a percent up to 300 %, listed ones made frequent, and their near misses.
    const rate = fc.oneof(
      fc.constantFrom(...listed),
      fc.integer({ min: 0, max: 300_000 }).map((thousandths) => thousandths / 1000),
      fc
        .tuple(fc.constantFrom(...listed), fc.constantFrom(-0.1, -0.01, -0.001, 0.001, 0.01, 0.1))
        .map(([accepted, slip]) => Math.max(0, Math.round((accepted + slip) * 1000) / 1000)),
    );
    fc.assert(
      fc.property(rate, fc.integer({ min: 1, max: 10_000_000 }), (taux, ttcCents) => {
        const report = check(ttcLine(taux, { montant_ttc: ttcCents / 100 }));
        const line = report.depenses[0]!;
        if (listed.some((accepted) => Math.abs(accepted - taux) < 1e-9)) {
          // The nearest cent to TTC × 10 000 / (10 000 + rate in hundredths), worked out here in integers.
          const hundredths = Math.round(taux * 100);
          const ht = line.htCents!;
          expect(
            2 * Math.abs(ht * (10_000 + hundredths) - ttcCents * 10_000),
            `${ttcCents} cents TTC at ${taux} %: ${ht} HT`,
          ).toBeLessThanOrEqual(10_000 + hundredths);
          expect(rateProblem(report)).toBeUndefined();
        } else {
          expect(line.htCents).toBeUndefined();
          expect(rateProblem(report)?.gravite).toBe('bloquant');
          expect(report.verdict).toBe('a-completer');
        }
      }),
      { numRuns: runs(300) },
    );
  });
});
