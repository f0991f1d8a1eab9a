/**
 * Money is held in integer cents everywhere. This module turns what
 * applicants write ("12 500,00 €", 2400.5, "1.234,56") into cents, and
 * refuses what could be read two ways rather than guess.
 */

export type AmountError =
  | 'type' // neither a number nor a string
  | 'non-fini' // NaN or infinite
  | 'illisible' // not an amount at all
  | 'decimales' // more than two decimals
  | 'ambigu'; // "12.500" or "12,500": thousands or decimals?

export type AmountResult = { ok: true; cents: number } | { ok: false; error: AmountError };

/** Upper bound of what this module converts, far below the exact range of doubles. */
const MAX_DIGITS = 15;

// Every kind of space French software puts between thousands.
const SPACES = /[\s\u00a0\u202f\u2009]+/g;
/** What may follow an amount, longest first, in lower case. */
const CURRENCIES = ['euros', 'euro', 'eur', '€'];

export function parseAmount(input: unknown): AmountResult {
  if (typeof input === 'number') return fromNumber(input);
  if (typeof input === 'string') return fromString(input);
  return { ok: false, error: 'type' };
}

function fromNumber(n: number): AmountResult {
  if (!Number.isFinite(n)) return { ok: false, error: 'non-fini' };
  const text = String(Math.abs(n));
  if (/e/i.test(text)) {
    // 1e21 and beyond or 1e-7 and below: never a real amount.
    return { ok: false, error: Math.abs(n) < 1 ? 'decimales' : 'illisible' };
  }
  const [units = '0', decimals = ''] = text.split('.');
  if (decimals.length > 2) return { ok: false, error: 'decimales' };
  return toCents(n < 0, units, decimals);
}

function fromString(raw: string): AmountResult {
  let text = withoutCurrency(raw.trim()).replace(SPACES, ' ').trim();
  let negative = false;
  if (/^[-\u2212]/.test(text)) {
    negative = true;
    text = text.slice(1).trim();
  }
  if (text === '') return { ok: false, error: 'illisible' };

  let match: RegExpMatchArray | null;
  // 2400 / 2400,5 / 2400.50
  if ((match = text.match(/^(\d+)(?:[.,](\d{1,2}))?$/))) return toCents(negative, match[1]!, match[2] ?? '');
  // 12 500 / 12 500,00 / 12 500.00
  if ((match = text.match(/^(\d{1,3}(?: \d{3})+)(?:[.,](\d{1,2}))?$/))) {
    return toCents(negative, match[1]!.replace(/ /g, ''), match[2] ?? '');
  }
  // 12.500,00 (dots between thousands, comma for decimals), or 1.234.567
  if ((match = text.match(/^(\d{1,3}(?:\.\d{3})+),(\d{1,2})$/)) || (match = text.match(/^(\d{1,3}(?:\.\d{3}){2,})$/))) {
    return toCents(negative, match[1]!.replace(/\./g, ''), match[2] ?? '');
  }
  // 12,500.00 (English)
  if ((match = text.match(/^(\d{1,3}(?:,\d{3})+)\.(\d{1,2})$/)) || (match = text.match(/^(\d{1,3}(?:,\d{3}){2,})$/))) {
    return toCents(negative, match[1]!.replace(/,/g, ''), match[2] ?? '');
  }
  // "12.500" or "12,500": a French thousands separator or an English one? Ask. ("0,500" can only be decimals.)
  if (/^[1-9]\d{0,2}[.,]\d{3}$/.test(text)) return { ok: false, error: 'ambigu' };
  if (/^\d+[.,]\d{3,}$/.test(text)) return { ok: false, error: 'decimales' };
  return { ok: false, error: 'illisible' };
}

/**
 * The amount without the currency written after it. By hand: /\s*(€|eur)\s*$/,
 * tried at every space of a long run, took time that grew with its square.
 */
function withoutCurrency(text: string): string {
  const tail = text.slice(-5).toLowerCase();
  const currency = CURRENCIES.find((candidate) => tail.endsWith(candidate));
  return currency === undefined ? text : text.slice(0, text.length - currency.length);
}

function toCents(negative: boolean, units: string, decimals: string): AmountResult {
  const digits = units.replace(/^0+(?=\d)/, '');
  if (digits.length + 2 > MAX_DIGITS) return { ok: false, error: 'illisible' };
  const cents = Number(digits) * 100 + Number(decimals.padEnd(2, '0'));
  return { ok: true, cents: negative && cents !== 0 ? -cents : cents };
}

/** Euros as a JSON number, exact to the cent (the nearest double to cents / 100). */
export function centsToEuros(cents: number): number {
  return cents / 100;
}
