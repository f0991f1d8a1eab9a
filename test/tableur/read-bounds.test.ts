import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_ARCHIVE_ENTRIES } from '../../src/tableur/zip.js';
import { odsContent, odsOf, rawXlsx, read } from './workbooks.js';

/**
 * An export is untrusted input: each bound has its own code, and nothing
 * past a bound is ever built. Small limits stand for the real ones (16 × --taille-max).
 */
const MiB = 1024 * 1024;
const SHEET = 'xl/worksheets/sheet1.xml';

/** A sheet whose XML inflates to `bytes` (blanks between elements: a few KB once deflated). */
function bomb(bytes: number): Uint8Array {
  const head = '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
  const tail = '<row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>';
  return rawXlsx([{ name: 'F', xml: head + ' '.repeat(bytes - head.length - tail.length) + tail }]);
}

/** The archive with the size `name` declares (local and central headers alike) set to `size`: a lying header. */
function withDeclaredSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const patched = zip.slice();
  const view = new DataView(patched.buffer);
  const encoded = strToU8(name);
  const nameAt = (at: number) => encoded.every((byte, index) => patched[at + index] === byte);
  let found = 0;
  for (let at = 0; at + 46 < patched.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50 && view.getUint16(at + 26, true) === encoded.length && nameAt(at + 30)) {
      view.setUint32(at + 22, size, true);
      found++;
    } else if (signature === 0x02014b50 && view.getUint16(at + 28, true) === encoded.length && nameAt(at + 46)) {
      view.setUint32(at + 24, size, true);
      found++;
    }
  }
  expect(found).toBe(2);
  return patched;
}

const BILLION_LAUGHS =
  '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>';
const XXE = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';

