import { describe, expect, it } from 'vitest';
import { describeFigures, measureBlind } from './blind.js';

/**
 * Blind rounds (issue 18): labels written by someone given only the call, the
 * dossier format, the domain notes and the category ids, never the lexicon.
 * Each set was run once before anything was learnt from it; its first-run
 * figures are in docs/classification.md. The lists below are the wrong answers
 * of that first run: a new wrong answer fails the suite; a fixed one comes off
 * its list (the test says which), so the figures only move forward.
 */
const ROUND_1 = {
  file: 'blind-round-1.yaml',
  // Fixed since (issue 18, what is bought): the firewall of the town hall's network (its own infrastructure),
  // the open data portal (the open-data obligation, to verify), the connected lockers, the remote management of
  // lighting cabinets (to verify), the licence bought "pas d abonnement".
  falseEligible: [] as string[],
  falseExcluded: ['Serveur pour le data center mutualise de la CC (hebergement des donnees des 14 communes membres)'],
  mixedFirm: ["Vidéoprojecteur salle d'animation numérique (public) + fixation plafond et tirage électrique"],
  /**
   * On 180 lines of one item: no fewer right, no more left to verify. The first run gave 146, 155 and 28;
   * raised to the figures after issue 18's rules on what is bought and on who equipment is for by nature
   * (learnt from this round: not blind).
   */
  rightDecision: 169,
  rightCategory: 177,
  toVerify: 10,
};

describe.each([ROUND_1])('the classifier on the blind round $file', (round) => {
  const figures = measureBlind(round.file);
  console.log(describeFigures(round.file, figures));

  it('calls no excluded line eligible but those of its first run', () => {
    expect(figures.falseEligible.filter((libelle) => !round.falseEligible.includes(libelle))).toEqual([]);
  });

  it('calls no eligible line excluded but those of its first run', () => {
    expect(figures.falseExcluded.filter((libelle) => !round.falseExcluded.includes(libelle))).toEqual([]);
  });

  it('gives no mixed line a firm status but those of its first run', () => {
    expect(figures.mixedFirm.filter((libelle) => !round.mixedFirm.includes(libelle))).toEqual([]);
  });

  it('decides and categorises at least as many lines as its first run, and leaves no more to verify', () => {
    expect(figures.rightDecision).toBeGreaterThanOrEqual(round.rightDecision);
    expect(figures.rightCategory).toBeGreaterThanOrEqual(round.rightCategory);
    expect(figures.toVerify).toBeLessThanOrEqual(round.toVerify);
  });
});
