import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatCsv, formatCsvLines } from '../../src/format/csv.js';
import { DEFAULT_EDITION } from '../../src/reglement/index.js';
import { buildReport } from '../../src/report/build.js';
import { baseDossier, check } from '../helpers.js';
import { runSoffice, SOFFICE, warnIfNoSoffice } from '../soffice.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'dossier-check.js');

/**
 * RFC 4180 with `;`: the fields of each record, as a spreadsheet's CSV
 * reader splits them. Strict where a spreadsheet is lenient in its own way:
 * a line end outside quotes other than the CRLF between records (a lone CR or
 * LF, which LibreOffice and Excel also take for a new row) and a record of
 * another width than the header throw, so that a field the writer left
 * unquoted cannot pass unseen.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = text.startsWith('\ufeff') ? 1 : 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted) {
      if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ';') {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      records.push([...record, field]);
      record = [];
      field = '';
      i++;
    } else if (char === '\r' || char === '\n') {
      throw new Error(`unquoted ${JSON.stringify(char)} in record ${records.length + 1}, after ${JSON.stringify(field)}`);
    } else field += char;
  }
  if (quoted) throw new Error('a quoted field is not closed');
  if (field !== '' || record.length > 0) records.push([...record, field]);
  const width = records[0]?.length;
  records.forEach((fields, index) => {
    if (fields.length !== width) throw new Error(`record ${index + 1} has ${fields.length} fields, the header ${width}`);
  });
  return records;
}

/** The spreadsheet's dangerous first characters (OWASP's list, and the full-width forms some programs fold). */
const FORMULAS = ['=1+1', '+1+1', '-1+1', '@SUM(A1)', '\t=1+1', '\r=1+1', '\uff1d1+1', '\uff0b1', '\uff0d1', '\uff201'];

/**
 * Values LibreOffice Calc 24 with French settings was seen turning into a
 * number, a percentage, a date, a time or a boolean (and a few Excel turns
 * too, such as 12-10), none starting with a formula character.
 */
const NUMBER_LIKE = [
  '3/6',
  '1/4',
  '12-10',
  '1E5',
  '1e5',
  '1,5',
  '1 000,50',
  '12:30',
  '12:30 PM',
  '50 %',
  '3 juin',
  'lundi 3 juin',
  'Juin 2022',
  '3 sept. 2022',
  '4 févr.',
  '2022-06-03',
  '03.06.2022',
  '1.2.3',
  '10 €',
  '1 249,50 €',
  '(12)',
  '12-',
  ' 12',
  '0612345678',
  '2022',
  'VRAI',
  'faux',
  'TRUE',
  '3 mai 2022 14:00',
];

function reportWithNames(names: readonly string[]) {
  const dossiers = names.map((nom, index) => {
    const dossier = baseDossier();
    dossier.porteur.nom = nom;
    dossier.depenses[0].libelle = nom;
    return { ...check(dossier), fichier: `d${index}.yaml` };
  });
  return buildReport(dossiers, 'fr', DEFAULT_EDITION);
}

