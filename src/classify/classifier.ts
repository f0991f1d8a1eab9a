import type { LegalObligation, Lexique, Reglement, WordSense } from '../reglement/types.js';
import type { Params } from '../vocabulary.js';
import { Matcher, type Match } from './matcher.js';
import { foldAccents } from '../fold.js';
import { tokenize, type Token } from './normalize.js';
import { readQuantities } from './quantity.js';
import { ttcFromHt } from '../money/vat.js';

export type ClassifiedStatus = 'eligible' | 'exclue' | 'a-verifier';

/** What the line says besides its libellé. */
export interface LineSignals {
  libelle: string;
  /** One of the edition's beneficiaries (usagers, agents, ecoles in 2022), when the dossier gives it. */
  beneficiaires?: string;
  htCents?: number;
  /** The line's TTC amount, when the dossier gives it with its rate. */
  ttcCents?: number;
  /** The line's VAT rate, in hundredths of a percent (20 % = 2000), when the dossier gives one the edition lists. */
  vatHundredths?: number;
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
/** The convention between a creation and a licence bought applies when an edition has both categories. */
const STUDY = 'etude-developpement';
const SOFTWARE = 'logiciel';

interface CategoryTarget {
  category: string;
  weight: number;
}

/** 'inert': a phrase that holds a negation word and cancels nothing ("pas à pas"). */
type GrammarWord = 'purpose' | 'negates-next' | 'negates-previous' | 'inert';

interface Compiled {
  /** null: a phrase that means no category but must not be read word by word ("hébergement touristique"). */
  categories: Matcher<CategoryTarget | null>;
  obligations: Matcher<LegalObligation>;
  destinations: Matcher<'interne' | 'public'>;
  /** Equipment whose users are fixed by what it is (lexicon destinations.parNature). */
  byNature: Matcher<'interne' | 'public'>;
  /** Buildings of the authority: where equipment of the territory sits, not who uses it. */
  buildings: Matcher<true>;
  /** What a thing does from afar ("télérelève"): written first, the thing is named after it. */
  remoteFunctions: Matcher<true>;
  /** What says a person runs an activity ("animés par"): the person after it is no user (lexicon destinations.menePar). */
  leaders: Matcher<true>;
  /** What equipment can watch in the territory, and the devices people use (lexicon destinations.suiviDuTerritoire). */
  watchedSubjects: Matcher<true>;
  peoplesDevices: Matcher<true>;
  accessories: Matcher<true>;
  /** Negations and purposes, read in one pass: "hors", "non compris", "pour". */
  grammar: Matcher<GrammarWord>;
  lifetimes: Matcher<true>;
  oneOffServices: Matcher<true>;
  /** Words with two senses: each term, and the words around it that choose its other sense. */
  senses: Matcher<WordSense>;
  senseCues: Matcher<WordSense>;
  senseVetoes: Matcher<WordSense>;
  products: Matcher<true>;
  /** Words that, opening the line, name a study whatever it studies (lexicon etudesEnTete). */
  studyHeads: Matcher<true>;
  /** Words that, opening the line, name what is paid whatever it is for (lexicon tetesDeLigne). */
  lineHeads: Matcher<CategoryTarget & { opensAnyPart: boolean }>;
  /** Words that, opening the line, name a rental whatever is rented (lexicon locationsEnTete). */
  rentalHeads: Matcher<true>;
  /** Setting up a thing ("intégration", "paramétrage"): with an obligation after it, the line sets up the obligation. */
  setupActs: Matcher<true>;
  /** Words that say a thing is compulsory (lexicon ditObligatoire), on folded lower-case text. */
  compulsory: RegExp;
  /** Words and signs of a comparison (lexicon conditionsEcrites), on folded lower-case text. */
  writtenCondition: RegExp;
  /** The mixed-line rule's separators and articles, from the lexicon. */
  itemBreak: RegExp;
  /** The separators that end what a purpose word introduces: "Tablettes pour l'EPN + maintenance". */
  purposeBreak: RegExp;
  /** The separators that end a purpose but a dash: what lists another item ("+", "avec"), not a title ("PayFiP - interface"). */
  listBreak: RegExp;
  beforeThing: RegExp;
  /** Fitting named alone ("pose", "installation"), folded: it goes with the thing it fits. */
  fittings: ReadonlySet<string>;
  /** A quantity alone ("10", "x6"). */
  quantity: RegExp;
  /** An act written before the thing it acts on, from the lexicon ("impression", "remplacement"). */
  actBeforeThing: RegExp;
  /** Right after a head word the lexicon does not know, a word that names the item ("connecté"), from the lexicon. */
  qualifier: RegExp;
  /** The last word of a separator that adds an item to a list ("et", "ainsi que"), as a token. */
  listsAnItem: RegExp;
  population: RegExp | undefined;
}

/** What a purpose word ("pour", "destiné à") introduces: from it to the end of its item of the line. */
interface Purpose {
  start: number;
  /** The index after the last token it reaches. */
  end: number;
}

/**
 * A purpose reaches the end of the line, or of its item when the line lists
 * items ("Tablettes pour l'EPN + contrat de maintenance": the maintenance is
 * another item, not what the tablets are for).
 */
function purposeOf(
  word: Match<GrammarWord> | undefined,
  libelle: string,
  tokenCount: number,
  lexique: Lexique,
  lexicon: Compiled,
): Purpose | undefined {
  if (!word) return undefined;
  if (!lexicon.purposeBreak.test(libelle)) return { start: word.start, end: tokenCount };
  const pieces: number[] = [];
  libelle.split(lexicon.purposeBreak).forEach((piece, index) => {
    for (let count = tokenize(piece, lexique.abreviations).length; count > 0; count--) pieces.push(index);
  });
  if (pieces.length !== tokenCount) return { start: word.start, end: tokenCount };
  let end = word.end;
  while (end < tokenCount && pieces[end] === pieces[word.start]) end++;
  return { start: word.start, end };
}

/** For a matcher that never corrects a typing mistake. */
const asWritten = () => true;

/** Each lexicon compiled once for each list of real words it is read with. */
const compiledLexicons = new WeakMap<Lexique, WeakMap<ReadonlySet<string>, Compiled>>();

/**
 * @param realWords real French words one letter away from the lexicon's
 *   (generated/classify/real-words.json, made at build time): never "corrected".
 */
function compile(lexique: Lexique, realWords: ReadonlySet<string>): Compiled {
  const cached = compiledLexicons.get(lexique)?.get(realWords);
  if (cached) return cached;
  const isRealWord = (word: string) => realWords.has(word);
  const categoryEntries: [string, CategoryTarget | null][] = (lexique.neutres ?? []).map((phrase) => [phrase, null]);
  for (const [category, words] of Object.entries(lexique.categories)) {
    for (const strength of ['decisifs', 'forts', 'indices'] as const) {
      for (const phrase of words[strength] ?? []) categoryEntries.push([phrase, { category, weight: WEIGHTS[strength] }]);
    }
  }
  // Accessories are "protections associées" of an equipment: a hint of it, never proof.
  for (const phrase of lexique.accessoires) categoryEntries.push([phrase, { category: EQUIPMENT, weight: WEIGHTS.indices }]);
  // Equipment whose users are fixed by what it is names equipment, whatever the categories' words say of it.
  const byNature = lexique.destinations.parNature ?? { interne: [], public: [] };
  for (const phrase of [...byNature.public, ...byNature.interne])
    categoryEntries.push([phrase, { category: EQUIPMENT, weight: WEIGHTS.forts }]);
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
    byNature: new Matcher(
      [
        ...byNature.interne.map((phrase): [string, 'interne'] => [phrase, 'interne']),
        ...byNature.public.map((phrase): [string, 'public'] => [phrase, 'public']),
      ],
      lexique.abreviations,
      isRealWord,
    ),
    obligations: new Matcher(
      lexique.obligations.flatMap((obligation) => obligation.termes.map((phrase): [string, LegalObligation] => [phrase, obligation])),
      lexique.abreviations,
    ),
    buildings: phrases(lexique.destinations.batiments ?? [], lexique, isRealWord),
    remoteFunctions: phrases(lexique.destinations.fonctionsADistance ?? [], lexique, isRealWord),
    leaders: phrases(lexique.destinations.menePar ?? [], lexique, isRealWord),
    watchedSubjects: phrases(lexique.destinations.suiviDuTerritoire?.sujets ?? [], lexique, isRealWord),
    peoplesDevices: phrases(lexique.destinations.suiviDuTerritoire?.appareils ?? [], lexique, isRealWord),
    accessories: phrases(lexique.accessoires, lexique, isRealWord),
    grammar: new Matcher(
      [
        ...(lexique.motsDeBut ?? []).map((phrase): [string, GrammarWord] => [phrase, 'purpose']),
        ...(lexique.negations?.avant ?? []).map((phrase): [string, GrammarWord] => [phrase, 'negates-next']),
        ...(lexique.negations?.apres ?? []).map((phrase): [string, GrammarWord] => [phrase, 'negates-previous']),
        ...(lexique.negations?.sansEffet ?? []).map((phrase): [string, GrammarWord] => [phrase, 'inert']),
      ],
      lexique.abreviations,
      isRealWord,
    ),
    lifetimes: phrases(lexique.dureesDuBien ?? [], lexique, isRealWord),
    oneOffServices: phrases(lexique.prestationsPonctuelles ?? [], lexique, isRealWord),
    senses: new Matcher(
      (lexique.sens ?? []).map((sense): [string, WordSense] => [sense.terme, sense]),
      lexique.abreviations,
      isRealWord,
    ),
    // Neighbours are short words read as written: "licence" is no mistyped "licencié".
    senseCues: new Matcher(
      (lexique.sens ?? []).flatMap((sense) => sense.si.map((cue): [string, WordSense] => [cue, sense])),
      lexique.abreviations,
      asWritten,
    ),
    senseVetoes: new Matcher(
      (lexique.sens ?? []).flatMap((sense) => (sense.sauf ?? []).map((cue): [string, WordSense] => [cue, sense])),
      lexique.abreviations,
      asWritten,
    ),
    products: phrases(lexique.produitsNumeriques ?? [], lexique, isRealWord),
    studyHeads: phrases(lexique.etudesEnTete?.termes ?? [], lexique, isRealWord),
    lineHeads: new Matcher(
      (lexique.tetesDeLigne ?? []).flatMap(({ categorie, force, termes, ouvreUnePartie }) =>
        termes.map((terme): [string, CategoryTarget & { opensAnyPart: boolean }] => [
          terme,
          { category: categorie, weight: WEIGHTS[force], opensAnyPart: ouvreUnePartie === true },
        ]),
      ),
      lexique.abreviations,
      isRealWord,
    ),
    rentalHeads: phrases(lexique.locationsEnTete?.termes ?? [], lexique, isRealWord),
    setupActs: phrases(lexique.miseEnPlace ?? [], lexique, isRealWord),
    // Built once per lexicon, not for each line: words whole (\b…\b), a sign ("≥") anywhere.
    compulsory: anyOf((lexique.ditObligatoire ?? []).map((word) => String.raw`\b${escapeRegExp(word)}\b`)),
    writtenCondition: anyOf(
      (lexique.conditionsEcrites ?? []).map((word) => (/^\p{L}/u.test(word) ? String.raw`\b${escapeRegExp(word)}\b` : escapeRegExp(word))),
    ),
    ...mixedLineWords(lexique),
    population: writtenPopulationPattern(lexique),
  };
  if (!compiledLexicons.has(lexique)) compiledLexicons.set(lexique, new WeakMap());
  compiledLexicons.get(lexique)!.set(realWords, compiled);
  return compiled;
}

