import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readOds } from '../../src/tableur/ods.js';
import type { Workbook } from '../../src/tableur/workbook.js';
import { readXlsx } from '../../src/tableur/xlsx.js';
import { runs } from '../fast-check.js';
import { LIMITS, odsContent, odsOf, read, readOk, xlsxOf, xmlText } from './workbooks.js';

/**
 * Generated grids written as XLSX by exceljs (and as ODS by a minimal
 * template) read back equal, address by address; damaged files read as a
 * workbook or a typed failure, never a throw.
 */

type Value =
  | { type: 'text'; text: string }
  | { type: 'number'; value: number }
  | { type: 'date'; day: string }
  | { type: 'boolean'; value: boolean }
  | { type: 'formula'; formula: string; result?: number };

interface Grid {
  date1904: boolean;
  sheets: {
    name: string;
    hidden: boolean;
    cells: Map<string, { row: number; col: number; value: Value }>;
    hiddenRows: number[];
    merges: { row: number; left: number; right: number; text: string }[];
  }[];
}

const CHARS = [...'abcXYZ019 éèàçÉœ€«»–&<>"\'', '🎉', '👩‍💻'];
const text = fc.oneof(
  fc.stringMatching(/^0\d{2,8}$/),
  fc
    .array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 12 })
    .map((chars) => chars.join(''))
    .filter((value) => value.trim() === value && value !== '' && !/ {2}/.test(value)),
);
const value: fc.Arbitrary<Value> = fc.oneof(
  text.map((text) => ({ type: 'text' as const, text })),
  fc
    .oneof(
      fc.integer({ min: -1e9, max: 1e12 }),
      fc.integer({ min: -1e8, max: 1e8 }).map((cents) => cents / 100),
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e20, max: 1e20 }),
    )
    .map((value) => ({ type: 'number' as const, value: Object.is(value, -0) ? 0 : value })),
  fc.date({ min: new Date('1905-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => ({
    type: 'date' as const,
    day: date.toISOString().slice(0, 10),
  })),
  fc.boolean().map((value) => ({ type: 'boolean' as const, value })),
  fc
    .record(
      {
        formula: fc.constantFrom('A1+1', 'SUM(A1:B2)', 'B2*2'),
        result: fc.option(fc.integer({ min: -1000, max: 1000 }), { nil: undefined }),
      },
      { requiredKeys: ['formula'] },
    )
    .map((formula) => ({ type: 'formula' as const, ...formula })),
);
const sheet = fc.record({
  hidden: fc.boolean(),
  cells: fc.array(fc.record({ row: fc.integer({ min: 1, max: 20 }), col: fc.integer({ min: 1, max: 30 }), value }), { maxLength: 40 }),
  hiddenRows: fc.array(fc.integer({ min: 1, max: 20 }), { maxLength: 3 }),
  merges: fc.array(fc.record({ left: fc.integer({ min: 1, max: 5 }), width: fc.integer({ min: 1, max: 3 }), text }), { maxLength: 2 }),
});
const grid: fc.Arbitrary<Grid> = fc
  .record({ date1904: fc.boolean(), sheets: fc.array(sheet, { minLength: 1, maxLength: 3 }) })
  .map(({ date1904, sheets }) => ({
    date1904,
    sheets: sheets.map((generated, index) => {
      const cells = new Map(generated.cells.map((cell) => [`${cell.row}:${cell.col}`, cell]));
      const filledRows = new Set([...cells.values()].map((cell) => cell.row));
      return {
        name: `Feuille ${index + 1} é`,
        // At least one sheet stays visible, as every spreadsheet demands.
        hidden: index > 0 && generated.hidden,
        cells,
        hiddenRows: [...new Set(generated.hiddenRows.filter((row) => filledRows.has(row)))].sort((a, b) => a - b),
        // Merges sit below the cells (rows 25 on), one per row, over cells that hold nothing else.
        merges: generated.merges.map((merge, rank) => ({
          row: 25 + rank,
          left: merge.left,
          right: merge.left + merge.width,
          text: merge.text,
        })),
      };
    }),
  }));

function letters(col: number): string {
  let name = '';
  for (let rest = col; rest > 0; rest = Math.floor((rest - 1) / 26)) name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
}

/** What a reader must give for a generated value: kind and text (numbers compared as values, see below). */
function expected(value: Value): { kind: string; text: string; formula?: string } {
  switch (value.type) {
    case 'text':
      return { kind: 'text', text: value.text };
    case 'number':
      return { kind: 'number', text: String(Number(value.value.toPrecision(15))) };
    case 'date':
      return { kind: 'date', text: value.day };
    case 'boolean':
      return { kind: 'boolean', text: String(value.value) };
    case 'formula':
      return value.result === undefined
        ? { kind: 'formula-without-value', text: '', formula: value.formula }
        : { kind: 'number', text: String(value.result), formula: value.formula };
  }
}