describe('CSV for spreadsheets', () => {
  it.each(FORMULAS)('%j: a field a spreadsheet would run as a formula is defused', (nom) => {
    const report = reportWithNames([nom]);
    const [, row] = parseCsv(formatCsv(report));
    expect(row![1]).toBe(`'${nom}`);
    const [, line] = parseCsv(formatCsvLines(report));
    expect(line![1]).toBe(`'${nom}`);
    expect(line![3]).toBe(`'${nom}`);
  });

  it.each(['\n', '\r', '\r\n'])('%j in a name or a label stays in its field, in both layouts', (lineBreak) => {
    const nom = `Commune de${lineBreak}Feurs`;
    const libelle = `Bornes${lineBreak}Wi-Fi`;
    const dossier = baseDossier();
    dossier.porteur.nom = nom;
    dossier.depenses[0].libelle = libelle;
    dossier.depenses.push({ libelle: `Écrans${lineBreak}${lineBreak}tactiles`, montant_ht: 100, categorie: 'equipement-numerique' });
    const report = buildReport([{ ...check(dossier), fichier: 'd.yaml' }], 'fr', DEFAULT_EDITION);
    const rows = parseCsv(formatCsv(report));
    expect(rows).toHaveLength(2);
    expect(rows[1]![1]).toBe(nom);
    const lines = parseCsv(formatCsvLines(report));
    expect(lines).toHaveLength(3);
    expect(lines.slice(1).map((line) => [line[1], line[3]])).toEqual([
      [nom, libelle],
      [nom, `Écrans${lineBreak}${lineBreak}tactiles`],
    ]);
  });

  it.each(NUMBER_LIKE)(
    '%j, which a spreadsheet would turn into a number, a date or a time, is written as a text formula in every text column',
    (value) => {
      const report = reportWithNames([value]);
      const formula = `="${value.replace(/"/g, '""')}"`;
      const [, row] = parseCsv(formatCsv(report));
      expect(row![1]).toBe(formula);
      const [, line] = parseCsv(formatCsvLines(report));
      expect([line![1], line![3]]).toEqual([formula, formula]);
    },
  );

  it.each(['1/2 journée', 'Phase 2', '12h30', 'Lot n° 3', '6 tablettes tactiles', 'Commune de Feurs'])(
    '%j, which a spreadsheet keeps as text, is written as it is',
    (value) => {
      const [, line] = parseCsv(formatCsvLines(reportWithNames([value])));
      expect([line![1], line![3]]).toEqual([value, value]);
    },
  );

  it('writes a SIREN one way, nine digits, however the dossier spaced it', () => {
    const sirens = ['214 201 477', '214201477', '214\u00a0201\u00a0477', '214\u202f201\u202f477'];
    const dossiers = sirens.map((siren, index) => {
      const dossier = baseDossier();
      dossier.porteur.siren = siren;
      return { ...check(dossier), fichier: `d${index}.yaml` };
    });
    const rows = parseCsv(formatCsv(buildReport(dossiers, 'fr', DEFAULT_EDITION))).slice(1);
    expect(new Set(rows.map((row) => row[3]))).toEqual(new Set(['="214201477"']));
  });
});

warnIfNoSoffice('the CSV');

interface Cell {
  type: string;
  value: string;
  formula?: string;
}

/** ODF writes tabs, runs of spaces and line breaks inside a paragraph as elements. */
function whitespace(paragraph: string): string {
  return paragraph
    .replace(/<text:tab\/>/g, '\t')
    .replace(/<text:line-break\/>/g, '\n')
    .replace(/<text:s(?: text:c="(\d+)")?\/>/g, (_, count?: string) => ' '.repeat(Number(count ?? 1)))
    .replace(/<[^>]+>/g, '');
}

