import type { Reglement } from '../reglement/types.js';
import type { ExpenseLine } from './expense-lines.js';

export interface GrantComputation {
  /** Sum of the HT amounts of eligible lines. */
  eligibleBaseCents: number;
  /** Sum of the HT amounts of lines a person must still look at, whose likely category is eligible. */
  toVerifyBaseCents: number;
  ratePercent: number;
  capCents: number;
  /** rate × eligible base, rounded down to the cent, before the cap. */
  uncappedCents: number;
  capApplied: boolean;
  maximumCents: number;
  /** The maximum if every "a-verifier" line were accepted. */
  maximumIfVerifiedCents: number;
  /** Lines whose HT amount is unknown: until they have one, the maximum is provisional. */
  linesWithoutAmount: number;
}

/** min(rate × eligible HT, cap), rounded down to the cent, in integer cents. */
export function computeGrant(lines: readonly ExpenseLine[], reglement: Reglement): GrantComputation {
  const { tauxPourcent, plafondCentimes } = reglement.aide;
  const sumOf = (selected: readonly ExpenseLine[]) => selected.reduce((sum, line) => sum + (line.htCents ?? 0), 0);
  const eligibleBaseCents = sumOf(lines.filter((line) => line.status === 'eligible'));
  // The upper figure counts only lines to verify whose likely category the call funds.
  const toVerifyBaseCents = sumOf(lines.filter((line) => line.status === 'a-verifier' && line.category?.eligible === true));
  const uncappedCents = applyRate(eligibleBaseCents, tauxPourcent);
  return {
    eligibleBaseCents,
    toVerifyBaseCents,
    ratePercent: tauxPourcent,
    capCents: plafondCentimes,
    uncappedCents,
    capApplied: uncappedCents > plafondCentimes,
    maximumCents: Math.min(uncappedCents, plafondCentimes),
    maximumIfVerifiedCents: Math.min(applyRate(eligibleBaseCents + toVerifyBaseCents, tauxPourcent), plafondCentimes),
    linesWithoutAmount: lines.filter((line) => line.status !== 'exclue' && line.htCents === undefined).length,
  };
}

/** Rounded down to the cent; the rate may have decimals (a later edition could grant 72,5 %). */
function applyRate(baseCents: number, ratePercent: number): number {
  const rateHundredths = BigInt(Math.round(ratePercent * 100));
  return Number((BigInt(baseCents) * rateHundredths) / 10_000n);
}
