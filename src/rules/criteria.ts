import type { Dossier } from '../dossier/schema.js';
import type { Reglement } from '../reglement/types.js';

/** A one-word answer ("oui") does not document a criterion; a sentence does. */
const MIN_WORDS = 3;

/**
 * For each analysis criterion of the call, whether the dossier documents it:
 * a text of at least three words in one of its fields, or a non-empty list
 * (communes associated with the project). Advice to strengthen the
 * application, never a problem: the call ranks eligible projects with them.
 */
export function documentedCriteria(dossier: Dossier, reglement: Reglement): { id: string; documente: boolean }[] {
  return reglement.criteres.liste.map((criterion) => ({
    id: criterion.id,
    documente: criterion.champs.some((path) => documents(valueAt(dossier, path))),
  }));
}

function documents(value: unknown): boolean {
  if (typeof value === 'string') return value.trim().split(/\s+/).length >= MIN_WORDS;
  if (Array.isArray(value)) return value.some((item) => item !== undefined && item !== '');
  return false;
}

function valueAt(tree: unknown, path: string): unknown {
  let current = tree;
  for (const key of path.split('.')) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
