import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { workbookFormatOf } from '../../src/tableur/read.js';
import { cellsOf, rawXlsx, read, readOk, xlsxOf } from './workbooks.js';

/** The design's probe workbook: what an export platform or a person writes into an XLSX. */
async function probe(date1904: boolean): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.properties.date1904 = date1904;
  const sheet = book.addWorksheet('Dossiers');
  sheet.getCell('A1').value = 'Dossier ID';
  sheet.getCell('A2').value = 1234;
  sheet.getCell('B2').value = '01053';
  sheet.getCell('C2').value = new Date(Date.UTC(2022, 6, 21));
  sheet.getCell('C2').numFmt = 'dd/mm/yyyy';
  sheet.getCell('D2').value = 2400.1;
  sheet.getCell('E2').value = { formula: 'D2*2', result: 4800.2 } as ExcelJS.CellFormulaValue;
  sheet.getCell('F2').value = { formula: '0.1+0.2', result: 0.1 + 0.2 } as ExcelJS.CellFormulaValue;
  sheet.getCell('G2').value = true;
  sheet.getCell('H2').value = { error: '#DIV/0!' } as ExcelJS.CellErrorValue;
  sheet.getCell('I2').value = { richText: [{ text: 'Tablettes ' }, { font: { bold: true }, text: '« France Services »' }] };
  sheet.getCell('J2').value = 'A & B < C > "D" 🎉';
  sheet.getCell('K2').value = 1e-7;
  sheet.getCell('L2').value = 123456789012345680000;
  sheet.getCell('B3').value = 'Texte fusionné';
  sheet.mergeCells('B3:C3');
  sheet.getCell('A4').value = 42147;
  sheet.getCell('B4').value = { formula: 'A4+1' } as ExcelJS.CellFormulaValue;
  sheet.getCell('C4').value = 44763;
  sheet.getCell('A5').value = 'ligne cachée';
  sheet.getRow(5).hidden = true;
  const hidden = book.addWorksheet('Cachée');
  hidden.state = 'hidden';
  hidden.getCell('A1').value = 'secret';
  const veryHidden = book.addWorksheet('Très cachée');
  veryHidden.state = 'veryHidden';
  return xlsxOf(book);
}

