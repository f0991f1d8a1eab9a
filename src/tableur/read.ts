import { looksLikeCsvExport, readCsv } from './csv.js';
import { readOds } from './ods.js';
import type { PlacedFinding, WorkbookFormat, WorkbookLimits, WorkbookRead } from './workbook.js';
import { readXlsx, type SheetsRead } from './xlsx.js';
import { isCompoundFile, isZip } from './zip.js';

const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';

/** An ODS starts with its uncompressed `mimetype` entry (ODF §3.3): "PK\3\4", a 30-byte header, the name, then the type. */
function isOdsZip(bytes: Uint8Array): boolean {
  if (!isZip(bytes)) return false;
  const head = new TextDecoder('latin1').decode(bytes.subarray(30, 30 + 8 + ODS_MIMETYPE.length + 8));
  return head.startsWith('mimetype') && head.includes(ODS_MIMETYPE);
}

/**
 * The format of an export, from its name (.xlsx, .ods, .csv) or its first
 * bytes (a ZIP: ODS by its mimetype, else XLSX); undefined when the file is
 * not a spreadsheet export. An .xls (or a workbook saved with a password, an
 * OLE file) counts as XLSX, so that reading it says how to save it. With
 * `csv`, an input with no such name (standard input) whose row of titles
 * holds one of `csv.expectedTitles` is a CSV export.
 */
export function workbookFormatOf(
  fichier: string,
  bytes: Uint8Array,
  csv?: { expectedTitles: readonly string[]; headerRow?: number },
): WorkbookFormat | undefined {
  const extension = fichier.toLowerCase().split('.').pop();
  if (extension === 'xlsx' || extension === 'xlsm' || extension === 'xls') return isOdsZip(bytes) ? 'ods' : 'xlsx';
  if (extension === 'ods') return isZip(bytes) && !isOdsZip(bytes) ? 'xlsx' : 'ods';
  if (extension === 'csv') return 'csv';
  if (isOdsZip(bytes)) return 'ods';
  if (isZip(bytes) || isCompoundFile(bytes)) return 'xlsx';
  const dossierName = extension === 'yaml' || extension === 'yml' || extension === 'json';
  if (csv && !dossierName && looksLikeCsvExport(bytes, csv.headerRow ?? 1, csv.expectedTitles)) return 'csv';
  return undefined;
}

export interface WorkbookReadOptions {
  limits: WorkbookLimits;
  /** CSV: the titles the header row should hold (the correspondence's), to choose between ";" and ",". */
  expectedTitles?: readonly string[];
  /** CSV: the row holding the titles (1 by default). */
  headerRow?: number;
  /** CSV: the longest record read, in characters (MAX_CSV_RECORD_CHARS by default). */
  maxRecordChars?: number;
}

/**
 * Reads an XLSX, ODS or CSV export, within `limits`, never evaluating a
 * formula (its cached value is read) and never following a link to another
 * file. Never throws: an unreadable file is `{ ok: false }` with a code of
 * dossier-lecture (classeur-illisible, classeur-chiffre, archive-trop-grande,
 * archive-trop-de-fichiers, trop-de-cellules, xml-dtd-refusee, ligne-csv-trop-longue).
 */
export function readWorkbook(bytes: Uint8Array, format: WorkbookFormat, fichier: string, options: WorkbookReadOptions): WorkbookRead {
  try {
    if (format === 'csv') return readCsv(bytes, fichier, options.limits, options);
    if (isCompoundFile(bytes)) return { ok: false, code: 'classeur-chiffre', params: {} };
    if (!isZip(bytes)) return { ok: false, code: 'classeur-illisible', params: { detail: 'not a ZIP archive' } };
    // The bytes decide: an ODS renamed .xlsx is still read.
    const read: SheetsRead = isOdsZip(bytes) ? readOds(bytes, options.limits) : readXlsx(bytes, options.limits);
    if (!read.ok) return read;
    const findings: PlacedFinding[] =
      read.externalLinks > 0
        ? [{ code: 'liens-externes', chemin: '', gravite: 'info', params: { nombre: read.externalLinks }, regle: 'dossier-lecture' }]
        : [];
    return {
      ok: true,
      workbook: {
        format: isOdsZip(bytes) ? 'ods' : 'xlsx',
        sheets: read.sheets,
        externalLinks: read.externalLinks,
        ...(read.date1904 ? { date1904: true as const } : {}),
      },
      findings,
    };
  } catch (error) {
    // A last guard: no reader is meant to throw, but an export is untrusted and a crash would lose every other dossier's report.
    return { ok: false, code: 'classeur-illisible', params: { detail: error instanceof Error ? error.message : String(error) } };
  }
}
