import { foldAccents } from '../fold.js';

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

/** Words repeat from line to line: each is folded once (bounded, for hostile batches). */
const foldedWords = new Map<string, string>();
const MAX_FOLDED_WORDS = 50_000;

function foldWord(word: string): string {
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    folded = foldAccents(word).replace(ELISION, '');
    if (foldedWords.size >= MAX_FOLDED_WORDS) foldedWords.clear();
    foldedWords.set(word, folded);
  }
  return folded;
}

export function tokenize(text: string, abbreviations: Readonly<Record<string, string>> = {}): Token[] {
  const words: { folded: string; source: string }[] = [];
  for (const source of text.match(WORD) ?? []) {
    const folded = foldWord(source);
    for (const part of folded.split(/['’]/)) {
      if (part === '' || LONE_ELISION.has(part)) continue;
      const previous = words[words.length - 1];
      if (previous && JOINED.get(previous.folded)?.has(part)) {
        previous.folded += part;
        previous.source += `-${source}`;
      } else {
        words.push({ folded: part, source });
      }
    }
  }
  const tokens: Token[] = [];
  for (const { folded, source } of words) {
    const expansion = abbreviations[folded] ?? abbreviations[stem(folded)];
    if (expansion !== undefined) {
      for (const part of tokenize(expansion)) tokens.push({ text: part.text, source });
    } else {
      tokens.push({ text: stem(folded), source });
    }
  }
  return tokens;
}
