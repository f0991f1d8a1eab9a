import {
  checkParsed,
  fileFindingsReport,
  MAX_INPUT_BYTES,
  unreadableFileReport,
  type CheckOptions,
  type FileCheck,
  type Located,
} from './check.js';
import { SourceMap } from '../parse/source-map.js';
import type { DossierReport } from '../report/types.js';
import type { Correspondance } from '../tableur/correspondance.js';
import { readWorkbook, workbookFormatOf } from '../tableur/read.js';
import { dossiersOfWorkbook, type ExportReading } from '../tableur/rows.js';
import { blocking } from '../vocabulary.js';
import type { PlacedFinding, WorkbookFormat, WorkbookLimits } from '../tableur/workbook.js';

/** What an export may cost at most, by default: 16 × the CLI's default file bound inflated, two million cells. */
export const DEFAULT_WORKBOOK_LIMITS: WorkbookLimits = { maxInflatedBytes: 16 * MAX_INPUT_BYTES, maxCells: 2_000_000 };

export interface ExportOptions extends CheckOptions {
  /** Bounds on what reading the export may cost (an export is untrusted input). */
  limits?: WorkbookLimits;
  /** The export's format when its name does not say it (.xlsx, .ods, .csv). */
  format?: WorkbookFormat;
}

/**
 * Checks every dossier of a spreadsheet export (XLSX, ODS, CSV) read
 * through a correspondence: one report per dossier row, named
 * `export.xlsx#1234` by the export's dossier number, each problem at its
 * cell. A file that cannot be read as an export gets one unreadable report.
 */
export function checkExport(bytes: Uint8Array, fichier: string, correspondance: Correspondance, options: ExportOptions): FileCheck {
  const format = options.format ?? workbookFormatOf(fichier, bytes);
  if (format === undefined) return { dossiers: [unreadableFileReport(fichier, 'fichier-illisible', { erreur: 'FORMAT' }, options)] };
  const read = readWorkbook(bytes, format, fichier, { limits: options.limits ?? DEFAULT_WORKBOOK_LIMITS, ...csvHints(correspondance) });
  if (!read.ok) return { dossiers: [unreadableFileReport(fichier, read.code, read.params, options)] };
  const reading = dossiersOfWorkbook(read.workbook, correspondance, fichier);
  const sheets = read.workbook.sheets.map((sheet) => sheet.name);
  return { dossiers: checkExportReading(reading, fichier, options, { sheets, readFindings: read.findings }) };
}

export interface ExportReadingContext {
  /** The workbook's sheets in its order: problems are sorted by sheet first. */
  sheets?: readonly string[];
  /** What reading the file found (a hidden sheet, external links, a merged range…): given to the dossier whose row holds the cell, else to every dossier. */
  readFindings?: readonly PlacedFinding[];
}

/**
 * The reports of an export already read and mapped to dossiers: pure, each
 * dossier through the same engine as a YAML file. What is wrong with the
 * file as a whole comes first, in a report named after the file.
 */
export function checkExportReading(
  reading: ExportReading,
  fichier: string,
  options: CheckOptions,
  context: ExportReadingContext = {},
): DossierReport[] {
  const { sheets, readFindings = [] } = context;
  const ranked = () => {
    const map = new SourceMap();
    if (sheets) map.rankSheets(sheets);
    return map;
  };
  // Which dossier owns each row matters only for what reading placed at a cell (rare): not computed for nothing.
  const owners = readFindings.some((finding) => finding.position) ? rowOwners(reading) : new Map<string, number>();
  const owned = new Map<number, Located[]>();
  const everyone: Located[] = [];
  for (const finding of readFindings) {
    const owner = finding.position ? owners.get(rowKey(finding.position.feuille, finding.position.ligne)) : undefined;
    if (owner === undefined) everyone.push(finding);
    else owned.set(owner, [...(owned.get(owner) ?? []), finding]);
  }

  const reports: DossierReport[] = [];
  const withoutDossier = reading.dossiers.length === 0;
  // What makes the file unreadable is a report of its own; an info about it (a hidden sheet read) goes to every
  // dossier: a report named after the file would count as one more dossier, and an eligible one.
  const fileUnreadable = reading.fileFindings.some(({ gravite }) => gravite === 'bloquant');
  if (!fileUnreadable && !withoutDossier) everyone.push(...reading.fileFindings);
  else {
    // No dossier and nothing said why: never an empty export passed in silence.
    const empty: Located[] =
      withoutDossier && reading.fileFindings.length === 0 ? [{ ...blocking('illisible', 'liste-vide', ''), regle: 'dossier-lecture' }] : [];
    const findings: Located[] = [...empty, ...reading.fileFindings, ...(withoutDossier ? everyone : [])];
    reports.push(fileFindingsReport(fichier, findings, options, ranked()));
  }
  reading.dossiers.forEach((dossier, index) => {
    if (sheets) dossier.sourceMap.rankSheets(sheets);
    const findings: Located[] = [...everyone, ...dossier.findings, ...(owned.get(index) ?? [])];
    const document = { fichier, numero: dossier.numero, identifiant: dossier.identifiant };
    // Expense lines whose dossier number matches no dossier: listed as unreadable, with no rule run on an empty dossier.
    if (dossier.orphelin) {
      reports.push({ ...fileFindingsReport(dossier.fichier, findings, options, dossier.sourceMap), document });
      return;
    }
    const report = checkParsed(
      { ok: true, tree: dossier.tree, sourceMap: dossier.sourceMap, start: dossier.start },
      dossier.fichier,
      findings,
      options,
      dossier.start,
    );
    reports.push({ ...report, document });
  });
  return reports;
}

/** A CSV's delimiter is chosen by the titles the correspondence expects in its header row. */
function csvHints(correspondance: Correspondance): { expectedTitles?: string[]; headerRow?: number } {
  const dossiers = correspondance.dossiers as { identifiant?: unknown; ligne_titres?: unknown } | undefined;
  const identifiant = typeof dossiers?.identifiant === 'string' ? [dossiers.identifiant] : undefined;
  const headerRow = typeof dossiers?.ligne_titres === 'number' ? dossiers.ligne_titres : undefined;
  return { ...(identifiant ? { expectedTitles: identifiant } : {}), ...(headerRow !== undefined ? { headerRow } : {}) };
}

function rowKey(sheet: string | undefined, row: number): string {
  return `${sheet ?? ''}\u0000${row}`;
}

/** Which dossier each row of the export belongs to, from the cells its fields were read from. */
function rowOwners(reading: ExportReading): Map<string, number> {
  const owners = new Map<string, number>();
  reading.dossiers.forEach((dossier, index) => {
    const claim = (position: { feuille?: string; ligne: number }) => {
      const key = rowKey(position.feuille, position.ligne);
      if (!owners.has(key)) owners.set(key, index);
    };
    claim(dossier.start);
    const { values, keys } = dossier.sourceMap.entries();
    for (const [, position] of [...values, ...keys]) claim(position);
  });
  return owners;
}
