import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { correspondanceSchema } from '../../src/tableur/correspondance.js';
import { dossiersOfWorkbook } from '../../src/tableur/rows.js';
import { readOk, xlsxOf } from './workbooks.js';

/**
 * A day typed as a plain number in a date column is a serial of the
 * workbook's own date system: in a 1904 workbook (an old Mac Excel's),
 * 43 301 is 21 July 2022, not a day four years later.
 */
describe('a number in a date field of a 1904 workbook', () => {
  it('is read in the workbook’s date system', async () => {
    const book = new ExcelJS.Workbook();
    book.properties.date1904 = true;
    const sheet = book.addWorksheet('Dossiers');
    sheet.addRow(['N°', 'Date de dépôt']);
    sheet.addRow(['7', 43_301]);
    const workbook = readOk(await xlsxOf(book), 'xlsx');
    expect(workbook.date1904).toBe(true);
    const correspondance = correspondanceSchema.parse({
      version: 1,
      dossiers: { identifiant: 'N°', colonnes: { 'depot.date': 'Date de dépôt' } },
    });
    const [dossier] = dossiersOfWorkbook(workbook, correspondance, 'export.xlsx').dossiers;
    expect(dossier!.tree.depot).toEqual({ date: '2022-07-21' });
    expect(dossier!.findings.map(({ code, params }) => [code, params])).toEqual([['date-nombre', { valeur: '43301', date: '2022-07-21' }]]);
  });
});
