import { blocking, info, type Finding } from '../vocabulary.js';
import { defineRule, type CodeOf, type ProblemSpecs } from './types.js';

const problems = {
  'date-depot-absente': { info: true, params: { date: 'date', source: 'id' } },
  'depot-hors-delai': { bloquant: ['ineligible'], params: { date: 'date', limite: 'date', fuseau: 'id', source: 'id' } },
} as const satisfies ProblemSpecs;

/**
 * "Date limite des dépôts de candidature fixée au 29 juillet 2022 à minuit":
 * read as the end of that day in the edition's time zone (Europe/Paris for
 * 2022), so the last day is on time.
 */
export const submissionDeadline = defineRule({
  id: 'depot-delai',
  meta: { problems },
  check(_dossier, { reglement, referenceDate }) {
    const findings: Finding<CodeOf<typeof problems>>[] = [];
    if (referenceDate.source !== 'depot') {
      findings.push(info('date-depot-absente', 'depot.date', { date: referenceDate.date, source: referenceDate.source }));
    }
    const { dernierJour } = reglement.dateLimite;
    // Both are YYYY-MM-DD calendar dates in the edition's zone: text order is date order.
    if (referenceDate.date > dernierJour) {
      findings.push(
        blocking('ineligible', 'depot-hors-delai', 'depot.date', {
          date: referenceDate.date,
          limite: dernierJour,
          fuseau: reglement.dateLimite.fuseau,
          source: referenceDate.source,
        }),
      );
    }
    return findings;
  },
});
