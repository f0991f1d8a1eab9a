import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workbookFormatOf } from '../../src/tableur/read.js';
import { runSoffice, SOFFICE, warnIfNoSoffice } from '../soffice.js';
import { cellsOf, odsContent, odsOf, read, readOk, xlsxOf } from './workbooks.js';

warnIfNoSoffice('an XLSX converted to ODS by LibreOffice');

const cell = (attributes: string, text = '') =>
  `<table:table-cell ${attributes}>${text ? `<text:p>${text}</text:p>` : ''}</table:table-cell>`;

describe('readWorkbook, ODS', () => {
  it('reads each value type, cached formulas, text markup, spans, covered cells, hidden sheets and rows', () => {
    const rows = [
      `<table:table-row>${cell('office:value-type="string" calcext:value-type="string"', 'Dossier ID')}${cell('office:value-type="float" office:value="2400.1"', '2 400,10')}${cell('office:value-type="currency" office:currency="EUR" office:value="1920.0000000000002"', '1 920,00 €')}${cell('office:value-type="percentage" office:value="0.2"', '20 %')}</table:table-row>`,
      `<table:table-row>${cell('office:value-type="date" office:date-value="2022-07-21"', '21/07/2022')}${cell('office:value-type="date" office:date-value="2022-07-29T23:30:00"', '')}${cell('office:value-type="boolean" office:boolean-value="true"', 'VRAI')}${cell('office:value-type="string"', '01053')}</table:table-row>`,
      `<table:table-row>${cell('table:formula="of:=[.B1]*2" office:value-type="float" office:value="4800.2"', '4800,2')}${cell('table:formula="of:=[.A9]+1"')}${cell('table:formula="of:=1/0" office:value-type="float" office:value="0" calcext:value-type="error"', '#DIV/0!')}<table:table-cell office:value-type="string"><text:p>a<text:s text:c="3"/>b<text:tab/>c<text:line-break/>d</text:p><text:p>deuxième <text:span>paragraphe</text:span></text:p><office:annotation><text:p>commentaire</text:p></office:annotation></table:table-cell></table:table-row>`,
      `<table:table-row><table:table-cell table:number-columns-spanned="2" table:number-rows-spanned="2" office:value-type="string"><text:p>fusion</text:p></table:table-cell><table:covered-table-cell office:value-type="string"><text:p>caché</text:p></table:covered-table-cell>${cell('office:value-type="string"', 'C4')}</table:table-row>`,
      `<table:table-row table:visibility="collapse"><table:covered-table-cell table:number-columns-repeated="2"/>${cell('office:value-type="string"', 'C5 cachée')}</table:table-row>`,
      `<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>`,
    ].join('');
    const workbook = readOk(
      odsOf(
        odsContent([
          { name: 'Dossiers', rows },
          { name: 'Cachée', rows: `<table:table-row>${cell('office:value-type="string"', 'secret')}</table:table-row>`, hidden: true },
        ]),
      ),
      'ods',
    );
    expect(workbook.format).toBe('ods');
    expect(workbook.sheets.map(({ name, hidden }) => ({ name, hidden }))).toEqual([
      { name: 'Dossiers', hidden: false },
      { name: 'Cachée', hidden: true },
    ]);
    expect(cellsOf(workbook, 'Dossiers')).toEqual({
      A1: { kind: 'text', text: 'Dossier ID' },
      B1: { kind: 'number', text: '2400.1' },
      C1: { kind: 'number', text: '1920' },
      D1: { kind: 'number', text: '0.2', percent: true },
      A2: { kind: 'date', text: '2022-07-21' },
      B2: { kind: 'date', text: '2022-07-29T23:30:00' },
      C2: { kind: 'boolean', text: 'true' },
      D2: { kind: 'text', text: '01053' },
      A3: { kind: 'number', text: '4800.2', formula: 'of:=[.B1]*2' },
      B3: { kind: 'formula-without-value', text: '', formula: 'of:=[.A9]+1' },
      C3: { kind: 'error', text: '#DIV/0!', formula: 'of:=1/0' },
      D3: { kind: 'text', text: 'a   b\tc\nd\ndeuxième paragraphe' },
      A4: { kind: 'text', text: 'fusion' },
      C4: { kind: 'text', text: 'C4' },
      C5: { kind: 'text', text: 'C5 cachée' },
    });
    const sheet = workbook.sheets[0]!;
    expect(sheet.merges).toEqual([{ top: 4, left: 1, bottom: 5, right: 2 }]);
    expect([...sheet.hiddenRows]).toEqual([5]);
    expect(cellsOf(workbook, 'Cachée').A1).toEqual({ kind: 'text', text: 'secret' });
  });

  it('lays out a repeated value in every cell it fills', () => {
    const rows = `<table:table-row table:number-rows-repeated="2">${cell('office:value-type="float" office:value="7" table:number-columns-repeated="3"', '7')}</table:table-row>`;
    const cells = cellsOf(readOk(odsOf(odsContent([{ name: 'F', rows }])), 'ods'), 'F');
    expect(Object.keys(cells)).toEqual(['A1', 'B1', 'C1', 'A2', 'B2', 'C2']);
    expect(cells.C2).toEqual({ kind: 'number', text: '7' });
  });

  it('says how to save a password-protected ODS', () => {
    const bytes = odsOf(odsContent([]), {
      'META-INF/manifest.xml':
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>',
    });
    expect(read(bytes, 'ods')).toEqual({ ok: false, code: 'classeur-chiffre', params: {} });
  });

  it('recognises an ODS by its mimetype, whatever its name', () => {
    const bytes = odsOf(odsContent([{ name: 'F', rows: `<table:table-row>${cell('office:value-type="string"', 'x')}</table:table-row>` }]));
    expect(workbookFormatOf('export', bytes)).toBe('ods');
    expect(workbookFormatOf('export.xlsx', bytes)).toBe('ods');
    expect(readOk(bytes, 'xlsx').format).toBe('ods');
  });

  it.skipIf(!SOFFICE)('reads an XLSX converted to ODS by LibreOffice as the XLSX', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Dossiers');
    sheet.addRow(['Dossier ID', 'Code INSEE', 'Montant HT', 'Date de dépôt', 'Formule']);
    sheet.addRow([1234, '01053', 2400.1, new Date(Date.UTC(2022, 6, 21)), { formula: 'C2*2', result: 4800.2 }]);
    sheet.getCell('D2').numFmt = 'dd/mm/yyyy';
    sheet.mergeCells('A4:B4');
    sheet.getCell('A4').value = 'fusion';
    book.addWorksheet('Cachée').state = 'hidden';
    const folder = mkdtempSync(join(tmpdir(), 'read-ods-'));
    writeFileSync(join(folder, 'export.xlsx'), await xlsxOf(book));
    const converted = runSoffice(folder, ['--convert-to', 'ods', '--outdir', folder, join(folder, 'export.xlsx')]);
    expect(converted.status, converted.stderr).toBe(0);
    const workbook = readOk(new Uint8Array(readFileSync(join(folder, 'export.ods'))), 'ods');
    expect(workbook.sheets.map(({ name, hidden }) => ({ name, hidden }))).toEqual([
      { name: 'Dossiers', hidden: false },
      { name: 'Cachée', hidden: true },
    ]);
    const cells = cellsOf(workbook, 'Dossiers');
    expect(cells.A2).toEqual({ kind: 'number', text: '1234' });
    expect(cells.B2).toEqual({ kind: 'text', text: '01053' });
    expect(cells.C2).toEqual({ kind: 'number', text: '2400.1' });
    expect(cells.D2).toEqual({ kind: 'date', text: '2022-07-21' });
    expect(cells.E2).toEqual({ kind: 'number', text: '4800.2', formula: 'of:=[.C2]*2' });
    expect(cells.A4).toEqual({ kind: 'text', text: 'fusion' });
    expect(workbook.sheets[0]!.merges).toEqual([{ top: 4, left: 1, bottom: 4, right: 2 }]);
  });
});
