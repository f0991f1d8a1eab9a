import { foldAccents } from './fold.js';

/** The values of a message about a value outside a closed list: what was written, the likely intent, the choices. */
export function unknownChoice(value: string, allowed: readonly string[]): { valeur: string; suggestion?: string; valeurs: string } {
  return { valeur: value, suggestion: suggest(value, allowed), valeurs: allowed.join(', ') };
}

/** "Did you mean": the closest candidate within a few typing mistakes, if any. */
export function suggest(input: string, candidates: readonly string[]): string | undefined {
  const wanted = fold(input);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(wanted, fold(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const tolerance = Math.max(1, Math.floor(wanted.length / 3));
  if (bestDistance <= tolerance) return best;
  // "innovation" for "innovant": a long shared start is intent, whatever the ending.
  return candidates.find((candidate) => commonPrefixLength(wanted, fold(candidate)) >= Math.min(6, fold(candidate).length));
}

function commonPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}

/** Case, accents and separators do not count as mistakes. */
function fold(text: string): string {
  return foldAccents(text).replace(/[\s_-]+/g, '-');
}

/** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return Infinity;
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = rows[i]!;
      row[j] = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
      }
    }
  }
  return rows[a.length]![b.length]!;
}
