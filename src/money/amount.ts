/**
 * Money is held in integer cents everywhere. This module turns what
 * applicants write ("12 500,00 €", 2400.5, "1.234,56") into cents, and
 * refuses what could be read two ways rather than guess.
 */

/** Why an amount is refused: every refusal names one, so that its message can say what to change. */
export const AMOUNT_ERRORS = [
  'type', // neither a number nor a string
  'non-fini', // NaN or infinite
  'vide', // nothing, or a currency sign alone
  'decimales', // more than two decimals
  'ambigu', // "12.500" or "12,500": thousands or decimals?
  'trop-grand', // more digits than any amount
  'devise', // a currency other than the euro ($, USD, £, CHF)
  'multiple', // k€, M€, "millions": the amount is meant in euros
  'pourcentage', // a rate, not an amount
  'lettres', // words around the amount ("environ", "douze euros", "(devis)")
  'plusieurs', // two amounts ("1 200 + 300", "1200 / 1500")
  'separateurs', // thousands and decimal separators mixed up or misplaced
  'groupes', // digits grouped other than by three ("12 50,00")
  'caractere', // a character no amount holds (`detail`: the character)
  'mention-ht', // "HT" where the amount all taxes included is expected
  'mention-ttc', // "TTC" where the amount before tax is expected
  'mention-taxe', // "HT" or "TTC" on an amount that is neither (a grant, own funding)
] as const;

export type AmountError = (typeof AMOUNT_ERRORS)[number];

export type AmountResult = { ok: true; cents: number } | { ok: false; error: AmountError; detail?: string };

export interface AmountOptions {
  /** What the field holds: an amount before tax (montant_ht), all taxes included (montant_ttc), or neither. */
  basis?: 'HT' | 'TTC';
}

/** Upper bound of what this module converts, far below the exact range of doubles. */
const MAX_DIGITS = 15;

// Every kind of space French software puts between thousands.
const SPACES = /[\s\u00a0\u202f\u2009]+/g;
/** What may follow an amount, longest first, in lower case. */
const CURRENCIES = ['euros', 'euro', 'eur', '€'];
/** "HT", "H.T.", "hors taxes", "TTC", "T.T.C.", "toutes taxes comprises" at the end, after a space, a digit or a sign. */
const TAX_MENTION = /(?:^|[\s\d€.])(h\.?\s?t\.?|hors\s?taxes?|t\.?\s?t\.?\s?c\.?|toutes\s?taxes\s?comprises)$/i;

export function parseAmount(input: unknown, options: AmountOptions = {}): AmountResult {
  if (typeof input === 'number') return fromNumber(input);
  if (typeof input === 'string') return fromString(input, options);
  return { ok: false, error: 'type' };
}

function fromNumber(n: number): AmountResult {
  if (!Number.isFinite(n)) return { ok: false, error: 'non-fini' };
  const text = String(Math.abs(n));
  if (/e/i.test(text)) {
    // 1e21 and beyond or 1e-7 and below: never a real amount.
    return { ok: false, error: Math.abs(n) < 1 ? 'decimales' : 'trop-grand' };
  }
  const [units = '0', decimals = ''] = text.split('.');
  if (decimals.length > 2) return { ok: false, error: 'decimales' };
  return toCents(n < 0, units, decimals);
}

