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

/**
 * The workbook as an XLSX file, by exceljs (maintained, writes real OOXML;
 * the `xlsx` package of the npm registry is stuck at a version with known
 * advisories). Loaded only when asked for: every other command starts
 * without it. Values only, never a formula: what a reader sees does not
 * depend on their spreadsheet or their locale.
 */
export async function writeXlsx(workbook: Workbook): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  // Fixed document properties: the same report gives the same cells and properties (the zip's entries still carry the time of writing).
  book.created = book.modified = new Date(0);
  book.creator = 'dossier-check';
  for (const sheet of workbook.sheets) {
    const target = book.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    target.columns = sheet.columns.map((column, index) => ({
      header: column.title,
      width: width(
        column.title,
        sheet.rows.map((row) => row[index]),
      ),
      style: { numFmt: column.kind === 'euros' ? EUROS : column.kind === 'integer' ? INTEGER : TEXT },
    }));
    target.getRow(1).font = { bold: true };
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
    }
    target.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + sheet.rows.length, column: sheet.columns.length } };
  }
  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

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
