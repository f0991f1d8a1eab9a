import { info, warning, type Finding } from '../vocabulary.js';
import { defineRule } from './types.js';

/**
 * The plan balances: requested grant + other aid + self-financing = the
 * project's cost, the HT total of all its lines. The call does not make it a
 * condition of eligibility: an unbalanced plan is a warning, the officer asks
 * for a corrected one. Each other funder is named with its amount.
 */
export const financingPlan = defineRule({
  id: 'financement-plan',
  meta: {
    problems: {
      // `sens`: `excedent` when the resources exceed the cost, `deficit` otherwise; `ecart` is the gap's size.
      // `lignesTtc`: lines whose HT amount was derived from TTC; `sansAutofinancement`: the plan gives none.
      'financement-desequilibre': {
        avertissement: true,
        params: { cout: 'money', ressources: 'money', ecart: 'money', sens: 'id', lignesTtc: 'integer', sansAutofinancement: 'flag' },
      },
      'autofinancement-deduit': { info: true, params: { autofinancement: 'money', cout: 'money', aides: 'money', lignesTtc: 'integer' } },
      'autre-aide-financeur-manquant': { avertissement: true, params: { montant: 'money' } },
      'autre-aide-montant-manquant': { avertissement: true, params: { financeur: 'text' } },
    },
  },
  check(_dossier, { financing }) {
    const findings: Finding<
      'financement-desequilibre' | 'autofinancement-deduit' | 'autre-aide-financeur-manquant' | 'autre-aide-montant-manquant'
    >[] = [];
    for (const aid of financing.otherAids) {
      if (aid.financeur === undefined)
        findings.push(
          warning('autre-aide-financeur-manquant', `financement.autres_aides.${aid.index}.financeur`, {
            ...(aid.amountCents !== undefined ? { montant: aid.amountCents } : {}),
          }),
        );
      if (aid.amountCents === undefined)
        findings.push(
          warning('autre-aide-montant-manquant', `financement.autres_aides.${aid.index}.montant`, {
            ...(aid.financeur !== undefined ? { financeur: aid.financeur } : {}),
          }),
        );
    }
    const { costCents, resourcesTotalCents, gapCents, balanced, linesFromTtc } = financing;
    if (costCents === undefined || resourcesTotalCents === undefined || gapCents === undefined) return findings;
    const ttc = linesFromTtc > 0 ? { lignesTtc: linesFromTtc } : {};
    if (!balanced) {
      findings.push(
        warning('financement-desequilibre', 'financement', {
          cout: costCents,
          ressources: resourcesTotalCents,
          ecart: Math.abs(gapCents),
          sens: gapCents > 0 ? 'excedent' : 'deficit',
          ...ttc,
          ...(financing.selfFinancingCents === undefined ? { sansAutofinancement: 1 } : {}),
        }),
      );
    } else if (financing.selfFinancingSource === 'deduit') {
      findings.push(
        info('autofinancement-deduit', 'financement.autofinancement', {
          autofinancement: financing.selfFinancingCents,
          cout: costCents,
          aides: resourcesTotalCents - financing.selfFinancingCents!,
          ...ttc,
        }),
      );
    }
    return findings;
  },
});
