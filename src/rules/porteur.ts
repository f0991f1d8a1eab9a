import { unknownChoice } from '../dossier/suggest.js';
import { blocking, warning, type Finding } from './finding.js';
import type { Rule } from './types.js';

/** "Les collectivités locales de la Loire et leurs groupements, ainsi que les CCAS." */
export const applicantType: Rule = {
  id: 'porteur-type',
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
    if (known.eligibilite === 'non-eligible')
      return [blocking('ineligible', 'porteur-type-non-eligible', 'porteur.type', { type: known.id })];
    if (known.eligibilite === 'a-confirmer') return [warning('porteur-type-a-confirmer', 'porteur.type', { type: known.id })];
    return [];
  },
};

// INSEE commune codes: five digits, or 2A/2B and three digits in Corsica.
const INSEE_CODE = /^(\d{5}|2[AB]\d{3})$/;

/**
 * The applicant's commune (the seat, for a grouping) must be in the territory.
 * For now the département is read from the code; the official geography comes later.
 */
export const applicantTerritory: Rule = {
  id: 'porteur-territoire',
  check(dossier, { reglement }) {
    const code = dossier.porteur?.code_insee?.toUpperCase();
    if (code === undefined || code === '') return [blocking('a-completer', 'code-insee-manquant', 'porteur.code_insee')];
    if (!INSEE_CODE.test(code)) return [blocking('a-completer', 'code-insee-invalide', 'porteur.code_insee', { valeur: code })];
    const departement = departementOf(code);
    if (!reglement.territoire.departements.includes(departement)) {
      return [blocking('ineligible', 'porteur-hors-territoire', 'porteur.code_insee', { valeur: code, departement })];
    }
    return [];
  },
};

function departementOf(inseeCode: string): string {
  // Overseas communes (971xx to 976xx) carry a three-digit département.
  return inseeCode.startsWith('97') ? inseeCode.slice(0, 3) : inseeCode.slice(0, 2);
}

/** The SIREN identifies the applicant: nine digits, the last a Luhn check digit. */
export const applicantSiren: Rule = {
  id: 'porteur-siren',
  check(dossier) {
    const raw = dossier.porteur?.siren;
    if (raw === undefined || raw === '') return [blocking('a-completer', 'siren-manquant', 'porteur.siren')];
    const digits = raw.replace(/[\s.\u00a0]/g, '');
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
