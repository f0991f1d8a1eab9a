import { checkFile, unreadableFileReport, type CheckOptions, type FileCheck } from '../engine/check.js';
import { checkExport } from '../engine/export.js';
import type { Correspondance } from '../tableur/correspondance.js';
import { workbookFormatOf } from '../tableur/read.js';
import type { WorkbookLimits } from '../tableur/workbook.js';
import type { NotADossier } from '../parse/not-a-dossier.js';
import type { DossierStream } from '../format/types.js';
import { amountsOf, type DossierAmounts } from '../report/grant.js';
import type { DossierReport, Verdict } from '../report/types.js';
import { MAX_INPUT_BYTES, type InputRead } from './read.js';

/** What the run needs of a checked dossier: its verdict, and its report or its formatted text. */
export interface CheckedDossier {
  verdict: Verdict;
  hasWarning: boolean;
  /** What the money totals of the batch need of it. */
  amounts: DossierAmounts;
  /** The dossier already formatted, for formats written dossier by dossier. */
  text?: string | Uint8Array;
  /** The whole report, for formats that need the whole batch. */
  report?: DossierReport;
}

/** With --colonnes: how spreadsheet exports are read, and what reading one may cost. */
export interface ExportSetup {
  correspondance: Correspondance;
  limits: WorkbookLimits;
}

/** An export's archive may inflate to this many times --taille-max: a ZIP of XML shrinks tenfold or so. */
export const INFLATION_FACTOR = 16;
/** Non-empty cells of an export, all sheets together: ten thousand dossiers of a hundred cells, twice over. */
export const MAX_EXPORT_CELLS = 2_000_000;

export function exportSetup(correspondance: Correspondance, maxBytes: number): ExportSetup {
  return { correspondance, limits: { maxInflatedBytes: INFLATION_FACTOR * maxBytes, maxCells: MAX_EXPORT_CELLS } };
}

/** A ZIP (XLSX, ODS) or an OLE file (XLS) by its bytes, whatever its name says: a dossier is text. */
function isWorkbookBytes(bytes: Uint8Array): boolean {
  return workbookFormatOf('', bytes) !== undefined;
}

/** A spreadsheet export by its name (.xlsx, .ods, .csv): refused without --colonnes, never read as YAML. */
export function isSpreadsheetName(name: string): boolean {
  return workbookFormatOf(name, new Uint8Array()) !== undefined;
}

/**
 * The dossiers of one input (one file may hold several, an export one per
 * row), the report of an input that could not be read, or what the input
 * is instead of a dossier.
 */
export function checkInput(
  read: InputRead,
  name: string,
  options: CheckOptions,
  maxBytes = MAX_INPUT_BYTES,
  exports?: ExportSetup,
): FileCheck {
  if (read.ok) {
    // Standard input has no name to tell an export: its bytes do (a ZIP), or its row of titles (a CSV).
    const { identifiant, ligne_titres } = exports?.correspondance.dossiers ?? {};
    const csv = identifiant !== undefined ? { expectedTitles: [identifiant], headerRow: ligne_titres } : undefined;
    const format = exports ? workbookFormatOf(name, read.bytes, csv) : undefined;
    if (exports && format) return checkExport(read.bytes, name, exports.correspondance, { ...options, limits: exports.limits, format });
    // A workbook without --colonnes (a named .xlsx is refused before; this is standard input or an odd name): never YAML.
    if (!exports && isWorkbookBytes(read.bytes))
      return { dossiers: [unreadableFileReport(name, 'classeur-sans-correspondance', {}, options)] };
    return checkFile(read.bytes, name, options);
  }
  if (read.error === 'trop-volumineux')
    return { dossiers: [unreadableFileReport(name, 'fichier-trop-volumineux', { max: maxBytes }, options)] };
  if (read.error === 'non-regulier') return { dossiers: [unreadableFileReport(name, 'fichier-non-regulier', {}, options)] };
  return { dossiers: [unreadableFileReport(name, 'fichier-illisible', { erreur: read.error }, options)] };
}

/** What the run needs of one input: its checked dossiers, or what it is instead of a dossier. */
export interface CheckedFile {
  dossiers: CheckedDossier[];
  notADossier?: NotADossier;
}

export function toCheckedFile(check: FileCheck, stream: DossierStream | undefined): CheckedFile {
  return 'notADossier' in check
    ? { dossiers: [], notADossier: check.notADossier }
    : { dossiers: check.dossiers.map((report) => toChecked(report, stream)) };
}

export function toChecked(report: DossierReport, stream: DossierStream | undefined): CheckedDossier {
  const base = {
    verdict: report.verdict,
    hasWarning: report.problemes.some((problem) => problem.gravite === 'avertissement'),
    amounts: amountsOf(report),
  };
  return stream ? { ...base, text: stream.dossier(report) } : { ...base, report };
}
