import { attachmentOf } from '../reglement/applicant.js';
import { departementOf } from '../territoire/geography.js';
import { blocking, warning, type Finding } from '../vocabulary.js';
import { INSEE_CODE, sirenDigits } from './identifiers.js';
import { defineRule, type CodeOf, type ProblemSpecs } from './types.js';

const problems = {
  // `commune` and `attendu`: the commune whose SIREN porteur.siren is, and its code, when the applicant is a commune.
  'code-insee-manquant': { bloquant: ['a-completer'], params: { commune: 'text', attendu: 'id' } },
  'code-insee-invalide': { bloquant: ['a-completer'], params: { valeur: 'text', commune: 'text', attendu: 'id' } },
  'code-insee-inconnu': { bloquant: ['a-completer'], params: { valeur: 'text', millesime: 'integer', commune: 'text', attendu: 'id' } },
  'code-insee-ancien': { avertissement: true, params: { valeur: 'text', code: 'id', nom: 'text', ancienNom: 'text' } },
  'porteur-hors-territoire': {
    bloquant: ['ineligible'],
    params: { valeur: 'text', nom: 'text', departement: 'id', departementNom: 'text' },
  },
} as const satisfies ProblemSpecs;

/**
 * The applicant's commune (the seat, for a grouping) must exist in the
 * official geography and be in the territory; an EPCI is in it through its
 * member communes. A former code of a merged commune leads to the commune it
 * became.
 */
export const applicantTerritory = defineRule({
  id: 'porteur-territoire',
  meta: { problems },
  check(dossier, { reglement, geography, seat }) {
    // The commune of the territory whose SIREN the applicant gave, when it is a commune: its code is the answer.
    const known = (): { commune?: string; attendu?: string } => {
      if (attachmentOf(reglement, dossier.porteur?.type) !== 'commune') return {};
      const siren = sirenDigits(dossier.porteur?.siren);
      if (!/^\d{9}$/.test(siren)) return {};
      for (const departement of reglement.territoire.departements) {
        const commune = geography.communeBySiren(siren, departement);
        if (commune) return { commune: commune.nom, attendu: commune.code };
      }
      return {};
    };
    const code = dossier.porteur?.code_insee?.toUpperCase();
    if (code === undefined || code === '') return [blocking('a-completer', 'code-insee-manquant', 'porteur.code_insee', { ...known() })];
    if (!INSEE_CODE.test(code)) return [blocking('a-completer', 'code-insee-invalide', 'porteur.code_insee', { valeur: code, ...known() })];
    if (!seat || seat.kind === 'inconnue') {
      const params = { valeur: code, millesime: geography.source.millesime, ...known() };
      return [blocking('a-completer', 'code-insee-inconnu', 'porteur.code_insee', params)];
    }
    const findings: Finding<CodeOf<typeof problems>>[] = [];
    const { commune } = seat;
    if (seat.kind === 'ancienne') {
      findings.push(
        warning('code-insee-ancien', 'porteur.code_insee', {
          valeur: code,
          code: commune.code,
          nom: commune.nom,
          ancienNom: seat.ancienNom,
        }),
      );
    }
    const attachment = attachmentOf(reglement, dossier.porteur?.type);
    const epci = attachment === 'epci' ? geography.epci(sirenDigits(dossier.porteur?.siren)) : undefined;
    // An EPCI reaching into the territory is in it, wherever its seat: its share is said by porteur-identite.
    const inTerritory =
      attachment === 'aucun' ||
      (epci
        ? epci.membres.some((member) => reglement.territoire.departements.includes(departementOf(member)))
        : reglement.territoire.departements.includes(commune.departement));
    if (!inTerritory) {
      findings.push(
        blocking('ineligible', 'porteur-hors-territoire', 'porteur.code_insee', {
          valeur: code,
          nom: commune.nom,
          departement: commune.departement,
          departementNom: geography.departementName(commune.departement),
        }),
      );
    }
    return findings;
  },
});
