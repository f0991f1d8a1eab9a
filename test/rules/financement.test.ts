import { describe, expect, it } from 'vitest';
import { baseDossier, check, codes } from '../helpers.js';

type Dossier = ReturnType<typeof baseDossier>;

/**
 * A commune's dossier with one eligible line of 10 000 € HT (maximum 8 000 €)
 * and a plan that balances exactly: 8 000 € requested + 2 000 € of self-financing.
 */
function financed(change: (dossier: Dossier) => void = () => {}): Dossier {
  const dossier = baseDossier();
  dossier.depenses = [{ libelle: 'Bornes interactives pour le public', montant_ht: 10_000, categorie: 'equipement-numerique' }];
  dossier.financement = { aide_sollicitee: 8_000, autofinancement: 2_000 };
  change(dossier);
  return dossier;
}

const problem = (report: ReturnType<typeof check>, code: string) => report.problemes.find((candidate) => candidate.code === code);

describe('the plan balances: requested grant + other aid + self-financing = the HT cost of every line, within a euro', () => {
  it('balances exactly', () => {
    const report = check(financed());
    expect(report.verdict).toBe('eligible');
    expect(report.financement).toMatchObject({ costCents: 1_000_000, resourcesTotalCents: 1_000_000, gapCents: 0, balanced: true });
    expect(codes(report)).not.toContain('financement-desequilibre');
  });

  it('lets a gap of exactly 1,00 € pass, either way', () => {
    for (const autofinancement of [2_001, 1_999]) {
      const report = check(financed((d) => (d.financement.autofinancement = autofinancement)));
      expect(report.financement?.balanced, String(autofinancement)).toBe(true);
      expect(Math.abs(report.financement!.gapCents!)).toBe(100);
      expect(codes(report)).not.toContain('financement-desequilibre');
    }
  });

  it('warns at 1,01 € off, with the cost, the resources, the gap and how to fix it, and leaves the verdict alone', () => {
    const report = check(financed((d) => (d.financement.autofinancement = 1_998.99)));
    expect(report.verdict).toBe('eligible');
    const warning = problem(report, 'financement-desequilibre');
    expect(warning).toMatchObject({ gravite: 'avertissement', chemin: 'financement', regle: 'financement-plan' });
    expect(warning?.params).toMatchObject({ cout: 1_000_000, ressources: 999_899, ecart: 101, sens: 'deficit' });
    expect(warning?.message).toContain('9 998,99 €');
    expect(warning?.message).toContain('1,01 €');
    expect(warning?.message).toContain('10 000,00 € HT, total de toutes les dépenses');
    expect(warning?.message).toContain('financement.autofinancement');
  });

  it('counts excluded lines and lines to verify in the cost: the plan finances the whole project', () => {
    const report = check(
      financed((d) => {
        d.depenses.push({ libelle: 'Tables et chaises', montant_ht: 500, categorie: 'mobilier' });
        d.depenses.push({ libelle: 'Bidule', montant_ht: 300 });
      }),
    );
    expect(report.financement?.costCents).toBe(1_080_000);
    expect(problem(report, 'financement-desequilibre')?.params).toMatchObject({ ecart: 80_000, sens: 'deficit' });
  });

  it('says resources above the cost are an excess', () => {
    const report = check(financed((d) => (d.financement.autofinancement = 2_500)));
    expect(problem(report, 'financement-desequilibre')?.params).toMatchObject({ ecart: 50_000, sens: 'excedent' });
    expect(problem(report, 'financement-desequilibre')?.message).toContain('dépassent de 500,00 €');
  });

  it('says the cost is HT when a line’s HT amount was derived from TTC', () => {
    const report = check(
      financed((d) => {
        d.depenses = [
          { libelle: 'Bornes interactives pour le public', montant_ttc: 12_000, taux_tva: 20, categorie: 'equipement-numerique' },
        ];
        d.financement.autofinancement = 1_000;
      }),
    );
    expect(report.financement).toMatchObject({ costCents: 1_000_000, linesFromTtc: 1 });
    const warning = problem(report, 'financement-desequilibre');
    expect(warning?.params).toMatchObject({ lignesTtc: 1 });
    expect(warning?.message).toContain('HT calculé du TTC');
  });

  it('reads a missing self-financing as the rest of the cost, says so, and checks the 20 % on it', () => {
    const report = check(financed((d) => delete d.financement.autofinancement));
    expect(report.financement).toMatchObject({ selfFinancingCents: 200_000, selfFinancingSource: 'deduit', balanced: true });
    expect(problem(report, 'autofinancement-deduit')).toMatchObject({ gravite: 'info', chemin: 'financement.autofinancement' });
    expect(codes(report)).not.toContain('autofinancement-insuffisant');
    const low = check(
      financed((d) => {
        delete d.financement.autofinancement;
        d.financement.autres_aides = [{ financeur: 'État (DETR)', montant: 1_500 }];
      }),
    );
    expect(low.financement).toMatchObject({ selfFinancingCents: 50_000, selfFinancingSource: 'deduit' });
    expect(problem(low, 'autofinancement-insuffisant')?.params).toMatchObject({ autofinancement: 50_000, deduit: 1 });
  });

  it('warns when, without self-financing, the aid alone exceeds the cost (a negative remainder), and nothing else', () => {
    const report = check(
      financed((d) => {
        delete d.financement.autofinancement;
        d.financement.autres_aides = [{ financeur: 'Région', montant: 2_500 }];
      }),
    );
    expect(report.financement).toMatchObject({ balanced: false, gapCents: 50_000 });
    expect(report.financement?.selfFinancingCents).toBeUndefined();
    expect(problem(report, 'financement-desequilibre')?.params).toMatchObject({ ecart: 50_000, sens: 'excedent', sansAutofinancement: 1 });
    expect(codes(report)).not.toContain('autofinancement-deduit');
    expect(codes(report)).not.toContain('autofinancement-insuffisant');
  });

  it('does not judge the plan while a line lacks its HT amount, and gives no figure that depends on it', () => {
    const report = check(financed((d) => d.depenses.push({ libelle: 'Logiciel', categorie: 'logiciel' })));
    expect(report.verdict).toBe('a-completer');
    // What is known is given: the grant and the self-financing as written; the cost is not.
    expect(report.financement).toMatchObject({ requestedCents: 800_000, selfFinancingCents: 200_000, selfFinancingSource: 'declare' });
    expect(report.financement?.costCents).toBeUndefined();
    expect(report.financement?.balanced).toBeUndefined();
    expect(codes(report).filter((code) => /financement|autofinancement/.test(code))).toEqual([]);
  });

  it('does not judge the plan without a requested grant', () => {
    const report = check(financed((d) => delete d.financement.aide_sollicitee));
    expect(report.financement).toMatchObject({ costCents: 1_000_000, selfFinancingCents: 200_000 });
    expect(report.financement?.balanced).toBeUndefined();
    expect(codes(report)).not.toContain('financement-desequilibre');
    expect(codes(report)).not.toContain('autofinancement-insuffisant');
  });
});