function compare(workbook: Workbook, grid: Grid, formulaPrefix = ''): void {
  expect(workbook.sheets.map(({ name, hidden }) => ({ name, hidden }))).toEqual(grid.sheets.map(({ name, hidden }) => ({ name, hidden })));
  grid.sheets.forEach((generated, index) => {
    const sheet = workbook.sheets[index]!;
    const read: Record<string, { kind: string; text: string; formula?: string }> = {};
    for (const cells of sheet.rows.values())
      for (const { row, col, kind, text, formula } of cells) {
        // Numbers as the value of their text: the 15 digits, never an exponent.
        if (kind === 'number') expect(text).toMatch(/^-?\d+(?:\.\d+)?$/);
        read[`${letters(col)}${row}`] = {
          kind,
          text: kind === 'number' ? String(Number(text)) : text,
          ...(formula !== undefined ? { formula } : {}),
        };
      }
    const wanted: typeof read = {};
    for (const { row, col, value } of generated.cells.values()) {
      const cell = expected(value);
      wanted[`${letters(col)}${row}`] = cell.formula === undefined ? cell : { ...cell, formula: formulaPrefix + cell.formula };
    }
    for (const merge of generated.merges) wanted[`${letters(merge.left)}${merge.row}`] = { kind: 'text', text: merge.text };
    expect(read).toEqual(wanted);
    expect([...sheet.hiddenRows].sort((a, b) => a - b)).toEqual(generated.hiddenRows);
    expect([...sheet.merges].sort((a, b) => a.top - b.top)).toEqual(
      generated.merges.map((merge) => ({ top: merge.row, left: merge.left, bottom: merge.row, right: merge.right })),
    );
  });
}

async function asXlsx(grid: Grid): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.properties.date1904 = grid.date1904;
  for (const generated of grid.sheets) {
    const sheet = book.addWorksheet(generated.name);
    if (generated.hidden) sheet.state = 'hidden';
    for (const { row, col, value } of generated.cells.values()) {
      const cell = sheet.getCell(row, col);
      if (value.type === 'text') cell.value = value.text;
      else if (value.type === 'number') cell.value = value.value;
      else if (value.type === 'boolean') cell.value = value.value;
      else if (value.type === 'date') {
        cell.value = new Date(`${value.day}T00:00:00Z`);
        cell.numFmt = 'dd/mm/yyyy';
      } else
        cell.value = (
          value.result === undefined ? { formula: value.formula } : { formula: value.formula, result: value.result }
        ) as ExcelJS.CellFormulaValue;
    }
    for (const row of generated.hiddenRows) sheet.getRow(row).hidden = true;
    for (const merge of generated.merges) {
      sheet.getCell(merge.row, merge.left).value = merge.text;
      if (merge.right > merge.left) sheet.mergeCells(merge.row, merge.left, merge.row, merge.right);
    }
  }
  return xlsxOf(book);
}

/** Text in a paragraph, its spaces as ODF writes them. */
function odsParagraph(text: string): string {
  return `<text:p>${xmlText(text).replace(/ /g, '<text:s/>')}</text:p>`;
}

function odsCell(value: Value): string {
  switch (value.type) {
    case 'text':
      return `<table:table-cell office:value-type="string">${odsParagraph(value.text)}</table:table-cell>`;
    case 'number':
      return `<table:table-cell office:value-type="float" office:value="${value.value}"><text:p>${value.value}</text:p></table:table-cell>`;
    case 'date':
      return `<table:table-cell office:value-type="date" office:date-value="${value.day}"><text:p>${value.day}</text:p></table:table-cell>`;
    case 'boolean':
      return `<table:table-cell office:value-type="boolean" office:boolean-value="${value.value}"><text:p>${value.value}</text:p></table:table-cell>`;
    case 'formula':
      return value.result === undefined
        ? `<table:table-cell table:formula="of:=${value.formula}"/>`
        : `<table:table-cell table:formula="of:=${value.formula}" office:value-type="float" office:value="${value.result}"><text:p>${value.result}</text:p></table:table-cell>`;
  }
}

