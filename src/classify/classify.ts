import { createRequire } from 'node:module';
import type { Lexique, Reglement } from '../reglement/types.js';
import type { Params } from '../rules/finding.js';
import { Matcher, type Match } from './matcher.js';
import { foldAccents } from '../fold.js';
import { tokenize } from './normalize.js';

export type ClassifiedStatus = 'eligible' | 'exclue' | 'a-verifier';

/** What the line says besides its libellé. */
export interface LineSignals {
  libelle: string;
  /** usagers | agents | ecoles, when the dossier gives it. */
  beneficiaires?: string;
  htCents?: number;
  /** The applicant commune's population, for obligations that start at a threshold. */
  population?: number;
}

export interface Classification {
  /** The category the words point to; absent when they point nowhere. */
  category?: string;
  status: ClassifiedStatus;
  /** 0 to 1: how far the winning category is ahead of the others. */
  confidence: number;
  /** The words of the libellé that decided, as written. */
  words: string[];
  /** Why, as a message code and its values. */
  reason: { code: string; params: Params };
}

const WEIGHTS = { decisifs: 6, forts: 3, indices: 1 } as const;
/** French noun phrases put their head first: "Formation à l'outil…", "Abonnement au logiciel…". */
const HEAD_BONUS = 1;
/** What further words of a category add to its best one, at most. */
const MAX_EXTRA_POINTS = 2;
/** An opposite category this close means the words pull both ways. */
const CONFLICT_MARGIN = 2;

const EQUIPMENT = 'equipement-numerique';
const OBLIGATION = 'obligation-legale';
const OPERATING = 'fonctionnement';
const INTERNAL_EQUIPMENT = 'equipement-interne';
/** Categories the classifier reasons about by name: every edition must have them. */
export const CLASSIFIER_CATEGORIES: readonly string[] = [EQUIPMENT, OBLIGATION, OPERATING, INTERNAL_EQUIPMENT];

interface CategoryTarget {
  category: string;
  weight: number;
}

interface Threshold {
  obligation: { fr: string; en: string };
  seuil: number;
}

interface Compiled {
  /** null: a phrase that means no category but must not be read word by word ("hébergement touristique"). */
  categories: Matcher<CategoryTarget | null>;
  thresholds: Matcher<Threshold>;
  destinations: Matcher<'interne' | 'public'>;
  accessories: Matcher<true>;
}

const compiledLexicons = new WeakMap<Lexique, Compiled>();

// src/classify and dist/classify are both two levels below the package root.
const loadGenerated = createRequire(import.meta.url);
let realWords: Set<string> | undefined;

/** Real French words one letter away from the lexicon's (generated at build time): never "corrected". */
function isRealWord(word: string): boolean {
  realWords ??= new Set(loadGenerated('../../generated/classify/real-words.json') as string[]);
  return realWords.has(word);
}

function compile(lexique: Lexique): Compiled {
  const cached = compiledLexicons.get(lexique);
  if (cached) return cached;
  const categoryEntries: [string, CategoryTarget | null][] = (lexique.neutres ?? []).map((phrase) => [phrase, null]);
  for (const [category, words] of Object.entries(lexique.categories)) {
    for (const strength of ['decisifs', 'forts', 'indices'] as const) {
      for (const phrase of words[strength] ?? []) categoryEntries.push([phrase, { category, weight: WEIGHTS[strength] }]);
    }
  }
  // Accessories are "protections associées" of an equipment: a hint of it, never proof.
  for (const phrase of lexique.accessoires) categoryEntries.push([phrase, { category: EQUIPMENT, weight: WEIGHTS.indices }]);
  const compiled: Compiled = {
    categories: new Matcher(categoryEntries, lexique.abreviations, isRealWord),
    destinations: new Matcher(
      [
        ...lexique.destinations.interne.map((phrase): [string, 'interne'] => [phrase, 'interne']),
        ...lexique.destinations.public.map((phrase): [string, 'public'] => [phrase, 'public']),
      ],
      lexique.abreviations,
      isRealWord,
    ),
    thresholds: new Matcher(
      lexique.obligationsParPopulation.flatMap(({ obligation, seuil, termes }) =>
        termes.map((phrase): [string, Threshold] => [phrase, { obligation, seuil }]),
      ),
      lexique.abreviations,
    ),
    accessories: new Matcher(
      lexique.accessoires.map((phrase): [string, true] => [phrase, true]),
      lexique.abreviations,
    ),
  };
  compiledLexicons.set(lexique, compiled);
  return compiled;
}

interface Score {
  category: string;
  score: number;
  words: string[];
  /** Whether a strong or decisive word is among them: hints alone never decide. */
  strong: boolean;
}

/**
 * Puts an expense line in a category of the call from its words, and says
 * how sure it is. A false "eligible" promises money that will not come, so
 * every doubt (weak words, words pulling both ways, equipment whose users are
 * not said) gives "a-verifier" with the likely category.
 */