describe('readWorkbook within its bounds', () => {
  it('refuses an archive whose parts declare more than the bound, before inflating them', () => {
    const bytes = bomb(2 * MiB);
    expect(bytes.length).toBeLessThan(64 * 1024);
    expect(read(bytes, 'xlsx', { maxInflatedBytes: MiB })).toMatchObject({ ok: false, code: 'archive-trop-grande', params: { max: MiB } });
    // Under a bound that holds it, the same file reads.
    expect(read(bytes, 'xlsx', { maxInflatedBytes: 4 * MiB }).ok).toBe(true);
  });

  it('inflates no byte past a size the headers declare: a lying header gives a cut part, refused as unreadable', () => {
    const lying = withDeclaredSize(bomb(8 * MiB), SHEET, 1000);
    const result = read(lying, 'xlsx', { maxInflatedBytes: MiB });
    expect(result).toMatchObject({ ok: false, code: 'classeur-illisible', params: { partie: SHEET } });
  });

  it('refuses an archive of more files than any workbook holds', () => {
    const files: Zippable = {};
    for (let index = 0; index < 20_000; index++) files[`f${index}.xml`] = new Uint8Array();
    expect(read(zipSync(files, { level: 0 }), 'xlsx')).toEqual({
      ok: false,
      code: 'archive-trop-de-fichiers',
      params: { max: MAX_ARCHIVE_ENTRIES },
    });
  });

  it.each([
    ['billion laughs', BILLION_LAUGHS, '&lol3;'],
    ['an external entity', XXE, '&xxe;'],
  ])('refuses a DOCTYPE (%s) in sharedStrings.xml and content.xml', (_, prolog, reference) => {
    const shared = `${prolog}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>${reference}</t></si></sst>`;
    const xlsx = rawXlsx([{ name: 'F', xml: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>' }], {
      'xl/sharedStrings.xml': shared,
    });
    expect(read(xlsx, 'xlsx')).toEqual({ ok: false, code: 'xml-dtd-refusee', params: { partie: 'xl/sharedStrings.xml' } });
    const rows = `<table:table-row><table:table-cell office:value-type="string"><text:p>${reference}</text:p></table:table-cell></table:table-row>`;
    const ods = odsOf(
      odsContent([{ name: 'F', rows }], prolog.replace('<?xml version="1.0"?>', '')).replace(/^<\?xml[^>]*>\n/, '<?xml version="1.0"?>'),
    );
    expect(read(ods, 'ods')).toEqual({ ok: false, code: 'xml-dtd-refusee', params: { partie: 'content.xml' } });
  });

  it('refuses an ODS value repeated over a whole sheet without laying it out', () => {
    const rows =
      '<table:table-row table:number-rows-repeated="1048576"><table:table-cell table:number-columns-repeated="16384" office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell></table:table-row>';
    expect(read(odsOf(odsContent([{ name: 'F', rows }])), 'ods')).toEqual({
      ok: false,
      code: 'trop-de-cellules',
      params: { max: 2_000_000 },
    });
  });

  it('stops a cell’s text where a spreadsheet does: spaces written as one element with a count build no gigabytes', () => {
    const spaces = '<text:s text:c="10000"/>'.repeat(4_000);
    const rows = `<table:table-row><table:table-cell office:value-type="string"><text:p>a${spaces}b</text:p></table:table-cell></table:table-row>`;
    const result = read(odsOf(odsContent([{ name: 'F', rows }])), 'ods');
    if (!result.ok) throw new Error(result.code);
    const text = result.workbook.sheets[0]!.rows.get(1)![0]!.text;
    expect(text.length).toBeLessThanOrEqual(32_767);
    expect(text.startsWith('a   ')).toBe(true);
  });

  it('counts each merged range against the bound: a mapping looks each one up', () => {
    const merges = (count: number) =>
      `<mergeCells>${Array.from({ length: count }, (_, index) => `<mergeCell ref="A${index * 2 + 1}:B${index * 2 + 1}"/>`).join('')}</mergeCells>`;
    const xlsx = (count: number) =>
      rawXlsx([{ name: 'F', xml: `<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>${merges(count)}` }]);
    expect(read(xlsx(4), 'xlsx', { maxCells: 5 }).ok).toBe(true);
    expect(read(xlsx(5), 'xlsx', { maxCells: 5 })).toEqual({ ok: false, code: 'trop-de-cellules', params: { max: 5 } });
    const spanned = (count: number) =>
      Array.from(
        { length: count },
        () => '<table:table-row><table:table-cell table:number-columns-spanned="2"/><table:covered-table-cell/></table:table-row>',
      ).join('');
    expect(read(odsOf(odsContent([{ name: 'F', rows: spanned(5) }])), 'ods', { maxCells: 5 }).ok).toBe(true);
    expect(read(odsOf(odsContent([{ name: 'F', rows: spanned(6) }])), 'ods', { maxCells: 5 })).toEqual({
      ok: false,
      code: 'trop-de-cellules',
      params: { max: 5 },
    });
  });

  it('counts non-empty cells of every format against the bound', () => {
    const row = (r: number) => `<row r="${r}"><c r="A${r}"><v>1</v></c><c r="B${r}"/><c r="C${r}"><v>2</v></c></row>`;
    const xlsx = rawXlsx([
      { name: 'F', xml: `<sheetData>${row(1)}${row(2)}</sheetData>` },
      { name: 'G', xml: `<sheetData>${row(1)}</sheetData>` },
    ]);
    expect(read(xlsx, 'xlsx', { maxCells: 6 }).ok).toBe(true);
    expect(read(xlsx, 'xlsx', { maxCells: 5 })).toEqual({ ok: false, code: 'trop-de-cellules', params: { max: 5 } });
    const csv = new TextEncoder().encode('a;;b\n1;;2\n');
    expect(read(csv, 'csv', { maxCells: 4 }).ok).toBe(true);
    expect(read(csv, 'csv', { maxCells: 3 })).toEqual({ ok: false, code: 'trop-de-cellules', params: { max: 3 } });
  });
});