/** Whether the line's first strong word names a service that ends (a study, a training), whose length is not a price for a period. */
function isOneOffHead(matches: readonly Match<CategoryTarget | null>[], tokens: ReturnType<typeof tokenize>, lexicon: Compiled): boolean {
  const head = matches.find((match) => match.targets.some((target) => target !== null && target.weight >= WEIGHTS.forts));
  return head !== undefined && lexicon.oneOffServices.match(tokens).some((match) => match.start <= head.start && head.start < match.end);
}

function phrases(list: readonly string[], lexique: Lexique, isRealWord: (word: string) => boolean): Matcher<true> {
  return new Matcher(
    list.map((phrase): [string, true] => [phrase, true]),
    lexique.abreviations,
    isRealWord,
  );
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
export function classifyLine(signals: LineSignals, reglement: Reglement, realWords: ReadonlySet<string>): Classification {
  const lexicon = compile(reglement.lexique, realWords);
  const tokens = tokenize(signals.libelle, reglement.lexique.abreviations);
  const grammar = lexicon.grammar.match(tokens);
  const having = (kind: GrammarWord) => grammar.filter((match) => match.targets.includes(kind));
  const negations = { before: having('negates-next'), after: having('negates-previous') };
  // Most lines have no negation: their parts need not be told apart.
  const negated = negations.before.length > 0 || negations.after.length > 0;
  const clauses = negated ? clauseOfEachToken(signals.libelle, tokens.length, reglement.lexique) : [];
  const meant = inOneSense(lexicon.categories.match(tokens), tokens, lexicon);
  const read = withoutNegated(meant, negations, clauses);
  // Where the line says a thing is free or left out ("licence (offerte)", "hors pose").
  const negatedStarts = new Set(meant.filter((match) => !read.includes(match)).map((match) => match.start));
  const purpose = purposeOf(
    grammar.find((match) => match.targets.includes('purpose')),
    signals.libelle,
    tokens.length,
    reglement.lexique,
    lexicon,
  );
  const scores = scoreCategories(
    aboutTheirSubject(
      withoutPurposeOfExcludedThing(
        actOfItsSubject(
          actOfItsSubject(
            ownedDevicesAsSubject(paidByItsHead(read, tokens, signals.libelle, lexicon, reglement.lexique), tokens, reglement.lexique),
            tokens,
            lexicon.studyHeads,
            reglement.lexique.etudesEnTete,
          ),
          tokens,
          lexicon.rentalHeads,
          reglement.lexique.locationsEnTete,
        ),
        purpose,
        reglement,
      ),
      reglement,
    ),
  );
  preferLicenceBought(scores, read, tokens, lexicon);
  addCountedUnits(scores, signals.libelle, reglement.lexique);
  const renewable = addRecurringCost(scores, signals.libelle, lexicon, reglement.lexique, () => isOneOffHead(read, tokens, lexicon));
  // The dossier's population first (the official geography); else the one the label gives, said in the reason.
  const written = signals.population === undefined ? writtenPopulation(signals.libelle, lexicon) : undefined;
  const population = signals.population ?? written?.inhabitants;
  const obligation = obligationBinding(
    scores.get(OBLIGATION),
    () => lexicon.obligations.match(tokens),
    population,
    written?.words,
    writtenAgents(signals.libelle),
  );
  // "(105 000 hab., > 50 agents)", "(recettes ~95 k€/an)": the label says the obligation's conditions are met, as if it
  // said it is compulsory; not a line that lists another item with it ("Logiciel de facturation + connecteur PayFiP").
  const saysItBinds =
    saysCompulsory(signals.libelle, lexicon) ||
    (!lexicon.listBreak.test(signals.libelle) &&
      (statesACondition(signals.libelle, lexicon) ||
        writtenAgents(signals.libelle) !== undefined ||
        (written ?? writtenPopulation(signals.libelle, lexicon)) !== undefined));
  obligationOverLicence(scores, read, obligation?.state, saysItBinds);
  obligationOverProduct(scores, read, obligation?.state, tokens, lexicon, signals.libelle, reglement.lexique, saysItBinds);
  // Below the threshold the law does not require the line: it is not excluded as an obligation.
  // "Instruction des ADS (au-delà de la simple réception par mail)": the line says what it adds to the floor.
  const beyondFloor = obligation?.state === 'floor' && goesBeyond(signals.libelle, reglement.lexique);
  const threshold = obligation?.state === 'floor' && !beyondFloor ? obligation : undefined;
  if (obligation?.state === 'floor' || obligation?.state === 'not-due') scores.delete(OBLIGATION);
  const natureMatches = thingBoughtByNature(
    read,
    purpose,
    () => lexicon.byNature.match(tokens),
    () => lexicon.remoteFunctions.match(tokens),
    () => lexicon.accessories.match(tokens),
  );
  const destinationMatches = withoutLeaders(
    withoutBuildings(lexicon.destinations.match(tokens), natureMatches, () => lexicon.buildings.match(tokens)),
    tokens,
    lexicon,
  );
  const destination = destinationOf(
    signals.beneficiaires,
    reglement,
    destinationMatches,
    natureMatches.length > 0 || destinationMatches.length > 0 ? natureMatches : territoryWatched(read, tokens, lexicon),
  );

  // "Équipements des agents, des écoles" are excluded; the same equipment for the public is not.
  if (destination.side === 'interne') merge(scores, EQUIPMENT, INTERNAL_EQUIPMENT, destination.words);
  softwareOfTheOffice(scores, destination.side, destination.words);
  if (destination.side === 'public') merge(scores, INTERNAL_EQUIPMENT, EQUIPMENT, destination.words);

  // On a tie a legal obligation comes first: whether it binds the applicant is what a person must check.
  const obligationFirst = (score: Score) => (score.category === OBLIGATION ? 0 : 1);
  const ranked = [...scores.values()].sort((a, b) => b.score - a.score || obligationFirst(a) - obligationFirst(b));
  const best = ranked[0];
  const decided = best ? decide(best, ranked, destination, tokens, lexicon, signals, reglement) : undefined;
  // "Module d'instruction des autorisations d'urbanisme, achat licence": processing is more than the floor, and the
  // line says firmly what it buys.
  if (threshold && decided?.status === 'eligible' && goesBeyond(signals.libelle, reglement.lexique, 'depasseLePlancher')) {
    return { ...decided, reason: { code: 'classe-eligible-hors-obligation', params: { ...decided.reason.params, ...threshold.params } } };
  }
  if (threshold && (!decided || decided.status === 'eligible')) {
    // Receiving planning applications online is due by every commune: a person must see what the line adds.
    return {
      category: best?.category ?? OBLIGATION,
      status: 'a-verifier',
      confidence: 0.5,
      words: threshold.words,
      reason: {
        code: 'classe-obligation-sous-seuil',
        params: { ...threshold.params, categorie: best?.category, mots: threshold.words.join(', ') },
      },
    };
  }
  if (!decided && obligation?.state === 'not-due') {
    return {
      status: 'a-verifier',
      confidence: 0,
      words: obligation.words,
      reason: { code: 'classe-obligation-sous-seuil', params: { ...obligation.params, mots: obligation.words.join(', ') } },
    };
  }
  if (!decided) return { status: 'a-verifier', confidence: 0, words: [], reason: { code: 'classe-aucun-signal', params: {} } };
  if (obligation?.state === 'not-due' || beyondFloor) return beyondObligation(decided, ranked, obligation!.params, reglement);
  let firm = decided;
  if (decided.status === 'exclue' && decided.category === OBLIGATION && obligation) {
    const params = { ...decided.reason.params, ...obligation.params };
    // The dossier cannot tell whether the law binds the applicant: a person must look, never a silent exclusion.
    if (obligation.state === 'undecided') return { ...decided, status: 'a-verifier', reason: { code: obligation.code, params } };
    // A binding obligation may still be one item of a mixed line: the mixed-line rule comes after.
    if (obligation.state === 'due' && obligation.code === 'classe-obligation-presumee')
      firm = { ...decided, reason: { code: obligation.code, params } };
    else if (obligation.state === 'due' && params.seuil !== undefined)
      firm = { ...decided, reason: { code: 'classe-obligation-seuil-atteint', params } };
  }
  const items = mixedItems(read, purpose, signals.libelle, tokens, reglement, lexicon, renewable, negatedStarts);
  if (items) {
    // One firm status for the whole amount would be wrong for part of it: the officer needs one line per item.
    return {
      ...decided,
      status: 'a-verifier',
      words: items.map((item) => item.words),
      reason: {
        code: 'classe-ligne-mixte',
        params: {
          categorie: decided.category,
          mots: items.map((item) => item.words).join(', '),
          confiance: decided.confidence,
          // The category of each item, in the order of `mots`.
          categories: items.map((item) => item.category).join(', '),
        },
      },
    };
  }
  // A line that says it brings the applicant into line ("Mise en conformité de … avec la facturation électronique") is the obligation whole.
  const unknown =
    firm.status === 'exclue' && firm.category === OBLIGATION && !saysCompulsory(signals.libelle, lexicon)
      ? unknownFirstPart(read, signals.libelle, tokens, reglement, lexicon)
      : undefined;
  if (unknown) {
    // "Site de réservation des salles + module PayFiP": the obligation is one item, what comes first the lexicon does not know.
    return {
      ...firm,
      status: 'a-verifier',
      reason: { code: 'classe-obligation-partielle', params: { ...firm.reason.params, partieInconnue: unknown } },
    };
  }
  return firm;
}

/** A later item that opens on one of these names a product the lexicon may not know ("+ module de prise de RDV"). */
const PRODUCT_HINT = /^(module|modules|outil|outils|fonctionnalite|fonctionnalites|option|options)$/;

/**
 * The words of an item no strong word of the lexicon names, in a line that lists items some of which it does name:
 * the first item ("Site de réservation des salles + module PayFiP"), or a later one that opens on a product's hint
 * ("Instruction des DAU + module de prise de RDV en ligne"); else undefined.
 */
function unknownFirstPart(
  matches: readonly Match<CategoryTarget | null>[],
  libelle: string,
  tokens: readonly Token[],
  reglement: Reglement,
  lexicon: Compiled,
): string | undefined {
  if (!lexicon.itemBreak.test(libelle)) return undefined;
  const parts = partOfEachToken(libelle, tokens.length, reglement.lexique, lexicon.itemBreak)?.parts;
  if (!parts) return undefined;
  // Hints ("gestion", "module") do not name a thing.
  const known = matches.filter((match) => match.targets.some((target) => target !== null && target.weight >= WEIGHTS.forts));
  const numbers = [...new Set(parts.filter((part) => part >= 0))];
  // The first part unknown ("Site de réservation des salles + module PayFiP"), or a later one that opens on a product's
  // hint and names nothing known ("Instruction des DAU + module de prise de RDV en ligne").
  const unknownPart = numbers.find(
    (part, rank) =>
      !known.some((match) => parts[match.start] === part) &&
      known.some((match) => parts[match.start]! >= 0 && parts[match.start] !== part) &&
      (rank === 0 || PRODUCT_HINT.test(tokens[parts.indexOf(part)]?.text ?? '')),
  );
  if (unknownPart === undefined) return undefined;
  // An abbreviation spelled out is several tokens of one written word.
  const words = tokens.filter((_token, index) => parts[index] === unknownPart).map((token) => token.source);
  const written = words.filter((word, index) => word !== words[index - 1]);
  return written.length > 0 ? written.join(' ') : undefined;
}

/**
 * An obligation that does not bind the commune (below its population threshold) is a digital service it chooses
 * to offer: a weak eligible reading ("Module de publication des actes", "open data") is then the only one, unless
 * a word of an excluded category (a subscription, works) is there too. The line still goes through the mixed-line rule.
 */
function beyondObligation(decided: Classification, ranked: readonly Score[], params: Params, reglement: Reglement): Classification {
  const isEligible = (category: string | undefined) =>
    reglement.categories.some((candidate) => candidate.id === category && candidate.eligible);
  if (decided.status !== 'a-verifier' || decided.reason.code !== 'classe-faible' || !isEligible(decided.category)) return decided;
  if (ranked.some((score) => !isEligible(score.category))) return decided;
  return {
    ...decided,
    status: 'eligible',
    reason: { code: 'classe-eligible-hors-obligation', params: { ...decided.reason.params, ...params } },
  };
}

/** A title before a colon says what the list after it is ("Espace France Services : 2 PC, …"): never an item. */
const TITLE = /^[^:]*:/;
/** At most three words before a spaced dash opening the line: perhaps a vendor's name ("Berger-Levrault – …"). */
const VENDOR_BEFORE_DASH = /^\s*[^\s:+;,()[\]]+(?:\s+[^\s:+;,()[\]–—-]+){0,2}\s+[-–—]\s/u;
/**
 * An aside says what a thing is or is for ("(RGAA)", "(prime annuelle)", "(voirie, dépôts…)"): never an item. So do
 * words in quotes, the title or the subjects of a thing ("Ateliers « écrans, réseaux sociaux »"); a quote opens after
 * a space, never an elision's apostrophe ("l'écran"), and an inch mark is no quote ("Écran 65\" + support").
 */
const ASIDE = /(\([^)]*\)?|\[[^\]]*\]?|«[^«»]*»|“[^“”]*”|(?<!\d)"[^"]*"|(?<=^|\s)['‘’][^'‘’]*['‘’](?=\s|$|[,;:.)]))/u;
/** A quantity before the thing an item names ("6 bureaux", "x6"); the articles are the lexicon's. */
const QUANTITY = String.raw`\d[\d.,]*[a-z]?|x\d+`;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The mixed-line rule's words, from the lexicon: what separates the items of
 * a list ("Borne + maintenance", "PC, tables et chaises", "Logiciel : licence
 * + hébergement"), and what may come before the thing an item names (a
 * quantity, an article: "6 bureaux", "x6", "la peinture").
 */