/** The grid as LibreOffice lays it out: gaps as repeated empty rows and cells, merges as spans and covered cells. */
function asOds(grid: Grid): Uint8Array {
  const tables = grid.sheets.map((generated) => {
    const byRow = new Map<number, Map<number, string>>();
    for (const { row, col, value } of generated.cells.values()) {
      if (!byRow.has(row)) byRow.set(row, new Map());
      byRow.get(row)!.set(col, odsCell(value));
    }
    for (const merge of generated.merges) {
      const span = merge.right - merge.left + 1;
      byRow.set(
        merge.row,
        new Map([
          [
            merge.left,
            `<table:table-cell table:number-columns-spanned="${span}" office:value-type="string">${odsParagraph(merge.text)}</table:table-cell>`,
          ],
          ...(span > 1
            ? [[merge.left + 1, `<table:covered-table-cell table:number-columns-repeated="${span - 1}"/>`] as [number, string]]
            : []),
        ]),
      );
    }
    let rows = '';
    let next = 1;
    for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
      if (row > next)
        rows += `<table:table-row table:number-rows-repeated="${row - next}"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>`;
      let cells = '';
      let col = 1;
      const merged = generated.merges.find((merge) => merge.row === row);
      for (const at of [...byRow.get(row)!.keys()].sort((a, b) => a - b)) {
        if (at > col) cells += `<table:table-cell table:number-columns-repeated="${at - col}"/>`;
        cells += byRow.get(row)!.get(at)!;
        col = merged && at === merged.left + 1 ? merged.right + 1 : at + 1;
      }
      const hidden = generated.hiddenRows.includes(row) ? ' table:visibility="collapse"' : '';
      rows += `<table:table-row${hidden}>${cells}<table:table-cell table:number-columns-repeated="${16384 - col + 1}"/></table:table-row>`;
      next = row + 1;
    }
    rows += `<table:table-row table:number-rows-repeated="${1048576 - next + 1}"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>`;
    return { name: generated.name, rows, hidden: generated.hidden };
  });
  return odsOf(odsContent(tables));
}

describe('readWorkbook on generated grids', () => {
  it('reads back every cell of a generated XLSX, address by address', async () => {
    await fc.assert(
      fc.asyncProperty(grid, async (generated) => {
        compare(readOk(await asXlsx(generated), 'xlsx'), generated);
      }),
      { numRuns: runs(40) },
    );
  });

  it('reads back every cell of a generated ODS, address by address', () => {
    fc.assert(
      fc.property(grid, (generated) => {
        compare(readOk(asOds(generated), 'ods'), generated, 'of:=');
      }),
      { numRuns: runs(60) },
    );
  });
});

/** A small valid workbook of each kind, to damage. */
async function victims(): Promise<{ xlsx: Uint8Array; ods: Uint8Array }> {
  const generated = fc.sample(grid, { numRuns: 1, seed: 42 })[0]!;
  return { xlsx: await asXlsx(generated), ods: asOds(generated) };
}

const CODES = [
  'classeur-illisible',
  'classeur-chiffre',
  'archive-trop-grande',
  'archive-trop-de-fichiers',
  'trop-de-cellules',
  'xml-dtd-refusee',
];

describe('readWorkbook on damaged files', () => {
  const damage = (length: number) =>
    fc.oneof(
      fc.record({ cut: fc.integer({ min: 0, max: length }) }),
      fc.record({
        flips: fc.array(fc.record({ at: fc.integer({ min: 0, max: length - 1 }), byte: fc.integer({ min: 0, max: 255 }) }), {
          minLength: 1,
          maxLength: 8,
        }),
      }),
    );
  const damaged = (bytes: Uint8Array, how: { cut: number } | { flips: { at: number; byte: number }[] }) => {
    if ('cut' in how) return bytes.slice(0, how.cut);
    const copy = bytes.slice();
    for (const { at, byte } of how.flips) copy[at] = byte;
    return copy;
  };

  it('gives a workbook or a typed failure for a cut or flipped XLSX or ODS, and the readers under the last guard never throw', async () => {
    const { xlsx, ods } = await victims();
    for (const [bytes, readParts, format] of [
      [xlsx, readXlsx, 'xlsx'],
      [ods, readOds, 'ods'],
    ] as const) {
      fc.assert(
        fc.property(damage(bytes.length), (how) => {
          const broken = damaged(bytes, how);
          // The readers themselves, not only readWorkbook whose last guard would hide a throw.
          const direct = broken[0] === 0x50 ? readParts(broken, LIMITS) : undefined;
          if (direct && !direct.ok) expect(CODES).toContain(direct.code);
          const result = read(broken, format);
          if (!result.ok) expect(CODES).toContain(result.code);
        }),
        { numRuns: runs(150) },
      );
    }
  });
});