function fromString(raw: string, options: AmountOptions): AmountResult {
  const written = raw.replace(SPACES, ' ').trim();
  if (written === '') return { ok: false, error: 'vide' };
  // "1 249,50 € HT" or "1 249,50 HT €": the mention and the currency, in either order.
  let text = written;
  let mention: 'HT' | 'TTC' | undefined;
  let currency = false;
  for (let pass = 0; pass < 2; pass++) {
    // Each at most once: "1 000 €€" is a slip, not an amount.
    const stripped = currency ? text : withoutCurrency(text);
    if (stripped !== text) {
      currency = true;
      text = stripped.trim();
    }
    const found = mention === undefined ? taxMention(text) : undefined;
    if (found) {
      mention = found.mention;
      text = found.rest.trim();
    }
  }
  if (mention !== undefined && mention !== options.basis) {
    const error = options.basis === undefined ? 'mention-taxe' : mention === 'HT' ? 'mention-ht' : 'mention-ttc';
    return { ok: false, error, detail: mention };
  }
  let negative = false;
  if (/^[-\u2212]/.test(text)) {
    negative = true;
    text = text.slice(1).trim();
  }
  if (text === '') return { ok: false, error: 'vide' };

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
  return { ok: false, ...whyRefused(written, text) };
}

/** The mention of tax at the end of the text, and the text before it. By hand on the last characters: a regular expression tried along a long run of spaces is quadratic. */
function taxMention(text: string): { mention: 'HT' | 'TTC'; rest: string } | undefined {
  const tail = text.slice(-32);
  const match = TAX_MENTION.exec(tail);
  if (!match) return undefined;
  const words = match[1]!;
  return { mention: /^h/i.test(words) ? 'HT' : 'TTC', rest: text.slice(0, text.length - words.length) };
}

/**
 * The reason a string that matched no way of writing an amount is refused.
 * `written`: the whole input, spaces made ordinary; `text`: without the
 * currency, mention and sign.
 */
function whyRefused(written: string, text: string): { error: AmountError; detail?: string } {
  if (written.includes('%')) return { error: 'pourcentage' };
  if (/[$£¥]|\b(?:usd|chf|gbp|cad|dollars?|livres?|francs?)\b/i.test(written)) return { error: 'devise' };
  if (/\d\s?[km]\s?(?:€|eur)|\b(?:k€|m€|keur|meur|milliers?|millions?|milliards?)(?:$|[^\p{L}])/iu.test(written))
    return { error: 'multiple' };
  if (/\p{L}/u.test(text)) return { error: 'lettres' };
  // Bounded runs between the two numbers: a long run of "€ € €" must not make the search quadratic.
  if (/\d[\s€]{0,3}[+/;&=*×\-\u2212\u2013\u2014][\s€]{0,3}\d|\d ?€ ?\d|\d[.,]\d{1,2} \d/.test(text)) return { error: 'plusieurs' };
  const strange = firstStrange(text);
  if (strange !== undefined) return { error: 'caractere', detail: strange };
  if (/^[ .,]|[ .,]$/.test(text) || /[.,] |[.,]{2}| [.,]/.test(text)) return { error: 'separateurs' };
  if (!/\d/.test(text)) return { error: 'vide' };
  const separators: string[] = text.match(/[ .,]/g) ?? [];
  const kinds = new Set(separators);
  if (kinds.size >= 2) {
    // Thousands of one kind, then a single decimal separator of another: "1 200,505".
    const last = separators[separators.length - 1]!;
    if (kinds.size === 2 && separators.indexOf(last) === separators.length - 1) {
      return { error: text.length - text.lastIndexOf(last) - 1 > 2 ? 'decimales' : 'groupes' };
    }
    return { error: 'separateurs' };
  }
  return { error: 'groupes' };
}

/** The first character that is neither a digit, a separator nor the euro sign (doubled, it is the one left over). */
function firstStrange(text: string): string | undefined {
  const strange = /[^\d .,€]/u.exec(text)?.[0];
  if (strange !== undefined) return strange;
  return text.includes('€') ? '€' : undefined;
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
  if (digits.length + 2 > MAX_DIGITS) return { ok: false, error: 'trop-grand' };
  const cents = Number(digits) * 100 + Number(decimals.padEnd(2, '0'));
  return { ok: true, cents: negative && cents !== 0 ? -cents : cents };
}

/** Euros as a JSON number, exact to the cent (the nearest double to cents / 100). */
export function centsToEuros(cents: number): number {
  return cents / 100;
}
