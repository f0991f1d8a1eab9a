import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { isPercentFormat, percentText } from '../../src/tableur/cells.js';
import { correspondanceSchema } from '../../src/tableur/correspondance.js';
import { dossiersOfWorkbook } from '../../src/tableur/rows.js';
import type { Cell, Workbook } from '../../src/tableur/workbook.js';
import { cellsOf, odsContent, odsOf, readOk, xlsxOf } from './workbooks.js';

/**
 * A VAT rate formatted as a percentage shows "20 %" but is stored as 0.2:
 * the officer reads 20 %, so the export must too (never "0,2 %, a fraction").
 */
describe('percentage cells', () => {
  it('XLSX: a number shown as a percentage (built-in or custom format) is marked percent, others are not', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Dépenses');
    sheet.addRow([0.2, 0.055, 0.2, 0.2, 0.2]);
    sheet.getCell('A1').numFmt = '0%';
    sheet.getCell('B1').numFmt = '0.0%';
    sheet.getCell('C1').numFmt = '"%"0.00'; // a quoted % is no percentage
    sheet.getCell('D1').numFmt = '0.00';
    const cells = cellsOf(readOk(await xlsxOf(book), 'xlsx'), 'Dépenses');
    expect(cells.A1).toEqual({ kind: 'number', text: '0.2', percent: true });
    expect(cells.B1).toEqual({ kind: 'number', text: '0.055', percent: true });
    expect(cells.C1).toEqual({ kind: 'number', text: '0.2' });
    expect(cells.D1).toEqual({ kind: 'number', text: '0.2' });
    expect(cells.E1).toEqual({ kind: 'number', text: '0.2' });
  });

  it('moves the decimal point by two, never through a binary product; knows a percent format by its code', () => {
    const cases = {
      '0': '0',
      '1': '100',
      '0.2': '20',
      '0.055': '5.5',
      '0.07': '7',
      '12.5': '1250',
      '0.000001': '0.0001',
      '-0.2': '-20',
      '0.1234567': '12.34567',
    };
    for (const [stored, shown] of Object.entries(cases)) expect(percentText(stored), stored).toBe(shown);
    expect([9, 10, 0, 4].map((id) => isPercentFormat(id, undefined))).toEqual([true, true, false, false]);
    expect(['0%', '0.00 %', '#,##0.0%;-0%', '"%"0', '\\%0', '[Red]0', '0;0%'].map((code) => isPercentFormat(200, code))).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  it('ODS: a cell of value type percentage is marked percent', () => {
    const rows =
      '<table:table-row><table:table-cell office:value-type="percentage" office:value="0.2"><text:p>20 %</text:p></table:table-cell>' +
      '<table:table-cell office:value-type="float" office:value="0.2"><text:p>0,2</text:p></table:table-cell></table:table-row>';
    const cells = cellsOf(readOk(odsOf(odsContent([{ name: 'Dépenses', rows }])), 'ods'), 'Dépenses');
    expect(cells.A1).toEqual({ kind: 'number', text: '0.2', percent: true });
    expect(cells.B1).toEqual({ kind: 'number', text: '0.2' });
  });

  it('a percent cell is read as the percentage it shows: 0.2 is "20 %", 0.055 is "5.5 %"', () => {
    const percent = (text: string): Cell => ({ row: 2, col: 3, kind: 'number', text, percent: true });
    const workbook: Workbook = {
      format: 'xlsx',
      externalLinks: 0,
      sheets: [
        {
          name: 'Dossiers',
          hidden: false,
          hiddenRows: new Set(),
          merges: [],
          rows: new Map([
            [
              1,
              [
                { row: 1, col: 1, kind: 'text', text: 'N°' },
                { row: 1, col: 2, kind: 'text', text: 'Dépense 1 – HT' },
                { row: 1, col: 3, kind: 'text', text: 'Dépense 1 – TVA' },
                { row: 1, col: 4, kind: 'text', text: 'Dépense 2 – TVA' },
                { row: 1, col: 5, kind: 'text', text: 'Dépense 3 – TVA' },
              ],
            ],
            [
              2,
              [
                { row: 2, col: 1, kind: 'text', text: '7' },
                percent('0.2'),
                { ...percent('0.055'), col: 4 },
                { ...percent('-0.000001'), col: 5 },
              ],
            ],
          ]),
        },
      ],
    };
    const correspondance = correspondanceSchema.parse({
      version: 1,
      dossiers: { identifiant: 'N°', colonnes: {} },
      depenses: { colonnes_numerotees: { modele: 'Dépense {n} – {champ}', champs: { montant_ht: 'HT', taux_tva: 'TVA' } } },
    });
    const [dossier] = dossiersOfWorkbook(workbook, correspondance, 'export.xlsx').dossiers;
    expect(dossier!.tree.depenses).toEqual([{ taux_tva: '20 %' }, { taux_tva: '5.5 %' }, { taux_tva: '-0.0001 %' }]);
  });
});
