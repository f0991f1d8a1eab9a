import type { Dossier, ExpenseInput } from '../dossier/schema.js';
import { unknownChoice } from '../dossier/suggest.js';
import type { ExpenseCategory, Reglement } from '../reglement/types.js';
import type { Params } from './finding.js';

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
}

/**
 * Each expense line's status from its declared category and nature. A line
 * without a category is "a-verifier": the tool does not guess yet.
 */
export function evaluateExpenseLines(dossier: Dossier, reglement: Reglement): ExpenseLine[] {
  const lines: ExpenseLine[] = [];
  (dossier.depenses ?? []).forEach((input, index) => {
    // Items whose shape was unusable were set aside by validation, which reported them.
    if (input === undefined) return;
    const { htCents, amountSource } = htAmount(input);
    lines.push({ index, libelle: input.libelle ?? '', htCents, amountSource, input, ...decide(input, reglement) });
  });
  return lines;
}

function decide(input: ExpenseInput, reglement: Reglement): Pick<ExpenseLine, 'category' | 'status' | 'origin' | 'reason' | 'clause'> {
  const category = reglement.categories.find((candidate) => candidate.id === input.categorie);
  const origin = input.categorie === undefined ? 'deduite' : 'declaree';
  // "Les dépenses éligibles sont uniquement des dépenses d'investissement": an
  // operating expense is out whatever category it was given.
  if (input.nature !== undefined && reglement.naturesExclues.includes(input.nature)) {
    return {
      category,
      status: 'exclue',
      origin,
      reason: { code: 'nature-exclue', params: { nature: input.nature } },
      clause: 'exclusion-fonctionnement',
    };
  }
  // A nature that cannot be read may be a mistyped "fonctionnement": counting the line would risk a false "eligible".
  if (input.nature !== undefined && !reglement.natures.includes(input.nature)) {
    return {
      category,
      status: 'a-verifier',
      origin,
      reason: { code: 'nature-illisible', params: { nature: input.nature } },
      clause: 'exclusion-fonctionnement',
    };
  }
  if (category) {
    return {
      category,
      status: category.eligible ? 'eligible' : 'exclue',
      origin,
      reason: { code: category.eligible ? 'categorie-eligible' : 'categorie-exclue', params: { categorie: category.id } },
      clause: category.clause,
    };
  }
  if (input.categorie !== undefined) {
    const ids = reglement.categories.map((candidate) => candidate.id);
    return {
      status: 'a-verifier',
      origin,
      reason: { code: 'categorie-inconnue', params: unknownChoice(input.categorie, ids) },
      clause: 'depenses-eligibles',
    };
  }
  return { status: 'a-verifier', origin, reason: { code: 'categorie-absente', params: {} }, clause: 'depenses-eligibles' };
}

/**
 * The call computes on HT amounts. Without one, HT = TTC / (1 + rate),
 * rounded to the nearest cent (half up), in integers.
 */
function htAmount(input: ExpenseInput): { htCents?: number; amountSource: AmountSource } {
  if (input.montant_ht !== undefined) return { htCents: input.montant_ht, amountSource: 'declare' };
  if (input.montant_ttc !== undefined && input.taux_tva !== undefined) {
    return { htCents: htFromTtc(input.montant_ttc, input.taux_tva), amountSource: 'calcule' };
  }
  return { amountSource: 'absent' };
}

/** `vatHundredths` is the rate in hundredths of a percent (20 % = 2000). */
export function htFromTtc(ttcCents: number, vatHundredths: number): number {
  const numerator = BigInt(ttcCents) * 10_000n;
  const denominator = BigInt(10_000 + vatHundredths);
  return Number((2n * numerator + denominator) / (2n * denominator));
}

/** TTC from HT, rounded the same way, to compare with a TTC the dossier also gives. */
export function ttcFromHt(htCents: number, vatHundredths: number): number {
  const numerator = BigInt(htCents) * BigInt(10_000 + vatHundredths);
  return Number((2n * numerator + 10_000n) / 20_000n);
}