export function classifyLine(signals: LineSignals, reglement: Reglement): Classification {
  const lexicon = compile(reglement.lexique);
  const tokens = tokenize(signals.libelle, reglement.lexique.abreviations);
  const scores = scoreCategories(withoutNegated(lexicon.categories.match(tokens), tokens));
  addRecurringCost(scores, signals.libelle);
  const threshold = populationThreshold(scores.get(OBLIGATION), () => lexicon.thresholds.match(tokens), signals.population);
  // Below the threshold the law does not require the line: it is not excluded as an obligation.
  if (threshold?.below) scores.delete(OBLIGATION);
  const destination = destinationOf(signals.beneficiaires, lexicon.destinations.match(tokens));

  // "Équipements des agents, des écoles" are excluded; the same equipment for the public is not.
  if (destination.side === 'interne') merge(scores, EQUIPMENT, INTERNAL_EQUIPMENT, destination.words);
  if (destination.side === 'public') merge(scores, INTERNAL_EQUIPMENT, EQUIPMENT, destination.words);

  const ranked = [...scores.values()].sort((a, b) => b.score - a.score);
  const best = ranked[0];
  const decided = best ? decide(best, ranked, destination, tokens, lexicon, signals, reglement) : undefined;
  if (threshold?.below && (!decided || decided.status === 'eligible')) {
    // Receiving planning applications online is due by every commune: a person must see what the line adds.
    return {
      category: best?.category,
      status: 'a-verifier',
      confidence: 0.5,
      words: threshold.words,
      reason: {
        code: 'classe-obligation-sous-seuil',
        params: { ...threshold.params, categorie: best?.category, mots: threshold.words.join(', ') },
      },
    };
  }
  if (!decided) return { status: 'a-verifier', confidence: 0, words: [], reason: { code: 'classe-aucun-signal', params: {} } };
  if (decided.status === 'exclue' && decided.category === OBLIGATION && threshold) {
    return { ...decided, reason: { code: 'classe-obligation-seuil-atteint', params: { ...decided.reason.params, ...threshold.params } } };
  }
  return decided;
}

function decide(
  best: Score,
  ranked: readonly Score[],
  destination: ReturnType<typeof destinationOf>,
  tokens: ReturnType<typeof tokenize>,
  lexicon: Compiled,
  signals: LineSignals,
  reglement: Reglement,
): Classification {
  const isEligible = (category: string) => reglement.categories.find((candidate) => candidate.id === category)?.eligible === true;
  const bestEligible = isEligible(best.category);
  const opposite = ranked.find((score) => isEligible(score.category) !== bestEligible);
  const confidence = Math.round((best.score / (best.score + (opposite?.score ?? 0) + 2)) * 100) / 100;
  const words = best.category === EQUIPMENT ? [...best.words, ...destination.words] : best.words;
  const result = (status: ClassifiedStatus, code: string, params: Params = {}): Classification => ({
    category: best.category,
    status,
    confidence,
    words,
    reason: { code, params: { categorie: best.category, mots: words.join(', '), confiance: confidence, ...params } },
  });

  if (opposite && best.score - opposite.score < CONFLICT_MARGIN) {
    return result('a-verifier', 'classe-conflit', { autre: opposite.category, motsAutre: opposite.words.join(', ') });
  }
  // Hints add up, but never decide without a strong word.
  if (!best.strong) {
    const cheap = signals.htCents !== undefined && signals.htCents < reglement.lexique.seuilAccessoiresCentimes;
    if (best.category === EQUIPMENT && cheap && onlyAccessories(best.words, tokens, lexicon)) {
      return result('a-verifier', 'classe-accessoires', { seuil: reglement.lexique.seuilAccessoiresCentimes });
    }
    return result('a-verifier', 'classe-faible');
  }
  if (!bestEligible) return result('exclue', 'classe-exclue');
  if (best.category === EQUIPMENT && destination.side === undefined) return result('a-verifier', 'classe-destination-inconnue');
  if (best.category === EQUIPMENT && destination.side === 'mixte') return result('a-verifier', 'classe-destination-mixte');
  return result('eligible', 'classe-eligible');
}

/** Moves a category's score into another, with the words that decided the move. */
function merge(scores: Map<string, Score>, from: string, into: string, extraWords: readonly string[]): void {
  const moved = scores.get(from);
  if (!moved) return;
  scores.delete(from);
  const target = scores.get(into) ?? { category: into, score: 0, words: [], strong: false };
  scores.set(into, {
    category: into,
    score: Math.max(target.score, moved.score) + Math.min(target.words.length, MAX_EXTRA_POINTS),
    words: [...target.words, ...moved.words, ...extraWords],
    strong: target.strong || moved.strong,
  });
}

/**
 * A price for a period ("pour 12 mois", "29 €/mois", "1 an", "par an") is a
 * renewable cost, an operating expense for the call (domain notes: any
 * renewable subscription); a warranty period is not.
 */
const RECURRING = /(?<!garanti\w*\s)(?<!garanti\w* de\s)\b\d+\s*(?:mois|ans?|annees?)\b|\/\s*(?:mois|an)\b|\bpar (?:mois|an)\b/;

