import { foldAccents } from '../fold.js';

/** Whether a key as written is read as a known key: case, accents, spaces and dashes aside ("Montant HT" is montant_ht). */
export function sameKey(a: string, b: string): boolean {
  return foldKey(a) === foldKey(b);
}

/** The form in which two keys read as the same are equal. */
export function foldKey(key: string): string {
  return foldAccents(key).replace(/[\s-]+/g, '_');
}

/** The key of `object` the validator reads as `known`: `known` itself, else the first key written otherwise ("Dépenses"). */
export function keyReadAs(object: Record<string, unknown>, known: string): string | undefined {
  if (Object.hasOwn(object, known)) return known;
  return Object.keys(object).find((key) => sameKey(key, known));
}
