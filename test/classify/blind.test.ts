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
  // Fixed since (round 2's costly answers): the server of a data centre shared with the member communes (the call's
  // mutualisation, axe 1), the projector with its ceiling fixing (works), now a mixed line.
  falseExcluded: [] as string[],
  mixedFirm: [] as string[],
  /**
   * On 180 lines of one item: no fewer right, no more left to verify. The first run gave 146, 155 and 28;
   * raised to the figures after issue 18's rules on what is bought and on who equipment is for by nature
   * (learnt from this round: not blind); then to 172, 179 and 8 after learning from round 2 (its costly answers and its doubts);
   * then to 179, 179 and 1 after learning from the doubts of rounds 1–3 (two helpers: obligations with a presumed
   * condition, trainings, software; equipment and whom it serves), merged; then to 180, 180 and 0 after round 7's
   * studies of a network (a study of fibre and wifi is the network).
   */
  rightDecision: 180,
  rightCategory: 180,
  toVerify: 0,
};

/** Round 2: first run on 2026-12-01 at 20:44 UTC, on main 44144e4, after learning from round 1 (and nothing from this one). */
const ROUND_2 = {
  file: 'blind-round-2.yaml',
  /**
   * Fixed since (learnt from this round, not blind): filing planning applications online (due by every commune),
   * the PES V2 licence (an obligation named by a decisive word outweighs how the software is bought), wooden marker
   * posts (furniture), fitting with a lift (works), a free licence with printing (the aside "(gratuit)" cancels the
   * licence), a press subscription (the purpose ends at " - "), a CACES training (no digital use), an extended
   * warranty (a service), office and school management software for agents and schools (their own equipment).
   */
  // Fixed since (learnt from the doubts of rounds 1–3, not blind): the open-data portal whose label gives 900 agents and « jeux de données obligatoires ».
  falseEligible: [] as string[],
  // Fixed since: the shared green data centre (eligible); the thermostats of a school (to verify, no longer excluded).
  falseExcluded: [] as string[],
  // Fixed since (learnt from round 6's mixed lines): robots for a social centre (the public's) and for a school.
  mixedFirm: [
    'Éclairage public connecté : 40 têtes LED pilotables + module Citylone, hors travaux de pose',
    "Dématérialisation des autorisations d'urbanisme (commune 6 000 hab.) : module obligatoire + extension de suivi en ligne des chantiers pour les habitants",
  ],
  /**
   * On 180 lines of one item: no fewer right, no more left to verify. The first run gave 139, 151 and 28; raised to
   * 161, 169 and 18 after learning from this round's costly answers and its doubts (not blind); then to 171, 173 and 9
   * after learning from the doubts of rounds 1–3 (presumed conditions of obligations, equipment and whom it serves);
   * category 174 after round 4's misses (a receipts condition "recettes > 5 000 €/an" is no price for a period).
   */
  rightDecision: 171,
  rightCategory: 174,
  toVerify: 9,
};

/** Round 3: first run on 2026-12-01 at 21:27 UTC, on main d3b8e80, after learning from rounds 1 and 2 (and nothing from this one). */
const ROUND_3 = {
  file: 'blind-round-3.yaml',
  // Fixed since (learnt from this round, not blind): a promotional video (« actions de communication »), publishing
  // the « données essentielles » (SCDL), an obligation of every buyer and grantor whatever its size.
  falseEligible: [] as string[],
  falseExcluded: [] as string[],
  // Fixed since: a post of project manager listed with a study (a post is staff); thermostats with the replacement
  // of radiators (works); workshops with the printing of flyers (an act before the thing names no item).
  // Fixed since (learnt from the doubts of rounds 1–3, not blind): a vendor's name before a spaced dash ("Cegid – licence … + maintenance") is a title;
  // "module" before a thing is not the item ("incluant module PayFiP" names PayFiP, an obligation).
  mixedFirm: [] as string[],
  /**
   * On 180 lines of one item: no fewer right, no more left to verify. The first run gave 165, 166 and 13; raised to
   * 167, 168 and 13 after learning from this round's costly answers (not blind); then to 178, 179 and 2 after the
   * doubts of rounds 1–3: presumed conditions of obligations, setting up an obligation, trainings of the public, a
   * right of use bought for ever, a development written short; meeting rooms, departments, video kits, furniture;
   * then to 179, 179 and 1 after round 7's studies, networks and obligations.
   */
  rightDecision: 179,
  rightCategory: 179,
  toVerify: 1,
};

