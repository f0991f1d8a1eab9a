import { describe, expect, it } from 'vitest';
import { baseDossier, check } from '../helpers.js';

/** The call's analysis criteria: documented or not, as advice that never changes the verdict. */
describe('analysis criteria', () => {
  const documented = (report: ReturnType<typeof check>) => report.criteres!.filter((criterion) => criterion.documente).map((c) => c.id);

  it('lists the six criteria of the call, none documented by a bare dossier, and the verdict stays eligible', () => {
    const report = check(baseDossier());
    expect(report.criteres!.map((criterion) => criterion.id)).toEqual([
      'innovation',
      'accompagnement_usagers',
      'mutualisation',
      'mode_projet',
      'replicabilite',
      'association_usagers',
    ]);
    expect(documented(report)).toEqual([]);
    expect(report.verdict).toBe('eligible');
    // Criteria are advice apart from the problems; the only notes are the financing plan's (no autofinancement given, cap not reached).
    expect(report.problemes.every((problem) => problem.gravite === 'info')).toBe(true);
    expect(report.problemes.map((problem) => problem.code).sort()).toEqual(['autofinancement-deduit', 'plafond-non-atteint']);
  });

  it('counts a sentence, not a word, and a list of associated communes for mutualisation', () => {
    const dossier = baseDossier();
    dossier.analyse = { innovation: 'oui', mode_projet: 'Un comité de pilotage mensuel avec les élus.' };
    dossier.projet.communes_associees = ['42147', '42094'];
    expect(documented(check(dossier))).toEqual(['mutualisation', 'mode_projet']);
  });

  it('is absent from a file that is not a dossier', () => {
    expect(check(['une liste']).criteres).toBeUndefined();
  });
});
