import type { Catalogue, Lang } from '../i18n/index.js';
import { formatCents, formatPercent } from '../money/format.js';
import type { FinancingPlan } from '../rules/financing.js';
import type { Clause } from '../reglement/types.js';

/**
 * The financing plan as label/value pairs, the same in the text and HTML
 * reports: the cost and which total it is, each resource named with its
 * amount, the balance, the self-financing share. An unknown figure is said
 * unknown, never guessed.
 */
export function financingFacts(plan: FinancingPlan, lang: Lang, t: Catalogue): [string, string][] {
  const f = t.ui.financing;
  const money = (cents: number | undefined) => (cents === undefined ? f.unknown : formatCents(cents, lang));
  const facts: [string, string][] = [
    [f.cost(plan.linesFromTtc), money(plan.costCents)],
    [f.requested, money(plan.requestedCents)],
  ];
  for (const aid of plan.otherAids) facts.push([aid.financeur ?? f.unnamedFunder(aid.index + 1), money(aid.amountCents)]);
  if (plan.selfFinancingCents !== undefined) {
    const source = plan.selfFinancingSource === 'deduit' ? f.deduced : f.declared;
    facts.push([f.selfFinancing, `${money(plan.selfFinancingCents)} (${source})`]);
  } else facts.push([f.selfFinancing, f.unknown]);
  if (plan.resourcesTotalCents !== undefined) {
    const balance =
      plan.balanced === undefined
        ? ''
        : plan.balanced
          ? ` (${f.balanced})`
          : ` (${f.unbalanced(formatCents(Math.abs(plan.gapCents!), lang), plan.gapCents! > 0)})`;
    facts.push([f.resources, `${money(plan.resourcesTotalCents)}${balance}`]);
  } else facts.push([f.resources, f.notJudged]);
  if (plan.selfShareBasisPoints !== undefined && plan.selfShareMinimumPercent !== undefined)
    facts.push([
      f.selfShare,
      f.selfShareValue(formatPercent(plan.selfShareBasisPoints / 100, lang), formatPercent(plan.selfShareMinimumPercent, lang)),
    ]);
  return facts;
}

/** What stands before a clause's words: the call's ("Règlement") or a law's ("Loi", e.g. the CGCT). */
export function clauseLabel(clause: Clause, t: Catalogue): string {
  return clause.source === undefined ? t.ui.clause : t.ui.law;
}
