import { Writable } from 'node:stream';
import type { Tone, Workbook } from '../format/xlsx.js';

/** Euros with two decimals and the sign after, as French spreadsheets show them; the reader's locale sets the separators. */
const EUROS = '#,##0.00\\ "€";-#,##0.00\\ "€"';
const INTEGER = '0';
/** "@": the cell is text; typing over it in the spreadsheet keeps it text (a SIREN keeps its leading zeros). */
const TEXT = '@';
/** Light fills with dark text, as the HTML report's verdicts: readable printed in black and white too. */
const TONES: Record<Tone, { fill: string; font: string }> = {
  good: { fill: 'FFE3F4E1', font: 'FF1B5E20' },
  warn: { fill: 'FFFFF1D6', font: 'FF7A4B00' },
  bad: { fill: 'FFFDE2E1', font: 'FF8A1C17' },
};
/** A column is never narrower than its title nor wider than this many characters (long messages wrap in the cell). */
const MAX_WIDTH = 60;
/** Rows handed to exceljs between two turns of the event loop, in which its zip compresses them and passes them on. */
const ROWS_PER_TURN = 256;

/**
 * The workbook as an XLSX file, written to `write` piece by piece as it is
 * compressed, by exceljs's streaming writer (maintained, writes real OOXML;
 * the `xlsx` package of the npm registry is stuck at a version with known
 * advisories): each row is committed, turned into XML and compressed as it
 * is added, so that the writer holds a few rows, not the whole workbook (its
 * in-memory workbook took some 400 MB for 2 000 dossiers). Loaded only when
 * asked for: every other command starts without it. Values only, never a
 * formula: what a reader sees does not depend on their spreadsheet or their
 * locale. A failure of `write` (a full disk) is thrown once the writer has
 * stopped; nothing more is written after it.
 */
export async function writeXlsxTo(workbook: Workbook, write: (bytes: Uint8Array) => void): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  // The streaming zip (archiver-utils 2, under exceljs) turns texts into bytes by `new Buffer(text)`. Node says nothing
  // of that inside node_modules, but the bundle is outside: its deprecation warning would reach the user's terminal.
  const deprecations = process.noDeprecation;
  process.noDeprecation = true;
  try {
    await writeWith(ExcelJS, workbook, write);
  } finally {
    process.noDeprecation = deprecations;
  }
}

async function writeWith(ExcelJS: typeof import('exceljs'), workbook: Workbook, write: (bytes: Uint8Array) => void): Promise<void> {
  let failure: { error: unknown } | undefined;
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      // Never an error event: exceljs listens for one only at the very end. The first failure is kept and thrown below.
      if (failure === undefined) {
        try {
          write(chunk);
        } catch (error) {
          failure = { error };
        }
      }
      done();
    },
  });
  // Shared strings, as the in-memory writer wrote them: each distinct text once in the file (the texts are in the report already).
  // Deflate level 6, as before: the streaming zip's default (1) made the file a quarter larger, for no time saved.
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true, zip: { zlib: { level: 6 } } });
  // Fixed document properties: the same report gives the same cells and properties (the zip's entries still carry the time of writing).
  book.created = book.modified = new Date(0);
  book.creator = book.lastModifiedBy = 'dossier-check';
  for (const sheet of workbook.sheets) {
    const target = book.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    // Widths before the first row: the file gives its columns before its rows.
    target.columns = sheet.columns.map((column, index) => ({
      header: column.title,
      width: width(
        column.title,
        sheet.rows.map((row) => row[index]),
      ),
      style: { numFmt: column.kind === 'euros' ? EUROS : column.kind === 'integer' ? INTEGER : TEXT },
    }));
    target.getRow(1).font = { bold: true };
    let rank = 0;
    for (const row of sheet.rows) {
      // Cells keep their type: a string stays a string (a shared string in the file), a number a number.
      const added = target.addRow(row.map((cell) => cell ?? null));
      sheet.columns.forEach((column, index) => {
        const tone = typeof row[index] === 'string' ? column.tones?.[row[index]] : undefined;
        if (!tone) return;
        const cell = added.getCell(index + 1);
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: TONES[tone].fill } };
        cell.font = { color: { argb: TONES[tone].font } };
      });
      added.commit();
      if (++rank % ROWS_PER_TURN === 0) {
        await nextTurn();
        if (failure) throw failure.error;
      }
    }
    target.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + sheet.rows.length, column: sheet.columns.length } };
    target.commit();
  }
  await book.commit();
  if (failure) throw failure.error;
}

/** The workbook as the bytes of an XLSX file. */
export async function writeXlsx(workbook: Workbook): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  await writeXlsxTo(workbook, (bytes) => chunks.push(Uint8Array.from(bytes)));
  return new Uint8Array(Buffer.concat(chunks));
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Fitted to the longest value, in characters, with a margin; amounts as the euro format shows them. */
function width(title: string, cells: (string | number | undefined)[]): number {
  let longest = title.length;
  for (const cell of cells) {
    const shown =
      typeof cell === 'number' ? cell.toFixed(2).length + 4 : (cell ?? '').split('\n').reduce((max, part) => Math.max(max, part.length), 0);
    longest = Math.max(longest, shown);
  }
  return Math.min(longest + 2, MAX_WIDTH);
}
