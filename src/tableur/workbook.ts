import type { Finding, Params, Position } from '../vocabulary.js';

/**
 * A spreadsheet as the export readers give it (XLSX, ODS, CSV): sheets of
 * cells with their values as typed, never computed. The mapping to dossiers
 * (rows.ts) reads only this.
 */
export type WorkbookFormat = 'xlsx' | 'ods' | 'csv';

export type CellKind = 'number' | 'text' | 'date' | 'boolean' | 'error' | 'formula-without-value';

export interface Cell {
  /** 1-based, as the spreadsheet numbers them (row 14, column 3 = C14). */
  row: number;
  col: number;
  kind: CellKind;
  /**
   * number: the value to 15 significant digits as a decimal string ("2400.1");
   * date: "YYYY-MM-DD", or "YYYY-MM-DDTHH:MM:SS" with no zone;
   * boolean: "true" / "false"; error: as shown ("#DIV/0!"); text: as typed;
   * formula-without-value: "".
   */
  text: string;
  /** The formula when the cell has one (its cached value is `text`; it is never evaluated). */
  formula?: string;
  /** A number shown as a percentage (its format has "%"): `text` is the stored value, 0.2 for the "20 %" shown. */
  percent?: true;
}

/** A rectangle of cells, 1-based and inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Sheet {
  /** The sheet's name; a CSV's single sheet is named after the file. */
  name: string;
  hidden: boolean;
  /** Non-empty rows by row number, in order; each row's non-empty cells in column order. */
  rows: ReadonlyMap<number, readonly Cell[]>;
  hiddenRows: ReadonlySet<number>;
  merges: readonly CellRange[];
}

export interface Workbook {
  format: WorkbookFormat;
  sheets: readonly Sheet[];
  /** Links to other files the workbook holds: never followed (their cached values are used). */
  externalLinks: number;
  /** XLSX: the workbook counts days from 1904 (an old Mac Excel's): a plain number in a date field is such a serial. */
  date1904?: true;
  /**
   * CSV only: how the file was read. `recordLines[row - 1]` is the file line
   * where row `row` starts (a quoted field may span lines), for positions.
   */
  csv?: { encoding: string; delimiter: string; recordLines?: readonly number[] };
}

/** What reading an export may cost at most: an export is untrusted input. */
export interface WorkbookLimits {
  /** Bytes inflated from the archive, all parts together (XLSX, ODS). */
  maxInflatedBytes: number;
  /** Non-empty cells, all sheets together. */
  maxCells: number;
}

/** A finding of the reading or of the mapping, at a cell, in a rule's name. */
export interface PlacedFinding extends Finding {
  regle: string;
  position?: Position;
}

export type WorkbookRead =
  | { ok: true; workbook: Workbook; findings: PlacedFinding[] }
  /** The whole file is unreadable as an export: `code` is a problem of dossier-lecture (effet illisible). */
  | { ok: false; code: string; params: Params };

/** "C14" from (14, 3). */
export function cellName(row: number, col: number): string {
  let letters = '';
  for (let rest = col; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return `${letters}${row}`;
}

/** The position of a cell in a report: row and column number, the sheet (none for CSV) and the cell's name. */
export function cellPosition(sheet: string | undefined, row: number, col: number): Position {
  return { ligne: row, colonne: col, ...(sheet !== undefined ? { feuille: sheet } : {}), cellule: cellName(row, col) };
}
