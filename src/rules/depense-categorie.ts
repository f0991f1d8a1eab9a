import { unknownChoice } from '../did-you-mean.js';
import { info, warning, type Finding } from '../vocabulary.js';
import { defineRule, type CodeOf, type ParamKind, type ProblemSpecs } from './types.js';

/** What unknownChoice gives: the value, the closest known one, the known ones. */
const UNKNOWN_CHOICE = { valeur: 'text', suggestion: 'id', valeurs: 'list' } as const satisfies Record<string, ParamKind>;
/** A line's reason code, followed by that reason's own parameters (LINE_REASONS). */
const REASON = { motif: 'reason' } as const satisfies Record<string, ParamKind>;

const problems = {
  'categorie-inconnue': { avertissement: true, params: UNKNOWN_CHOICE },
  'nature-inconnue': { avertissement: true, params: UNKNOWN_CHOICE },
  'beneficiaires-inconnus': { avertissement: true, params: UNKNOWN_CHOICE },
  'depense-a-verifier': { avertissement: true, params: REASON },
  'depense-exclue': { info: true, params: REASON },
  'categorie-deduite': { info: true, params: REASON },
} as const satisfies ProblemSpecs;

/** Each line's category and nature, as the call admits or excludes them. */
export const expenseCategory = defineRule({
  id: 'depense-categorie',
  meta: { problems },
  check(_dossier, { lines, reglement }) {
    const findings: Finding<CodeOf<typeof problems>>[] = [];
    const categoryIds = reglement.categories.map((category) => category.id);
    const beneficiaryIds = reglement.beneficiaires.map((beneficiary) => beneficiary.id);
    for (const line of lines) {
      const path = `depenses.${line.index}`;
      const { nature, beneficiaires, categorie } = line.input;
      if (categorie !== undefined && !categoryIds.includes(categorie)) {
        findings.push(warning('categorie-inconnue', `${path}.categorie`, unknownChoice(categorie, categoryIds)));
      }
      if (nature !== undefined && !reglement.natures.includes(nature)) {
        findings.push(warning('nature-inconnue', `${path}.nature`, unknownChoice(nature, reglement.natures)));
      }
      if (beneficiaires !== undefined && !beneficiaryIds.includes(beneficiaires)) {
        findings.push(warning('beneficiaires-inconnus', `${path}.beneficiaires`, unknownChoice(beneficiaires, beneficiaryIds)));
      }
      const reason = { motif: line.reason.code, ...line.reason.params };
      // An unreadable nature is already explained, at its own field, by nature-inconnue.
      if (line.status === 'a-verifier' && line.reason.code !== 'nature-illisible')
        findings.push({ ...warning('depense-a-verifier', `${path}.categorie`, reason), clause: line.clause });
      else if (line.status === 'exclue') findings.push({ ...info('depense-exclue', path, reason), clause: line.clause });
      else if (line.origin === 'deduite' && line.status === 'eligible')
        findings.push({ ...info('categorie-deduite', `${path}.libelle`, reason), clause: line.clause });
    }
    return findings;
  },
});
