/** The identifiers of an applicant, as the rules and the questions of `init` read them. */

// INSEE commune codes: five digits, or 2A/2B and three digits in Corsica.
export const INSEE_CODE = /^(\d{5}|2[AB]\d{3})$/;

/** The SIREN as written, without the spaces and dots people put in it. */
export function sirenDigits(raw: string | undefined): string {
  return (raw ?? '').replace(/[\s.\u00a0]/g, '');
}

/** The last digit of a SIREN is a Luhn check digit. */
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
