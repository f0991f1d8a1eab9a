import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, runBinary } from './binary.js';

/** The three financed examples, through the real command line, as an applicant or an officer runs it. */
const check = (example: string, ...args: string[]) => runBinary(['check', join(EXAMPLES, example), '--no-color', ...args]);

interface Plan {
  cout_total_ht: number | null;
  aide_sollicitee: number | null;
  autres_aides: { financeur: string | null; montant: number | null }[];
  total_autres_aides: number | null;
  autofinancement: number | null;
  autofinancement_origine: string | null;
  total_ressources: number | null;
  ecart: number | null;
  equilibre: boolean | null;
  part_aides_publiques: number | null;
  part_autofinancement: number | null;
}

function json(example: string) {
  const { code, stdout } = check(example, '--format', 'json');
  const report = JSON.parse(stdout) as {
    dossiers: {
      verdict: string;
      financement: Plan;
      problemes: { code: string; gravite: string; chemin: string; clause: string | null }[];
    }[];
  };
  return { code, dossier: report.dossiers[0]!, clauses: JSON.parse(stdout).reglement.clauses as Record<string, { source?: string }> };
}

describe('a balanced financing plan (commune-plan-finance.yaml)', () => {
  it('names each resource, says the cost is the HT total of every line, and balances within a euro (fr)', () => {
    const { code, stdout } = check('commune-plan-finance.yaml');
    expect(code).toBe(0);
    expect(stdout).toContain('Plan de financement');
    expect(stdout).toContain('Coût du projet (toutes les dépenses, HT ; 1 ligne calculée du TTC) : 11 900,40 €');
    expect(stdout).toContain('État (DETR) : 400,00 €');
    expect(stdout).toContain('Autofinancement : 2 476,00 € (déclaré)');
    expect(stdout).toContain('Total des ressources : 11 900,00 € (équilibré)');
    expect(stdout).toContain('20,8 % (minimum 20 %, CGCT art. L1111-10 III)');
    expect(stdout).not.toContain('déséquilibré');
  });

  it('in English', () => {
    const { stdout } = check('commune-plan-finance.yaml', '--lang', 'en');
    expect(stdout).toContain('Financing plan');
    expect(stdout).toContain('Project cost (every expense, excl. VAT; 1 line derived from incl. VAT): €11,900.40');
    expect(stdout).toContain('Total resources: €11,900.00 (balanced)');
  });

  it('gives the plan’s figures in JSON, euros to the cent', () => {
    const { code, dossier } = json('commune-plan-finance.yaml');
    expect(code).toBe(0);
    expect(dossier.financement).toMatchObject({
      cout_total_ht: 11_900.4,
      aide_sollicitee: 9_024,
      autres_aides: [{ financeur: 'État (DETR)', montant: 400 }],
      total_autres_aides: 400,
      autofinancement: 2_476,
      autofinancement_origine: 'declare',
      total_ressources: 11_900,
      ecart: -0.4,
      equilibre: true,
      part_aides_publiques: 0.792,
      part_autofinancement: 0.208,
    });
  });
});

describe('an unbalanced plan (commune-plan-desequilibre.yaml)', () => {
  it('warns on financement with the figures and the fix, and stays eligible (fr, en, JSON)', () => {
    const fr = check('commune-plan-desequilibre.yaml');
    expect(fr.code).toBe(0);
    expect(fr.stdout).toContain('Plan de financement déséquilibré');
    expect(fr.stdout).toContain('inférieures de 1 830,00 € au coût du projet (11 180,00 € HT, total de toutes les dépenses');
    expect(fr.stdout).toContain('déséquilibré : il manque 1 830,00 € pour couvrir le coût');
    const en = check('commune-plan-desequilibre.yaml', '--lang', 'en');
    expect(en.stdout).toContain('Unbalanced financing plan');
    expect(en.stdout).toContain("fall €1,830.00 short of the project's cost (€11,180.00 excl. VAT");
    const { dossier } = json('commune-plan-desequilibre.yaml');
    expect(dossier.verdict).toBe('eligible');
    expect(dossier.financement).toMatchObject({ cout_total_ht: 11_180, total_ressources: 9_350, ecart: -1_830, equilibre: false });
    expect(dossier.problemes.find((problem) => problem.code === 'financement-desequilibre')).toMatchObject({
      gravite: 'avertissement',
      chemin: 'financement',
    });
  });
});

describe('self-financing under 20 % (epci-autofinancement-insuffisant.yaml)', () => {
  it('warns naming CGCT L1111-10 III and its derogations, quotes the law as law, and stays eligible (fr, en, JSON)', () => {
    const fr = check('epci-autofinancement-insuffisant.yaml');
    expect(fr.code).toBe(0);
    expect(fr.stdout).toContain('ne fait que 10,41 % des financements publics');
    expect(fr.stdout).toContain('Loi (Code général des collectivités territoriales, art. L1111-10 III');
    expect(fr.stdout).toContain('dérogations existent');
    const en = check('epci-autofinancement-insuffisant.yaml', '--lang', 'en');
    expect(en.stdout).toContain('is only 10.41% of the project');
    expect(en.stdout).toContain('Law (Code général des collectivités territoriales, art. L1111-10 III');
    const { dossier, clauses } = json('epci-autofinancement-insuffisant.yaml');
    expect(dossier.verdict).toBe('eligible');
    expect(dossier.financement).toMatchObject({
      autres_aides: [
        { financeur: 'État (DETR)', montant: 1_500 },
        { financeur: 'Région Auvergne-Rhône-Alpes', montant: 800 },
      ],
      total_autres_aides: 2_300,
      part_autofinancement: 0.1041,
      part_aides_publiques: 0.8959,
    });
    const warning = dossier.problemes.find((problem) => problem.code === 'autofinancement-insuffisant');
    expect(warning).toMatchObject({ gravite: 'avertissement', chemin: 'financement.autofinancement', clause: 'cgct-l1111-10' });
    expect(clauses['cgct-l1111-10']?.source).toBe('CGCT');
  });
});

describe('the cap reached exactly (from the review)', () => {
  it('says the cap is reached, not « non atteint », when the maximum equals it', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'plafond-')), 'plafond.yaml');
    writeFileSync(
      file,
      [
        'porteur: { nom: Commune de Montbrison, type: commune, siren: "214201477", code_insee: "42147" }',
        'projet: { titre: Bornes, axes: [simplifier-le-quotidien] }',
        'depenses:',
        '  - { libelle: Bornes interactives pour le public, montant_ht: 31250, categorie: equipement-numerique }',
        'financement: { aide_sollicitee: 25000, autofinancement: 6250 }',
        'depot: { date: 2022-07-21 }',
      ].join('\n'),
    );
    for (const [lang, reached, notReached] of [
      ['fr', 'Plafond de 25 000,00 € atteint', 'non atteint'],
      ['en', 'Cap of €25,000.00 reached', 'not reached'],
    ] as const) {
      const { stdout } = runBinary(['check', file, '--no-color', '--lang', lang]);
      expect(stdout).toContain(reached);
      expect(stdout).not.toContain(notReached);
    }
  });
});