describe('CGCT L1111-10 III: the applicant funds at least 20 % of the public financing', () => {
  it('accepts exactly 20 %', () => {
    const report = check(financed());
    expect(report.financement).toMatchObject({ publicTotalCents: 1_000_000, selfShareBasisPoints: 2_000, selfShareMet: true });
    expect(codes(report)).not.toContain('autofinancement-insuffisant');
  });

  it('warns at 19,99 %, naming the article and its derogations, citing the law as its clause, never blocking', () => {
    // 1 999,00 € of 10 000,00 € of public financing: 8 001,00 € of aid.
    const report = check(
      financed(
        (d) => (d.financement = { aide_sollicitee: 8_000, autres_aides: [{ financeur: 'DETR', montant: 1 }], autofinancement: 1_999 }),
      ),
    );
    expect(report.verdict).toBe('eligible');
    const warning = problem(report, 'autofinancement-insuffisant');
    expect(warning).toMatchObject({ gravite: 'avertissement', chemin: 'financement.autofinancement', clause: 'cgct-l1111-10' });
    expect(warning?.params).toMatchObject({ autofinancement: 199_900, aides: 800_100, total: 1_000_000, part: 1_999, minimum: 2_000 });
    expect(warning?.message).toContain('19,99 %');
    expect(warning?.message).toContain('L1111-10 III');
    expect(warning?.message).toContain('dérogations');
  });

  it('warns one cent below 20 %', () => {
    const report = check(
      financed(
        (d) =>
          (d.financement = { aide_sollicitee: 8_000, autres_aides: [{ financeur: 'DETR', montant: 0.04 }], autofinancement: 2_000.01 }),
      ),
    );
    // 4 × 2 000,01 = 8 000,04: exactly 20 %, no warning; one cent more of aid tips it.
    expect(codes(report)).not.toContain('autofinancement-insuffisant');
    const below = check(
      financed(
        (d) =>
          (d.financement = { aide_sollicitee: 8_000, autres_aides: [{ financeur: 'DETR', montant: 0.05 }], autofinancement: 2_000.01 }),
      ),
    );
    expect(codes(below)).toContain('autofinancement-insuffisant');
  });

  it('counts every other aid as public', () => {
    const report = check(
      financed((d) => {
        d.financement.autres_aides = [
          { financeur: 'État (DETR)', montant: 1_000 },
          { financeur: 'Caisse d’allocations familiales', montant: 1_000 },
        ];
        d.financement.autofinancement = 0;
      }),
    );
    expect(report.financement).toMatchObject({ otherAidsTotalCents: 200_000, publicTotalCents: 1_000_000, selfShareBasisPoints: 0 });
    expect(codes(report)).toContain('autofinancement-insuffisant');
  });
});

