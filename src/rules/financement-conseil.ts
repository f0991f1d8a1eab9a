import { info, type Finding } from '../vocabulary.js';
import { baseReachingCap } from './financing.js';
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
      'plafond-non-atteint': { info: true, params: { complement: 'money', assiette: 'money', plafond: 'money', base: 'money' } },
      'aide-sollicitee-inferieure': { info: true, params: { sollicitee: 'money', maximale: 'money' } },
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
        }),
      );
    }
    const requested = dossier.financement?.aide_sollicitee;
    // Asking for more would only lower a self-financing share the law already finds too low.
    if (requested !== undefined && requested < grant.maximumCents && financing.selfShareMet !== false)
      findings.push(
        info('aide-sollicitee-inferieure', 'financement.aide_sollicitee', { sollicitee: requested, maximale: grant.maximumCents }),
      );
    return findings;
  },
});
