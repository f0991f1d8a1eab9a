/** 1-based line and column in the source file. */
export interface Position {
  ligne: number;
  colonne: number;
}

/**
 * Where each field of the dossier stands in its file, by dotted path
 * ("depenses.2.montant_ht"). Rules speak in paths; the engine asks this map
 * for positions once, for every rule.
 */
export class SourceMap {
  private readonly positions = new Map<string, Position>();

  set(path: string, position: Position): void {
    if (!this.positions.has(path)) this.positions.set(path, position);
  }

  /** The field's own position, else that of its nearest ancestor present in the file. */
  locate(path: string): Position | undefined {
    let current = path;
    for (;;) {
      const found = this.positions.get(current);
      if (found) return found;
      if (current === '') return undefined;
      const dot = current.lastIndexOf('.');
      current = dot === -1 ? '' : current.slice(0, dot);
    }
  }
}

export function joinPath(parent: string, key: string | number): string {
  return parent === '' ? String(key) : `${parent}.${key}`;
}
