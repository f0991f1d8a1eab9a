import { parse, type Info } from 'csv-parse/sync';
import { foldAccents } from '../fold.js';
import { decode, stripBom } from '../parse/decode.js';
import { CellBudget, SheetBuilder } from './cells.js';
import type { PlacedFinding, Workbook, WorkbookLimits } from './workbook.js';
import type { ReadFailure } from './xlsx.js';
import { HandlerStop } from './xml.js';

/** A record (a row) longer than this is no export's: a file gone wrong, or an attack. In characters. */
export const MAX_CSV_RECORD_CHARS = 1_000_000;

/** Strays listed one by one before one finding counts the rest: 20, as the engine's MAX_SIMILAR_PROBLEMS for a dossier file. */
const LISTED_STRAYS = 20;

export type CsvRead = { ok: true; workbook: Workbook; findings: PlacedFinding[] } | ReadFailure;

/** A title as compared: no accents, no case, any run of spaces or punctuation as one space. */
export function foldTitle(title: string): string {
  return foldAccents(title)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

type Record = { record: string[]; info: Info };

/** In order of preference when they tie: a French spreadsheet's first. */
const DELIMITERS = [';', ',', '\t'];

function records(text: string, delimiter: string, options: { to_line?: number; maxRecordChars: number }): Record[] {
  return parse(text, {
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    max_record_size: options.maxRecordChars,
    info: true,
    ...(options.to_line === undefined ? {} : { to_line: options.to_line }),
  }) as unknown as Record[];
}

/**
 * The delimiter of a French export, ";", "," or a tab (Excel's "Unicode
 * text", many platforms' exports): the one under which the header row holds
 * the most of the titles expected (the correspondence's), then the one giving
 * more fields, ";" (a French spreadsheet's) first when they tie.
 * csv-parse's own guess stumbles on quoted fields.
 */
function chooseDelimiter(text: string, headerRow: number, expectedTitles: readonly string[], maxRecordChars: number): string {
  const expected = new Set(expectedTitles.map(foldTitle));
  let best = { delimiter: ';', found: -1, fields: -1 };
  for (const delimiter of DELIMITERS) {
    let header: string[] = [];
    try {
      header = records(text, delimiter, { to_line: headerRow + 20, maxRecordChars })[headerRow - 1]?.record ?? [];
    } catch {
      header = [];
    }
    const found = header.filter((title) => expected.has(foldTitle(title))).length;
    if (found > best.found || (found === best.found && header.length > best.fields)) best = { delimiter, found, fields: header.length };
  }
  return best.delimiter;
}

/** How much of an unnamed input is looked at to tell a CSV export. */
const SNIFFED_BYTES = 256 * 1024;

/**
 * Whether an input with no name to tell it (standard input) is a CSV export:
 * its row of titles, under one of the delimiters, holds one of the titles
 * expected (the correspondence's dossier number column). A YAML or JSON
 * dossier never does.
 */
export function looksLikeCsvExport(bytes: Uint8Array, headerRow: number, expectedTitles: readonly string[]): boolean {
  const expected = new Set(expectedTitles.map(foldTitle).filter((title) => title !== ''));
  if (expected.size === 0) return false;
  const text = stripBom(decode(bytes.subarray(0, SNIFFED_BYTES)).text);
  return DELIMITERS.some((delimiter) => {
    try {
      const header = records(text, delimiter, { to_line: headerRow, maxRecordChars: MAX_CSV_RECORD_CHARS })[headerRow - 1]?.record ?? [];
      return header.some((title) => expected.has(foldTitle(title)));
    } catch {
      return false;
    }
  });
}

/**
 * A CSV export: one sheet, named after the file, every cell text as written
 * (the mapping converts). The bytes are decoded as every dossier is (UTF-8
 * with or without BOM, Windows-1252). `csv.recordLines[row - 1]` is the file
 * line where row `row` starts: a quoted field may span lines.
 */
export function readCsv(
  bytes: Uint8Array,
  fichier: string,
  limits: WorkbookLimits,
  options: { expectedTitles?: readonly string[]; headerRow?: number; maxRecordChars?: number },
): CsvRead {
  const decoded = decode(bytes);
  const text = stripBom(decoded.text);
  const maxRecordChars = options.maxRecordChars ?? MAX_CSV_RECORD_CHARS;
  const delimiter = chooseDelimiter(text, options.headerRow ?? 1, options.expectedTitles ?? [], maxRecordChars);
  let read: Record[];
  try {
    read = records(text, delimiter, { maxRecordChars });
  } catch (error) {
    const { code, lines, message } = error as { code?: string; lines?: number; message?: string };
    if (code === 'CSV_MAX_RECORD_SIZE')
      return { ok: false, code: 'ligne-csv-trop-longue', params: { max: maxRecordChars, ligne: lines ?? 0 } };
    return { ok: false, code: 'classeur-illisible', params: { detail: message ?? String(error), ligne: lines ?? 0 } };
  }
  const name = fichier.split(/[\\/]/).pop() ?? fichier;
  const budget = new CellBudget(limits.maxCells);
  const sheet = new SheetBuilder(name, false, budget);
  const recordLines: number[] = [];
  let nextLine = 1;
  try {
    read.forEach(({ record, info }, index) => {
      recordLines.push(nextLine);
      nextLine = info.lines + 1;
      record.forEach((field, column) => {
        if (field !== '') sheet.add({ row: index + 1, col: column + 1, kind: 'text', text: field });
      });
    });
  } catch (error) {
    if (error instanceof HandlerStop) return error.value as ReadFailure;
    throw error;
  }
  const workbook: Workbook = {
    format: 'csv',
    sheets: [sheet.build()],
    externalLinks: 0,
    csv: { encoding: decoded.encoding, delimiter, recordLines },
  };
  return { ok: true, workbook, findings: decodingFindings(decoded) };
}

function decodingFindings(decoded: ReturnType<typeof decode>): PlacedFinding[] {
  // Windows-1252 is how a French Excel saves a CSV, and UTF-16 its "Unicode text": an export is read as it comes,
  // where a dossier file is told to be saved in UTF-8. (`workbook.csv.encoding` says which.)
  if (decoded.encoding !== 'utf-8') return [];
  const findings: PlacedFinding[] = decoded.invalid.slice(0, LISTED_STRAYS).map(({ ligne, colonne, octets, caractere }) => ({
    code: 'octet-non-utf8',
    chemin: '',
    gravite: 'avertissement',
    params: { octets, caractere },
    regle: 'dossier-lecture',
    position: { ligne, colonne },
  }));
  if (decoded.invalid.length > LISTED_STRAYS)
    findings.push({
      code: 'octets-non-utf8-nombreux',
      chemin: '',
      gravite: 'avertissement',
      params: { nombre: decoded.invalid.length - LISTED_STRAYS },
      regle: 'dossier-lecture',
    });
  return findings;
}
