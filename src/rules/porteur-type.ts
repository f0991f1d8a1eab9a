import { unknownChoice } from '../did-you-mean.js';
import { blocking, warning } from '../vocabulary.js';
import { defineRule } from './types.js';

/** The applicant types the edition admits ("les collectivités locales … et leurs groupements, ainsi que les CCAS"). */
export const applicantType = defineRule({
  id: 'porteur-type',
  meta: {
    problems: {
      'porteur-type-manquant': { bloquant: ['a-completer'], params: { valeurs: 'list' } },
      'porteur-type-inconnu': { bloquant: ['a-completer'], params: { valeur: 'text', suggestion: 'id', valeurs: 'list' } },
      // `valeurs`: the ids of the eligible types, joined by ",".
      'porteur-type-non-eligible': { bloquant: ['ineligible'], params: { type: 'id', valeurs: 'list' } },
      'porteur-type-a-confirmer': { avertissement: true, params: { type: 'id' } },
    },
  },
  check(dossier, { reglement }) {
    const value = dossier.porteur?.type;
    if (value === undefined || value === '') {
      const eligible = reglement.typesPorteur.filter((type) => type.eligibilite !== 'non-eligible').map((type) => type.id);
      return [blocking('a-completer', 'porteur-type-manquant', 'porteur.type', { valeurs: eligible.join(', ') })];
    }
    const known = reglement.typesPorteur.find((type) => type.id === value);
    if (!known) {
      const ids = reglement.typesPorteur.map((type) => type.id);
      const synonym = reglement.typesPorteur.find((type) => type.synonymes?.includes(value))?.id;
      const params = unknownChoice(value, ids);
      return [blocking('a-completer', 'porteur-type-inconnu', 'porteur.type', { ...params, suggestion: synonym ?? params.suggestion })];
    }
    if (known.eligibilite === 'non-eligible') {
      const eligible = reglement.typesPorteur.filter((type) => type.eligibilite === 'eligible').map((type) => type.id);
      return [blocking('ineligible', 'porteur-type-non-eligible', 'porteur.type', { type: known.id, valeurs: eligible.join(',') })];
    }
    if (known.eligibilite === 'a-confirmer') return [warning('porteur-type-a-confirmer', 'porteur.type', { type: known.id })];
    return [];
  },
});
