import ExcelJS from 'exceljs';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { readWorkbook } from '../../src/tableur/read.js';
import type { Cell, Workbook, WorkbookFormat, WorkbookLimits, WorkbookRead } from '../../src/tableur/workbook.js';

/** Test workbooks: XLSX written by exceljs or from raw parts, ODS from a minimal template zipped by fflate. */

export const LIMITS: WorkbookLimits = { maxInflatedBytes: 16 * 10 * 1024 * 1024, maxCells: 2_000_000 };

export function read(
  bytes: Uint8Array,
  format: WorkbookFormat,
  options: Partial<WorkbookLimits> & { expectedTitles?: string[]; maxRecordChars?: number } = {},
): WorkbookRead {
  const { expectedTitles, maxRecordChars, ...limits } = options;
  return readWorkbook(bytes, format, `export.${format}`, {
    limits: { ...LIMITS, ...limits },
    ...(expectedTitles ? { expectedTitles } : {}),
    ...(maxRecordChars ? { maxRecordChars } : {}),
  });
}

export function readOk(bytes: Uint8Array, format: WorkbookFormat, options: Parameters<typeof read>[2] = {}): Workbook {
  const result = read(bytes, format, options);
  if (!result.ok) throw new Error(`expected a workbook, got ${result.code} ${JSON.stringify(result.params)}`);
  return result.workbook;
}

/** Every cell of a sheet by its name ("C14"), as { kind, text, formula? }. */
export function cellsOf(workbook: Workbook, sheet: string): Record<string, Omit<Cell, 'row' | 'col'>> {
  const found = workbook.sheets.find((candidate) => candidate.name === sheet);
  if (!found) throw new Error(`no sheet ${sheet} in ${workbook.sheets.map((s) => s.name).join(', ')}`);
  const cells: Record<string, Omit<Cell, 'row' | 'col'>> = {};
  for (const row of found.rows.values()) for (const { row: number, col, ...rest } of row) cells[`${letters(col)}${number}`] = rest;
  return cells;
}

function letters(col: number): string {
  let text = '';
  for (let rest = col; rest > 0; rest = Math.floor((rest - 1) / 26)) text = String.fromCharCode(65 + ((rest - 1) % 26)) + text;
  return text;
}

export async function xlsxOf(book: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * An XLSX from raw parts: `sheets` are the sheetData-and-after XML of each
 * sheet; `parts` override or add any part (xl/sharedStrings.xml, xl/styles.xml…).
 */
export function rawXlsx(
  sheets: { name: string; xml: string; state?: string }[],
  parts: Record<string, string> = {},
  options: { date1904?: boolean } = {},
): Uint8Array {
  const files: Zippable = {
    '[Content_Types].xml': strToU8(`${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`),
    '_rels/.rels': strToU8(
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr${options.date1904 ? ' date1904="1"' : ''}/><sheets>${sheets
        .map(
          (sheet, index) =>
            `<sheet name="${sheet.name}" sheetId="${index + 1}"${sheet.state ? ` state="${sheet.state}"` : ''} r:id="rId${index + 1}"/>`,
        )
        .join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map((_, index) => `<Relationship Id="rId${index + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`)
        .join(
          '',
        )}<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ),
  };
  sheets.forEach((sheet, index) => {
    files[`xl/worksheets/sheet${index + 1}.xml`] = strToU8(
      sheet.xml.startsWith('<?xml') ? sheet.xml : `${XML}<worksheet xmlns="${MAIN}">${sheet.xml}</worksheet>`,
    );
  });
  for (const [name, text] of Object.entries(parts)) files[name] = strToU8(text);
  return zipSync(files);
}

const ODS_NAMESPACES = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"',
  'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"',
].join(' ');

/** content.xml of an ODS: `tables` hold table-row XML; a hidden table gets the automatic style LibreOffice writes. */
export function odsContent(tables: { name: string; rows: string; hidden?: boolean }[], prolog = ''): string {
  return `${XML}${prolog}<office:document-content ${ODS_NAMESPACES} office:version="1.3"><office:automatic-styles><style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style><style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style></office:automatic-styles><office:body><office:spreadsheet>${tables
    .map(
      (table) =>
        `<table:table table:name="${table.name}" table:style-name="${table.hidden ? 'ta2' : 'ta1'}"><table:table-column table:number-columns-repeated="1024"/>${table.rows}</table:table>`,
    )
    .join('')}</office:spreadsheet></office:body></office:document-content>`;
}

/** An ODS archive: its uncompressed mimetype first, as ODF demands. */
export function odsOf(content: string, extra: Record<string, string> = {}): Uint8Array {
  const files: Zippable = {
    mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
    'content.xml': strToU8(content),
    'META-INF/manifest.xml': strToU8(
      `${XML}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`,
    ),
  };
  for (const [name, text] of Object.entries(extra)) files[name] = strToU8(text);
  return zipSync(files);
}

/** Escapes text for XML content and attributes. */
export function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