describe('readWorkbook, XLSX', () => {
  it('reads values as typed: numbers, text codes, dates, cached formulas, booleans, errors, rich text', async () => {
    const workbook = readOk(await probe(false), 'xlsx');
    expect(workbook.format).toBe('xlsx');
    expect(workbook.sheets.map(({ name, hidden }) => ({ name, hidden }))).toEqual([
      { name: 'Dossiers', hidden: false },
      { name: 'Cachée', hidden: true },
      { name: 'Très cachée', hidden: true },
    ]);
    const cells = cellsOf(workbook, 'Dossiers');
    expect(cells.A2).toEqual({ kind: 'number', text: '1234' });
    expect(cells.B2).toEqual({ kind: 'text', text: '01053' });
    expect(cells.C2).toEqual({ kind: 'date', text: '2022-07-21' });
    expect(cells.D2).toEqual({ kind: 'number', text: '2400.1' });
    expect(cells.E2).toEqual({ kind: 'number', text: '4800.2', formula: 'D2*2' });
    expect(cells.F2).toEqual({ kind: 'number', text: '0.3', formula: '0.1+0.2' });
    expect(cells.G2).toEqual({ kind: 'boolean', text: 'true' });
    expect(cells.H2).toEqual({ kind: 'error', text: '#DIV/0!' });
    expect(cells.I2).toEqual({ kind: 'text', text: 'Tablettes « France Services »' });
    expect(cells.J2).toEqual({ kind: 'text', text: 'A & B < C > "D" 🎉' });
    expect(cells.K2).toEqual({ kind: 'number', text: '0.0000001' });
    expect(cells.L2).toEqual({ kind: 'number', text: '123456789012346000000' });
    expect(cells.B3).toEqual({ kind: 'text', text: 'Texte fusionné' });
    expect(cells.B4).toEqual({ kind: 'formula-without-value', text: '', formula: 'A4+1' });
    expect(cells.C4).toEqual({ kind: 'number', text: '44763' });
    const sheet = workbook.sheets[0]!;
    expect(sheet.merges).toEqual([{ top: 3, left: 2, bottom: 3, right: 3 }]);
    expect([...sheet.hiddenRows]).toEqual([5]);
    expect(cellsOf(workbook, 'Cachée').A1).toEqual({ kind: 'text', text: 'secret' });
  });

  it('reads a date of the 1904 date system as the same day', async () => {
    const cells = cellsOf(readOk(await probe(true), 'xlsx'), 'Dossiers');
    expect(cells.C2).toEqual({ kind: 'date', text: '2022-07-21' });
  });

  const dated = (serial: string, date1904 = false, style = 1) =>
    cellsOf(
      readOk(
        rawXlsx(
          [{ name: 'F', xml: `<sheetData><row r="1"><c r="A1" s="${style}"><v>${serial}</v></c></row></sheetData>` }],
          {
            'xl/styles.xml': `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="164" formatCode="[$-40C]d\\ mmmm\\ yyyy"/><numFmt numFmtId="165" formatCode="&quot;day&quot;\\ 0.00"/></numFmts><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="21"/></cellXfs></styleSheet>`,
          },
          { date1904 },
        ),
        'xlsx',
      ),
      'F',
    ).A1;

  it('counts 1900 serials as Excel does, its phantom 29/02/1900 included, and 1904 serials from 1904', () => {
    expect(dated('1')).toEqual({ kind: 'date', text: '1900-01-01' });
    expect(dated('59')).toEqual({ kind: 'date', text: '1900-02-28' });
    // Excel's 29/02/1900 never was: the serial stays a number (the mapping reports it).
    expect(dated('60')).toEqual({ kind: 'number', text: '60' });
    expect(dated('61')).toEqual({ kind: 'date', text: '1900-03-01' });
    expect(dated('44763')).toEqual({ kind: 'date', text: '2022-07-21' });
    expect(dated('44763.5')).toEqual({ kind: 'date', text: '2022-07-21T12:00:00' });
    expect(dated('0', true)).toEqual({ kind: 'date', text: '1904-01-01' });
    expect(dated('43301', true)).toEqual({ kind: 'date', text: '2022-07-21' });
  });

  it('knows a date format by its code: d, m, y outside quotes, brackets and escapes', () => {
    expect(dated('44763', false, 2)).toEqual({ kind: 'date', text: '2022-07-21' });
    // "day" in quotes is no date.
    expect(dated('44763', false, 3)).toEqual({ kind: 'number', text: '44763' });
    // Built-in 21 (h:mm:ss) is in the date range the design reads as dates.
    expect(dated('44763', false, 4)).toEqual({ kind: 'date', text: '2022-07-21' });
  });

  it('reads prefixed element names, inline strings, str and t="d" cells, and skips phonetic guides', () => {
    const xml = `<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
      <x:row r="2" hidden="1"><x:c r="A2" t="inlineStr"><x:is><x:t>01053</x:t></x:is></x:c><x:c r="B2" t="str"><x:f>A2&amp;"x"</x:f><x:v>01053x</x:v></x:c>
      <x:c r="C2" t="d"><x:v>2022-07-21T00:00:00Z</x:v></x:c><x:c r="D2" t="s"><x:v>0</x:v></x:c><x:c t="n"><x:v>7</x:v></x:c></x:row>
      <x:row><x:c t="b"><x:v>0</x:v></x:c></x:row></x:sheetData>
      <x:mergeCells count="1"><x:mergeCell ref="A2:B3"/></x:mergeCells></x:worksheet>`;
    const shared = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><r><t>東京</t></r><r><t xml:space="preserve"> 都</t></r><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si></sst>`;
    const workbook = readOk(rawXlsx([{ name: 'F', xml }], { 'xl/sharedStrings.xml': shared }), 'xlsx');
    expect(cellsOf(workbook, 'F')).toEqual({
      A2: { kind: 'text', text: '01053' },
      B2: { kind: 'text', text: '01053x', formula: 'A2&"x"' },
      C2: { kind: 'date', text: '2022-07-21' },
      D2: { kind: 'text', text: '東京 都' },
      E2: { kind: 'number', text: '7' },
      A3: { kind: 'boolean', text: 'false' },
    });
    expect(workbook.sheets[0]!.merges).toEqual([{ top: 2, left: 1, bottom: 3, right: 2 }]);
    expect([...workbook.sheets[0]!.hiddenRows]).toEqual([2]);
  });

  it('counts links to other files and never reads them', () => {
    const bytes = rawXlsx([{ name: 'F', xml: '<sheetData><row r="1"><c r="A1"><f>[1]Feuil1!A1</f><v>5</v></c></row></sheetData>' }], {
      'xl/externalLinks/externalLink1.xml': '<?xml version="1.0"?><!DOCTYPE x SYSTEM "http://attacker.test/x.dtd"><externalLink/>',
      'xl/connections.xml': '<connections/>',
    });
    const result = read(bytes, 'xlsx');
    expect(result.ok && result.workbook.externalLinks).toBe(2);
    expect(result.ok && result.findings).toEqual([
      { code: 'liens-externes', chemin: '', gravite: 'info', params: { nombre: 2 }, regle: 'dossier-lecture' },
    ]);
    expect(result.ok && cellsOf(result.workbook, 'F').A1).toEqual({ kind: 'number', text: '5', formula: '[1]Feuil1!A1' });
  });

  it('says how to save an .xls or a password-protected workbook', () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
    expect(workbookFormatOf('ancien.xls', ole)).toBe('xlsx');
    expect(workbookFormatOf('sans-extension', ole)).toBe('xlsx');
    expect(read(ole, 'xlsx')).toEqual({ ok: false, code: 'classeur-chiffre', params: {} });
  });

  it('refuses garbage, a cut archive and a ZIP that is no workbook with classeur-illisible', async () => {
    const valid = await probe(false);
    for (const bytes of [
      new TextEncoder().encode('Dossier ID;Nom\n1;A\n'),
      valid.subarray(0, valid.length / 2),
      rawXlsx([]).subarray(0, 40),
    ]) {
      const result = read(bytes, 'xlsx');
      expect(result.ok ? 'ok' : result.code).toBe('classeur-illisible');
    }
    const noWorkbook = rawXlsx([{ name: 'F', xml: '<sheetData/>' }]);
    expect(read(noWorkbook.subarray(0, 0), 'xlsx')).toMatchObject({ ok: false, code: 'classeur-illisible' });
  });

  it('recognises an export by its name or, without one, by its bytes', async () => {
    const xlsx = await probe(false);
    expect(workbookFormatOf('export.XLSX', xlsx)).toBe('xlsx');
    expect(workbookFormatOf('export.csv', new Uint8Array())).toBe('csv');
    expect(workbookFormatOf('dossier.yaml', new TextEncoder().encode('porteur: {}'))).toBeUndefined();
  });
});
