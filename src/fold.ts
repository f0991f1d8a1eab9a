/**
 * Lower case without accents or ligatures: how the tool compares what
 * applicants type ("Équipement", "ÉCOLE", "Œuvre") with the words it knows.
 */
export function foldAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');
}
