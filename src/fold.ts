/**
 * Lower case without accents or ligatures: how the tool compares what
 * applicants type ("Équipement", "ÉCOLE", "Œuvre") with the words it knows.
 */
export function foldAccents(text: string): string {
  // Most words are plain lower-case ASCII already: no need to decompose them.
  if (PLAIN.test(text)) return text;
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');
}

const PLAIN = /^[a-z0-9 _'.,-]*$/;
