import type { Dossier, ExpenseInput } from '../dossier/schema.js';
import { classifyLine, type Classification } from '../classify/classifier.js';
import type { ExpenseCategory, Reglement } from '../reglement/types.js';
import type { Params } from '../vocabulary.js';
import { htFromTtc } from '../money/vat.js';

export type LineStatus = 'eligible' | 'exclue' | 'a-verifier';

/** Where the HT amount comes from: written in the dossier, derived from TTC and the VAT rate, or unknown. */
export type AmountSource = 'declare' | 'calcule' | 'absent';

export interface ExpenseLine {
  index: number;
  libelle: string;
  htCents?: number;
  amountSource: AmountSource;
  input: ExpenseInput;
  category?: ExpenseCategory;
  status: LineStatus;
  origin: 'declaree' | 'deduite';
  /** Why this status: a message code and its values, rendered in the user's language. */
  reason: { code: string; params: Params };
  /** The clause of the call that decides the line. */
  clause: string;
  /** What the classifier read in the line, when it was asked. */
  classification?: Classification;
}

/**
 * Each expense line's status: from its nature, its declared category checked
 * against its words, or, without a category, from the classifier.
 */
/** `realWords`: the real French words the classifier never corrects (generated/classify/real-words.json). */
export function evaluateExpenseLines(
  dossier: Dossier,
  reglement: Reglement,
  realWords: ReadonlySet<string>,
  applicant: { population?: number } = {},
): ExpenseLine[] {
  const lines: ExpenseLine[] = [];
  (dossier.depenses ?? []).forEach((input, index) => {
    // Items whose shape was unusable were set aside by validation, which reported them.
    if (input === undefined) return;
    const { htCents, amountSource } = htAmount(input, reglement);
    lines.push({
      index,
      libelle: input.libelle ?? '',
      htCents,
      amountSource,
      input,
      ...decide(input, htCents, reglement, realWords, applicant.population),
    });
  });
  return lines;
}

type Decision = Pick<ExpenseLine, 'category' | 'status' | 'origin' | 'reason' | 'clause' | 'classification'>;

function decide(
  input: ExpenseInput,
  htCents: number | undefined,
  reglement: Reglement,
  realWords: ReadonlySet<string>,
  population: number | undefined,
): Decision {
  const categoryById = (id: string | undefined) => reglement.categories.find((candidate) => candidate.id === id);
  const declared = categoryById(input.categorie);
  // The clause that excludes operating expenses is the one the edition gives its operating category.
  const operating = categoryById('fonctionnement');
  const operatingClause = operating?.clause ?? 'exclusion-fonctionnement';
  // "Les dépenses éligibles sont uniquement des dépenses d'investissement": an
  // operating expense is out whatever category it was given.
  if (input.nature !== undefined && reglement.naturesExclues.includes(input.nature)) {
    return {
      category: declared ?? operating,
      status: 'exclue',
      origin: declared ? 'declaree' : 'deduite',
      reason: { code: 'nature-exclue', params: { nature: input.nature } },
      clause: operatingClause,
    };
  }
  // A nature that cannot be read may be a mistyped "fonctionnement": counting the line would risk a false "eligible".
  if (input.nature !== undefined && !reglement.natures.includes(input.nature)) {
    return {
      category: declared,
      status: 'a-verifier',
      origin: declared ? 'declaree' : 'deduite',
      reason: { code: 'nature-illisible', params: { nature: input.nature } },
      clause: operatingClause,
    };
  }

  // Every fact of the line the classifier weighs: its users, its amounts and VAT rate (a price per unit is judged TTC).
  const vat = input.taux_tva === undefined ? undefined : acceptedVatHundredths(input.taux_tva, reglement);
  const classification = classifyLine(
    {
      libelle: input.libelle ?? '',
      beneficiaires: input.beneficiaires,
      htCents,
      ...(input.montant_ttc === undefined ? {} : { ttcCents: input.montant_ttc }),
      ...(vat === undefined ? {} : { vatHundredths: vat }),
      population,
    },
    reglement,
    realWords,
  );
  if (declared) {
    // A declared eligible category that the line's own words exclude is a promise
    // the Département will not keep: a person must look.
    if (declared.eligible && classification.status === 'exclue') {
      return {
        category: declared,
        status: 'a-verifier',
        origin: 'declaree',
        reason: { code: 'categorie-contredite', params: { ...classification.reason.params, declaree: declared.id } },
        clause: categoryById(classification.category)?.clause ?? declared.clause,
        classification,
      };
    }
    // A line listing items the call treats differently, or one device for the public and for the authority's own
    // people: the declared category fits only part of the amount.
    if (
      declared.eligible &&
      (classification.reason.code === 'classe-ligne-mixte' || classification.reason.code === 'classe-destination-mixte')
    ) {
      return {
        category: declared,
        status: 'a-verifier',
        origin: 'declaree',
        reason: { code: classification.reason.code, params: { ...classification.reason.params, declaree: declared.id } },
        clause: declared.clause,
        classification,
      };
    }
    return {
      category: declared,
      status: declared.eligible ? 'eligible' : 'exclue',
      origin: 'declaree',
      reason: { code: declared.eligible ? 'categorie-eligible' : 'categorie-exclue', params: { categorie: declared.id } },
      clause: declared.clause,
    };
  }

  const guessed = categoryById(classification.category);
  return {
    category: guessed,
    status: classification.status,
    origin: 'deduite',
    reason: classification.reason,
    clause: guessed?.clause ?? reglement.regles['depense-categorie']?.clause ?? 'depenses-eligibles',
    classification,
  };
}

