import type { Position } from '../vocabulary.js';
import type { SourceMap } from '../parse/source-map.js';
import type { Tree } from '../parse/documents.js';
import type { Correspondance } from './correspondance.js';
import type { PlacedFinding, Workbook } from './workbook.js';

/** One dossier of an export: its row read as a dossier tree, with the cell of each field. */
export interface ExportDossier {
  /** The export's dossier number as written ("1234"), or empty when the cell is. */
  identifiant: string;
  /** How reports name it: "export.xlsx#1234" ("export.xlsx#ligne-7" without a number). */
  fichier: string;
  /** Its rank in the export, from 1. */
  numero: number;
  /** The dossier as the format of docs/dossier.md (strings, numbers, lists), before validation. */
  tree: Tree;
  /** Every field's cell ("depenses.2.montant_ht" → Dépenses!C14, even when empty). */
  sourceMap: SourceMap;
  /** The dossier's identifier cell: where problems about the whole dossier point. */
  start: Position;
  /** What reading its cells found (a code completed, a formula without value…). */
  findings: PlacedFinding[];
}

export interface ExportReading {
  dossiers: ExportDossier[];
  /**
   * What is wrong with the file as a whole for this correspondence (a sheet
   * or a column not found…): reported once, for the file, as unreadable.
   */
  fileFindings: PlacedFinding[];
}

/** STUB (issue 16, correspondence helper): the dossiers of a workbook, read through a correspondence. */
export function dossiersOfWorkbook(workbook: Workbook, correspondance: Correspondance, fichier: string): ExportReading {
  void workbook;
  void correspondance;
  void fichier;
  throw new Error('dossiersOfWorkbook: not implemented yet');
}
