/** The identifiers of an applicant, as the rules and the questions of `init` read them. */

// INSEE commune codes: five digits, or 2A/2B and three digits in Corsica.
export const INSEE_CODE = /^(\d{5}|2[AB]\d{3})$/;

/** The SIREN as written, without the spaces and dots people put in it. */
export function sirenDigits(raw: string | undefined): string {
  return (raw ?? '').replace(/[\s.\u00a0]/g, '');
}

export { luhnValid } from '../luhn.js';
