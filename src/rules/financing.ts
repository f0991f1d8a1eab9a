import type { Dossier } from '../dossier/schema.js';
import type { Reglement } from '../reglement/types.js';
import type { ExpenseLine } from './expense-lines.js';

/** A funder of `financement.autres_aides`, as the dossier names it; an amount or a name may be missing. */
export interface OtherAid {
  index: number;
  financeur?: string;
  amountCents?: number;
}

/**
 * The financing plan as an officer reads it, in integer cents. A figure the
 * dossier does not give, or that depends on one it does not give, is absent:
 * never a made-up figure.
 */
export interface FinancingPlan {
  /** The HT total of every expense line (eligible, excluded and to verify): the plan finances the whole project. */
  costCents?: number;
  /** Lines whose HT amount was derived from montant_ttc and taux_tva: the cost is still HT. */
  linesFromTtc: number;
  requestedCents?: number;
  otherAids: OtherAid[];
  /** Absent while an entry of autres_aides has no amount. */
  otherAidsTotalCents?: number;
  selfFinancingCents?: number;
  /** `declare`: written in the dossier; `deduit`: read as the remainder, cost − grant − other aid. */
  selfFinancingSource?: 'declare' | 'deduit';
  /** Requested grant + other aid + self-financing. */
  resourcesTotalCents?: number;
  /** Resources − cost: positive when the resources exceed the cost. */
  gapCents?: number;
  /** |gap| within the edition's tolerance (one euro). */
  balanced?: boolean;
  /** Self-financing + every public aid (the requested grant and every other aid): the base of CGCT L1111-10 III. */
  publicTotalCents?: number;
  /** Self-financing as a share of the public total, in hundredths of a percent, rounded down (1999 for 19,99… %). */
  selfShareBasisPoints?: number;
  /** Whether self-financing reaches the minimum share (20 %), compared exactly in cents. */
  selfShareMet?: boolean;
  /** The least share the law asks (20), when the edition checks it and the law binds the applicant. */
  selfShareMinimumPercent?: number;
  /** The edition's clause that asks it (CGCT L1111-10 III), quoted by the warning. */
  selfShareMinimumClause?: string;
}

/** Within a euro, as an officer rounds a plan written in whole euros. */
export const DEFAULT_BALANCE_TOLERANCE_CENTS = 100;

/**
 * The plan of a dossier: its cost from the lines, its resources from `financement`.
 * `unusable` says whether the dossier wrote a field the check could not use: such a
 * field is unknown, never read as absent (no self-financing deduced in its place,
 * no other aid taken as none).
 */
export function computeFinancingPlan(
  dossier: Dossier,
  lines: readonly ExpenseLine[],
  reglement: Reglement,
  unusable: (path: string) => boolean = () => false,
): FinancingPlan {
  const financement = dossier.financement;
  const aidsUnusable = unusable('financement.autres_aides');
  const selfFinancingUnusable = unusable('financement.autofinancement');
  const otherAids: OtherAid[] = (financement?.autres_aides ?? []).map((aid, index) => ({
    index,
    ...(aid?.financeur !== undefined && aid.financeur.trim() !== '' ? { financeur: aid.financeur.trim() } : {}),
    ...(aid?.montant !== undefined ? { amountCents: aid.montant } : {}),
  }));
  const cost = projectCost(dossier, lines);
  const requestedCents = financement?.aide_sollicitee;
  const otherAidsTotalCents =
    !aidsUnusable && otherAids.every((aid) => aid.amountCents !== undefined)
      ? otherAids.reduce((sum, aid) => sum + aid.amountCents!, 0)
      : undefined;
  const declared = financement?.autofinancement;
  const plan: FinancingPlan = {
    ...(cost.cents !== undefined ? { costCents: cost.cents } : {}),
    linesFromTtc: cost.linesFromTtc,
    ...(requestedCents !== undefined ? { requestedCents } : {}),
    otherAids,
    ...(otherAidsTotalCents !== undefined ? { otherAidsTotalCents } : {}),
  };
  // Every aid known: what the public bodies bring; the self-financing is then declared or the remainder.
  const aidsCents = requestedCents !== undefined && otherAidsTotalCents !== undefined ? requestedCents + otherAidsTotalCents : undefined;
  if (aidsCents === undefined)
    return { ...plan, ...(declared !== undefined ? { selfFinancingCents: declared, selfFinancingSource: 'declare' } : {}) };
  const tolerance = reglement.planFinancement?.toleranceCentimes ?? DEFAULT_BALANCE_TOLERANCE_CENTS;
  if (declared !== undefined) {
    const resourcesTotalCents = aidsCents + declared;
    return {
      ...plan,
      selfFinancingCents: declared,
      selfFinancingSource: 'declare',
      resourcesTotalCents,
      ...(cost.cents !== undefined
        ? { gapCents: resourcesTotalCents - cost.cents, balanced: Math.abs(resourcesTotalCents - cost.cents) <= tolerance }
        : {}),
      ...selfShare(declared, aidsCents, dossier, reglement),
    };
  }
  if (cost.cents === undefined || selfFinancingUnusable) return plan;
  const remainder = cost.cents - aidsCents;
  // Aid above the cost: no self-financing can balance it; the plan is unbalanced by the excess.
  if (remainder < 0) return { ...plan, resourcesTotalCents: aidsCents, gapCents: aidsCents - cost.cents, balanced: false };
  return {
    ...plan,
    selfFinancingCents: remainder,
    selfFinancingSource: 'deduit',
    resourcesTotalCents: cost.cents,
    gapCents: 0,
    balanced: true,
    ...selfShare(remainder, aidsCents, dossier, reglement),
  };
}

