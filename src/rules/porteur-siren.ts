import { attachmentOf } from '../reglement/applicant.js';
import { blocking, type Finding } from '../vocabulary.js';
import { luhnValid, sirenDigits } from './identifiers.js';
import { defineRule, type CodeOf, type ProblemSpecs, type RuleContext } from './types.js';

// `commune` and `attendu`: the commune porteur.code_insee names and its SIREN, when the applicant is that commune.
const problems = {
  'siren-manquant': { bloquant: ['a-completer'], params: { commune: 'text', attendu: 'id' } },
  'siren-est-un-siret': { bloquant: ['a-completer'], params: { valeur: 'text', siren: 'id' } },
  'siren-format': { bloquant: ['a-completer'], params: { valeur: 'text', commune: 'text', attendu: 'id' } },
  'siren-cle-invalide': { bloquant: ['a-completer'], params: { valeur: 'text', commune: 'text', attendu: 'id' } },
} as const satisfies ProblemSpecs;

/** The SIREN identifies the applicant: nine digits, the last a Luhn check digit. */
export const applicantSiren = defineRule({
  id: 'porteur-siren',
  meta: { problems },
  check(dossier, context) {
    const known = officialSiren(dossier.porteur?.type, context);
    const raw = dossier.porteur?.siren;
    if (raw === undefined || raw === '') return [blocking('a-completer', 'siren-manquant', 'porteur.siren', { ...known })];
    const digits = sirenDigits(raw);
    const findings: Finding<CodeOf<typeof problems>>[] = [];
    if (/^\d{14}$/.test(digits)) {
      findings.push(blocking('a-completer', 'siren-est-un-siret', 'porteur.siren', { valeur: raw, siren: digits.slice(0, 9) }));
    } else if (!/^\d{9}$/.test(digits)) {
      findings.push(blocking('a-completer', 'siren-format', 'porteur.siren', { valeur: raw, ...known }));
    } else if (!luhnValid(digits) || /^0+$/.test(digits)) {
      findings.push(blocking('a-completer', 'siren-cle-invalide', 'porteur.siren', { valeur: raw, ...known }));
    }
    return findings;
  },
});

/** The SIREN the official geography gives for the commune porteur.code_insee names, when the applicant is a commune. */
function officialSiren(type: string | undefined, { reglement, seat }: RuleContext): { commune?: string; attendu?: string } {
  if (attachmentOf(reglement, type) !== 'commune' || !seat || seat.kind === 'inconnue' || !seat.commune.siren) return {};
  return { commune: seat.commune.nom, attendu: seat.commune.siren };
}