function mixedLineWords(lexique: Lexique): {
  itemBreak: RegExp;
  purposeBreak: RegExp;
  listBreak: RegExp;
  beforeThing: RegExp;
  fittings: ReadonlySet<string>;
  quantity: RegExp;
  actBeforeThing: RegExp;
  qualifier: RegExp;
  listsAnItem: RegExp;
} {
  const words = lexique.lignesMixtes ?? { separateurs: [], articles: [] };
  const either = (list: readonly string[]) => {
    const separators = list.map((separator) => (/^\p{L}+$/u.test(separator) ? String.raw`\b${separator}\b` : escapeRegExp(separator)));
    // A lexicon without separators lists no items: the pattern never matches.
    return separators.length > 0 ? new RegExp(`(${separators.join('|')})`, 'i') : /(?!)/;
  };
  return {
    itemBreak: either(words.separateurs),
    purposeBreak: either(words.finDuBut ?? []),
    listBreak: either((words.finDuBut ?? []).filter((separator) => !/^\s*[-–—]\s*$/.test(separator))),
    beforeThing: new RegExp(`^(?:${[QUANTITY, ...words.articles.map(escapeRegExp)].join('|')})$`),
    quantity: new RegExp(`^(?:${QUANTITY})$`),
    fittings: new Set(
      (words.poses ?? []).map((fitting) =>
        tokenize(fitting, lexique.abreviations)
          .map((token) => token.text)
          .join(' '),
      ),
    ),
    actBeforeThing: new RegExp(`^(?:${(words.actes ?? []).map(escapeRegExp).join('|') || '(?!)'})$`),
    qualifier: new RegExp(`^(?:${(words.qualifiants ?? []).map(escapeRegExp).join('|') || '(?!)'})$`),
    listsAnItem: /^(?:et|que)$/,
  };
}

interface Item {
  category: string;
  words: string;
  eligible: boolean;
}

/**
 * The items of a line that lists things the call treats differently, or
 * undefined. French names the thing first: each part between separators is
 * an item when it opens on a word the lexicon knows (after a quantity or an
 * article); a part that opens otherwise ("évolutive annuelle de
 * l'application") qualifies the previous one. Equipment for the public and
 * for agents is one thing (its users decide for the whole line). A part
 * whose thing the previous part already named as a complement continues it:
 * "Maintenance des ordinateurs et imprimantes" is one item. What follows
 * "pour" is a purpose, what stands in brackets an aside, a title before a
 * colon the name of the list, and an accessory goes with its equipment:
 * none is an item.
 */
