import { defineFormatRule, type ProblemSpecs } from './types.js';

/**
 * A value that cannot be used blocks (`a-completer`) on the fields the
 * verdict or the grant depend on, and is a warning on the others
 * (ADVISORY_FIELDS, src/dossier/validate.ts).
 */
const unusable = { bloquant: ['a-completer'], avertissement: true } as const;

/**
 * Each section of the dossier has the expected shape: the schema and the
 * validator (src/dossier/schema.ts, validate.ts) and the edition named by
 * `appel:` (src/engine/check.ts). No check of its own: those layers report its problems.
 */
export const dossierShape = defineFormatRule({
  id: 'dossier-format',
  meta: {
    problems: {
      'cle-inconnue': { avertissement: true, params: { cle: 'text', suggestion: 'text' } },
      'cle-corrigee': { avertissement: true, params: { cle: 'text', correcte: 'text' } },
      'cles-inconnues-nombreuses': { avertissement: true, params: { nombre: 'integer' } },
      // `attendu`, `recu`: kinds of value (string, number, array, object…).
      'type-invalide': { ...unusable, params: { attendu: 'id', recu: 'id' } },
      // `raison`: why parseAmount refused it (the catalogues' `amounts`), `detail`: the character or the mention at fault.
      'montant-invalide': { ...unusable, params: { raison: 'id', valeur: 'text', detail: 'text' } },
      // `attendu`: HT, TTC, or empty on an amount that is neither.
      'montant-mention-taxe': { ...unusable, params: { mention: 'text', attendu: 'id' } },
      'montant-negatif': { ...unusable, params: {} },
      'montant-excessif': { ...unusable, params: { max: 'money' } },
      'taux-tva-invalide': { ...unusable, params: { valeur: 'text', raison: 'id', detail: 'text' } },
      'date-invalide': { ...unusable, params: { valeur: 'text', raison: 'id' } },
      'structure-invalide': { bloquant: ['a-completer'], params: {} },
      'appel-inconnu': { bloquant: ['a-completer'], params: { valeur: 'text', applique: 'id', valeurs: 'list' } },
    },
  } satisfies { problems: ProblemSpecs },
});