/** The HT total of every line, unknown while one lacks its HT amount or was set aside as unusable. */
function projectCost(dossier: Dossier, lines: readonly ExpenseLine[]): { cents?: number; linesFromTtc: number } {
  const linesFromTtc = lines.filter((line) => line.amountSource === 'calcule').length;
  const written = dossier.depenses ?? [];
  if (written.length === 0 || lines.length !== written.length || lines.some((line) => line.htCents === undefined)) return { linesFromTtc };
  return { cents: lines.reduce((sum, line) => sum + line.htCents!, 0), linesFromTtc };
}

/**
 * CGCT L1111-10 III: self-financing ≥ minimum × (self-financing + public aid),
 * compared exactly: self × 10 000 ≥ minimum in hundredths of a percent × total.
 */
function selfShare(selfCents: number, aidsCents: number, dossier: Dossier, reglement: Reglement): Partial<FinancingPlan> {
  const publicTotalCents = selfCents + aidsCents;
  if (publicTotalCents === 0) return { publicTotalCents };
  const basisPoints = Number((BigInt(selfCents) * 10_000n) / BigInt(publicTotalCents));
  const minimum = minimumShareFor(dossier, reglement);
  return {
    publicTotalCents,
    selfShareBasisPoints: basisPoints,
    ...(minimum
      ? {
          selfShareMet: meetsMinimumShare(selfCents, aidsCents, minimum.pourcent),
          selfShareMinimumPercent: minimum.pourcent,
          selfShareMinimumClause: minimum.clause,
        }
      : {}),
  };
}

/**
 * The minimum share the law asks of this applicant, if any: CGCT L1111-10 III binds
 * a local authority or a grouping of them, not a CCAS (a public body of its commune).
 */
function minimumShareFor(dossier: Dossier, reglement: Reglement) {
  const minimum = reglement.planFinancement?.autofinancementMinimum;
  if (!minimum) return undefined;
  const type = reglement.typesPorteur.find((candidate) => candidate.id === dossier.porteur?.type);
  return type?.collectivite ? minimum : undefined;
}

/**
 * How much of the self-financing may turn into aid while it stays at least
 * `minimumPercent` of the public total (which does not change): self − ⌈minimum × total⌉,
 * exact in integers; 0 when it is already at or under the minimum.
 */
export function roomAboveMinimumShare(selfCents: number, publicTotalCents: number, minimumPercent: number): number {
  const hundredths = BigInt(Math.round(minimumPercent * 100));
  const least = (hundredths * BigInt(publicTotalCents) + 9_999n) / 10_000n;
  return Math.max(0, selfCents - Number(least));
}

/** Self-financing reaches `minimumPercent` of self-financing + aid, in exact integer arithmetic. */
export function meetsMinimumShare(selfCents: number, aidsCents: number, minimumPercent: number): boolean {
  const hundredths = BigInt(Math.round(minimumPercent * 100));
  return BigInt(selfCents) * 10_000n >= hundredths * BigInt(selfCents + aidsCents);
}

/**
 * The least eligible HT base whose grant, rounded down to the cent like the
 * maximum, reaches the cap: ⌈cap × 10 000 / rate in hundredths⌉.
 */
export function baseReachingCap(capCents: number, ratePercent: number): number {
  const hundredths = BigInt(Math.round(ratePercent * 100));
  const numerator = BigInt(capCents) * 10_000n;
  return Number((numerator + hundredths - 1n) / hundredths);
}
