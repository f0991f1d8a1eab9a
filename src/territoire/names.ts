import { foldAccents } from '../fold.js';
import { remembered } from '../memo.js';

/**
 * Whether the name an applicant writes is the official one, give or take the
 * words applicants add ("Commune de", "Mairie de") and the abbreviations the
 * official list uses ("CC" for "Communauté de communes").
 */
export function sameName(given: string, official: string): boolean {
  const a = significantWords(given);
  const b = significantWords(official);
  if (a.length === 0 || b.length === 0) return false;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.every((word) => longer.includes(word));
}

// A Map, not an object: a name with the word "constructor" is a word, not a property.
const EXPANSIONS = new Map([
  ['cc', 'communaute communes'],
  ['ca', 'communaute agglomeration'],
  ['cu', 'communaute urbaine'],
  ['st', 'saint'],
  ['ste', 'sainte'],
  ['agglo', 'agglomeration'],
]);

/** Words that say what kind of body it is, not which one. */
const GENERIC = new Set([
  'commune',
  'ville',
  'mairie',
  'municipalite',
  'communaute',
  'communes',
  'agglomeration',
  'urbaine',
  'metropole',
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'l',
  'd',
  'et',
  'en',
  'sur',
  'sous',
]);

/** The same official and applicant names come back dossier after dossier. */
const wordsByName = new Map<string, readonly string[]>();

function significantWords(name: string): readonly string[] {
  return remembered(wordsByName, name, readSignificantWords, 10_000);
}

function readSignificantWords(name: string): string[] {
  const folded = withoutParentheses(foldAccents(name))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return folded
    .split(' ')
    .flatMap((word) => (EXPANSIONS.get(word) ?? word).split(' '))
    .filter((word) => word !== '' && !GENERIC.has(word));
}

/**
 * "Saint-Just-en-Chevalet (Loire)" without "(Loire)": each "(" up to the
 * next ")". By hand: /\([^)]*\)/g scanned to the end of the name from
 * every "(" of a run that never closes, in time that grew with its square.
 */
function withoutParentheses(name: string): string {
  let kept = '';
  let from = 0;
  for (;;) {
    const open = name.indexOf('(', from);
    const close = open === -1 ? -1 : name.indexOf(')', open + 1);
    // No ")" after this "(": none after any later one either.
    if (close === -1) return kept + name.slice(from);
    kept += `${name.slice(from, open)} `;
    from = close + 1;
  }
}