describe('autres_aides: each funder named with its amount', () => {
  it('lists the funders in the report', () => {
    const report = check(
      financed((d) => {
        d.financement.autres_aides = [
          { financeur: 'État (DETR)', montant: 1_000 },
          { financeur: 'Région', montant: 500 },
        ];
        d.financement.autofinancement = 500;
      }),
    );
    expect(report.financement?.otherAids).toEqual([
      { index: 0, financeur: 'État (DETR)', amountCents: 100_000 },
      { index: 1, financeur: 'Région', amountCents: 50_000 },
    ]);
    expect(report.financement?.balanced).toBe(true);
  });

  it('warns of an entry without an amount, at its path, and then does not judge the balance', () => {
    const report = check(financed((d) => (d.financement.autres_aides = [{ financeur: 'État (DSIL)' }])));
    const warning = problem(report, 'autre-aide-montant-manquant');
    expect(warning).toMatchObject({ gravite: 'avertissement', chemin: 'financement.autres_aides.0.montant' });
    expect(warning?.message).toContain('État (DSIL)');
    expect(report.financement?.otherAidsTotalCents).toBeUndefined();
    expect(report.financement?.balanced).toBeUndefined();
    expect(report.verdict).toBe('eligible');
  });

  it('warns of an entry without a funder, at its path', () => {
    const report = check(financed((d) => (d.financement.autres_aides = [{ montant: 0 }])));
    expect(problem(report, 'autre-aide-financeur-manquant')).toMatchObject({
      gravite: 'avertissement',
      chemin: 'financement.autres_aides.0.financeur',
    });
  });
});

describe('advice: the cap, and a request below the maximum', () => {
  it('says how much more eligible HT expense would reach the cap, exactly', () => {
    const report = check(financed());
    // 25 000 € / 80 % = 31 250 € of eligible base; 10 000 € retained.
    expect(problem(report, 'plafond-non-atteint')).toMatchObject({ gravite: 'info' });
    expect(problem(report, 'plafond-non-atteint')?.params).toMatchObject({ complement: 2_125_000, base: 3_125_000, assiette: 1_000_000 });
    expect(problem(report, 'plafond-non-atteint')?.message).toContain('dépenses éligibles');
  });

  it('gives nothing once the cap is reached', () => {
    const report = check(financed((d) => (d.depenses[0].montant_ht = 31_250)));
    expect(codes(report)).not.toContain('plafond-non-atteint');
    const below = check(financed((d) => (d.depenses[0].montant_ht = 31_249.99)));
    expect(problem(below, 'plafond-non-atteint')?.params).toMatchObject({ complement: 1 });
  });

  it('says which lines to verify would count towards the cap if they are found eligible', () => {
    const report = check(financed((d) => d.depenses.push({ libelle: 'Ordinateurs', montant_ht: 1_000 })));
    expect(report.depenses[1]?.statut).toBe('a-verifier');
    expect(problem(report, 'plafond-non-atteint')?.params).toMatchObject({ complement: 2_125_000, aVerifier: 100_000 });
    expect(problem(report, 'plafond-non-atteint')?.message).toContain('1 000,00 € HT de lignes à vérifier');
    expect(problem(check(financed()), 'plafond-non-atteint')?.message).not.toContain('à vérifier');
  });

  it('asks a request above the maximum to be lowered with the plan kept balanced, when the dossier gives its self-financing', () => {
    const excessive = (report: ReturnType<typeof check>) => problem(report, 'aide-sollicitee-excessive')?.message;
    // 9 000 € requested for a maximum of 8 000 €: lowering it by 1 000 € leaves the plan 1 000 € short.
    const given = check(financed((d) => (d.financement = { aide_sollicitee: 9_000, autofinancement: 1_000 })));
    expect(excessive(given)).toContain('augmentez d’autant l’autofinancement');
    // Without it, the self-financing is the remainder: nothing else to change.
    const deduced = check(financed((d) => (d.financement = { aide_sollicitee: 9_000 })));
    expect(excessive(deduced)).toContain('8 000,00 €');
    expect(excessive(deduced)).not.toContain('autofinancement');
  });

  it('says that up to the maximum may be requested', () => {
    const report = check(financed((d) => (d.financement = { aide_sollicitee: 5_000, autofinancement: 5_000 })));
    expect(problem(report, 'aide-sollicitee-inferieure')?.params).toMatchObject({ sollicitee: 500_000, maximale: 800_000 });
    expect(codes(check(financed()))).not.toContain('aide-sollicitee-inferieure');
  });

  it('gives no advice without an eligible expense: other problems say what to do', () => {
    const report = check(financed((d) => (d.depenses = [{ libelle: 'Ordinateurs', montant_ht: 1_000 }])));
    expect(report.verdict).toBe('a-completer');
    expect(report.financement?.costCents).toBe(100_000);
    expect(codes(report)).not.toContain('plafond-non-atteint');
  });

  it('gives no advice to an ineligible dossier', () => {
    const report = check(financed((d) => (d.porteur.type = 'association')));
    expect(report.verdict).toBe('ineligible');
    // The plan is still given (for information), the advice is not.
    expect(report.financement).toMatchObject({ costCents: 1_000_000, balanced: true });
    expect(codes(report)).not.toContain('plafond-non-atteint');
    expect(codes(report)).not.toContain('aide-sollicitee-inferieure');
  });
});