function addRecurringCost(scores: Map<string, Score>, libelle: string): void {
  const match = RECURRING.exec(foldAccents(libelle));
  if (!match) return;
  const score = scores.get(OPERATING) ?? { category: OPERATING, score: 0, words: [], strong: false };
  score.words.push(match[0]);
  score.score = Math.max(score.score, WEIGHTS.decisifs) + Math.min(score.words.length - 1, MAX_EXTRA_POINTS);
  score.strong = true;
  scores.set(OPERATING, score);
}

/**
 * Words that cancel what follows: "hors maintenance", "sans abonnement",
 * "pour remplacer la location". ("Remplacement du serveur" is a purchase, and
 * "non-conformités RGAA" an obligation: neither negates.)
 */
// Tokens are stemmed: "hors" is "hor", "sans" is "san".
const NEGATIONS = [/\bhor\b/, /\bsan\b/, /\bpour remplacer\b/];
const NEGATION_REACH = 3;
/** What every negation above contains: most lines have none of it, and need no look around each match. */
const NEGATING = /hor|san|remplacer/;

function withoutNegated<T>(matches: readonly Match<T>[], tokens: readonly { text: string }[]): readonly Match<T>[] {
  if (!tokens.some((token) => NEGATING.test(token.text))) return matches;
  return matches.filter((match) => {
    const before = tokens
      .slice(Math.max(0, match.start - NEGATION_REACH - 1), match.start)
      .map((token) => token.text)
      .join(' ');
    return !NEGATIONS.some((negation) => negation.test(before));
  });
}

/**
 * When every word that makes a line a legal obligation names one that binds
 * communes only from a population on, the applicant's population decides.
 */
function populationThreshold(
  obligation: Score | undefined,
  thresholdMatches: () => readonly Match<Threshold>[],
  population: number | undefined,
): { below: boolean; words: string[]; params: Params } | undefined {
  // Most lines name no obligation: their words need no second reading.
  if (!obligation || population === undefined) return undefined;
  const matches = thresholdMatches();
  const first = matches[0]?.targets[0];
  if (!first) return undefined;
  const words = matches.map((match) => match.words.join(' '));
  if (!obligation.words.every((word) => words.includes(word))) return undefined;
  return {
    below: population < first.seuil,
    words,
    params: { population, seuil: first.seuil, obligationFr: first.obligation.fr, obligationEn: first.obligation.en },
  };
}

/**
 * A category's score is its best word, plus a point for each other word:
 * many generic words ("paramétrage du portail") must not outvote one precise
 * word ("Chorus Pro"). The first strong word of the line is its head (French
 * puts it first: "Formation à l'outil…") and counts a little more.
 */
function scoreCategories(matches: readonly Match<CategoryTarget | null>[]): Map<string, Score> {
  const best = new Map<string, number>();
  const scores = new Map<string, Score>();
  const head = matches.find((match) => match.targets.some((target) => target !== null && target.weight >= WEIGHTS.forts));
  for (const match of matches) {
    // A phrase listed twice for one category (as a hint and as an accessory) counts once, at its best.
    const weights = new Map<string, number>();
    for (const target of match.targets) {
      if (target) weights.set(target.category, Math.max(weights.get(target.category) ?? 0, target.weight));
    }
    for (const [category, weight] of weights) {
      const points = weight + (match === head && weight >= WEIGHTS.forts ? HEAD_BONUS : 0);
      const score = scores.get(category) ?? { category, score: 0, words: [], strong: false };
      score.words.push(match.words.join(' '));
      score.strong ||= weight >= WEIGHTS.forts;
      const top = Math.max(best.get(category) ?? 0, points);
      best.set(category, top);
      score.score = top + Math.min(score.words.length - 1, MAX_EXTRA_POINTS);
      scores.set(category, score);
    }
  }
  return scores;
}

type Side = 'interne' | 'public' | 'mixte' | undefined;

/** Who the line's equipment is for: the declared beneficiaries first, else the words. */
function destinationOf(
  beneficiaires: string | undefined,
  matches: readonly Match<'interne' | 'public'>[],
): { side: Side; words: string[] } {
  if (beneficiaires === 'agents' || beneficiaires === 'ecoles') return { side: 'interne', words: [`beneficiaires: ${beneficiaires}`] };
  if (beneficiaires === 'usagers') return { side: 'public', words: ['beneficiaires: usagers'] };
  if (matches.length === 0) return { side: undefined, words: [] };
  const sides = new Set(matches.flatMap((match) => match.targets));
  const words = matches.map((match) => match.words.join(' '));
  if (sides.size === 2) return { side: 'mixte', words };
  if (sides.has('interne')) return { side: 'interne', words };
  if (sides.has('public')) return { side: 'public', words };
  return { side: undefined, words: [] };
}

function onlyAccessories(words: readonly string[], tokens: ReturnType<typeof tokenize>, lexicon: Compiled): boolean {
  const accessoryWords = new Set(lexicon.accessories.match(tokens).map((match) => match.words.join(' ')));
  return words.every((word) => accessoryWords.has(word));
}
