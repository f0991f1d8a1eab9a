import { blocking } from '../vocabulary.js';
import { defineRule } from './types.js';

/** "Les dépenses éligibles sont uniquement…": a project with none of them gets nothing. */
export const eligibleExpenses = defineRule({
  id: 'depenses-eligibles',
  meta: {
    problems: {
      'depenses-absentes': { bloquant: ['a-completer'], params: {} },
      'aucune-depense-confirmee': { bloquant: ['a-completer'], params: {} },
      // `categories`: the ids of the funded categories, joined by ",".
      'aucune-depense-eligible': { bloquant: ['ineligible'], params: { categories: 'list' } },
    },
  },
  check(_dossier, { lines, reglement }) {
    if (lines.length === 0) return [blocking('a-completer', 'depenses-absentes', 'depenses')];
    if (lines.some((line) => line.status === 'eligible')) return [];
    // Lines still to verify may turn out eligible: say what to do, not "ineligible".
    if (lines.some((line) => line.status === 'a-verifier')) return [blocking('a-completer', 'aucune-depense-confirmee', 'depenses')];
    const funded = reglement.categories.filter((category) => category.eligible).map((category) => category.id);
    return [blocking('ineligible', 'aucune-depense-eligible', 'depenses', { categories: funded.join(',') })];
  },
});
