import { remembered } from '../memo.js';
import { tokenize, type Token } from './normalize.js';

export interface Match<T> {
  /** The index of the first matched token. */
  start: number;
  /** The index after the last matched token (an abbreviation spelled out is several tokens, one word). */
  end: number;
  /** The words of the line that matched, as written. */
  words: string[];
  targets: T[];
}

interface Term<T> {
  tokens: string[];
  targets: T[];
}

/**
 * Finds lexicon phrases in a line of tokens, longest first, so that
 * "poste de travail" is read as one phrase and not as "poste" then "travail".
 * A long word with one typing mistake (two for very long ones) still matches.
 */
export class Matcher<T> {
  private readonly byFirstToken = new Map<string, Term<T>[]>();
  private readonly vocabulary = new Set<string>();
  private readonly longWords: string[] = [];
  /** Words repeat from line to line and dossier to dossier: each is looked up once. */
  private readonly canonicalWords = new Map<string, string>();

  /**
   * @param isRealWord words never to correct: a real French word one letter away from a
   *   lexicon word is another word ("solaire" is not a mistyped "salaire").
   */
  constructor(
    entries: Iterable<[phrase: string, target: T]>,
    abbreviations: Readonly<Record<string, string>>,
    private readonly isRealWord: (word: string) => boolean = () => false,
  ) {
    const terms = new Map<string, Term<T>>();
    for (const [phrase, target] of entries) {
      const tokens = tokenize(phrase, abbreviations).map((token) => token.text);
      if (tokens.length === 0) continue;
      const key = tokens.join(' ');
      const term = terms.get(key) ?? { tokens, targets: [] };
      term.targets.push(target);
      terms.set(key, term);
    }
    for (const term of terms.values()) {
      const first = term.tokens[0]!;
      const list = this.byFirstToken.get(first) ?? [];
      list.push(term);
      this.byFirstToken.set(first, list);
    }
    for (const list of this.byFirstToken.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
    for (const term of terms.values()) for (const token of term.tokens) this.vocabulary.add(token);
    this.longWords = [...this.vocabulary].filter((word) => word.length >= FUZZY_MIN_LENGTH - 1);
  }

  match(tokens: readonly Token[]): Match<T>[] {
    const texts = tokens.map((token) => this.canonical(token.text));
    const matches: Match<T>[] = [];
    let index = 0;
    while (index < texts.length) {
      const term = this.byFirstToken
        .get(texts[index]!)
        ?.find((candidate) => candidate.tokens.every((token, offset) => texts[index + offset] === token));
      if (term) {
        const end = index + term.tokens.length;
        matches.push({ start: index, end, words: sourceWords(tokens.slice(index, end)), targets: term.targets });
        index += term.tokens.length;
      } else {
        index += 1;
      }
    }
    return matches;
  }

  /** A word of the line as the lexicon spells it: itself, or the lexicon word it mistypes. */
  private canonical(word: string): string {
    if (this.vocabulary.has(word) || word.length < FUZZY_MIN_LENGTH) return word;
    return remembered(this.canonicalWords, word, this.corrected);
  }

  private readonly corrected = (word: string): string => (this.isRealWord(word) ? word : this.closestLexiconWord(word));

  private closestLexiconWord(word: string): string {
    // One mistake only: two would let "deploiement" pass for "deplacement". Between
    // equally close words, a dropped letter is the likelier slip ("mobiler" is "mobilier", not "mobile").
    let best = word;
    for (const candidate of this.longWords) {
      if (candidate[0] !== word[0] || !isOneEditAway(word, candidate)) continue;
      if (best === word || candidate.length > best.length) best = candidate;
    }
    return best;
  }
}

/** The words as written; an abbreviation spelled out into several tokens is shown once. */
function sourceWords(tokens: readonly Token[]): string[] {
  return tokens.map((token) => token.source).filter((source, index, all) => index === 0 || all[index - 1] !== source);
}

/** Shorter words are too often other real words one letter away ("poste", "porte"). */
export const FUZZY_MIN_LENGTH = 6;

/**
 * Whether two words are exactly one typing mistake apart (a letter added,
 * dropped, replaced, or two neighbours swapped): the optimal string alignment
 * distance is 1, found in one pass instead of a full table.
 */
export function isOneEditAway(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let same = 0;
  while (same < a.length && same < b.length && a[same] === b[same]) same++;
  if (a.length > b.length) return a.slice(same + 1) === b.slice(same);
  if (a.length < b.length) return a.slice(same) === b.slice(same + 1);
  if (a.slice(same + 1) === b.slice(same + 1)) return true;
  return a[same] === b[same + 1] && a[same + 1] === b[same] && a.slice(same + 2) === b.slice(same + 2);
}
