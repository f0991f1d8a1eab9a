import { foldAccents } from '../fold.js';

/**
 * Searching communes and EPCI as people type their names: "st just",
 * "St-Étienne", "Mairie de Boën", "montbrisson". The words are data; the
 * code only folds, expands, strips and compares.
 */

/** Abbreviations people type for a word of an official name. */
export const TYPED_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['st', 'saint'],
  ['ste', 'sainte'],
  ['sts', 'saints'],
  ['stes', 'saintes'],
  ['cc', 'communaute de communes'],
  ['ca', 'communaute d agglomeration'],
  ['cu', 'communaute urbaine'],
  ['agglo', 'agglomeration'],
]);

/** What people write before the name, which is not part of it (folded, as words). */
export const LEADING_WORDS: readonly string[] = [
  'la commune de',
  'la commune d',
  'la mairie de',
  'la mairie d',
  'la ville de',
  'la ville d',
  'commune de',
  'commune d',
  'mairie de',
  'mairie d',
  'ville de',
  'ville d',
  'municipalite de',
  'municipalite d',
];

/** The shortest typed text for which one wrong letter is still allowed: below, every name would match. */
const TYPO_MIN_LENGTH = 4;

/** Names as people type them: no accents, no case, hyphens and apostrophes as spaces ("saint etienne"). */
export function searchable(name: string): string {
  return foldAccents(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The readings of what was typed: as typed, and with its abbreviations spelt out and its leading words dropped. */
export function typedReadings(text: string): string[] {
  const literal = searchable(text);
  const expanded = literal
    .split(' ')
    .map((word) => TYPED_ABBREVIATIONS.get(word) ?? word)
    .join(' ');
  const readings = new Set<string>();
  for (const reading of [literal, expanded]) {
    readings.add(reading);
    const leading = LEADING_WORDS.find((words) => reading.startsWith(`${words} `));
    if (leading !== undefined) readings.add(reading.slice(leading.length + 1));
  }
  return [...readings].filter((reading) => reading !== '');
}

/**
 * How well a name matches what was typed, lower is better, undefined for no
 * match: 0 starts with it, 1 contains it, 2 and 3 the same with one letter
 * wrong, missing or extra.
 */
export function matchRank(name: string, readings: readonly string[]): number | undefined {
  const folded = searchable(name);
  let best: number | undefined;
  for (const reading of readings) {
    const rank = rankOne(folded, reading);
    if (rank !== undefined && (best === undefined || rank < best)) best = rank;
  }
  return best;
}

function rankOne(name: string, wanted: string): number | undefined {
  if (name.startsWith(wanted)) return 0;
  if (name.includes(wanted)) return 1;
  if (wanted.length < TYPO_MIN_LENGTH) return undefined;
  if (withinOneEdit(name.slice(0, wanted.length + 1), wanted, true)) return 2;
  if (withinOneEdit(name, wanted, false)) return 3;
  return undefined;
}

/**
 * Whether some part of `text` (its beginning only, when `anchored`) is at
 * most one insertion, deletion or substitution away from `pattern`: the
 * approximate-matching table, one column per letter of `text`.
 */
function withinOneEdit(text: string, pattern: string, anchored: boolean): boolean {
  const m = pattern.length;
  // previous[i]: the fewest edits to match pattern[0..i) ending at the letter before.
  let previous = Array.from({ length: m + 1 }, (_, i) => i);
  if (previous[m]! <= 1) return true;
  for (let j = 1; j <= text.length; j++) {
    const current = [anchored ? j : 0];
    for (let i = 1; i <= m; i++) {
      const substitution = previous[i - 1]! + (pattern[i - 1] === text[j - 1] ? 0 : 1);
      current.push(Math.min(substitution, previous[i]! + 1, current[i - 1]! + 1));
    }
    if (current[m]! <= 1) return true;
    previous = current;
  }
  return false;
}

/** The items whose name matches what was typed, best matches first, then in French alphabetical order. */
export function searchByName<T>(items: Iterable<T>, nameOf: (item: T) => string, text: string): T[] {
  const readings = typedReadings(text);
  if (readings.length === 0) return [...items].sort((a, b) => nameOf(a).localeCompare(nameOf(b), 'fr'));
  const found: { item: T; rank: number }[] = [];
  for (const item of items) {
    const rank = matchRank(nameOf(item), readings);
    if (rank !== undefined) found.push({ item, rank });
  }
  return found.sort((a, b) => a.rank - b.rank || nameOf(a.item).localeCompare(nameOf(b.item), 'fr')).map(({ item }) => item);
}
