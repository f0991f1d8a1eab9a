import { info, type Finding } from '../vocabulary.js';
import { baseReachingCap, roomAboveMinimumShare } from './financing.js';
import { defineRule } from './types.js';

/**
 * What applicants ask: how much more eligible expense would reach the cap,
 * and that they may ask for more than they did. Advice only, for a dossier
 * that can still be granted something, once its maximum is no longer provisional.
 */
export const financingAdvice = defineRule({
  id: 'financement-conseil',
  meta: {
    problems: {
      // `aVerifier`: the HT of lines a person must still look at, likely eligible; they would count if found so.
      'plafond-non-atteint': {
        info: true,
        params: { complement: 'money', assiette: 'money', plafond: 'money', base: 'money', aVerifier: 'money' },
      },
      // `jusqua`: the most that may be requested, the maximum or less when the self-financing must stay at its minimum share.
      'aide-sollicitee-inferieure': {
        info: true,
        params: { sollicitee: 'money', maximale: 'money', jusqua: 'money', limiteAutofinancement: 'flag' },
      },
    },
  },
  check(dossier, { grant, verdict, financing }) {
    if (verdict !== 'eligible' && verdict !== 'a-completer') return [];
    // While a line lacks its amount the maximum is provisional; without any eligible expense, other problems say what to do.
    if (grant.linesWithoutAmount > 0 || grant.eligibleBaseCents === 0) return [];
    const findings: Finding<'plafond-non-atteint' | 'aide-sollicitee-inferieure'>[] = [];
    if (grant.maximumCents < grant.capCents) {
      const base = baseReachingCap(grant.capCents, grant.ratePercent);
      findings.push(
        info('plafond-non-atteint', 'depenses', {
          complement: base - grant.eligibleBaseCents,
          assiette: grant.eligibleBaseCents,
          plafond: grant.capCents,
          base,
          ...(grant.toVerifyBaseCents > 0 ? { aVerifier: grant.toVerifyBaseCents } : {}),
        }),
      );
    }
    const requested = dossier.financement?.aide_sollicitee;
    if (requested === undefined || requested >= grant.maximumCents) return findings;
    // More aid comes out of the self-financing (the cost does not change): it may not fall under the law's share.
    const { selfFinancingCents, publicTotalCents, selfShareMinimumPercent } = financing;
    const room =
      selfShareMinimumPercent !== undefined && selfFinancingCents !== undefined && publicTotalCents !== undefined
        ? roomAboveMinimumShare(selfFinancingCents, publicTotalCents, selfShareMinimumPercent)
        : undefined;
    const upTo = room === undefined ? grant.maximumCents : Math.min(grant.maximumCents, requested + room);
    if (upTo > requested)
      findings.push(
        info('aide-sollicitee-inferieure', 'financement.aide_sollicitee', {
          sollicitee: requested,
          maximale: grant.maximumCents,
          jusqua: upTo,
          ...(upTo < grant.maximumCents ? { limiteAutofinancement: 1 } : {}),
        }),
      );
    return findings;
  },
});