/** The cells of a flat ODS file (what LibreOffice made of the CSV), row by row, with their types. */
function readFods(xml: string): Cell[][] {
  const unescape = (text: string) =>
    text
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  const rows: Cell[][] = [];
  for (const [, row] of xml.matchAll(/<table:table-row[^>]*>([\s\S]*?)<\/table:table-row>/g)) {
    const cells: Cell[] = [];
    for (const [, attributes, content] of row!.matchAll(/<table:table-cell([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g)) {
      const attribute = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(attributes!)?.[1];
      const repeated = Number(attribute('table:number-columns-repeated') ?? 1);
      const text = [...(content ?? '').matchAll(/<text:p>([\s\S]*?)<\/text:p>/g)].map(([, p]) => unescape(whitespace(p!)));
      const type = attribute('office:value-type') ?? 'empty';
      const value =
        type === 'float'
          ? attribute('office:value')!
          : type === 'date'
            ? attribute('office:date-value')!
            : unescape(attribute('office:string-value') ?? text.join('\n'));
      const formula = attribute('table:formula');
      for (let i = 0; i < Math.min(repeated, 64); i++) cells.push({ type, value, ...(formula ? { formula: unescape(formula) } : {}) });
    }
    rows.push(cells);
  }
  return rows;
}

/** Opens a CSV as LibreOffice Calc does, in French (language 1036), its other import options left as they come, and returns its cells. */
function openInLibreOffice(csv: string): Cell[][] {
  const folder = mkdtempSync(join(tmpdir(), 'calc-'));
  writeFileSync(join(folder, 'rapport.csv'), csv);
  const result = runSoffice(folder, [
    // `;` (59) between fields, `"` (34) around them, UTF-8 (76), from line 1, French.
    '--infilter=CSV:59,34,76,1,,1036',
    '--convert-to',
    'fods',
    '--outdir',
    join(folder, 'out'),
    join(folder, 'rapport.csv'),
  ]);
  expect(result.status, result.stderr).toBe(0);
  return readFods(readFileSync(join(folder, 'out', 'rapport.fods'), 'utf8'));
}

describe.skipIf(!SOFFICE)('the CSV opened in LibreOffice Calc with French settings', () => {
  it('keeps codes as text, fractions as text, amounts as numbers, and runs no formula of a dossier', () => {
    const folder = mkdtempSync(join(tmpdir(), 'csv-calc-'));
    mkdirSync(join(folder, 'lot'));
    // A commune of the Ain, whose INSEE code begins with 0 (it is out of the Loire: ineligible, still a row).
    const ain = baseDossier();
    ain.porteur = { nom: 'Commune de Bourg-en-Bresse', type: 'commune', siren: '210 100 533', code_insee: '01053' };
    const injected = baseDossier();
    injected.porteur.nom = '=HYPERLINK("http://exemple.invalid";"clic")';
    injected.depenses[0].libelle = '\t=1+1';
    writeFileSync(join(folder, 'lot', 'a-ain.yaml'), stringify(ain));
    writeFileSync(join(folder, 'lot', 'b-injection.yaml'), stringify(injected));
    const run = spawnSync(process.execPath, [BIN, 'check', 'lot', '-f', 'csv'], { cwd: folder, encoding: 'utf8' });
    expect(run.status).toBe(1);
    const [header, ain1, injection] = openInLibreOffice(run.stdout);
    const column = (name: string) => header!.findIndex((cell) => cell.value === name);
    expect(ain1![column('code_insee')]).toMatchObject({ type: 'string', value: '01053' });
    expect(ain1![column('siren')]).toMatchObject({ type: 'string', value: '210100533' });
    expect(ain1![column('criteres_documentes')]).toMatchObject({ type: 'string', value: '0/6' });
    expect(injection![column('criteres_documentes')]).toMatchObject({ type: 'string', value: '0/6' });
    expect(injection![column('assiette_eligible_ht')]).toMatchObject({ type: 'float', value: '2400' });
    expect(injection![column('aide_sollicitee')]).toMatchObject({ type: 'float', value: '1920' });
    expect(injection![column('porteur')]).toMatchObject({ type: 'string', value: `'=HYPERLINK("http://exemple.invalid";"clic")` });
    expect(injection![column('porteur')]!.formula).toBeUndefined();

    const lines = spawnSync(process.execPath, [BIN, 'check', 'lot', '-f', 'csv', '--csv-lignes'], { cwd: folder, encoding: 'utf8' });
    const [lineHeader, , injectedLine] = openInLibreOffice(lines.stdout);
    const libelle = injectedLine![lineHeader!.findIndex((cell) => cell.value === 'libelle')]!;
    expect(libelle.formula).toBeUndefined();
    expect(libelle.type).toBe('string');
    expect(libelle.value).toBe("'\t=1+1");
  });

  it('keeps a name or a label over several lines in its cell, on its row', () => {
    const names = ['Commune de\nFeurs', 'Commune de\r\nBoën', 'Commune de\rMontbrison'];
    const report = reportWithNames(names);
    const expected = ['Commune de\nFeurs', 'Commune de\nBoën', 'Commune de\nMontbrison'];
    const filled = (rows: Cell[][]) => rows.filter((row) => row.some((cell) => cell.type !== 'empty'));
    const rows = filled(openInLibreOffice(formatCsv(report)));
    expect(rows).toHaveLength(1 + names.length);
    const lines = filled(openInLibreOffice(formatCsvLines(report)));
    expect(lines).toHaveLength(1 + names.length);
    // LibreOffice keeps one line break in the cell, whichever the dossier had.
    expect(rows.slice(1).map((row) => [row[0]!.value, row[1]!.value])).toEqual(expected.map((nom, index) => [`d${index}.yaml`, nom]));
    expect(lines.slice(1).map((line) => [line[1]!.value, line[3]!.value])).toEqual(expected.map((nom) => [nom, nom]));
  });

  it('keeps as text, as written, every text value it would otherwise turn into a number or a date', () => {
    const values = [...NUMBER_LIKE, '1/2 journée', '12h30'];
    const report = reportWithNames(values);
    const [header, ...rows] = openInLibreOffice(formatCsv(report));
    const porteur = header!.findIndex((cell) => cell.value === 'porteur');
    expect(rows.slice(0, values.length).map((row) => [row[porteur]!.type, row[porteur]!.value])).toEqual(
      values.map((value) => ['string', value]),
    );
    const [lineHeader, ...lines] = openInLibreOffice(formatCsvLines(report));
    const libelle = lineHeader!.findIndex((cell) => cell.value === 'libelle');
    expect(lines.slice(0, values.length).map((line) => [line[libelle]!.type, line[libelle]!.value])).toEqual(
      values.map((value) => ['string', value]),
    );
  });
});