function mixedItems(
  matches: readonly Match<CategoryTarget | null>[],
  purpose: Purpose | undefined,
  libelle: string,
  tokens: readonly Token[],
  reglement: Reglement,
  lexicon: Compiled,
  /** Whether the line names a price for a period that is no life of the goods (addRecurringCost). */
  renewable: boolean,
  /** Tokens where the line names a thing it says is free or left out. */
  negatedStarts: ReadonlySet<number>,
): Item[] | undefined {
  // Most lines list one thing: no separator, nothing to split.
  if (!lexicon.itemBreak.test(libelle)) return undefined;
  const split = partOfEachToken(libelle, tokens.length, reglement.lexique, lexicon.itemBreak);
  if (!split) return undefined;
  const { parts, texts, asides } = split;
  // A name before a spaced dash that the lexicon does not know ("Cegid – licence… + maintenance") is the vendor's,
  // a title as before a colon: the item opens after the dash.
  const vendor = VENDOR_BEFORE_DASH.exec(libelle)?.[0];
  if (vendor) {
    const vendorTokens = tokenize(vendor, reglement.lexique.abreviations).length;
    if (!matches.some((match) => match.start < vendorTokens)) parts.fill(-1, 0, vendorTokens);
  }
  const eligibility = new Map(reglement.categories.map((category) => [category.id, category.eligible]));
  const sameThing = (category: string) => (category === INTERNAL_EQUIPMENT ? EQUIPMENT : category);
  const firstWordOf = new Map<number, number>();
  // An act opens no item unless the lexicon knows it with what follows ("remplacement des piles").
  const matchStarts = new Set(matches.filter((match) => match.end - match.start > 1).map((match) => match.start));
  const opensNothing = (index: number) =>
    lexicon.beforeThing.test(tokens[index]!.text) || (lexicon.actBeforeThing.test(tokens[index]!.text) && !matchStarts.has(index));
  parts.forEach((part, index) => {
    if (part >= 0 && !firstWordOf.has(part) && !opensNothing(index)) firstWordOf.set(part, index);
  });
  // A head word the lexicon does not know, then a word that names what it is whatever it is: a connected object
  // ("Piézomètres connectés": the lexicon's qualifiants), an obligation ("connecteur PayFiP"). That word opens the
  // item. Only the very next word, and only these: other words after a head are its complements ("guide papier",
  // "interface logiciel d'instruction", "évolutive annuelle de l'application").
  const known = (index: number) => matches.some((match) => match.start <= index && index < match.end);
  const namesTheHead = (index: number) =>
    lexicon.qualifier.test(tokens[index]?.text ?? '') ||
    matches.some(
      (match) =>
        match.start === index &&
        match.targets.some((target) => target !== null && target.category === OBLIGATION && target.weight >= WEIGHTS.forts),
    );
  for (const [part, head] of firstWordOf) {
    if (!known(head) && parts[head + 1] === part && namesTheHead(head + 1)) firstWordOf.set(part, head + 1);
  }
  // A head word the lexicon does not know that wraps a quantity of things ("Lot 10 PC", "Lot de 8 tablettes",
  // "Lot n°2 ordinateurs", "Dotation 15 tablettes") is a lot, not the thing: the word after the quantity opens the item.
  // Not after "et", which goes on with the thing before ("Chariot de rangement et recharge 32 Chromebooks").
  for (const [part, head] of firstWordOf) {
    if (known(head) || lexicon.listsAnItem.test(tokens[head - 1]?.text ?? '')) continue;
    let next = head + 1;
    let counted = false;
    while (parts[next] === part && lexicon.beforeThing.test(tokens[next]!.text)) {
      counted ||= lexicon.quantity.test(tokens[next]!.text);
      next++;
    }
    if (counted && parts[next] === part) firstWordOf.set(part, next);
  }
  // A purpose that names no thing, only whom or where ("pour la médiathèque"), ends where "et" opens a part on a thing
  // the lexicon knows: "Tablettes pour la médiathèque et maintenance 3 ans" lists two items. One that names a thing
  // goes on ("Tables pour les tablettes et les ordinateurs"), and after a comma the part says how the thing is paid
  // ("Plateforme … pour le réseau des bibliothèques, abonnement 12 mois").
  const namesAThing = (match: Match<CategoryTarget | null>) =>
    match.targets.some((target) => target !== null && target.weight >= WEIGHTS.forts);
  if (purpose) {
    const { start, end } = purpose;
    const firstPart = parts[start] ?? -1;
    for (let at = start + 1; at < end; at++) {
      const opened = parts[at]!;
      if (opened <= firstPart || firstWordOf.get(opened) !== at) continue;
      let before = at - 1;
      while (before > start && parts[before] === opened) before--;
      if (!lexicon.listsAnItem.test(tokens[before]!.text)) continue;
      if (matches.some((match) => match.start >= start && match.start < at && namesAThing(match))) break;
      if (matches.some((match) => match.start === at && namesAThing(match))) {
        purpose = { start, end: at };
        break;
      }
    }
  }
  // Protections and accessories share the status of the equipment they go with (the call's "protections associées").
  /** The part a token stands in, an aside's being the part it follows. */
  const ownerPart = (index: number) => {
    let at = index;
    while (at > 0 && parts[at] === -1) at--;
    return parts[at] ?? -1;
  };
  const accessoryStarts = new Set(lexicon.accessories.match(tokens).map((match) => match.start));
  // A part an accessory's word opens, then a service names ("support technique", "support annuel"): a service, no mount.
  let accessoryPart = -1;
  let items: (Item & { part: number })[] = [];
  // The first part that names an operating expense: a period after it says how that expense is paid.
  let firstOperatingPart = Infinity;
  /** Parts that continue the thing an earlier part named ("Logiciel de gestion, licence 3 ans"), with its category. */
  const continuing = new Map<number, string>();
  let complements = new Set<string>();
  let part = -1;
  for (const match of matches) {
    if (purpose && match.start >= purpose.start && match.start < purpose.end) continue;
    const matchPart = parts[match.start]!;
    if (matchPart < 0) continue;
    // The act itself ("module", "impression") is not the thing: the word after it opens the item.
    if (match.end - match.start === 1 && opensNothing(match.start)) continue;
    const targets = match.targets.filter((target): target is CategoryTarget => target !== null);
    if (targets.length === 0) continue;
    const top = Math.max(...targets.map((target) => target.weight));
    const categories = new Set(targets.filter((target) => target.weight === top).map((target) => sameThing(target.category)));
    // A word that names two things ("Appli": software or a development) is an item when a stronger word in its aside
    // says which ("Appli citoyenne (développement)"), not a complement ("outils de diagnostic" are no study); nor in a
    // part that says it is free ("licence (offerte)").
    const free = [...negatedStarts].some((start) => parts[start] === matchPart);
    const confirmed =
      categories.size > 1 && !free
        ? [...categories].filter((candidate) =>
            matches.some(
              (other) =>
                other !== match &&
                parts[other.start] === -1 &&
                ownerPart(other.start) === matchPart &&
                other.targets.some((target) => target !== null && sameThing(target.category) === candidate && target.weight > top),
            ),
          )
        : [];
    const category = categories.size === 1 ? [...categories][0]! : confirmed.length === 1 ? confirmed[0]! : undefined;
    if (category === OPERATING) firstOperatingPart = Math.min(firstOperatingPart, matchPart);
    if (matchPart === part) {
      if (category === OPERATING && accessoryPart === part && !items.some((item) => item.part === part))
        items.push({ category, words: texts[part]!.trim(), eligible: false, part });
      if (category) complements.add(category);
      continue;
    }
    part = matchPart;
    const opensThePart = firstWordOf.get(part) === match.start;
    const accessory = accessoryStarts.has(match.start) && category !== OPERATING;
    if (accessory && opensThePart) accessoryPart = part;
    // A phrase that names two things equally, or a part that opens otherwise, names no item of its own.
    if (!category || !opensThePart || complements.has(category) || accessory) {
      if (category && opensThePart && complements.has(category)) continuing.set(part, category);
      complements = new Set(category ? [category] : []);
      continue;
    }
    complements = new Set();
    items.push({ category, words: match.words.join(' '), eligible: eligibility.get(category) === true, part });
  }
  // A part that names a thing with a price for a period ("contrat hotline 3 ans", "pack UTM 3 ans") is paid again
  // each period, whatever the thing: an operating item, never the equipment listed before it. After an operating
  // expense ("renouvellement maintenance + mises à jour 3 ans") it says how that expense is paid.
  texts.forEach((text, renewed) => {
    if (!renewable || renewed > firstOperatingPart) return;
    // What a purpose introduces ("pour le réseau des bibliothèques, abonnement 12 mois") is no item.
    const start = parts.indexOf(renewed);
    if (purpose && start >= purpose.start && start < purpose.end) return;
    const item = items.find((candidate) => candidate.part === renewed);
    if (!namesAThingForAPeriod(text, lexicon, reglement.lexique)) return;
    // "Logiciel …, licence 3 ans": the software named before is the one paid for the period, not a second item.
    // Equipment is not: "Firewall + pack UTM 3 ans" buys an appliance and a service on it.
    const thing = item?.category ?? continuing.get(renewed);
    const sameThing = thing === undefined || thing === EQUIPMENT ? [] : items.filter((candidate) => candidate.category === thing);
    for (const renewedItem of sameThing) Object.assign(renewedItem, { category: OPERATING, eligible: false });
    if (item) Object.assign(item, { category: OPERATING, eligible: false });
    else if (sameThing.length === 0) items.push({ category: OPERATING, words: text.trim(), eligible: false, part: renewed });
  });
  // An aside that says how a part is paid ("contenus immersifs (licence 1 an)", "applications (abonnement annuel)")
  // makes it an operating item, as the same words in the part would; equipment stays bought, and the period it is
  // sold with is an item of its own ("Tablettes (forfait 4G 2 ans) + …"). After an operating expense the aside says
  // how that expense is paid.
  asides.forEach((aside, paid) => {
    if (paid < 0 || paid > firstOperatingPart) return;
    const start = parts.indexOf(paid);
    if (start < 0 || (purpose && start >= purpose.start && start < purpose.end)) return;
    const forAPeriod = renewable && namesAThingForAPeriod(aside, lexicon, reglement.lexique);
    const operatingWord = matches.some(
      (match) =>
        parts[match.start] === -1 &&
        ownerPart(match.start) === paid &&
        match.targets.some((target) => target !== null && target.category === OPERATING && target.weight >= WEIGHTS.forts),
    );
    if (!forAPeriod && !operatingWord) return;
    const item = items.find((candidate) => candidate.part === paid);
    const words = `${texts[paid]!.trim()} ${aside.trim()}`;
    if (!item) {
      if (!continuing.has(paid)) items.push({ category: OPERATING, words, eligible: false, part: paid });
    } else if (sameThing(item.category) === EQUIPMENT) {
      if (forAPeriod) items.push({ category: OPERATING, words: aside.trim(), eligible: false, part: paid });
    } else if (item.category !== OPERATING) Object.assign(item, { category: OPERATING, eligible: false });
  });
  // Fitting named alone ("TNI classe CM1 + pose", "Borne + mise en service") goes with the thing it fits: no item of
  // its own. Works named besides it ("+ pose et génie civil", "fixation murale") stay an item.
  const fittingAlone = (part: number) => {
    const words = tokenize(texts[part] ?? '', reglement.lexique.abreviations)
      .map((token) => token.text)
      .filter((word) => !lexicon.beforeThing.test(word));
    return words.length > 0 && lexicon.fittings.has(words.join(' '));
  };
  if (items.some((item) => !fittingAlone(item.part))) items = items.filter((item) => !fittingAlone(item.part));
  items.sort((a, b) => a.part - b.part);
  const mixed = items.some((item) => item.eligible) && items.some((item) => !item.eligible);
  return mixed ? items.map(({ category, words, eligible }) => ({ category, words, eligible })) : undefined;
}

/**
 * Whether a part of a line names something paid for a period: a price for a period that is neither the life of the
 * goods, nor an age, nor the length of a service that ends, next to words of its own. A bare period ("…, 12 mois")
 * says how the part before it is paid, and names no item.
 */
function namesAThingForAPeriod(text: string, lexicon: Compiled, lexique: Lexique): boolean {
  const folded = foldAccents(text);
  const period = periodOf(folded);
  if (!period || period.duration) return false;
  if (lexicon.lifetimes.match(tokenize(text, lexique.abreviations)).length > 0) return false;
  const rest = folded.replace(period.words, ' ');
  return tokenize(rest, lexique.abreviations).some((token) => !lexicon.beforeThing.test(token.text));
}

/**
 * The part each token of the line stands in, -1 for an aside or a separator, and the text of each part; undefined
 * when they do not add up to the line's tokens.
 */
