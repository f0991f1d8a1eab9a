import { describe, expect, it } from 'vitest';
import { cellsOf, read, readOk } from './workbooks.js';

/** Windows-1252 bytes of `text` (the characters used here: Latin-1, plus – and € at 0x96 and 0x80). */
function windows1252(text: string): Uint8Array {
  return new Uint8Array([...text].map((char) => (char === '–' ? 0x96 : char === '€' ? 0x80 : char.charCodeAt(0))));
}

const TITLES = ['N° de dossier', 'Collectivité', 'Code INSEE', 'Dépense 1 – libellé', 'Dépense 1 – montant HT'];
const HEADER = 'N° de dossier;Collectivité;Code INSEE;Dépense 1 – libellé;Dépense 1 – montant HT';
const ROW = '1234;Commune de Balbigny;01053;"Tablettes « France Services »; housses";2 400,50 €';
const EXPECTED = {
  A1: { kind: 'text', text: 'N° de dossier' },
  B1: { kind: 'text', text: 'Collectivité' },
  C1: { kind: 'text', text: 'Code INSEE' },
  D1: { kind: 'text', text: 'Dépense 1 – libellé' },
  E1: { kind: 'text', text: 'Dépense 1 – montant HT' },
  A2: { kind: 'text', text: '1234' },
  B2: { kind: 'text', text: 'Commune de Balbigny' },
  C2: { kind: 'text', text: '01053' },
  D2: { kind: 'text', text: 'Tablettes « France Services »; housses' },
  E2: { kind: 'text', text: '2 400,50 €' },
};

describe('readWorkbook, CSV', () => {
  it('reads Windows-1252 with ";", every cell as text, one sheet named after the file', () => {
    const result = read(windows1252(`${HEADER}\r\n${ROW}\r\n`), 'csv', { expectedTitles: TITLES });
    if (!result.ok) throw new Error(result.code);
    expect(result.workbook.sheets.map((sheet) => sheet.name)).toEqual(['export.csv']);
    expect(cellsOf(result.workbook, 'export.csv')).toEqual(EXPECTED);
    expect(result.workbook.csv).toMatchObject({ encoding: 'windows-1252', delimiter: ';' });
    // As a French Excel saves a CSV: no warning on each of its dossiers to save it otherwise.
    expect(result.findings).toEqual([]);
  });

  it('reads UTF-8 with a BOM the same', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(`${HEADER}\n${ROW}\n`)]);
    const result = read(bytes, 'csv', { expectedTitles: TITLES });
    expect(result.ok && cellsOf(result.workbook, 'export.csv')).toEqual(EXPECTED);
    expect(result.ok && result.findings).toEqual([]);
  });

  it('chooses "," when the expected titles are found under it, even with ";" in a quoted field', () => {
    const text = `${HEADER.replace(/;/g, ',')}\n1234,Commune de Balbigny,01053,"Tablettes « France Services »; housses","2 400,50 €"\n`;
    const workbook = readOk(new TextEncoder().encode(text), 'csv', { expectedTitles: TITLES });
    expect(workbook.csv?.delimiter).toBe(',');
    expect(cellsOf(workbook, 'export.csv')).toEqual(EXPECTED);
  });

  it('reads a tab-separated file, as Excel saves "Unicode text" (UTF-16 with a BOM) and many platforms export', () => {
    const text = `${HEADER.replace(/;/g, '\t')}\r\n1234\tCommune de Balbigny\t01053\tTablettes « France Services »; housses\t2 400,50 €\r\n`;
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let index = 0; index < text.length; index++) {
      utf16[2 + index * 2] = text.charCodeAt(index) & 0xff;
      utf16[3 + index * 2] = text.charCodeAt(index) >> 8;
    }
    for (const bytes of [utf16, new TextEncoder().encode(text)]) {
      const workbook = readOk(bytes, 'csv', { expectedTitles: TITLES });
      expect(workbook.csv?.delimiter).toBe('\t');
      expect(cellsOf(workbook, 'export.csv')).toEqual(EXPECTED);
    }
  });

  it('compares the expected titles folded: case, accents, spaces', () => {
    const text = 'n° de dossier,COLLECTIVITE,code  insee\n1,"A; B",3\n';
    expect(readOk(new TextEncoder().encode(text), 'csv', { expectedTitles: TITLES }).csv?.delimiter).toBe(',');
    // Without titles to find: the delimiter giving more fields.
    expect(readOk(new TextEncoder().encode('a;b;c\n1;2;3\n'), 'csv').csv?.delimiter).toBe(';');
    expect(readOk(new TextEncoder().encode('a,b,c\n1,2,3\n'), 'csv').csv?.delimiter).toBe(',');
  });

  it('numbers rows by record and gives the file line where each starts, a quoted field spanning lines', () => {
    const text = 'a;b\n1;"deux\nlignes"\n\n2;3;4\n';
    const workbook = readOk(new TextEncoder().encode(text), 'csv');
    expect(cellsOf(workbook, 'export.csv')).toEqual({
      A1: { kind: 'text', text: 'a' },
      B1: { kind: 'text', text: 'b' },
      A2: { kind: 'text', text: '1' },
      B2: { kind: 'text', text: 'deux\nlignes' },
      A4: { kind: 'text', text: '2' },
      B4: { kind: 'text', text: '3' },
      C4: { kind: 'text', text: '4' },
    });
    expect(workbook.csv?.recordLines).toEqual([1, 2, 4, 5]);
  });

  it('lists the first 20 bytes of a UTF-8 file that are not UTF-8, then counts the rest', () => {
    const valid = new TextEncoder().encode(`titre;libellé\n${'é;é\n'.repeat(200)}`);
    const bytes = new Uint8Array([...valid, ...new Array(25).fill(0).flatMap(() => [0x92, 0x0a])]);
    const result = read(bytes, 'csv');
    if (!result.ok) throw new Error(result.code);
    expect(result.workbook.csv?.encoding).toBe('utf-8');
    expect(result.findings.filter((finding) => finding.code === 'octet-non-utf8')).toHaveLength(20);
    expect(result.findings.at(-1)).toMatchObject({ code: 'octets-non-utf8-nombreux', params: { nombre: 5 } });
  });

  it('refuses a record longer than the bound, naming its line', () => {
    const text = `a;b\n1;"${'x'.repeat(200)}\n`;
    expect(read(new TextEncoder().encode(text), 'csv', { maxRecordChars: 100 })).toEqual({
      ok: false,
      code: 'ligne-csv-trop-longue',
      params: { max: 100, ligne: 2 },
    });
  });
});
