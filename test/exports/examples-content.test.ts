import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runSoffice, SOFFICE, warnIfNoSoffice } from '../soffice.js';
import { EXPORTS, parseCsv, readCorrespondance, readTwins, ROOT, type PlainCorrespondance, type Twin } from './twins.js';

/**
 * The shipped example exports (examples/exports/) hold, cell by cell, the
 * data of their YAML twins: opened in LibreOffice, as an officer would, and
 * read through the correspondence files' titles. And the script that writes
 * them writes them again the same.
 */

const AMOUNTS = new Set(['financement.aide_sollicitee', 'financement.autofinancement', 'montant_ht', 'montant_ttc']);
const DATES = new Set(['projet.debut', 'projet.fin', 'depot.date']);
/** Closed lists the platform writes with a capital ("Investissement", "Usagers"): the dossier format folds case. */
const CASED = new Set(['nature', 'beneficiaires']);

/** Cents from a decimal text ("6189.2", "25000") or a French amount ("3 596,00 €", "2 400,50 €"), without binary rounding. */
function cents(text: string): number | string {
  const plain = /^\d+(?:\.\d{1,2})?$/.test(text) ? text : text.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(plain);
  return match ? Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0')) : `not an amount: ${text}`;
}

/** A day as LibreOffice or a French spreadsheet writes it, read in `order` (dmy or mdy), as YYYY-MM-DD. */
function isoDay(text: string, order: 'dmy' | 'mdy'): string {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  if (!match) return `not a date: ${text}`;
  const [, first, second, year] = match;
  return order === 'dmy' ? `${year}-${second}-${first}` : `${year}-${first}-${second}`;
}

/** The order of the dates LibreOffice wrote (it follows its locale): a day over 12 tells. */
function dateOrder(texts: string[]): 'dmy' | 'mdy' {
  const parts = texts.map((text) => text.split('/').map(Number));
  if (parts.some(([first]) => first! > 12)) return 'dmy';
  if (parts.some(([, second]) => second! > 12)) return 'mdy';
  throw new Error(`cannot tell the order of ${texts.join(', ')}`);
}

const at = (tree: Record<string, any>, path: string): unknown => path.split('.').reduce<any>((node, key) => node?.[key], tree);

/** A cell of the export and the twin's value, each in a comparable form for `field` (`valeurs` key: "porteur.type", "depenses.categorie"). */
function comparable(
  field: string,
  valuesKey: string,
  correspondance: PlainCorrespondance,
  separator: string | undefined,
  order: 'dmy' | 'mdy',
) {
  const closed = correspondance.valeurs[valuesKey] ?? {};
  return {
    cell(text: string): unknown {
      if (text === '') return undefined;
      if (AMOUNTS.has(field)) return cents(text);
      if (DATES.has(field)) return isoDay(text, order);
      if (field === 'taux_tva') return Number(text.replace(',', '.'));
      if (separator !== undefined) return text.split(separator).map((value) => closed[value] ?? value);
      if (CASED.has(field)) return text.toLowerCase();
      return closed[text] ?? text;
    },
    twin(value: unknown): unknown {
      if (value === undefined) return undefined;
      if (AMOUNTS.has(field)) return cents(String(value));
      if (field === 'taux_tva') return Number(value);
      if (Array.isArray(value)) return value.map(String);
      return String(value);
    },
  };
}

/** A sheet as records, with each title's column (titles as the correspondence writes them, exactly). */
function table(records: string[][]) {
  const [titles, ...rows] = records;
  return {
    rows: rows.filter((row) => row.some((cell) => cell !== '')),
    column(title: string): number {
      const index = titles!.indexOf(title);
      expect(index, `no column « ${title} » in ${titles!.join(' | ')}`).toBeGreaterThanOrEqual(0);
      return index;
    },
  };
}

const DATE_CELL = /^\d{2}\/\d{2}\/\d{4}$/;

/**
 * Checks the records of the export's sheets against the twins, through the
 * correspondence: every mapped field of every dossier and of every expense line.
 */
