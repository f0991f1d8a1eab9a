/**
 * Lower case without accents or ligatures: how the tool compares what
 * applicants type ("Équipement", "ÉCOLE", "Œuvre") with the words it knows.
 */
export function foldAccents(text: string): string {
  // Most words are plain lower-case ASCII already: no need to decompose them.
  if (PLAIN.test(text)) return text;
  return foldByTable(text) ?? foldByDecomposing(text);
}

const PLAIN = /^[a-z0-9 _'.,-]*$/;

/** The definition: decompose, drop the accents, lower the case, spell the ligatures out. */
function foldByDecomposing(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');
}

/**
 * Latin letters with their accents, and the punctuation of French text (’ « »
 * …), folded one by one ahead of time: decomposing every label was a tenth of
 * classifying it. Character by character is the same as the whole text here,
 * because none of these characters is a combining mark (which decomposition
 * would reorder) or the Greek sigma (whose lower case depends on the next letter).
 */
const LATIN_END = 0x250;
const PUNCTUATION = [0x2000, 0x2070] as const;
const FOLDED_LATIN = Array.from({ length: LATIN_END }, (_, code) => foldByDecomposing(String.fromCharCode(code)));
const FOLDED_PUNCTUATION = Array.from({ length: PUNCTUATION[1] - PUNCTUATION[0] }, (_, offset) =>
  foldByDecomposing(String.fromCharCode(PUNCTUATION[0] + offset)),
);

/** The folded text, or undefined when a character is outside the tables. */
function foldByTable(text: string): string | undefined {
  let folded = '';
  // Most characters stay as they are: copied a run at a time.
  let copiedUpTo = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    let replacement: string;
    if (code < LATIN_END) replacement = FOLDED_LATIN[code]!;
    else if (code >= PUNCTUATION[0] && code < PUNCTUATION[1]) replacement = FOLDED_PUNCTUATION[code - PUNCTUATION[0]]!;
    else return undefined;
    if (replacement.length === 1 && replacement.charCodeAt(0) === code) continue;
    folded += text.slice(copiedUpTo, index) + replacement;
    copiedUpTo = index + 1;
  }
  return copiedUpTo === 0 ? text : folded + text.slice(copiedUpTo);
}

/** For the test that holds the tables to the definition. */
export const foldAccentsByDecomposing = foldByDecomposing;
