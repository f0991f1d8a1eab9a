import type { Finding } from '../vocabulary.js';

/**
 * Past this many problems of one kind (same code, gravity and verdict, same
 * field of any element of a list), one problem counts the rest: a list of
 * 100 000 bad values made a 49 MB report that helps no one, and the first
 * examples say how to correct them all.
 */
export const MAX_SIMILAR_PROBLEMS = 20;

/**
 * The findings, each kind cut to its first examples, plus one counting
 * problem per kind cut, in the gravity and verdict of the kind (so the
 * verdict is the same as with every problem listed). Order is kept.
 */
export function boundRepeated<T extends Finding>(findings: T[], counted: (finding: T, count: number, list: string) => T): T[] {
  const seen = new Map<string, { first: T; count: number; list: string }>();
  const kept: T[] = [];
  for (const finding of findings) {
    const { kind, list } = kindOf(finding);
    const group = seen.get(kind);
    if (!group) seen.set(kind, { first: finding, count: 1, list });
    else group.count++;
    if ((group?.count ?? 1) <= MAX_SIMILAR_PROBLEMS) kept.push(finding);
  }
  for (const group of seen.values()) {
    if (group.count > MAX_SIMILAR_PROBLEMS) kept.push(counted(group.first, group.count - MAX_SIMILAR_PROBLEMS, group.list));
  }
  return kept;
}

/** "depenses.12.montant_ht" is of the kind "depenses.#.montant_ht", in the list "depenses". */
function kindOf(finding: Finding): { kind: string; list: string } {
  const steps = finding.chemin.split('.');
  const firstIndex = steps.findIndex((step) => step !== '' && isIndex(step));
  const list = firstIndex === -1 ? finding.chemin : steps.slice(0, firstIndex).join('.');
  const path = steps.map((step) => (isIndex(step) ? '#' : step)).join('.');
  return { kind: `${finding.gravite}|${finding.effet ?? ''}|${finding.code}|${path}`, list };
}

function isIndex(step: string): boolean {
  for (let index = 0; index < step.length; index++) {
    const code = step.charCodeAt(index);
    if (code < 0x30 || code > 0x39) return false;
  }
  return step.length > 0;
}
