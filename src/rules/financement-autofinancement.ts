import { warning } from '../vocabulary.js';
import { defineRule } from './types.js';

/**
 * CGCT art. L1111-10 III: a local authority that owns an investment funds at
 * least 20 % of the public financing of it. Every other aid counts as public
 * (DETR, DSIL, Région, Europe…). Derogations exist, so this is a warning,
 * never a reason to refuse the dossier. The clause is the law's, not the call's.
 */
export const selfFinancingShare = defineRule({
  id: 'financement-autofinancement',
  meta: {
    problems: {
      // `part` and `minimum`: hundredths of a percent (1999 for 19,99 %), the share rounded down.
      'autofinancement-insuffisant': {
        avertissement: true,
        params: { autofinancement: 'money', aides: 'money', total: 'money', part: 'integer', minimum: 'integer', deduit: 'flag' },
      },
    },
  },
  check(_dossier, { financing }) {
    // The plan knows whether the law binds the applicant, and with which clause: nothing to decide again here.
    const { selfFinancingCents, publicTotalCents, selfShareMet, selfShareBasisPoints, selfShareMinimumPercent, selfShareMinimumClause } =
      financing;
    if (
      selfShareMet !== false ||
      selfShareMinimumPercent === undefined ||
      selfFinancingCents === undefined ||
      publicTotalCents === undefined
    )
      return [];
    return [
      {
        ...warning('autofinancement-insuffisant', 'financement.autofinancement', {
          autofinancement: selfFinancingCents,
          aides: publicTotalCents - selfFinancingCents,
          total: publicTotalCents,
          part: selfShareBasisPoints,
          minimum: Math.round(selfShareMinimumPercent * 100),
          ...(financing.selfFinancingSource === 'deduit' ? { deduit: 1 } : {}),
        }),
        clause: selfShareMinimumClause,
      },
    ];
  },
});