function partOfEachToken(
  libelle: string,
  tokenCount: number,
  lexique: Lexique,
  itemBreak: RegExp,
): { parts: number[]; texts: string[]; asides: string[] } | undefined {
  const parts: number[] = [];
  const texts: string[] = [];
  /** The asides written after each part ("contenus immersifs (licence 1 an)"). */
  const asides: string[] = [];
  let part = 0;
  const mark = (text: string, value: () => number) => {
    for (let count = tokenize(text, lexique.abreviations).length; count > 0; count--) parts.push(value());
  };
  // split() with a capturing group puts each separator (or aside) between two pieces.
  const title = TITLE.exec(libelle)?.[0] ?? '';
  mark(title, () => -1);
  libelle
    .slice(title.length)
    .split(ASIDE)
    .forEach((piece, index) => {
      if (index % 2 === 1) {
        asides[part] = `${asides[part] ?? ''} ${piece}`;
        return mark(piece, () => -1);
      }
      piece.split(itemBreak).forEach((chunk, chunkIndex) => {
        if (chunkIndex % 2 === 1) {
          part++;
          return mark(chunk, () => -1);
        }
        mark(chunk, () => part);
        texts[part] = (texts[part] ?? '') + chunk;
      });
    });
  return parts.length === tokenCount ? { parts, texts, asides } : undefined;
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
  // Equipment public by nature ("Capteurs…") names both the thing and who it is for: said once.
  const words = best.category === EQUIPMENT ? [...new Set([...best.words, ...destination.words])] : best.words;
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
    const threshold = reglement.lexique.seuilUnitaireTtcCentimes;
    if (best.category === EQUIPMENT && onlyAccessories(best.words, tokens, lexicon)) {
      const unit = unitPrice(signals, reglement);
      if (unit && unit.ttcCents < threshold) {
        return result('a-verifier', 'classe-accessoires', { seuil: threshold, prixUnitaire: unit.ttcCents, quantite: unit.quantity });
      }
    }
    return result('a-verifier', 'classe-faible');
  }
  // The same device for the public and for the authority ("VPI salle EPN + VPI de l'école"): one item per destination,
  // whichever side the device's own word leans to.
  if ((best.category === EQUIPMENT || best.category === INTERNAL_EQUIPMENT) && destination.side === 'mixte')
    return result('a-verifier', 'classe-destination-mixte');
  if (!bestEligible) return result('exclue', 'classe-exclue');
  if (best.category === EQUIPMENT && destination.side === undefined) return result('a-verifier', 'classe-destination-inconnue');
  // Nobody was said to use it, and nobody needs to be: the officer is told why no beneficiaires were asked for.
  if (best.category === EQUIPMENT && destination.byNature) return result('eligible', 'classe-eligible-par-nature');
  return result('eligible', 'classe-eligible');
}

/**
 * Software of a kind every office or school runs ("Pack Office", "logiciel
 * périscolaire"), for the authority's agents or schools, is one of the
 * "équipements des agents, des écoles" the call excludes; a business tool for
 * a project stays software, and the same suite for the public is eligible.
 */
