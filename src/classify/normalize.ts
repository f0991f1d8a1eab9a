import { foldAccents } from '../fold.js';
import { remembered } from '../memo.js';

/**
 * French text to comparable tokens: lower case, no accents, no elisions
 * (l', d', qu'), no punctuation, a light plural stemming, and the
 * abbreviations of the lexicon spelled out. The lexicon goes through the
 * same function, so both sides always meet.
 */

export interface Token {
  /** The normalised form that is matched. */
  text: string;
  /** The word as written in the line, to show which words decided. */
  source: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const ELISION = /^(?:l|d|qu|j|n|s|c|m|t|jusqu|lorsqu|puisqu)['’]/;
/** An elided article written with a space ("d urbanisme", as the lexicon writes it) is dropped like "d'". */
const LONE_ELISION = new Set(['l', 'd', 'qu', 'j', 'n', 's', 'c', 'm', 't']);
/** Prefixes written with a hyphen that belong to the next word: e-service, wi-fi. */
const JOINED = new Map([
  ['e', new Set(['service', 'services', 'administration', 'sante', 'learning', 'inclusion', 'commerce', 'citoyennete'])],
  ['wi', new Set(['fi'])],
]);

/** Plural endings folded, so that "tablettes" meets "tablette", "locaux" meets "local". */
export function stem(word: string): string {
  if (word.length <= 3 || /^\d/.test(word)) return word;
  if (word.endsWith('eaux')) return word.slice(0, -1);
  if (word.endsWith('aux') && word.length > 4) return `${word.slice(0, -3)}al`;
  if (word.endsWith('s') || word.endsWith('x')) return word.slice(0, -1);
  return word;
}

/** Each word is folded and split once. */
const partsByWord = new Map<string, readonly string[]>();

/** A word as written to its comparable parts: folded, its elided article dropped, split at inner apostrophes. */
function partsOf(word: string): readonly string[] {
  return remembered(partsByWord, word, readParts);
}

function readParts(word: string): readonly string[] {
  return foldAccents(word)
    .replace(ELISION, '')
    .split(/['’]/)
    .filter((part) => part !== '' && !LONE_ELISION.has(part));
}

const NO_ABBREVIATIONS: Readonly<Record<string, string>> = {};
/** Per table of abbreviations: a folded word to the tokens it stands for. */
const spellers = new WeakMap<object, (folded: string) => readonly string[]>();

/**
 * A folded word to its tokens: the abbreviation spelled out (looked up as
 * written, then without its plural), or the word stemmed. The table is read
 * with own keys only: a line saying "constructor" is a word, not a property.
 */
function spellerFor(abbreviations: Readonly<Record<string, string>>): (folded: string) => readonly string[] {
  let speller = spellers.get(abbreviations);
  if (speller) return speller;
  const expansions = new Map(Object.entries(abbreviations).map(([short, long]) => [short, tokenize(long).map((token) => token.text)]));
  const known = new Map<string, readonly string[]>();
  const spell = (folded: string): readonly string[] => {
    const stemmed = stem(folded);
    return expansions.get(folded) ?? expansions.get(stemmed) ?? [stemmed];
  };
  speller = (folded) => remembered(known, folded, spell);
  spellers.set(abbreviations, speller);
  return speller;
}

export function tokenize(text: string, abbreviations: Readonly<Record<string, string>> = NO_ABBREVIATIONS): Token[] {
  const words: { folded: string; source: string }[] = [];
  for (const source of text.match(WORD) ?? []) {
    for (const part of partsOf(source)) {
      const previous = words[words.length - 1];
      if (previous && JOINED.get(previous.folded)?.has(part)) {
        previous.folded += part;
        previous.source += `-${source}`;
      } else {
        words.push({ folded: part, source });
      }
    }
  }
  const spell = spellerFor(abbreviations);
  const tokens: Token[] = [];
  for (const { folded, source } of words) {
    for (const part of spell(folded)) tokens.push({ text: part, source });
  }
  return tokens;
}