function expectTwins(twins: Twin[], correspondance: PlainCorrespondance, dossierRecords: string[][], lineRecords: string[][] | undefined) {
  const order = dateOrder(dossierRecords.flat().filter((cell) => DATE_CELL.test(cell)));
  const dossiers = table(dossierRecords);
  const idColumn = dossiers.column(correspondance.dossiers.identifiant);
  expect(dossiers.rows.map((row) => row[idColumn])).toEqual(twins.map((twin) => twin.id));
  let checked = 0;
  for (const twin of twins) {
    const row = dossiers.rows.find((candidate) => candidate[idColumn] === twin.id)!;
    for (const [field, column] of Object.entries(correspondance.dossiers.colonnes)) {
      const { colonne, separateur } = typeof column === 'string' ? { colonne: column, separateur: undefined } : column;
      const compare = comparable(field, field, correspondance, separateur, order);
      expect(compare.cell(row[dossiers.column(colonne)]!), `${twin.id} ${field}`).toEqual(compare.twin(at(twin.dossier, field)));
      checked++;
    }
    const lines: Record<string, any>[] = twin.dossier.depenses;
    const { depenses } = correspondance;
    const lineCells: ((field: string) => string)[] = [];
    if (depenses.colonnes_numerotees) {
      // One sheet: "Dépense 3 – montant HT" is line 3's montant_ht; a line whose cells are all empty does not exist.
      const { modele, champs } = depenses.colonnes_numerotees;
      const title = (n: number, field: string) => modele.replace('{n}', String(n)).replace('{champ}', champs[field]!);
      for (let n = 1; dossierRecords[0]!.includes(title(n, 'libelle')); n++) {
        const cell = (field: string) => row[dossiers.column(title(n, field))]!;
        if (Object.keys(champs).some((field) => cell(field) !== '')) lineCells.push(cell);
      }
    } else {
      const sheet = table(lineRecords!);
      const join = sheet.column(depenses.jointure!);
      const rank = sheet.column(depenses.ordre!);
      for (const line of sheet.rows.filter((candidate) => candidate[join] === twin.id).sort((a, b) => Number(a[rank]) - Number(b[rank])))
        lineCells.push((field) => line[sheet.column(depenses.colonnes![field]!)]!);
    }
    expect(lineCells, `${twin.id}: its expense lines`).toHaveLength(lines.length);
    const fields = Object.keys(depenses.colonnes ?? depenses.colonnes_numerotees!.champs);
    lines.forEach((line, index) => {
      for (const field of fields) {
        const compare = comparable(field, `depenses.${field}`, correspondance, undefined, 'dmy');
        expect(compare.cell(lineCells[index]!(field)), `${twin.id} line ${index + 1} ${field}`).toEqual(compare.twin(line[field]));
        checked++;
      }
    });
    // The export holds no expense line the twin lacks, nor the twin a field the export leaves out.
    for (const line of lines) for (const key of Object.keys(line)) expect(fields, `${twin.id}: ${key}`).toContain(key);
  }
  return checked;
}

warnIfNoSoffice('the example exports');

