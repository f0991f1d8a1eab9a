import type { Lexique } from '../reglement/types.js';
import { foldAccents } from '../fold.js';

/** What a label says of the units it buys: how many, and at what price each (cents, as written: HT unless it says TTC). */
export interface QuantityReading {
  quantite?: number;
  prixUnitaireCentimes?: number;
  /** Whether the unit price was written TTC ("25 € TTC l'unité"). */
  prixUnitaireTtc?: true;
}

/** More units than this on one line is a reference or a code, not a count. */
const MAX_UNITS = 99_999;
/** "12", "1 200", "1 200,50", "12.5": an amount in euros as a label writes it. */
const EUROS = String.raw`(\d{1,3}(?: \d{3})+|\d{1,9})(?:[.,](\d{1,2}))?\s*(?:€|eur(?:os?)?\b)(?:\s*(ht|ttc)\b)?`;
const COUNT = String.raw`(\d{1,5})`;

interface Patterns {
  /** Each gives a count in its first group. */
  counts: RegExp[];
  /** "3 x 250 €": a count, then the price of each. */
  countTimesPrice: RegExp;
  /** "à 25 €", "PU 25 €", "25 € l'unité": the price of each. */
  unitPrices: RegExp[];
}

const compiled = new WeakMap<Lexique, Patterns | null>();

/** The label as the patterns read it: no accents, lower case, an apostrophe or "P.U." as spaces, "1 200" with one plain space. */
function plain(libelle: string): string {
  return foldAccents(libelle.toLowerCase())
    .replace(/['’`]/g, ' ')
    .replace(/\b([a-z])\./g, '$1 ')
    .replace(/[\s\u00a0\u202f]+/g, ' ');
}

const alternatives = (phrases: readonly string[]) =>
  phrases
    .map((phrase) => plain(phrase).trim())
    .filter((phrase) => phrase !== '')
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, ' ?'))
    .join('|');

function patternsOf(lexique: Lexique): Patterns | null {
  const cached = compiled.get(lexique);
  if (cached !== undefined) return cached;
  const words = lexique.quantites;
  let patterns: Patterns | null = null;
  if (words) {
    const after = alternatives(words.unitesApres);
    const before = alternatives(words.unitesAvant);
    const notUnits = alternatives(words.grandeurs);
    const priceBefore = alternatives(words.prixAvant);
    const priceAfter = alternatives(words.prixApres);
    const end = String.raw`(?=$|[\s),;:+\]/-])`;
    patterns = {
      counts: [
        // "x12", "(x20)", "× 3"
        new RegExp(String.raw`(?:^|[\s(\[,;:+-])[x×] ?${COUNT}${end}(?! ?(?:[.,]\d{1,2})? ?(?:€|eur))`, 'g'),
        // "3x", "3 x" before a thing, not before a price
        new RegExp(String.raw`(?:^|[\s(\[,;:+-])${COUNT} ?[x×](?= ?[a-z])(?! ?${EUROS})`, 'g'),
        // "12 u.", "8 unités", "lot de 25"
        ...(after ? [new RegExp(String.raw`(?:^|[\s(\[,;:+-])${COUNT} ?(?:${after})${end}`, 'g')] : []),
        ...(before ? [new RegExp(String.raw`(?:^|[\s(\[,;:+-])(?:${before}) ${COUNT}${end}`, 'g')] : []),
        // "40 souris", "Espace : 2 PC, 1 imprimante": a count that opens the label or an item of it, unless it measures ("24 pouces", "12 mois")
        new RegExp(String.raw`(?:^|[,;:+] ?|\b(?:et|avec) )${COUNT} (?!${notUnits ? `(?:${notUnits})${end}|` : ''}\d)(?=[a-z])`, 'g'),
      ],
      countTimesPrice: new RegExp(String.raw`(?:^|[\s(\[,;:+-])${COUNT} ?[x×] ?${EUROS}`, 'g'),
      unitPrices: [
        ...(priceBefore ? [new RegExp(String.raw`(?:^|[\s(\[,;:+-])(?:${priceBefore}) ?:? ?${EUROS}`, 'g')] : []),
        ...(priceAfter ? [new RegExp(String.raw`${EUROS} ?/? ?(?:${priceAfter})${end}`, 'g')] : []),
      ],
    };
  }
  compiled.set(lexique, patterns);
  return patterns;
}

function cents(whole: string, decimals: string | undefined): number | undefined {
  const value = Number(whole.replace(/ /g, '')) * 100 + Number((decimals ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(value) ? value : undefined;
}

/**
 * The count of units and the unit price a label writes ("x3", "3 u.", "lot
 * de 3", "10 souris à 25 €", "PU 25 €", "3 x 250 €"), as the edition's
 * lexicon words them. A count is kept only when the label gives one (the
 * same everywhere): "2 tablettes et 3 housses" counts two things. Of several
 * unit prices, the highest, since each unit is judged on its own.
 */
export function readQuantities(libelle: string, lexique: Lexique): QuantityReading {
  const patterns = patternsOf(lexique);
  if (!patterns || !/\d/.test(libelle)) return {};
  const text = plain(libelle);
  const counts = new Set<number>();
  const prices: { cents: number; ttc: boolean }[] = [];
  const addCount = (digits: string | undefined) => {
    const count = Number(digits);
    if (Number.isInteger(count) && count > 0 && count <= MAX_UNITS) counts.add(count);
  };
  const addPrice = (whole: string | undefined, decimals: string | undefined, basis: string | undefined) => {
    const value = whole === undefined ? undefined : cents(whole, decimals);
    if (value !== undefined) prices.push({ cents: value, ttc: basis === 'ttc' });
  };
  for (const match of text.matchAll(patterns.countTimesPrice)) {
    addCount(match[1]);
    addPrice(match[2], match[3], match[4]);
  }
  for (const pattern of patterns.counts) for (const match of text.matchAll(pattern)) addCount(match[1]);
  for (const pattern of patterns.unitPrices) for (const match of text.matchAll(pattern)) addPrice(match[1], match[2], match[3]);
  const reading: QuantityReading = {};
  if (counts.size === 1) reading.quantite = [...counts][0]!;
  const highest = prices.reduce<{ cents: number; ttc: boolean } | undefined>(
    (top, price) => (top && top.cents >= price.cents ? top : price),
    undefined,
  );
  if (highest) {
    reading.prixUnitaireCentimes = highest.cents;
    if (highest.ttc) reading.prixUnitaireTtc = true;
  }
  return reading;
}
