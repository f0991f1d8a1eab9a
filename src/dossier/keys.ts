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

/**
 * Keys applicants write for a field the dossier names otherwise, folded as
 * foldKey folds them, with the dotted path of that field: given as the
 * "did you mean" wherever they are written, since no spelling distance
 * leads from "subvention" to aide_sollicitee.
 */
const KEY_ALIASES: ReadonlyMap<string, string> = new Map([
  ['aide_demandee', 'financement.aide_sollicitee'],
  ['aide_sollicite', 'financement.aide_sollicitee'],
  // At the top level, outside financement.
  ['aide_sollicitee', 'financement.aide_sollicitee'],
  ['subvention', 'financement.aide_sollicitee'],
  ['subvention_demandee', 'financement.aide_sollicitee'],
  ['subvention_sollicitee', 'financement.aide_sollicitee'],
  ['montant_demande', 'financement.aide_sollicitee'],
  ['montant_sollicite', 'financement.aide_sollicitee'],
  ['montant_aide', 'financement.aide_sollicitee'],
]);

/** The dotted path of the field an unknown key is a known other name of, if it is one. */
export function aliasedField(key: string): string | undefined {
  return KEY_ALIASES.get(foldKey(key));
}
