import type { AmountTotals, DossierReport, SetTotals, Verdict } from './types.js';

/**
 * What a dossier can receive as it stands (docs/report.md), so that a
 * column of these adds up to money that can really be granted: the computed
 * maximum for a dossier that is eligible or to complete, 0 for an ineligible
 * one (whatever its lines are worth), nothing for one that could not be read.
 * Every formatter takes the figures from here.
 */
export function grantableMaximum(dossier: DossierReport): number | undefined {
  if (!dossier.aide) return undefined;
  return canBeGranted(dossier.verdict) ? dossier.aide.maximumCents : 0;
}

/** The same, counting the lines to verify: accepting a line does not lift an exclusion, so 0 when ineligible. */
export function grantableMaximumIfVerified(dossier: DossierReport): number | undefined {
  if (!dossier.aide) return undefined;
  return canBeGranted(dossier.verdict) ? dossier.aide.maximumIfVerifiedCents : 0;
}

/** The request, as it compares with the grantable maximum: what an ineligible dossier asks for counts for nothing. */
export function grantableRequest(dossier: DossierReport): number | undefined {
  return dossier.verdict === 'ineligible' ? 0 : dossier.aide?.requestedCents;
}

/** For information only: the maximum if the exclusion were lifted (the maximum itself when there is none). */
export function maximumIfAdmissible(dossier: DossierReport): number | undefined {
  return dossier.aide?.maximumCents;
}

/** The dossiers that can still be granted something: eligible ones and those to complete. */
export function canBeGranted(verdict: Verdict): boolean {
  return verdict === 'eligible' || verdict === 'a-completer';
}

/** What the totals need of one dossier: small enough to travel from a worker thread with its formatted text. */
export interface DossierAmounts {
  verdict: Verdict;
  eligibleBaseCents?: number;
  requestedCents?: number;
  maximumCents?: number;
  maximumIfVerifiedCents?: number;
  provisional: boolean;
}

export function amountsOf(dossier: DossierReport): DossierAmounts {
  const { aide } = dossier;
  return {
    verdict: dossier.verdict,
    ...(aide
      ? {
          eligibleBaseCents: aide.eligibleBaseCents,
          ...(aide.requestedCents !== undefined ? { requestedCents: aide.requestedCents } : {}),
          maximumCents: aide.maximumCents,
          maximumIfVerifiedCents: aide.maximumIfVerifiedCents,
        }
      : {}),
    provisional: (aide?.linesWithoutAmount ?? 0) > 0,
  };
}

export function emptyTotals(): AmountTotals {
  const set = (verdicts: Verdict[]): SetTotals => ({
    verdicts,
    dossiers: 0,
    eligibleBaseCents: 0,
    requestedCents: 0,
    maximumCents: 0,
    maximumIfVerifiedCents: 0,
    maximumIfAdmissibleCents: 0,
    withoutRequest: 0,
    provisional: 0,
  });
  return { grantable: set(['eligible', 'a-completer']), ineligible: set(['ineligible']) };
}

export function addAmounts(totals: AmountTotals, amounts: DossierAmounts): void {
  const set = canBeGranted(amounts.verdict) ? totals.grantable : amounts.verdict === 'ineligible' ? totals.ineligible : undefined;
  if (!set) return;
  const grantable = set === totals.grantable;
  set.dossiers += 1;
  set.eligibleBaseCents += amounts.eligibleBaseCents ?? 0;
  set.requestedCents += amounts.requestedCents ?? 0;
  set.maximumCents += grantable ? (amounts.maximumCents ?? 0) : 0;
  set.maximumIfVerifiedCents += grantable ? (amounts.maximumIfVerifiedCents ?? 0) : 0;
  set.maximumIfAdmissibleCents += amounts.maximumCents ?? 0;
  if (amounts.requestedCents === undefined) set.withoutRequest += 1;
  if (amounts.provisional) set.provisional += 1;
}