function softwareOfTheOffice(scores: Map<string, Score>, side: Side, words: readonly string[]): void {
  if (side === 'interne' && scores.get(INTERNAL_EQUIPMENT)?.strong) merge(scores, SOFTWARE, INTERNAL_EQUIPMENT, words);
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
 * renewable subscription). Not so: the life of the thing bought ("garantie
 * fabricant 5 ans comprise", "durée de vie 7 ans"), an age ("enfants de 3 ans",
 * "16 à 25 ans", "plus de 60 ans"). The length of a one-off service ("Étude de
 * faisabilité sur 6 mois") only raises a doubt. Read clause by clause, so that
 * a warranty in one part of the line does not hide a subscription in another.
 * Returns whether it found such a price.
 */
const PERIOD = /\b\d+\s*(?:mois|ans?|annees?)\b|\/\s*(?:mois|an)\b|\bpar (?:mois|an)\b/g;
/** What comes right before a number of years that makes it an age (read on the last characters only). */
const AGE_BEFORE =
  /(?:\d\s*(?:a|-|\/|et)\s*|\b(?:plus|moins) de\s+|\bages? de\s+|\bagees? de\s+|\b(?:enfants?|jeunes?|eleves?|ados?|adolescents?|bebes?|seniors?|personnes?|publics?) (?:de )?)$/;
/** "16 ans et +", "60 ans +": a plus that ends the phrase; "licence 3 ans + formation" adds an item. */
const AGE_AFTER = /^\s*(?:et plus|et \+|\+(?=\s*(?:$|[(),;.])))/;
/** What comes right before a period that makes it a length of time rather than a price. */
const DURATION_BEFORE = /\b(?:sur|pendant|durant|de)\s+$/;
const LOOK_AROUND = 24;

function addRecurringCost(
  scores: Map<string, Score>,
  libelle: string,
  lexicon: Compiled,
  lexique: Lexique,
  oneOffHead: () => boolean,
): boolean {
  // Most lines name no period: they need not be read part by part.
  PERIOD.lastIndex = 0;
  if (!PERIOD.test(foldAccents(libelle))) return false;
  for (const clause of clausesOf(libelle)) {
    const period = periodOf(foldAccents(clause));
    if (!period || lexicon.lifetimes.match(tokenize(clause, lexique.abreviations)).length > 0) continue;
    // "(recettes > 5 000 €/an)", "encaissements supérieurs à 5 000 € par an": a condition, not a price.
    if (statesACondition(clause, lexicon)) continue;
    // A study or a training over six months is not bought again every six months: a person must look.
    const weight = period.duration && oneOffHead() ? WEIGHTS.forts : WEIGHTS.decisifs;
    const score = scores.get(OPERATING) ?? { category: OPERATING, score: 0, words: [], strong: false };
    score.words.push(period.words);
    score.score = Math.max(score.score, weight) + Math.min(score.words.length - 1, MAX_EXTRA_POINTS);
    score.strong = true;
    scores.set(OPERATING, score);
    return true;
  }
  return false;
}

/** A number, then one of the words: "8 séances", "10 000 SMS" (spaces between thousands). */
const countedUnitPattern = (units: readonly string[]) =>
  new RegExp(String.raw`\b\d[\d\s.]*(?:${units.map((unit) => `${escapeRegExp(unit).replace(/ /g, '[\\s-]')}s?`).join('|')})\b`, 'g');

/**
 * Counted units that say what is bought (the lexicon's `unitesComptees`): a number splits them from
 * the lexicon's phrases ("pack de 2 000 SMS"). A count the line negates ("hors 5 000 SMS") says nothing;
 * one that only strengthens a hint needs the hint ("Ateliers… - 8 séances").
 */
function addCountedUnits(scores: Map<string, Score>, libelle: string, lexique: Lexique): void {
  const folded = foldAccents(libelle).toLowerCase();
  const negations = (lexique.negations?.avant ?? []).map((word) => new RegExp(String.raw`\b${escapeRegExp(word)}\s+$`));
  for (const counted of lexique.unitesComptees ?? []) {
    const hinted = scores.get(counted.categorie);
    if (counted.siIndice && !hinted) continue;
    const found = [...folded.matchAll(countedUnitPattern(counted.unites))].find(
      (match) => !negations.some((negation) => negation.test(folded.slice(0, match.index))),
    );
    if (!found) continue;
    const score = hinted ?? { category: counted.categorie, score: 0, words: [], strong: false };
    score.words.push(found[0].trim());
    score.score = Math.max(score.score, WEIGHTS.forts) + Math.min(score.words.length - 1, MAX_EXTRA_POINTS);
    score.strong = true;
    scores.set(counted.categorie, score);
  }
}

/** The first period of a folded clause that is not an age, and whether it reads as a length of time. */
function periodOf(folded: string): { words: string; duration: boolean } | undefined {
  PERIOD.lastIndex = 0;
  for (let match = PERIOD.exec(folded); match !== null; match = PERIOD.exec(folded)) {
    const before = folded.slice(Math.max(0, match.index - LOOK_AROUND), match.index);
    const after = folded.slice(match.index + match[0].length, match.index + match[0].length + LOOK_AROUND);
    const years = /\d\s*(?:ans?|annees?)$/.test(match[0]);
    if (years && (AGE_BEFORE.test(before) || AGE_AFTER.test(after))) continue;
    return { words: match[0], duration: /^\d/.test(match[0]) && DURATION_BEFORE.test(before) };
  }
  return undefined;
}

/** Punctuation that closes a part of a line: "Écran…, garantie 5 ans (pose comprise)". */
const CLAUSE_BREAK = /[,;:()[\]]|\s[-–—]\s/;

function clausesOf(libelle: string): string[] {
  return libelle.split(CLAUSE_BREAK);
}

/** The clause each token of the line stands in; one clause when the parts do not add up to the line's tokens. */
function clauseOfEachToken(libelle: string, tokenCount: number, lexique: Lexique): number[] {
  const clauses: number[] = [];
  clausesOf(libelle).forEach((clause, index) => {
    for (let count = tokenize(clause, lexique.abreviations).length; count > 0; count--) clauses.push(index);
  });
  return clauses.length === tokenCount ? clauses : new Array<number>(tokenCount).fill(0);
}

/**
 * Words that cancel what they name, in the same part of the line: before it
 * ("hors maintenance", "sans abonnement", "à l'exclusion de la maintenance",
 * "pour remplacer la location") or after it ("maintenance non comprise",
 * "abonnement non inclus"). ("Remplacement du serveur" is a purchase, and
 * "non-conformités RGAA" an obligation: neither negates.)
 */
const NEGATION_REACH = 3;

export function withoutNegated<T>(
  matches: readonly Match<T>[],
  negations: { before: readonly Match<unknown>[]; after: readonly Match<unknown>[] },
  /** The clause of each token of the line. */
  clauses: readonly number[],
): readonly Match<T>[] {
  const { before, after } = negations;
  // Most lines have no negation, and need no look around each match.
  if (before.length === 0 && after.length === 0) return matches;
  const tokenCount = clauses.length;
  // Each negation marks the tokens it reaches, once: a line of many negations and many words stays linear.
  const cancelled = new Array<boolean>(tokenCount).fill(false);
  /** For a token, the start of the nearest negation after it, in its reach. */
  const negatedBy = new Array<number>(tokenCount).fill(-1);
  for (const negation of before) {
    const last = Math.min(tokenCount - 1, negation.end + NEGATION_REACH);
    for (let index = negation.start + 1; index <= last; index++) {
      if (clauses[index] === clauses[negation.start]) cancelled[index] = true;
    }
  }
  for (const negation of after) {
    // An aside that is only the negation ("licence (gratuit)", "tablettes, offertes") speaks of what comes before it.
    const clause = clauses[negation.start]!;
    const alone = (negation.start === 0 || clauses[negation.start - 1] !== clause) && clauses[negation.end] !== clause;
    const reached = alone ? clauses[negation.start - 1] : clause;
    for (let index = Math.max(0, negation.start - NEGATION_REACH); index < negation.start; index++) {
      if (clauses[index] === clause || clauses[index] === reached) negatedBy[index] = Math.max(negatedBy[index]!, negation.start);
    }
  }
  return matches.filter((match) => !cancelled[match.start] && !(match.end <= negatedBy[match.start]!));
}

/**
 * When the thing bought is one the call excludes whatever it serves
 * (furniture, works, cabling), what follows "pour" or "destiné à" never
 * makes the line eligible: "Bureaux pour les ordinateurs de l'EPN" buys desks.
 * The thing bought is the line's first strong word before the purpose, or
 * the first word the lexicon knows when "pour" follows it at once: there even
 * a hint ("bureaux", "rangement") names the thing bought.
 */
function withoutPurposeOfExcludedThing(
  matches: readonly Match<CategoryTarget | null>[],
  purpose: Purpose | undefined,
  reglement: Reglement,
): readonly Match<CategoryTarget | null>[] {
  const excludedThings = reglement.lexique.achatsExclus ?? [];
  if (!purpose || excludedThings.length === 0) return matches;
  const isStrong = (target: CategoryTarget | null): target is CategoryTarget => target !== null && target.weight >= WEIGHTS.forts;
  const first = matches[0];
  const namedRightBefore = first !== undefined && first.end === purpose.start;
  const head = namedRightBefore ? first : matches.find((match) => match.targets.some(isStrong));
  if (!head || head.start >= purpose.start) return matches;
  const things = head.targets.filter(
    (target): target is CategoryTarget =>
      target !== null && excludedThings.includes(target.category) && (namedRightBefore || isStrong(target)),
  );
  if (things.length === 0) return withoutPurposeOfGood(matches, head, purpose, reglement);
  const eligible = new Set(reglement.categories.filter((category) => category.eligible).map((category) => category.id));
  // A good (furniture) is bought whatever it serves: "Chaises pour la soirée d'inauguration", "Étagères pour les
  // ramettes de papier" buy furniture, neither an event nor consumables (blind round 6's booth « pour entretiens »).
  const goods = reglement.lexique.biensAchetes ?? [];
  const thingCategories = new Set(things.map((thing) => thing.category));
  const aGood = things.some((thing) => goods.includes(thing.category));
  const keptInPurpose = (target: CategoryTarget | null) =>
    target === null || (aGood ? thingCategories.has(target.category) : !eligible.has(target.category));
  return matches.flatMap((match) => {
    if (match === head)
      return [{ ...match, targets: things.map((thing) => ({ ...thing, weight: Math.max(thing.weight, WEIGHTS.forts) })) }];
    if (match.start <= purpose.start || match.start >= purpose.end) return [match];
    const targets = match.targets.filter(keptInPurpose);
    return targets.length > 0 ? [{ ...match, targets }] : [];
  });
}

/**
 * When the thing bought is a durable good (equipment, software), what follows
 * "pour" or "destiné à" says what it serves: "Serveur pour l'hébergement des
 * données", "Logiciel pour la maintenance des bâtiments" buy a server and a
 * software, not hosting nor maintenance, and "Logiciel pour la gestion des
 * travaux" no works. Words of who it is for are read apart (destinations).
 */
function withoutPurposeOfGood(
  matches: readonly Match<CategoryTarget | null>[],
  head: Match<CategoryTarget | null>,
  purpose: Purpose,
  reglement: Reglement,
): readonly Match<CategoryTarget | null>[] {
  const goods = reglement.lexique.biensAchetes ?? [];
  const excludedThings = reglement.lexique.achatsExclus ?? [];
  const isGood = (target: CategoryTarget | null) => target !== null && goods.includes(target.category) && target.weight >= WEIGHTS.forts;
  if (!head.targets.some(isGood)) return matches;
  return matches.flatMap((match) => {
    if (match.start <= purpose.start || match.start >= purpose.end) return [match];
    const targets = match.targets.filter((target) => target === null || !excludedThings.includes(target.category));
    return targets.length > 0 ? [{ ...match, targets }] : [];
  });
}

/**
 * A training is about its subject: when the line's head is such a service
 * ("Formation au pilotage de drone", "Formation des agents aux capteurs"),
 * the strong and decisive words that follow name what is taught and weigh
 * as hints ("Formation des administrateurs de la plateforme open data").
 * A training listed with another item is still a mixed line: items are read
 * before this.
 */
function aboutTheirSubject(
  matches: readonly Match<CategoryTarget | null>[],
  reglement: Reglement,
): readonly Match<CategoryTarget | null>[] {
  const services = reglement.lexique.servicesSurUnSujet ?? [];
  const isStrong = (target: CategoryTarget | null): target is CategoryTarget => target !== null && target.weight >= WEIGHTS.forts;
  const head = matches.find((match) => match.targets.some(isStrong));
  const serviceCategories = new Set(
    (head?.targets ?? []).filter((target) => isStrong(target) && services.includes(target.category)).map((target) => target!.category),
  );
  if (!head || serviceCategories.size === 0) return matches;
  return matches.map((match) => (match.start <= head.start ? match : asHints(match, (category) => !serviceCategories.has(category))));
}

/** The match with the words of the categories `lowered` picks weighing as hints at most: what a head word is about. */
function asHints(match: Match<CategoryTarget | null>, lowered: (category: string) => boolean): Match<CategoryTarget | null> {
  return {
    ...match,
    targets: match.targets.map((target) =>
      target !== null && lowered(target.category) && target.weight > WEIGHTS.indices ? { ...target, weight: WEIGHTS.indices } : target,
    ),
  };
}

/**
 * "Atelier « réparer son smartphone »": a device after a possessive is the learner's own, what a workshop teaches
 * about (the lexicon's biensPossedes), never a device bought. "nos ordinateurs" are the applicant's: not read here.
 */
function ownedDevicesAsSubject(
  matches: readonly Match<CategoryTarget | null>[],
  tokens: readonly Token[],
  lexique: Lexique,
): readonly Match<CategoryTarget | null>[] {
  const owned = lexique.biensPossedes;
  if (!owned) return matches;
  const possessives = new Set(owned.possessifs);
  const devices = new Set(owned.biens);
  return matches.map((match) => {
    const before = tokens[match.start - 1];
    if (!before || !possessives.has(before.text)) return match;
    if (!match.targets.some((target) => target !== null && devices.has(target.category))) return match;
    return { ...match, targets: [{ category: owned.categorie, weight: WEIGHTS.forts }] };
  });
}

/**
 * "Audit du parc informatique…", "Diagnostic des tablettes des écoles": a study is bought, whatever it studies.
 * When the line opens on a study's word (the lexicon's etudesEnTete), that word is a strong word of the study and
 * the goods studied weigh as hints. A longer phrase of another category that opens the line ("diagnostic amiante",
 * "audit RGAA") is not a study's head, and a line that names another thing than goods (an obligation, works, a
 * service: "Audit de conformité RGAA du site") keeps its reading. A rental is read the same way (the lexicon's
 * locationsEnTete): "Location 10 PC portables - forum emploi" is an operating expense, whatever is rented.
 */
function actOfItsSubject(
  matches: readonly Match<CategoryTarget | null>[],
  tokens: readonly Token[],
  heads: Matcher<true>,
  study: Lexique['etudesEnTete'],
): readonly Match<CategoryTarget | null>[] {
  if (!study) return matches;
  const head = heads.match(tokens).find((match) => match.start === 0);
  if (!head) return matches;
  if (matches.some((match) => match.start < head.end && match.end > head.end)) return matches;
  const subjects = new Set(study.sujets);
  const after = matches.filter((match) => match.start >= head.end);
  const strongAfter = after.flatMap((match) =>
    match.targets.filter((target): target is CategoryTarget => target !== null && target.weight >= WEIGHTS.forts),
  );
  // A study of a network the call excludes is part of it: the subject decides, the study's own words are hints.
  const deciding = new Set(study.sujetsQuiDecident ?? []);
  // The study's own words may come again ("(bureau d'études)"); any other word of its category ("site internet") is a
  // subject the call funds, and the line keeps its reading.
  const studyWords = new Set(heads.match(tokens).map((match) => match.start));
  const othersAfter = after.filter((match) =>
    match.targets.some((target) => target !== null && target.weight >= WEIGHTS.forts && !deciding.has(target.category)),
  );
  if (
    strongAfter.some((target) => deciding.has(target.category)) &&
    othersAfter.every(
      (match) =>
        studyWords.has(match.start) &&
        match.targets.every((target) => target === null || target.category === study.categorie || deciding.has(target.category)),
    )
  ) {
    return [
      { ...head, targets: [{ category: study.categorie, weight: WEIGHTS.indices }] },
      ...after.map((match) => asHints(match, (category) => category === study.categorie)),
    ];
  }
  // Only the goods studied give way: a line that also names an obligation, works or a service keeps its reading.
  const others = matches.some(
    (match) =>
      match.start >= head.end &&
      match.targets.some(
        (target) =>
          target !== null && target.weight >= WEIGHTS.forts && !subjects.has(target.category) && target.category !== study.categorie,
      ),
  );
  if (others) return matches;
  const headMatch: Match<CategoryTarget | null> = { ...head, targets: [{ category: study.categorie, weight: WEIGHTS.forts }] };
  return [
    headMatch,
    ...matches.filter((match) => match.start >= head.end).map((match) => asHints(match, (category) => subjects.has(category))),
  ];
}

/**
 * "Heures supp. agents - reprise des données dans le nouveau portail famille", "Stage 'smartphone au quotidien'":
 * when the line opens on a word that names what is paid (the lexicon's tetesDeLigne; after a count, if any), that
 * word decides with its weight, and the strong words of other categories after it say what the cost is for: hints.
 * Items of a mixed line are read apart, on the words before this.
 */
function paidByItsHead(
  matches: readonly Match<CategoryTarget | null>[],
  tokens: readonly Token[],
  libelle: string,
  lexicon: Compiled,
  lexique: Lexique,
): readonly Match<CategoryTarget | null>[] {
  let first = 0;
  while (first < tokens.length && /^\d/.test(tokens[first]!.text)) first++;
  const heads = lexicon.lineHeads.match(tokens);
  // A staff cost may also open a part of the line: "Portail famille : heures supp. agents", "Reprise des données (HS agents)".
  const found =
    heads.find((match) => match.start === first) ??
    (heads.some((match) => match.targets.some((target) => target.opensAnyPart))
      ? heads.find(
          (match) => match.targets.some((target) => target.opensAnyPart) && partStarts(libelle, tokens.length, lexique).has(match.start),
        )
      : undefined);
  if (!found) return matches;
  const head: Match<CategoryTarget | null> = { ...found, targets: found.targets.map(({ category, weight }) => ({ category, weight })) };
  const categories = new Set(found.targets.map((target) => target.category));
  // A longer phrase that holds the head keeps its reading ("Cycle de formation"), and so does a head read in its
  // other sense ("Stage CACES": a qualification with no digital use).
  const atHead = matches.filter((match) => match.start < head.end && match.end > head.start);
  if (
    atHead.some(
      (match) =>
        match.start < head.start ||
        match.end > head.end ||
        match.targets.some((target) => target === null || !categories.has(target.category)),
    )
  )
    return matches;
  // A line that names its category again in a strong word ("Cycle de formation de 6 mois") is read as it stands,
  // unless the head is decisive (a staff cost outweighs the rest whatever it is).
  const decisive = found.targets.some((target) => target.weight >= WEIGHTS.decisifs);
  if (
    !decisive &&
    matches.some(
      (match) =>
        match.start >= head.end &&
        match.targets.some((target) => target !== null && categories.has(target.category) && target.weight >= WEIGHTS.forts),
    )
  )
    return matches;
  return [
    head,
    ...matches
      .filter((match) => match.start >= head.end || (match.end <= head.start && match.start >= first))
      .map((match) => asHints(match, (category) => !categories.has(category))),
  ].sort((a, b) => a.start - b.start);
}

/** Where a title, an aside or a dash opens a part of the line ("Portail famille : …", "(…)", " - "); never a comma. */
const PART_BREAK = /[:()[\]]|\s[-–—]\s/;

function partStarts(libelle: string, tokenCount: number, lexique: Lexique): Set<number> {
  const starts = new Set<number>();
  let index = 0;
  for (const part of libelle.split(PART_BREAK)) {
    const count = tokenize(part, lexique.abreviations).length;
    if (count > 0) starts.add(index);
    index += count;
  }
  return index === tokenCount ? starts : new Set([0]);
}

/** A size written "140x80", or as "120 x 60" (two numbers around "x"): a cue of the senses that name dimensions. */
const SIZE = /^\d{2,3}x\d{2,3}$/;
const NUMBER = /^\d{2,3}$/;

/**
 * Each word with two senses is read in one sense for the whole line, chosen
 * by its neighbours: a "portail" with a "parking" or "motorisé" is a gate, a
 * "licence" with a "club" or a "saison" a sports licence, "casiers" of a
 * "consigne connectée" its parts, a "consommation" that is "suivie" energy data.
 */
function inOneSense(
  matches: readonly Match<CategoryTarget | null>[],
  tokens: readonly Token[],
  lexicon: Compiled,
): readonly Match<CategoryTarget | null>[] {
  const terms = lexicon.senses.match(tokens);
  // Most lines hold no word with two senses.
  if (terms.length === 0) return matches;
  // A size ("140x80", "120 x 60") is read as the word "dimensions" (tokenized "dimension"): a cue some senses name (a desk's).
  const sized = tokens.map((token, index) =>
    SIZE.test(token.text) ||
    (token.text === 'x' && NUMBER.test(tokens[index - 1]?.text ?? '') && NUMBER.test(tokens[index + 1]?.text ?? ''))
      ? { ...token, text: 'dimension' }
      : token,
  );
  const cued = new Set(lexicon.senseCues.match(sized).flatMap((match) => match.targets));
  const vetoed = new Set(lexicon.senseVetoes.match(tokens).flatMap((match) => match.targets));
  const chosen = new Map<number, { end: number; sense: WordSense }>();
  for (const term of terms) {
    const sense = term.targets.find((candidate) => cued.has(candidate) && !vetoed.has(candidate));
    if (sense) chosen.set(term.start, { end: term.end, sense });
  }
  return matches.map((match) => {
    const reading = chosen.get(match.start);
    // Only the term itself, not a longer phrase that holds it ("portail famille").
    if (!reading || reading.end !== match.end) return match;
    const { categorie, force = 'forts' } = reading.sense;
    return { ...match, targets: [categorie === null ? null : { category: categorie, weight: WEIGHTS[force] }] };
  });
}

/**
 * Convention (issue 18): a product named without a provider's work ("Portail
 * famille", "Application mobile", "Chatbot") is a creation,
 * etude-developpement; when the line says a licence is bought ("- licence",
 * "acquisition de la licence"), it is software. A provider's work named
 * ("Création", "Développement", "Refonte") keeps it a creation.
 */
function preferLicenceBought(
  scores: Map<string, Score>,
  matches: readonly Match<CategoryTarget | null>[],
  tokens: readonly Token[],
  lexicon: Compiled,
): void {
  const study = scores.get(STUDY);
  const software = scores.get(SOFTWARE);
  if (!study || !software?.strong || software.score > study.score) return;
  const productStarts = new Set(lexicon.products.match(tokens).map((match) => match.start));
  const onlyProducts = matches.every(
    (match) =>
      !match.targets.some((target) => target?.category === STUDY) ||
      productStarts.has(match.start) ||
      match.targets.some((target) => target?.category === SOFTWARE),
  );
  if (onlyProducts) software.score = study.score + 1;
}

/**
 * "Licence perpétuelle du module PES V2": the call excludes investment in
 * legal obligations, and a licence bought outright does not make one
 * optional. When a decisive word names an obligation that binds the
 * applicant, how the software is bought never outweighs it. (A feature such
 * as "conforme RGAA" is a strong word only: a new site stays a creation.)
 */
function obligationOverLicence(
  scores: Map<string, Score>,
  matches: readonly Match<CategoryTarget | null>[],
  binding: Binding | undefined,
  compulsory: boolean,
): void {
  const law = scores.get(OBLIGATION);
  const software = scores.get(SOFTWARE);
  if (binding !== 'due' || !law || !software) return;
  // "Logiciel de publication électronique des actes (obligation 07/2022)": the line says so itself.
  const weight = compulsory ? WEIGHTS.forts : WEIGHTS.decisifs;
  const named = matches.some((match) => match.targets.some((target) => target?.category === OBLIGATION && target.weight >= weight));
  if (named) law.score = Math.max(law.score, software.score + CONFLICT_MARGIN);
}

/** Whether a part of the line compares ("> 5 000 €/an", "plus de 5 000 € par an": the lexicon's conditionsEcrites). */
function statesACondition(clause: string, lexicon: Compiled): boolean {
  return lexicon.writtenCondition.test(` ${foldAccents(clause).toLowerCase()} `);
}

/** Whether the line says it goes beyond what the law requires ("au-delà de la simple réception": the lexicon's vaAuDela). */
function goesBeyond(libelle: string, lexique: Lexique, list: 'vaAuDela' | 'depasseLePlancher' = 'vaAuDela'): boolean {
  const folded = ` ${foldAccents(libelle)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return (lexique[list] ?? []).some((words) => folded.includes(` ${words} `));
}

/** Whether the line says its thing is compulsory ("obligatoire", "obligation légale": the lexicon's ditObligatoire). */
function saysCompulsory(libelle: string, lexicon: Compiled): boolean {
  return lexicon.compulsory.test(` ${foldAccents(libelle).toLowerCase()} `);
}

/** One pattern for alternatives; one that matches nothing when there are none. */
function anyOf(alternatives: readonly string[]): RegExp {
  return new RegExp(alternatives.length > 0 ? alternatives.join('|') : '(?!)');
}

/**
 * "Portail open data de la ville", for a town the law binds: a product named alone (no provider's work) or a line
 * that says its thing is compulsory ("jeux de données obligatoires") only brings the applicant into line. When the
 * obligation binds, such a creation does not outweigh it; a line that names more (another item) stays mixed.
 */
function obligationOverProduct(
  scores: Map<string, Score>,
  matches: readonly Match<CategoryTarget | null>[],
  binding: Binding | undefined,
  tokens: readonly Token[],
  lexicon: Compiled,
  libelle: string,
  lexique: Lexique,
  saysItBinds: boolean,
): void {
  const law = scores.get(OBLIGATION);
  const study = scores.get(STUDY);
  if (binding !== 'due' || !law || !study) return;
  const products = lexicon.products.match(tokens);
  const acts = lexicon.setupActs.match(tokens);
  // The obligation must name the product ("Portail open data"), not a feature of it ("Application accessible (RGAA)"),
  // or be what is set up ("Intégration du paiement en ligne PayFiP sur le portail famille": one article between).
  const laws = lexicon.obligations.match(tokens);
  const lawStarts = new Set(laws.map((match) => match.start));
  // "Saisine par voie électronique : formulaire de démarche en ligne": the obligation titles the line, the product serves it.
  const titleLength = tokenize(TITLE.exec(libelle)?.[0] ?? '', lexique.abreviations).length;
  const titledByLaw =
    laws.some((match) => match.end <= titleLength) && products.length > 0 && products.every((product) => product.start >= titleLength);
  // When the label writes the conditions, one article may stand between ("Portail de publication des actes (ville de 12 000 hab.)").
  const namedWithAnArticle = (product: Match<true>) => laws.some((law) => law.start > product.end && law.start - product.end <= 1);
  const namesTheProduct =
    titledByLaw ||
    products.some((product) => lawStarts.has(product.start) || lawStarts.has(product.end) || (saysItBinds && namedWithAnArticle(product)));
  const setUp = acts.some((act) => laws.some((law) => law.start >= act.end && law.start - act.end <= 1));
  if (!namesTheProduct && !setUp) return;
  const productStarts = new Set([...products, ...(setUp ? acts : [])].map((match) => match.start));
  const onlyProducts = matches.every(
    (match) => !match.targets.some((target) => target?.category === STUDY) || productStarts.has(match.start),
  );
  if (saysItBinds || onlyProducts) law.score = Math.max(law.score, study.score + CONFLICT_MARGIN);
}

/** "commune de 4 600 hab.": the population a label gives, as the lexicon says it may be written. */
function writtenPopulationPattern(lexique: Lexique): RegExp | undefined {
  const written = lexique.populationEcrite;
  if (!written) return undefined;
  const either = (words: readonly string[]) => words.map(escapeRegExp).join('|');
  return new RegExp(
    String.raw`\b(?:${either(written.lieux)})\s+(?:de\s+)?\(?\s*(\d{1,3}(?:[ .\u00a0\u202f]\d{3})+|\d+)\s*(${either(written.habitants)})\b`,
  );
}

function writtenPopulation(libelle: string, lexicon: Compiled): { inhabitants: number; words: string } | undefined {
  const match = lexicon.population?.exec(foldAccents(libelle));
  if (!match) return undefined;
  return { inhabitants: Number(match[1]!.replace(/\D/g, '')), words: `${match[1]} ${match[2]}` };
}

/** "(210 agents)", "65 agents": the count of agents a label gives. */
const WRITTEN_AGENTS = /\b(\d{1,3}(?:[ .\u00a0\u202f]\d{3})*|\d+)\s+agents\b/;

function writtenAgents(libelle: string): number | undefined {
  const match = WRITTEN_AGENTS.exec(foldAccents(libelle));
  return match ? Number(match[1]!.replace(/\D/g, '')) : undefined;
}

type Binding = 'due' | 'not-due' | 'floor' | 'undecided';

/**
 * Whether the legal obligations a line names bind the applicant: from a
 * population on (the applicant's, when the dossier gives it), under a
 * condition the dossier never gives (agents, receipts), or unconfirmed. One
 * obligation that binds is enough to exclude the line.
 */
function obligationBinding(
  obligation: Score | undefined,
  obligationMatches: () => readonly Match<LegalObligation>[],
  population: number | undefined,
  /** The population as the label wrote it, when it was read there. */
  populationWritten?: string,
  /** The count of agents the label gives ("(210 agents)"), if any. */
  agents?: number,
): { state: Binding; code: string; words: string[]; params: Params } | undefined {
  // Most lines name no obligation: their words need no second reading.
  if (!obligation) return undefined;
  const matches = obligationMatches();
  if (matches.length === 0) return undefined;
  const words = matches.map((match) => match.words.join(' '));
  const readings = matches.flatMap((match) => match.targets).map((law) => ({ law, ...bindingOf(law, population, agents) }));
  const order: Binding[] = ['due', 'undecided', 'floor', 'not-due'];
  const chosen = order.map((state) => readings.find((reading) => reading.state === state)).find((reading) => reading !== undefined)!;
  const { law } = chosen;
  return {
    state: chosen.state,
    code: chosen.code,
    words,
    params: {
      population,
      populationLue: populationWritten,
      seuil: law.seuilHabitants,
      obligationFr: law.obligation.fr,
      obligationEn: law.obligation.en,
      sousLeSeuilFr: law.sousLeSeuil?.fr,
      sousLeSeuilEn: law.sousLeSeuil?.en,
      conditionFr: law.conditionInconnue?.fr,
      conditionEn: law.conditionInconnue?.en,
      presomptionFr: law.conditionPresumee?.objection.fr,
      presomptionEn: law.conditionPresumee?.objection.en,
      agents,
      source: law.source,
    },
  };
}

function bindingOf(law: LegalObligation, population: number | undefined, agents?: number): { state: Binding; code: string } {
  if (law.aConfirmer) return { state: 'undecided', code: 'classe-obligation-a-confirmer' };
  if (law.seuilHabitants !== undefined) {
    if (population === undefined) return { state: 'undecided', code: 'classe-obligation-population-inconnue' };
    if (population < law.seuilHabitants) return { state: law.sousLeSeuil ? 'floor' : 'not-due', code: 'classe-obligation-sous-seuil' };
  }
  if (law.conditionInconnue) {
    if (law.seuilAgents !== undefined && agents !== undefined && agents >= law.seuilAgents) return { state: 'due', code: 'classe-exclue' };
    const presumed = law.conditionPresumee;
    // The edition presumes the condition met (receipts any billing authority reaches; agents from a population on).
    if (presumed && (presumed.depuisHabitants === undefined || (population !== undefined && population >= presumed.depuisHabitants)))
      return { state: 'due', code: 'classe-obligation-presumee' };
    return { state: 'undecided', code: 'classe-obligation-condition' };
  }
  return { state: 'due', code: 'classe-exclue' };
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

/**
 * The by-nature phrase that names the thing bought, the line's first strong
 * word before any purpose: "Mât et massif béton pour la station météo" buys
 * works, "Licence de la supervision des capteurs" software; neither is a sensor.
 */
function thingBoughtByNature(
  matches: readonly Match<CategoryTarget | null>[],
  purpose: Purpose | undefined,
  byNature: () => readonly Match<'interne' | 'public'>[],
  remoteFunctions: () => readonly Match<true>[],
  accessories: () => readonly Match<true>[],
): readonly Match<'interne' | 'public'>[] {
  const head = matches.find((match) => match.targets.some((target) => target !== null && target.weight >= WEIGHTS.forts));
  if (!head || (purpose && head.start >= purpose.start)) return [];
  const things = byNature();
  const atHead = things.filter((match) => match.start <= head.start && head.start < match.end);
  if (atHead.length > 0) return atHead;
  // A protection dedicated to a device ("Onduleur dédié à la borne interactive") serves whom that device serves.
  if (accessories().some((match) => match.start === head.start)) {
    const device = things.find((match) => match.start >= head.end);
    if (device) return [device];
  }
  // "Télérelève des compteurs d'eau - modules radio": the function comes first, the thing bought after it.
  if (!remoteFunctions().some((match) => match.start === head.start && match.end === head.end)) return [];
  const next = things.find((match) => match.start >= head.end && (!purpose || match.start < purpose.start));
  return next ? [next] : [];
}

/**
 * Equipment bought to watch the territory ("Caméras thermiques - suivi de la faune", "Débitmètres - sectorisation du
 * réseau AEP") serves it, as sensors do by nature: read only when the line names no users, and when what it buys is
 * no device people hold or sit at ("Tablettes - suivi de la faune" still needs its users said). The words of what is
 * watched stand for the thing's side, public.
 */
function territoryWatched(
  matches: readonly Match<CategoryTarget | null>[],
  tokens: ReturnType<typeof tokenize>,
  lexicon: Compiled,
): readonly Match<'interne' | 'public'>[] {
  const head = matches.find((match) => match.targets.some((target) => target !== null && target.weight >= WEIGHTS.forts));
  if (!head || !head.targets.some((target) => target?.category === EQUIPMENT)) return [];
  const watched = lexicon.watchedSubjects.match(tokens).filter((match) => match.start >= head.end);
  if (watched.length === 0) return [];
  if (lexicon.peoplesDevices.match(tokens).some((match) => match.start < head.end && head.start < match.end)) return [];
  return watched.map((match) => ({ ...match, targets: ['public'] }));
}

/**
 * A school's thermostat or a town hall's energy meter serves the territory
 * (the call's energy management), not the school or the town hall: when what
 * is bought serves the territory by nature, the building it sits in says
 * nothing of who uses it. Its users (pupils, agents) and the authority's own
 * technical premises (server room, vehicles) still do.
 */
function withoutBuildings(
  matches: readonly Match<'interne' | 'public'>[],
  natureMatches: readonly Match<'interne' | 'public'>[],
  buildings: () => readonly Match<true>[],
): readonly Match<'interne' | 'public'>[] {
  if (!natureMatches.some((match) => match.targets.includes('public'))) return matches;
  const found = buildings();
  return matches.filter((match) => !found.some((building) => building.start === match.start && building.end === match.end));
}

/** Articles between "animés par" and the person who runs the workshop. */
const LEADER_ARTICLES = new Set(['le', 'la', 'les', 'un', 'une', 'des', 'notre', 'nos', 'leur', 'leurs', 'son', 'sa', 'ses']);

/**
 * "Tablettes pour les ateliers animés par l'animatrice": the person who runs the workshop is no user of the thing
 * bought, so names no destination.
 */
function withoutLeaders(
  matches: readonly Match<'interne' | 'public'>[],
  tokens: ReturnType<typeof tokenize>,
  lexicon: Compiled,
): readonly Match<'interne' | 'public'>[] {
  if (matches.length === 0) return matches;
  const leaders = lexicon.leaders.match(tokens);
  if (leaders.length === 0) return matches;
  const personStarts = new Set(
    leaders.map((leader) => (LEADER_ARTICLES.has(tokens[leader.end]?.text ?? '') ? leader.end + 1 : leader.end)),
  );
  // Only the authority's people: a place of the public that runs the workshop ("le centre social") still says who uses it.
  return matches.filter((match) => !(personStarts.has(match.start) && match.targets.includes('interne')));
}

/**
 * Who the line's equipment is for: the declared beneficiaries first, else the
 * words (users, places), with what the equipment is: sensors, meters and
 * outdoor kiosks serve the territory, a copier the authority. What the thing
 * is counts as words of its side: against words of the other side, a doubt.
 */
function destinationOf(
  beneficiaires: string | undefined,
  reglement: Reglement,
  matches: readonly Match<'interne' | 'public'>[],
  natureMatches: readonly Match<'interne' | 'public'>[],
): { side: Side; words: string[]; byNature?: true } {
  // The edition says who each declared value is: the public, or the authority's own people.
  const declared = reglement.beneficiaires.find((beneficiary) => beneficiary.id === beneficiaires);
  if (declared) return { side: declared.destination, words: [`beneficiaires: ${declared.id}`] };
  const all = [...matches, ...natureMatches];
  if (all.length === 0) return { side: undefined, words: [] };
  const sides = new Set(all.flatMap((match) => match.targets));
  const words = all.map((match) => match.words.join(' '));
  // Only what the thing is says who it is for: the reason says so.
  const byNature = matches.length === 0 ? ({ byNature: true } as const) : {};
  if (sides.size === 2) return { side: 'mixte', words };
  if (sides.has('interne')) return { side: 'interne', words, ...byNature };
  if (sides.has('public')) return { side: 'public', words, ...byNature };
  return { side: undefined, words: [] };
}

function onlyAccessories(words: readonly string[], tokens: ReturnType<typeof tokenize>, lexicon: Compiled): boolean {
  const accessoryWords = new Set(lexicon.accessories.match(tokens).map((match) => match.words.join(' ')));
  return words.every((word) => accessoryWords.has(word));
}

/**
 * The price of one unit of the line, VAT included: the 500 € threshold of
 * durable goods is per unit and TTC (domain notes). A price the label writes
 * ("10 souris à 25 €", HT unless it says TTC) comes first; else the line's
 * amount over its count ("x30", "lot de 30"), one unit when none is written.
 * The line's own rate converts HT, else the edition's standard rate.
 */
function unitPrice(signals: LineSignals, reglement: Reglement): { ttcCents: number; quantity?: number } | undefined {
  const read = readQuantities(signals.libelle, reglement.lexique);
  const rate = signals.vatHundredths ?? Math.round(reglement.tauxTvaNormalPourcent * 100);
  if (read.prixUnitaireCentimes !== undefined) {
    const written = read.prixUnitaireCentimes;
    return { ttcCents: read.prixUnitaireTtc ? written : ttcFromHt(written, rate), quantity: read.quantite };
  }
  const lineTtc = signals.ttcCents ?? (signals.htCents === undefined ? undefined : ttcFromHt(signals.htCents, rate));
  if (lineTtc === undefined) return undefined;
  return { ttcCents: Math.round(lineTtc / (read.quantite ?? 1)), quantity: read.quantite };
}
