import type { Position } from '../vocabulary.js';

/**
 * Where each field of the dossier stands in its file, by dotted path
 * ("depenses.2.montant_ht"). Rules speak in paths; the engine asks this map
 * for positions once, for every rule.
 */
export class SourceMap {
  private readonly positions = new Map<string, Position>();
  private readonly keyPositions = new Map<string, Position>();
  /** Keys read as another ("Dépenses" as "depenses"): the key as written, by the field's path as read. */
  private readonly writtenKeys = new Map<string, string>();
  /** A spreadsheet's sheets, ranked in the workbook's order (rankSheets), else as first met. */
  private readonly sheetRanks = new Map<string, number>();
  private sheetsRanked = false;

  set(path: string, position: Position): void {
    if (!this.positions.has(path)) this.positions.set(path, position);
    if (!this.sheetsRanked && position.feuille !== undefined && !this.sheetRanks.has(position.feuille))
      this.sheetRanks.set(position.feuille, this.sheetRanks.size);
  }

  /** The sheets of the workbook the positions point into, in its order. */
  rankSheets(names: readonly string[]): void {
    this.sheetRanks.clear();
    names.forEach((name, rank) => this.sheetRanks.set(name, rank));
    this.sheetsRanked = true;
  }

  /**
   * Reading order of two positions: by sheet (a position without one first,
   * a sheet not known last), then line, then column. No position counts as
   * line 0. For a YAML or JSON file, no position has a sheet: line and column.
   */
  compare(a: Position | undefined, b: Position | undefined): number {
    return this.sheetRank(a) - this.sheetRank(b) || (a?.ligne ?? 0) - (b?.ligne ?? 0) || (a?.colonne ?? 0) - (b?.colonne ?? 0);
  }

  private sheetRank(position: Position | undefined): number {
    if (position?.feuille === undefined) return -1;
    return this.sheetRanks.get(position.feuille) ?? this.sheetRanks.size;
  }

  setKey(path: string, position: Position): void {
    if (!this.keyPositions.has(path)) this.keyPositions.set(path, position);
  }

  /**
   * The key at `path` (a path as read, its parents already renamed) is
   * written `written` in the file: rules name the field as read, the
   * positions were recorded as written.
   */
  rename(path: string, written: string): void {
    this.writtenKeys.set(path, written);
  }

  /** Every position recorded, for comparing two readings of a file. */
  entries(): { values: [string, Position][]; keys: [string, Position][] } {
    return { values: [...this.positions], keys: [...this.keyPositions] };
  }

  /**
   * The field's own position (its value's, or its key's when asked), else
   * the key of its nearest ancestor present in the file.
   */
  locate(readPath: string, at: 'value' | 'key' = 'value'): Position | undefined {
    const path = this.asWritten(readPath);
    const key = at === 'key' ? this.keyPositions.get(path) : undefined;
    if (key) return key;
    const own = this.positions.get(path);
    if (own) return own;
    // A missing field: point at the line that opens its section ("financement:").
    let current = path;
    for (;;) {
      if (current === '') return undefined;
      const dot = current.lastIndexOf('.');
      current = dot === -1 ? '' : current.slice(0, dot);
      const found = this.keyPositions.get(current) ?? this.positions.get(current);
      if (found) return found;
    }
  }

  /** "depenses.0.montant_ht" as the file writes it: "Dépenses.0.Montant HT". */
  private asWritten(path: string): string {
    if (this.writtenKeys.size === 0 || path === '') return path;
    let read = '';
    let written = '';
    for (const step of path.split('.')) {
      read = joinPath(read, step);
      written = joinPath(written, this.writtenKeys.get(read) ?? step);
    }
    return written;
  }
}

export function joinPath(parent: string, key: string | number): string {
  return parent === '' ? String(key) : `${parent}.${key}`;
}
