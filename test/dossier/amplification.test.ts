import { describe, expect, it } from 'vitest';
import { baseDossier, check } from '../helpers.js';

/**
 * A report grows with the dossier's mistakes, not with its size: a list of
 * 100 000 bad values is a handful of examples and one problem that counts
 * the rest (a 1.4 MB list once gave 100 000 problems, a 49 MB report and
 * 435 MB of memory).
 */
const MAX_SIMILAR = 20;

function countsOf(report: ReturnType<typeof check>) {
  const byCode = new Map<string, number>();
  for (const problem of report.problemes) byCode.set(problem.code, (byCode.get(problem.code) ?? 0) + 1);
  return byCode;
}

describe('a report bounded whatever the length of a list', () => {
  it('shows 20 unknown axes, then counts the rest in one problem, in both languages', () => {
    const dossier = baseDossier();
    dossier.projet.axes = ['simplifier-le-quotidien', ...Array.from({ length: 10_000 }, (_, index) => `axe-${index}`)];
    const report = check(dossier);
    const counts = countsOf(report);
    expect(counts.get('axe-inconnu')).toBe(MAX_SIMILAR);
    const rest = report.problemes.filter((problem) => problem.code === 'problemes-similaires-nombreux');
    expect(rest).toHaveLength(1);
    expect(rest[0]).toMatchObject({ chemin: 'projet.axes', gravite: 'avertissement' });
    expect(rest[0]!.message).toContain('9 980');
    expect(check(dossier, { lang: 'en' }).problemes.find((problem) => problem.code === 'problemes-similaires-nombreux')!.message).toContain(
      '9,980',
    );
    // The examples shown are still warnings: a valid axis is given.
    expect(report.verdict).toBe('eligible');
    expect(report.problemes.length).toBeLessThan(30);
  });

  it('keeps a blocking problem blocking when its repetitions are counted', () => {
    const dossier = baseDossier();
    dossier.projet.axes = Array.from({ length: 5_000 }, (_, index) => `axe-${index}`);
    const report = check(dossier);
    expect(countsOf(report).get('axe-inconnu')).toBe(MAX_SIMILAR);
    expect(report.problemes.find((problem) => problem.code === 'problemes-similaires-nombreux')).toMatchObject({ gravite: 'bloquant' });
    expect(report.verdict).toBe('a-completer');
  });

  it('bounds bad values in every list: associated towns, other grants, expense lines', () => {
    const dossier = baseDossier();
    dossier.projet.communes_associees = Array.from({ length: 3_000 }, () => ['x']);
    dossier.financement.autres_aides = Array.from({ length: 3_000 }, () => ({ financeur: 'x', montant: 'abc', autre: 1 }));
    dossier.depenses = Array.from({ length: 1_000 }, () => ({ libelle: 'x', montant_ht: 'abc', categorie: 'inconnue', taux_tva: 'z' }));
    const report = check(dossier);
    for (const [code, count] of countsOf(report)) {
      if (code !== 'problemes-similaires-nombreux') expect(count, code).toBeLessThanOrEqual(2 * MAX_SIMILAR);
    }
    expect(report.problemes.length).toBeLessThan(400);
    const counted = report.problemes.filter((problem) => problem.code === 'problemes-similaires-nombreux');
    expect(counted.map((problem) => problem.chemin)).toEqual(
      expect.arrayContaining(['projet.communes_associees', 'financement.autres_aides', 'depenses']),
    );
  });

  it('reports each repeated problem in full while there are 20 or fewer', () => {
    const dossier = baseDossier();
    dossier.projet.axes = ['simplifier-le-quotidien', ...Array.from({ length: MAX_SIMILAR }, (_, index) => `axe-${index}`)];
    const report = check(dossier);
    expect(countsOf(report).get('axe-inconnu')).toBe(MAX_SIMILAR);
    expect(countsOf(report).get('problemes-similaires-nombreux')).toBeUndefined();
  });
});