/**
 * The call computes on HT amounts. Without one, HT = TTC / (1 + rate),
 * rounded to the nearest cent (half up), in integers, and only with a rate
 * the edition lists: 0.2 or 55 would give a wrong figure that looks right.
 */
function htAmount(input: ExpenseInput, reglement: Reglement): { htCents?: number; amountSource: AmountSource } {
  if (input.montant_ht !== undefined) return { htCents: input.montant_ht, amountSource: 'declare' };
  const vat = input.taux_tva === undefined ? undefined : acceptedVatHundredths(input.taux_tva, reglement);
  if (input.montant_ttc !== undefined && vat !== undefined) {
    return { htCents: htFromTtc(input.montant_ttc, vat), amountSource: 'calcule' };
  }
  return { amountSource: 'absent' };
}

/** Two rates are the same when they differ by less than this (5.5 written "5,5" or 5.5). */
const SAME_RATE = 1e-9;

/** The rate in hundredths of a percent (20 % = 2000) when the edition lists it, else undefined. */
export function acceptedVatHundredths(ratePercent: number, reglement: Reglement): number | undefined {
  const listed = reglement.tauxTvaPourcent.find((rate) => Math.abs(rate - ratePercent) < SAME_RATE);
  return listed === undefined ? undefined : Math.round(listed * 100);
}

/**
 * The rate a writer most likely meant by a rate the edition does not list: a
 * fraction (0.2, 0.055) or a percent that lost its decimal comma (55, 200).
 * Undefined when no reading, or more than one, gives a listed non-zero rate.
 */
export function likelyVatRate(ratePercent: number, reglement: Reglement): { rate: number; slip: 'fraction' | 'virgule' } | undefined {
  const readings = [
    { value: ratePercent * 100, slip: 'fraction' as const },
    { value: ratePercent / 10, slip: 'virgule' as const },
    { value: ratePercent / 100, slip: 'virgule' as const },
  ];
  const found = readings.flatMap(({ value, slip }) => {
    const listed = reglement.tauxTvaPourcent.find((rate) => rate !== 0 && Math.abs(rate - value) < SAME_RATE);
    return listed === undefined ? [] : [{ rate: listed, slip }];
  });
  return found.length === 1 ? found[0] : undefined;
}

export { htFromTtc, ttcFromHt } from '../money/vat.js';
