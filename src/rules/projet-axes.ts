import { unknownChoice } from '../did-you-mean.js';
import { blocking, warning, type Finding } from '../vocabulary.js';
import { defineRule, type CodeOf, type ProblemSpecs } from './types.js';

const problems = {
  'axe-manquant': { bloquant: ['ineligible'], params: { valeurs: 'list' } },
  // Blocking when no axis given is valid, a warning beside a valid one.
  'axe-inconnu': { bloquant: ['a-completer'], avertissement: true, params: { valeur: 'text', suggestion: 'id', valeurs: 'list' } },
} as const satisfies ProblemSpecs;

/** "Pour être éligible, les projets devront répondre à l'un des trois axes prioritaires." */
export const projectAxes = defineRule({
  id: 'projet-axes',
  meta: { problems },
  check(dossier, { reglement }) {
    const ids = reglement.axes.map((axis) => axis.id);
    const given = (dossier.projet?.axes ?? []).map((value, index) => ({ value, index }));
    const valid = given.filter(({ value }) => value !== undefined && ids.includes(value));
    const unknown = given.filter(({ value }) => value !== undefined && !ids.includes(value));
    if (given.length === 0) return [blocking('ineligible', 'axe-manquant', 'projet.axes', { valeurs: ids.join(', ') })];
    // A mistyped axis is a value to correct, not a project outside the call.
    return unknown.map(({ value, index }): Finding<CodeOf<typeof problems>> => {
      const params = unknownChoice(value!, ids);
      return valid.length > 0
        ? warning('axe-inconnu', `projet.axes.${index}`, params)
        : blocking('a-completer', 'axe-inconnu', `projet.axes.${index}`, params);
    });
  },
});
