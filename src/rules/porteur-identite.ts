import { attachmentOf } from '../reglement/applicant.js';
import { departementOf } from '../territoire/geography.js';
import { sameName } from '../territoire/names.js';
import { blocking, warning, type Finding } from '../vocabulary.js';
import { luhnValid, sirenDigits } from './identifiers.js';
import { defineRule, type CodeOf, type ProblemSpecs } from './types.js';

const problems = {
  'siren-autre-commune': { bloquant: ['a-completer'], params: { valeur: 'text', attendu: 'id', nom: 'text', autre: 'text' } },
  'siren-epci-inconnu': { bloquant: ['a-completer'], params: { valeur: 'text', commune: 'text', millesime: 'integer' } },
  'nom-non-officiel': { avertissement: true, params: { nom: 'text', officiel: 'text' } },
  'epci-en-partie-hors-territoire': { avertissement: true, params: { nom: 'text', dedans: 'integer', total: 'integer' } },
  'siege-hors-epci': { avertissement: true, params: { nom: 'text', commune: 'text' } },
} as const satisfies ProblemSpecs;

/**
 * The applicant is who it says it is: a commune's SIREN is that commune's, an
 * EPCI's SIREN is an EPCI of the official list with members in the territory,
 * and the name matches the official one (a warning: the SIREN identifies).
 */
export const applicantIdentity = defineRule({
  id: 'porteur-identite',
  meta: { problems },
  check(dossier, { reglement, geography, seat }) {
    const porteur = dossier.porteur;
    const siren = sirenDigits(porteur?.siren);
    if (!/^\d{9}$/.test(siren) || !luhnValid(siren) || !seat || seat.kind === 'inconnue') return [];
    const findings: Finding<CodeOf<typeof problems>>[] = [];
    const attachment = attachmentOf(reglement, porteur?.type);
    if (porteur && attachment === 'commune') {
      const { commune } = seat;
      if (commune.siren && commune.siren !== siren) {
        const other = geography.communeBySiren(siren, commune.departement);
        findings.push(
          blocking('a-completer', 'siren-autre-commune', 'porteur.siren', {
            valeur: porteur.siren,
            attendu: commune.siren,
            nom: commune.nom,
            autre: other?.nom,
          }),
        );
      }
      if (porteur.nom && !sameName(porteur.nom, commune.nom))
        findings.push(warning('nom-non-officiel', 'porteur.nom', { nom: porteur.nom, officiel: commune.nom }));
    }
    if (porteur && attachment === 'epci') {
      const epci = geography.epci(siren);
      if (!epci) {
        const commune = geography.communeBySiren(siren, seat.commune.departement);
        return [
          blocking('a-completer', 'siren-epci-inconnu', 'porteur.siren', {
            valeur: porteur.siren,
            commune: commune?.nom,
            millesime: geography.source.millesime,
          }),
        ];
      }
      const inside = epci.membres.filter((member) => reglement.territoire.departements.includes(departementOf(member))).length;
      if (inside > 0 && inside < epci.membres.length) {
        findings.push(
          warning('epci-en-partie-hors-territoire', 'porteur.siren', { nom: epci.nom, dedans: inside, total: epci.membres.length }),
        );
      }
      if (!epci.membres.includes(seat.commune.code)) {
        findings.push(warning('siege-hors-epci', 'porteur.code_insee', { nom: epci.nom, commune: seat.commune.nom }));
      }
      if (porteur.nom && !sameName(porteur.nom, epci.nom))
        findings.push(warning('nom-non-officiel', 'porteur.nom', { nom: porteur.nom, officiel: epci.nom }));
    }
    return findings;
  },
});
