import type { WorkbookFormat, WorkbookLimits, WorkbookRead } from './workbook.js';

/**
 * The format of an export, from its name (.xlsx, .ods, .csv) or its first
 * bytes (a ZIP); undefined when the file is not a spreadsheet export.
 */
export function workbookFormatOf(fichier: string, bytes: Uint8Array): WorkbookFormat | undefined {
  void bytes;
  const extension = fichier.toLowerCase().split('.').pop();
  return extension === 'xlsx' || extension === 'ods' || extension === 'csv' ? extension : undefined;
}

export interface WorkbookReadOptions {
  limits: WorkbookLimits;
  /** CSV: the titles the header row should hold (the correspondence's), to choose between ";" and ",". */
  expectedTitles?: readonly string[];
  /** CSV: the row holding the titles (1 by default). */
  headerRow?: number;
}

/** STUB (issue 16, reader helper): reads an XLSX, ODS or CSV export, within `limits`, never evaluating a formula. */
export function readWorkbook(bytes: Uint8Array, format: WorkbookFormat, fichier: string, options: WorkbookReadOptions): WorkbookRead {
  void bytes;
  void format;
  void fichier;
  void options;
  throw new Error('readWorkbook: not implemented yet');
}
