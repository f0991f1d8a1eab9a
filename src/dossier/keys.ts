import { foldAccents } from '../fold.js';

/** Whether a key as written is read as a known key: case, accents, spaces and dashes aside ("Montant HT" is montant_ht). */
export function sameKey(a: string, b: string): boolean {
  return foldKey(a) === foldKey(b);
}

/** The form in which two keys read as the same are equal. */
export function foldKey(key: string): string {
  return foldAccents(key).replace(/[\s-]+/g, '_');
}
