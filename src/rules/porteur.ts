import { unknownChoice } from '../dossier/did-you-mean.js';
import { attachmentOf } from '../reglement/applicant.js';
import { departementOf } from '../territoire/geography.js';
import { sameName } from '../territoire/names.js';
import { blocking, warning, type Finding } from '../vocabulary.js';
import type { Rule } from './types.js';

/** The applicant types the edition admits ("les collectivités locales … et leurs groupements, ainsi que les CCAS"). */
export const applicantType: Rule = {
  id: 'porteur-type',
  produces: { bloquant: ['ineligible', 'a-completer'], avertissement: true },
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
};

// INSEE commune codes: five digits, or 2A/2B and three digits in Corsica.
export const INSEE_CODE = /^(\d{5}|2[AB]\d{3})$/;

/**
 * The applicant's commune (the seat, for a grouping) must exist in the
 * official geography and be in the territory; an EPCI is in it through its
 * member communes. A former code of a merged commune leads to the commune it
 * became.
 */
export const applicantTerritory: Rule = {
  id: 'porteur-territoire',
  produces: { bloquant: ['ineligible', 'a-completer'], avertissement: true },
  check(dossier, { reglement, geography, seat }) {
    const code = dossier.porteur?.code_insee?.toUpperCase();
    if (code === undefined || code === '') return [blocking('a-completer', 'code-insee-manquant', 'porteur.code_insee')];
    if (!INSEE_CODE.test(code)) return [blocking('a-completer', 'code-insee-invalide', 'porteur.code_insee', { valeur: code })];
    if (!seat || seat.kind === 'inconnue') {
      return [blocking('a-completer', 'code-insee-inconnu', 'porteur.code_insee', { valeur: code, millesime: geography.source.millesime })];
    }
    const findings: Finding[] = [];
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
};

/**
 * The applicant is who it says it is: a commune's SIREN is that commune's, an
 * EPCI's SIREN is an EPCI of the official list with members in the territory,
 * and the name matches the official one (a warning: the SIREN identifies).
 */
export const applicantIdentity: Rule = {
  id: 'porteur-identite',
  produces: { bloquant: ['a-completer'], avertissement: true },
  check(dossier, { reglement, geography, seat }) {
    const porteur = dossier.porteur;
    const siren = sirenDigits(porteur?.siren);
    if (!/^\d{9}$/.test(siren) || !luhnValid(siren) || !seat || seat.kind === 'inconnue') return [];
    const findings: Finding[] = [];
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
};

function sirenDigits(raw: string | undefined): string {
  return (raw ?? '').replace(/[\s.\u00a0]/g, '');
}

/** The SIREN identifies the applicant: nine digits, the last a Luhn check digit. */
export const applicantSiren: Rule = {
  id: 'porteur-siren',
  produces: { bloquant: ['a-completer'] },
  check(dossier) {
    const raw = dossier.porteur?.siren;
    if (raw === undefined || raw === '') return [blocking('a-completer', 'siren-manquant', 'porteur.siren')];
    const digits = sirenDigits(raw);
    const findings: Finding[] = [];
    if (/^\d{14}$/.test(digits)) {
      findings.push(blocking('a-completer', 'siren-est-un-siret', 'porteur.siren', { valeur: raw, siren: digits.slice(0, 9) }));
    } else if (!/^\d{9}$/.test(digits)) {
      findings.push(blocking('a-completer', 'siren-format', 'porteur.siren', { valeur: raw }));
    } else if (!luhnValid(digits) || /^0+$/.test(digits)) {
      findings.push(blocking('a-completer', 'siren-cle-invalide', 'porteur.siren', { valeur: raw }));
    }
    return findings;
  },
};

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}