/** Round 4: first run on 2026-12-01 at 23:14 UTC, on main cedee21, after learning from rounds 1 to 3 (and nothing from this one). */
const ROUND_4 = {
  file: 'blind-round-4.yaml',
  falseEligible: [] as string[],
  // Fixed since (learnt from this round, not blind): an audit of the IT equipment (a study, whatever it studies).
  falseExcluded: [] as string[],
  // Fixed since (learnt from this round, not blind): a part with a price for a period is an operating item ("+ contrat
  // maintenance 3 ans", "+ pack UTM 3 ans": "pack", "kit" wrap the thing); pulling a cable is cabling.
  mixedFirm: [] as string[],
  /**
   * On 180 lines of one item: no fewer right, no more left to verify. The first run gave 166, 170 and 13; raised to
   * 180, 180 and 0 after learning from its misses (two helpers: studies, obligations, trainings and services;
   * equipment, networks, works and the mixed-line rule), merged.
   */
  rightDecision: 180,
  rightCategory: 180,
  toVerify: 0,
};

/** Round 5: first run on 2026-12-02 at 00:02 UTC, on main 6684ed8, after learning from rounds 1 to 4 (and nothing from this one). */
const ROUND_5 = {
  file: 'blind-round-5.yaml',
  falseEligible: [] as string[],
  // Fixed since (learnt from this round, not blind): processing planning applications online below the threshold,
  // « au-delà de la simple réception » (a service the commune chooses).
  falseExcluded: [] as string[],
  // Fixed since (learnt from this round, not blind): a word naming two things ("Appli") decided by its aside is an
  // item; "support" opening a part that then names a service is that service.
  mixedFirm: [] as string[],
  /**
   * On 180 lines of one item: no fewer right, no more left to verify. The first run gave 174, 172 and 5; raised to
   * 180, 178 and 0 after learning from its misses (two helpers: obligations, trainings, studies; mixed lines and equipment), merged.
   */
  rightDecision: 180,
  rightCategory: 178,
  toVerify: 0,
};

/** Round 6: first run on 2026-12-02 at 00:30 UTC, on main 4559c18, after learning from rounds 1 to 5 (and nothing from this one). */
const ROUND_6 = {
  file: 'blind-round-6.yaml',
  // Fixed since (learnt from this round, not blind): overtime of agents (a staff cost opening the line is an operating
  // cost, whatever digital work it pays for).
  falseEligible: [] as string[],
  falseExcluded: [] as string[],
  // Fixed since (learnt from this round, not blind): a head word the lexicon does not know is named by the word
  // right after it when that word says what it is ("Piézomètres connectés", "connecteur PayFiP"); a media plan, space
  // bought, press relations are « actions de communication » (an item after "+"); the same device for the public and
  // for a school is « à vérifier » even when its own word leans to the school (a VPI); connected piezometers are
  // equipment, so the line with their network subscription is mixed.
  mixedFirm: [] as string[],
  /**
   * On 180 lines of one item: no fewer right, no more left to verify. The first run gave 172, 172 and 7; raised to
   * 180, 180 and 0 after learning from it (three helpers, merged): its staff cost, training (« Stage … 5 x 2h »),
   * electricity consumed and obligations whose conditions the label writes; a licence said perpetual; its misses on
   * equipment (instruments watching the territory, the authority's bodies, hand-held terminals, rentals, booths).
   */
  rightDecision: 180,
  rightCategory: 180,
  toVerify: 0,
};

/** Round 7: first run on 2026-12-02 at 02:13 UTC, on main 4b25d33, after learning from rounds 1 to 6 (and nothing from this one). */
const ROUND_7 = {
  file: 'blind-round-7.yaml',
  // Fixed since (learnt from this round, not blind): a study whose only subject is a network the call excludes is that network.
  falseEligible: [] as string[],
  falseExcluded: [] as string[],
  // Fixed since (learnt from this round, not blind): a head word the lexicon does not know that wraps a quantity
  // ("Lot 10 PC portables …") is a lot: the word after the quantity opens the item.
  mixedFirm: [] as string[],
  /**
   * On 180 lines of one item: no fewer right, no more left to verify. The first run gave 166, 170 and 13; raised to
   * 179, 180 and 1 after learning from it (two helpers, merged; not blind): its mixed lines and equipment (fitting
   * named alone, a network of libraries, power sockets, remote management of heating, displays, tools, desks,
   * lockers, mice) and its studies, networks, obligations, trainings and energy.
   */
  rightDecision: 179,
  rightCategory: 180,
  toVerify: 1,
};

/** Round 8: first run on 2026-12-02 at 02:48 UTC, on main 0a1adda, after learning from rounds 1 to 7 (and nothing from this one). */
const ROUND_8 = {
  file: 'blind-round-8.yaml',
  falseEligible: [] as string[],
  falseExcluded: [] as string[],
  mixedFirm: [] as string[],
  /** On 180 lines of one item: no fewer right, no more left to verify. The first run gave 171, 176 and 9. */
  rightDecision: 171,
  rightCategory: 176,
  toVerify: 9,
};

describe.each([ROUND_1, ROUND_2, ROUND_3, ROUND_4, ROUND_5, ROUND_6, ROUND_7, ROUND_8])(
  'the classifier on the blind round $file',
  (round) => {
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
  },
);