describe.skipIf(!SOFFICE)('the example exports opened in LibreOffice Calc', () => {
  const twins = readTwins();

  it('has ten dossiers of every verdict to compare with', () => {
    expect(twins).toHaveLength(10);
  });

  /** Every sheet of `file` as CSV (UTF-8, `,`, values as stored): records by sheet name. */
  function sheetsOf(file: string, infilter?: string): Record<string, string[][]> {
    const folder = mkdtempSync(join(tmpdir(), 'exports-calc-'));
    const converted = runSoffice(folder, [
      ...(infilter ? [`--infilter=${infilter}`] : []),
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
      '--outdir',
      join(folder, 'out'),
      file,
    ]);
    expect(converted.status, converted.stderr).toBe(0);
    const sheets: Record<string, string[][]> = {};
    const names = readdirSync(join(folder, 'out'));
    // One file per sheet, "export-plateforme-Dossiers.csv"; a CSV's single sheet is under ''.
    for (const name of names) {
      const sheet = names.length === 1 ? '' : /^export-plateforme-(.+)\.csv$/.exec(name)![1]!;
      sheets[sheet] = parseCsv(readFileSync(join(folder, 'out', name), 'utf8'));
    }
    return sheets;
  }

  for (const format of ['xlsx', 'ods'] as const) {
    it(`export-plateforme.${format}: the two sheets hold the twins, field by field`, () => {
      const sheets = sheetsOf(join(EXPORTS, `export-plateforme.${format}`));
      expect(Object.keys(sheets).sort()).toEqual(['Dossiers', 'Dépenses']);
      const correspondance = readCorrespondance('correspondance-plateforme.yaml');
      // 10 dossiers × 22 fields + 30 lines × 7 fields.
      expect(expectTwins(twins, correspondance, sheets.Dossiers!, sheets['Dépenses'])).toBe(10 * 22 + 30 * 7);
    });

    it(`export-plateforme.${format}: LibreOffice keeps codes as text, amounts as euro numbers (one as text), dates as dates`, async () => {
      // LibreOffice writes the workbook it opened as XLSX: the cell types it read, seen by exceljs.
      const folder = mkdtempSync(join(tmpdir(), 'exports-types-'));
      const source = join(EXPORTS, `export-plateforme.${format}`);
      const converted = runSoffice(folder, ['--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', join(folder, 'out'), source]);
      expect(converted.status, converted.stderr).toBe(0);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(join(folder, 'out', 'export-plateforme.xlsx'));
      const dossiers = book.getWorksheet('Dossiers')!;
      const title = (sheet: ExcelJS.Worksheet, name: string) => (sheet.getRow(1).values as unknown[]).indexOf(name);
      const siren = dossiers.getRow(2).getCell(title(dossiers, 'SIREN de la collectivité'));
      const insee = dossiers.getRow(2).getCell(title(dossiers, 'Code INSEE de la commune'));
      const filed = dossiers.getRow(2).getCell(title(dossiers, 'Date de dépôt'));
      const requested = dossiers.getRow(2).getCell(title(dossiers, "Montant de l'aide sollicitée"));
      expect([siren.type, insee.type]).toEqual([ExcelJS.ValueType.String, ExcelJS.ValueType.String]);
      expect(filed.type).toBe(ExcelJS.ValueType.Date);
      expect((filed.value as Date).toISOString().slice(0, 10)).toBe('2022-07-08');
      expect(requested.type).toBe(ExcelJS.ValueType.Number);
      expect(requested.numFmt).toContain('€');
      const lines = book.getWorksheet('Dépenses')!;
      const column = title(lines, 'Montant HT');
      const kinds = lines
        .getColumn(column)
        .values.slice(2)
        .map((value) => typeof value);
      expect(kinds.filter((kind) => kind === 'string')).toHaveLength(2); // "2 400,50 €" and "1 254,90 €"
      expect(kinds.filter((kind) => kind === 'number')).toHaveLength(25); // and three lines given TTC only
    });
  }

  it('export-plateforme.csv: Windows-1252, ";", numbered columns, and the twins field by field', () => {
    const bytes = readFileSync(join(EXPORTS, 'export-plateforme.csv'));
    // Not UTF-8: the en dash of "Dépense 1 – libellé" is byte 0x96, the euro sign 0x80.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const header = bytes.subarray(0, bytes.indexOf(0x0d)).toString('latin1');
    expect(header).toContain('D\xe9pense 1 \x96 libell\xe9');
    expect(bytes.includes(0x80)).toBe(true);
    expect(bytes.subarray(bytes.indexOf(0x0d), bytes.indexOf(0x0d) + 2).toString('latin1')).toBe('\r\n');
    const columns = header.split(';').length;
    // Opened as a French user opens it: ";", Windows-1252 (1), every column as text (2), so "5,5" stays what is written.
    const asText = Array.from({ length: columns }, (_, index) => `${index + 1}/2`).join('/');
    const sheets = sheetsOf(join(EXPORTS, 'export-plateforme.csv'), `Text - txt - csv (StarCalc):59,34,1,1,${asText}`);
    const records = sheets['']!;
    expect(records[0]).toHaveLength(columns);
    // Amounts as a French Excel saves them: no-break spaces between thousands, a decimal comma, the euro sign.
    expect(records.flat()).toContain('3\u00a0596,00 €');
    const correspondance = readCorrespondance('correspondance-csv.yaml');
    expect(expectTwins(twins, correspondance, records, undefined)).toBe(10 * 22 + 30 * 7);
  });
});

describe('the script that writes the example exports', () => {
  it('writes the shipped XLSX and CSV again, the same cells and the same CSV bytes', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'exports-again-'));
    const made = spawnSync(process.execPath, [join(ROOT, 'scripts', 'make-example-exports.mjs'), folder, '--no-ods'], { encoding: 'utf8' });
    expect(made.status, made.stderr).toBe(0);
    expect(existsSync(join(folder, 'export-plateforme.ods'))).toBe(false);
    expect(readFileSync(join(folder, 'export-plateforme.csv')).equals(readFileSync(join(EXPORTS, 'export-plateforme.csv')))).toBe(true);
    // The zip's entries carry the time they were written: compare what each cell holds, its type and its format.
    const cells = async (file: string) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(file);
      return book.worksheets.map((sheet) => {
        const all: unknown[] = [sheet.name];
        sheet.eachRow((row) => row.eachCell((cell) => all.push([cell.address, cell.type, cell.value, cell.numFmt])));
        return all;
      });
    };
    const shipped = await cells(join(EXPORTS, 'export-plateforme.xlsx'));
    expect(await cells(join(folder, 'export-plateforme.xlsx'))).toEqual(shipped);
    expect(shipped.map((sheet) => sheet[0])).toEqual(['Dossiers', 'Dépenses']);
    // Dates are date cells, codes are text, amounts are numbers with a euro format (or text as the twin writes them).
    const first = new Map((shipped[0]!.slice(1) as [string, number, unknown, string][]).map(([address, ...rest]) => [address, rest]));
    expect(first.get('C2')).toEqual([ExcelJS.ValueType.Date, new Date('2022-07-08T00:00:00Z'), 'dd/mm/yyyy']);
    expect(first.get('F2')?.slice(0, 2)).toEqual([ExcelJS.ValueType.String, '214202798']);
    expect(first.get('W2')).toEqual([ExcelJS.ValueType.Number, 6189.2, '#,##0.00 "€"']);
  });
});
