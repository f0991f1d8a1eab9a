import { foldKey } from '../dossier/keys.js';
import { knownKeysAt } from '../dossier/schema.js';

/**
 * What a mapping is, from its keys alone: a dossier (it has one of the
 * dossier's sections), an expense line (the fields of a line and no
 * section), or neither. Used to recognise a file of the wrong shape (a bare
 * list of expenses, a dossier under an extra key) before reading it as a
 * dossier, which would bury the one mistake under a dozen others.
 */
export type Shape = 'dossier' | 'depense' | 'autre';

/** Keys as the validator reads them ("Montant HT" is montant_ht), folded once: a file may have thousands of keys. */
const folded = (keys: readonly string[]) => new Set(keys.map(foldKey));
const SECTIONS = folded(knownKeysAt([]));
const LINE_FIELDS = folded(knownKeysAt(['depenses', 0]));
/** A line has at least one of these; a stray `categorie:` alone is not a line. */
const LINE_CORE = folded(['libelle', 'montant_ht', 'montant_ttc']);

export function shapeOfKeys(keys: readonly string[]): Shape {
  const read = keys.map(foldKey);
  if (read.some((key) => SECTIONS.has(key))) return 'dossier';
  const lineFields = read.filter((key) => LINE_FIELDS.has(key));
  // Mostly a line's fields: a line with a stray "fournisseur:" is still a line.
  if (lineFields.some((key) => LINE_CORE.has(key)) && lineFields.length * 2 >= keys.length) return 'depense';
  return 'autre';
}

export function shapeOf(value: unknown): Shape {
  return isRecord(value) ? shapeOfKeys(Object.keys(value)) : 'autre';
}

/**
 * A dossier, or a list of dossiers, under one key the format does not know
 * (`dossier:`, `{"dossiers": [...]}`): that key, and how many dossiers.
 */
export function wrappedDossiers(tree: Record<string, unknown>): { cle: string; nombre?: number } | undefined {
  const keys = Object.keys(tree);
  if (keys.length !== 1 || SECTIONS.has(foldKey(keys[0]!))) return undefined;
  const cle = keys[0]!;
  const inner = tree[cle];
  if (shapeOf(inner) === 'dossier') return { cle };
  if (Array.isArray(inner) && inner.length > 0 && inner.every((item) => shapeOf(item) === 'dossier')) {
    // A list of one is fixed as one dossier is: remove the level.
    return inner.length === 1 ? { cle } : { cle, nombre: inner.length };
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