describe('what the review found: a plan is never judged on figures the dossier did not give', () => {
  it('does not deduce a self-financing the dossier wrote but the check could not use, nor call the plan balanced', () => {
    for (const autofinancement of [-500, 'deux mille', 1e15, 2000.005]) {
      const report = check(financed((d) => (d.financement.autofinancement = autofinancement)));
      expect(report.financement?.selfFinancingCents, String(autofinancement)).toBeUndefined();
      expect(report.financement?.balanced, String(autofinancement)).toBeUndefined();
      expect(report.financement?.selfShareMet, String(autofinancement)).toBeUndefined();
    }
  });

  it('does not read other aid written the wrong way as no other aid', () => {
    for (const autres_aides of ['DETR 500', { financeur: 'DETR', montant: 500 }]) {
      const report = check(financed((d) => (d.financement = { aide_sollicitee: 8_000, autres_aides, autofinancement: 1_500 })));
      expect(report.financement?.otherAidsTotalCents, JSON.stringify(autres_aides)).toBeUndefined();
      expect(report.financement?.balanced, JSON.stringify(autres_aides)).toBeUndefined();
      expect(codes(report), JSON.stringify(autres_aides)).not.toContain('financement-desequilibre');
    }
  });

  it('asks the 20 % only of a local authority or a grouping (CGCT L1111-10 III), not of a CCAS', () => {
    const short = (d: Dossier) =>
      (d.financement = { aide_sollicitee: 8_000, autres_aides: [{ financeur: 'CAF', montant: 1_500 }], autofinancement: 500 });
    expect(codes(check(financed(short)))).toContain('autofinancement-insuffisant');
    const ccas = check(
      financed((d) => {
        short(d);
        d.porteur = { nom: 'Centre communal d’action sociale de Roanne', type: 'ccas', siren: '264201872', code_insee: '42187' };
      }),
    );
    expect(ccas.financement?.selfFinancingCents).toBe(50_000);
    expect(codes(ccas)).not.toContain('autofinancement-insuffisant');
  });

  it('advises a higher request only up to what keeps the self-financing at 20 %', () => {
    // Cost 10 000 €: 6 000 requested + 2 000 of DETR + 2 000 of self-financing, exactly 20 %: no room left.
    const full = check(
      financed(
        (d) => (d.financement = { aide_sollicitee: 6_000, autres_aides: [{ financeur: 'DETR', montant: 2_000 }], autofinancement: 2_000 }),
      ),
    );
    expect(codes(full)).not.toContain('aide-sollicitee-inferieure');
    // 5 000 requested + 1 000 of DETR + 4 000 of self-financing: 2 000 more keeps 20 % (self-financing 2 000 of 10 000).
    const room = check(
      financed(
        (d) => (d.financement = { aide_sollicitee: 5_000, autres_aides: [{ financeur: 'DETR', montant: 1_000 }], autofinancement: 4_000 }),
      ),
    );
    expect(problem(room, 'aide-sollicitee-inferieure')?.params).toMatchObject({ sollicitee: 500_000, maximale: 800_000, jusqua: 700_000 });
    expect(problem(room, 'aide-sollicitee-inferieure')?.message).toContain('7 000,00 €');
  });

  it('tells an applicant whose self-financing was deduced to lower the aid, not to raise a figure it never wrote', () => {
    const report = check(
      financed((d) => (d.financement = { aide_sollicitee: 8_000, autres_aides: [{ financeur: 'DETR', montant: 1_500 }] })),
    );
    const warning = problem(report, 'autofinancement-insuffisant');
    expect(warning?.params).toMatchObject({ deduit: 1 });
    expect(warning?.message).not.toContain('Augmentez l’autofinancement');
    expect(warning?.message).toContain('réduisez les aides');
  });
});
