import { blocking } from '../vocabulary.js';
import { defineRule } from './types.js';

/**
 * "…à hauteur d'un taux maximum de 80 % des dépenses HT d'investissement dans
 * la limite de 25 000 € d'aide par projet": a request above the maximum must be
 * lowered before filing. The project is not excluded for it, so the verdict is
 * "à compléter" (a correction), not "inéligible".
 */
export const requestedGrant = defineRule({
  id: 'aide-sollicitee',
  meta: {
    problems: {
      // Rendered with `ineligible` when the dossier is: its maximum then holds only if it were admissible.
      'aide-sollicitee-manquante': { bloquant: ['a-completer'], params: { maximale: 'money' } },
      'aide-sollicitee-excessive': {
        bloquant: ['a-completer'],
        // `reequilibrer`: the dossier gives its self-financing, so a lower request leaves the plan short unless it grows.
        params: { sollicitee: 'money', maximale: 'money', maximaleSiRetenues: 'money', reequilibrer: 'flag' },
      },
    },
  },
  check(dossier, { grant, lines }) {
    const requested = dossier.financement?.aide_sollicitee;
    if (requested === undefined)
      return [blocking('a-completer', 'aide-sollicitee-manquante', 'financement.aide_sollicitee', { maximale: grant.maximumCents })];
    // While a line lacks its amount the maximum is not known: that line is reported, not the request.
    // Without any eligible line, "no eligible expense" already says what is wrong.
    const hasEligibleLine = lines.some((line) => line.status === 'eligible');
    if (grant.linesWithoutAmount === 0 && hasEligibleLine && requested > grant.maximumCents) {
      return [
        blocking('a-completer', 'aide-sollicitee-excessive', 'financement.aide_sollicitee', {
          sollicitee: requested,
          maximale: grant.maximumCents,
          maximaleSiRetenues: grant.maximumIfVerifiedCents,
          ...(dossier.financement?.autofinancement === undefined ? {} : { reequilibrer: 1 }),
        }),
      ];
    }
    return [];
  },
});
