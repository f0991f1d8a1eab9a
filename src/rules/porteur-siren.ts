import { blocking, type Finding } from '../vocabulary.js';
import { luhnValid, sirenDigits } from './identifiers.js';
import { defineRule, type CodeOf, type ProblemSpecs } from './types.js';

const problems = {
  'siren-manquant': { bloquant: ['a-completer'], params: {} },
  'siren-est-un-siret': { bloquant: ['a-completer'], params: { valeur: 'text', siren: 'id' } },
  'siren-format': { bloquant: ['a-completer'], params: { valeur: 'text' } },
  'siren-cle-invalide': { bloquant: ['a-completer'], params: { valeur: 'text' } },
} as const satisfies ProblemSpecs;

/** The SIREN identifies the applicant: nine digits, the last a Luhn check digit. */
export const applicantSiren = defineRule({
  id: 'porteur-siren',
  meta: { problems },
  check(dossier) {
    const raw = dossier.porteur?.siren;
    if (raw === undefined || raw === '') return [blocking('a-completer', 'siren-manquant', 'porteur.siren')];
    const digits = sirenDigits(raw);
    const findings: Finding<CodeOf<typeof problems>>[] = [];
    if (/^\d{14}$/.test(digits)) {
      findings.push(blocking('a-completer', 'siren-est-un-siret', 'porteur.siren', { valeur: raw, siren: digits.slice(0, 9) }));
    } else if (!/^\d{9}$/.test(digits)) {
      findings.push(blocking('a-completer', 'siren-format', 'porteur.siren', { valeur: raw }));
    } else if (!luhnValid(digits) || /^0+$/.test(digits)) {
      findings.push(blocking('a-completer', 'siren-cle-invalide', 'porteur.siren', { valeur: raw }));
    }
    return findings;
  },
});
