import { blocking, info, warning, type Finding, type Params, type Position } from '../vocabulary.js';
import { SourceMap } from '../parse/source-map.js';
import type { Tree } from '../parse/documents.js';
import { foldAccents } from '../fold.js';
import { luhnValid } from '../luhn.js';
import { suggest } from '../did-you-mean.js';
import { LIST_FIELDS, type ColumnSpec, type Correspondance, type LineField } from './correspondance.js';
import { percentText, serialToDate } from './cells.js';
import { cellName, cellPosition, type Cell, type CellRange, type PlacedFinding, type Sheet, type Workbook } from './workbook.js';

/** One dossier of an export: its row read as a dossier tree, with the cell of each field. */
export interface ExportDossier {
  /** The export's dossier number as written ("1234"), or empty when the cell is. */
  identifiant: string;
  /** How reports name it: "export.xlsx#1234" ("export.xlsx#ligne-7" without a number). */
  fichier: string;
  /** Its rank in the export, from 1. */
  numero: number;
  /** The dossier as the format of docs/dossier.md (strings, numbers, lists), before validation. */
  tree: Tree;
  /** Every field's cell ("depenses.2.montant_ht" → Dépenses!C14, even when empty). */
  sourceMap: SourceMap;
  /** The dossier's identifier cell: where problems about the whole dossier point. */
  start: Position;
  /** What reading its cells found (a code completed, a formula without value…). */
  findings: PlacedFinding[];
  /**
   * Set on the entry made of expense lines whose dossier number matches no
   * dossier: there is no dossier to check, only its blocking (illisible)
   * finding `depense-sans-dossier-export` to report.
   */
  orphelin?: true;
}

export interface ExportReading {
  dossiers: ExportDossier[];
  /**
   * What is about the file as a whole for this correspondence, reported once
   * for the file: blocking ones (a sheet or a column not found) make it
   * unreadable, and then no dossier is read; an info says a hidden sheet was read.
   */
  fileFindings: PlacedFinding[];
}

const RULE = 'export-lecture';
const EMPTY_SHEET: Sheet = { name: '', hidden: false, rows: new Map(), hiddenRows: new Set(), merges: [] };

/**
 * A title as compared with the correspondence's: lower case, without
 * accents, spaces or punctuation ("Axe(s) prioritaire(s)" is
 * "axesprioritaires"), so that "MONTANT H.T." finds "Montant HT".
 */
export function foldTitle(title: string): string {
  return foldAccents(title).replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The matcher of a numbered-column model ("Dépense {n} – {champ}"): a title
 * gives its number and field, or undefined. Titles are folded first; the
 * comparison is by hand, linear in the title (a regular expression built
 * from a user's text could backtrack).
 */
export function numberedColumnMatcher(
  model: string,
  names: Partial<Record<LineField, string>>,
): (title: string) => { n: number; field: LineField } | undefined {
  const numberAt = model.indexOf('{n}');
  const fieldAt = model.indexOf('{champ}');
  const numberFirst = numberAt < fieldAt;
  const [first, second] = numberFirst ? [numberAt, fieldAt] : [fieldAt, numberAt];
  const firstLength = numberFirst ? 3 : 7;
  const prefix = foldTitle(model.slice(0, first));
  const middle = foldTitle(model.slice(first + firstLength, second));
  const suffix = foldTitle(model.slice(second + (numberFirst ? 7 : 3)));
  // The longest name first: "montant HT" before "montant" if both were fields.
  const fields = (Object.entries(names) as [LineField, string][])
    .map(([field, name]) => ({ field, folded: foldTitle(name) }))
    .filter(({ folded }) => folded !== '')
    .sort((a, b) => b.folded.length - a.folded.length);
  return (title) => {
    const folded = foldTitle(title);
    if (!folded.startsWith(prefix) || !folded.endsWith(suffix)) return undefined;
    const inner = folded.slice(prefix.length, folded.length - suffix.length);
    for (const { field, folded: name } of fields) {
      const digits = numberFirst ? digitsBefore(inner, middle + name, 'end') : digitsBefore(inner, name + middle, 'start');
      if (digits !== undefined) return { n: Number(digits), field };
    }
    return undefined;
  };
}

/** The digits that, with `literal` at the `side` given, make up `inner` exactly; undefined otherwise. */
function digitsBefore(inner: string, literal: string, side: 'start' | 'end'): string | undefined {
  if (inner.length <= literal.length) return undefined;
  let digits: string;
  if (side === 'end') {
    if (!inner.endsWith(literal)) return undefined;
    digits = inner.slice(0, inner.length - literal.length);
  } else {
    if (!inner.startsWith(literal)) return undefined;
    digits = inner.slice(literal.length);
  }
  for (let index = 0; index < digits.length; index++) {
    const code = digits.charCodeAt(index);
    if (code < 48 || code > 57) return undefined;
  }
  // "Dépense 0…" or a number longer than any real export: not a line number.
  return digits.length <= 6 && Number(digits) > 0 ? digits : undefined;
}

/** Fields that only inform the reader (as src/dossier/validate.ts reads them): an unusable cell there is a warning. */
const ADVISORY =
  /^(appel|porteur\.(nom|referent\..*)|projet\.(titre|description|debut|fin|communes_associees)|analyse\..*|financement\.autofinancement|depenses\.\d+\.(libelle|categorie|beneficiaires))$/;
const DATE_FIELDS = new Set(['projet.debut', 'projet.fin', 'depot.date']);
/** A day (ISO or French) followed by a time of day, as exports write a filing date. */
const DATE_AND_TIME = /^(\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4})[ T]\d{1,2}[:h]\d{2}(?::\d{2})?$/;
/** Codes a spreadsheet loses the leading zero of, when typed as a number: the length typed, the length meant. */
const CODES: Record<string, { typed: number; meant: number; check?: (digits: string) => boolean }> = {
  'porteur.siren': { typed: 8, meant: 9, check: repairedSirenValid },
  'porteur.code_insee': { typed: 4, meant: 5 },
  'projet.communes_associees': { typed: 4, meant: 5 },
  'porteur.referent.telephone': { typed: 9, meant: 10 },
};

/** A column of a sheet, found by its title. */
interface Column {
  col: number;
  separateur?: string;
}

/** A sheet's cells by row and column, with its merged ranges, read once. */
class Grid {
  private readonly byRow = new Map<number, Map<number, Cell>>();
  /** Merged ranges by the columns they cover, for the mapped columns only. */
  private readonly mergesByColumn = new Map<number, CellRange[]>();
  readonly reportedMerges = new Set<CellRange>();
  /** The row of titles, once read, and each column's title as written: positions below it name their column. */
  private headerRow = Infinity;
  private readonly columnTitles = new Map<number, string>();

  constructor(
    readonly sheet: Sheet,
    readonly sheetName: string | undefined,
    /** A CSV's file line of each record (a quoted field may hold line breaks): positions give the line an editor opens. */
    private readonly recordLines?: readonly number[],
  ) {}

  indexMerges(columns: Iterable<number>): void {
    for (const col of columns) {
      if (this.mergesByColumn.has(col)) continue;
      this.mergesByColumn.set(
        col,
        // By their top row: merged ranges do not overlap, so at most one covers a cell of the column, found by bisection.
        this.sheet.merges.filter((range) => range.left <= col && col <= range.right).sort((a, b) => a.top - b.top),
      );
    }
  }

  cell(row: number, col: number): { cell?: Cell; merge?: CellRange } {
    const own = this.row(row).get(col);
    const merge = coveringRange(this.mergesByColumn.get(col), row);
    if (own || !merge) return { cell: own, merge };
    const origin = this.row(merge.top).get(merge.left);
    return { cell: origin ? { ...origin, row, col } : undefined, merge };
  }

  row(row: number): Map<number, Cell> {
    let cells = this.byRow.get(row);
    if (!cells) {
      cells = new Map((this.sheet.rows.get(row) ?? []).map((cell) => [cell.col, cell]));
      this.byRow.set(row, cells);
    }
    return cells;
  }

  position(row: number, col: number): Position {
    const position = cellPosition(this.sheetName, row, col);
    const line = this.recordLines?.[row - 1];
    const titre = row > this.headerRow ? this.columnTitles.get(col) : undefined;
    return { ...position, ...(line !== undefined ? { ligne: line } : {}), ...(titre !== undefined ? { titre } : {}) };
  }

  /** The titles of the row of titles, folded, to their columns (every column of a doubled title). */
  titles(headerRow: number): { byFolded: Map<string, number[]>; written: string[] } {
    const byFolded = new Map<string, number[]>();
    const written: string[] = [];
    this.headerRow = headerRow;
    for (const cell of this.sheet.rows.get(headerRow) ?? []) {
      const title = cell.text.trim();
      if (title === '') continue;
      written.push(title);
      this.columnTitles.set(cell.col, title);
      const folded = foldTitle(title);
      const cols = byFolded.get(folded);
      if (cols) cols.push(cell.col);
      else byFolded.set(folded, [cell.col]);
    }
    return { byFolded, written };
  }
}

/** The range, of ranges sorted by their top row and not overlapping, that covers `row`. */
function coveringRange(ranges: readonly CellRange[] | undefined, row: number): CellRange | undefined {
  if (!ranges || ranges.length === 0) return undefined;
  let low = 0;
  let high = ranges.length - 1;
  // The last range starting at or above the row.
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (ranges[middle]!.top <= row) low = middle;
    else high = middle - 1;
  }
  const range = ranges[low]!;
  return range.top <= row && row <= range.bottom ? range : undefined;
}

/** The dossiers of a workbook, read through a correspondence. */
export function dossiersOfWorkbook(workbook: Workbook, correspondance: Correspondance, fichier: string): ExportReading {
  const fileFindings: PlacedFinding[] = [];
  const csv = workbook.format === 'csv';
  const dossierSheet = findSheet(workbook, csv ? undefined : correspondance.dossiers.feuille, undefined, 'dossiers.feuille', fileFindings);
  const lines = correspondance.depenses;
  const lineSheet =
    lines?.colonnes !== undefined
      ? findSheet(workbook, csv ? undefined : lines.feuille, csv ? undefined : dossierSheet, 'depenses.feuille', fileFindings)
      : undefined;
  // Without the dossiers' sheet, the sheet of lines is still read for its mistakes: all are listed in one run.
  const grid = new Grid(dossierSheet ?? EMPTY_SHEET, csv || !dossierSheet ? undefined : dossierSheet.name, workbook.csv?.recordLines);
  const headerRow = correspondance.dossiers.ligne_titres;
  const titles = grid.titles(headerRow);
  const claimed = claimedTitles(correspondance);
  const find = (title: string, chemin: string, on: Grid, known: ReturnType<Grid['titles']>, row: number) =>
    findColumn(title, chemin, on, known, row, fileFindings, claimed);
  const dossierLookups = fileFindings.length;
  const identifier = !dossierSheet ? undefined : find(correspondance.dossiers.identifiant, 'dossiers.identifiant', grid, titles, headerRow);
  const fields = new Map<string, Column>();
  for (const [field, spec] of dossierSheet ? (Object.entries(correspondance.dossiers.colonnes) as [string, ColumnSpec][]) : []) {
    const col = find(spec.colonne, field, grid, titles, headerRow);
    if (col !== undefined) fields.set(field, { col, separateur: spec.separateur });
  }

  // Numbered columns: each number's cells, by field, in the numbers' order.
  const numbered = new Map<number, Map<LineField, number>>();
  if (dossierSheet && lines?.colonnes_numerotees) {
    const match = numberedColumnMatcher(lines.colonnes_numerotees.modele, lines.colonnes_numerotees.champs);
    for (const cell of dossierSheet.rows.get(headerRow) ?? []) {
      const found = match(cell.text);
      if (!found) continue;
      const line = numbered.get(found.n) ?? new Map<LineField, number>();
      if (!line.has(found.field)) line.set(found.field, cell.col);
      numbered.set(found.n, line);
    }
    if (numbered.size === 0) {
      fileFindings.push(
        placed(
          blocking('illisible', 'colonnes-numerotees-introuvables', 'depenses.colonnes_numerotees.modele', {
            modele: lines.colonnes_numerotees.modele,
          }),
          grid.position(headerRow, 1),
        ),
      );
    }
  }

  if (dossierSheet && identifier === undefined && fields.size === 0 && numbered.size === 0) {
    noTitleFound(fileFindings, dossierLookups, grid, headerRow, titles.written, 'dossiers.ligne_titres');
  }

  // The sheet of lines, its columns.
  let lineGrid: Grid | undefined;
  let lineColumns: { join?: number; order?: number; fields: Map<LineField, Column> } | undefined;
  if (lineSheet && lines?.colonnes) {
    lineGrid = new Grid(lineSheet, csv ? undefined : lineSheet.name, workbook.csv?.recordLines);
    const lineTitles = lineGrid.titles(lines.ligne_titres);
    const lineLookups = fileFindings.length;
    // The loader requires jointure with a sheet of lines; without it (a correspondence built in code), no line would join: say so.
    const join = find(lines.jointure ?? '', 'depenses.jointure', lineGrid, lineTitles, lines.ligne_titres);
    const order = lines.ordre === undefined ? undefined : find(lines.ordre, 'depenses.ordre', lineGrid, lineTitles, lines.ligne_titres);
    const lineFields = new Map<LineField, Column>();
    for (const [field, spec] of Object.entries(lines.colonnes) as [LineField, ColumnSpec][]) {
      const col = find(spec.colonne, `depenses.${field}`, lineGrid, lineTitles, lines.ligne_titres);
      if (col !== undefined) lineFields.set(field, { col, separateur: spec.separateur });
    }
    if (join === undefined && order === undefined && lineFields.size === 0) {
      noTitleFound(fileFindings, lineLookups, lineGrid, lines.ligne_titres, lineTitles.written, 'depenses.ligne_titres');
    }
    lineColumns = { join, order, fields: lineFields };
  }

  if (!dossierSheet || fileFindings.some(({ gravite }) => gravite === 'bloquant') || identifier === undefined) {
    return { dossiers: [], fileFindings };
  }
  for (const used of new Set([dossierSheet, lineSheet])) {
    if (used?.hidden) fileFindings.push(placed(info('feuille-masquee', '', { feuille: used.name }), undefined));
  }

  const reader = new ValueReader(correspondance, csv, workbook.date1904 === true);
  const numberedCols = [...numbered.values()].flatMap((line) => [...line.values()]);
  grid.indexMerges([identifier, ...[...fields.values()].map(({ col }) => col), ...numberedCols]);

  // The dossiers, one per row with anything in a mapped column.
  const dossiers: ExportDossier[] = [];
  const mappedCols = [identifier, ...[...fields.values()].map(({ col }) => col), ...numberedCols];
  for (const row of dataRows(dossierSheet, headerRow)) {
    if (!mappedCols.some((col) => hasContent(grid.cell(row, col).cell))) continue;
    const findings: PlacedFinding[] = [];
    const sourceMap = new SourceMap();
    const tree: Tree = {};
    const start = grid.position(row, identifier);
    const id = grid.cell(row, identifier).cell?.text.trim() ?? '';
    if (dossierSheet.hiddenRows.has(row)) findings.push(placed(info('ligne-masquee', '', { ligne: row }), start));
    for (const [field, column] of fields) reader.read(grid, row, column, field, field, tree, sourceMap, findings);
    if (numbered.size > 0) {
      const expenses: Tree[] = [];
      for (const n of [...numbered.keys()].sort((a, b) => a - b)) {
        const cells = numbered.get(n)!;
        if (![...cells.values()].some((col) => hasContent(grid.cell(row, col).cell))) continue;
        const index = expenses.length;
        const line: Tree = {};
        sourceMap.set(`depenses.${index}`, grid.position(row, Math.min(...cells.values())));
        for (const [field, col] of cells)
          reader.read(grid, row, { col }, `depenses.${field}`, `depenses.${index}.${field}`, line, sourceMap, findings);
        expenses.push(line);
      }
      if (expenses.length > 0) tree.depenses = expenses;
    }
    sourceMap.set('', start);
    dossiers.push({ identifiant: id, fichier: '', numero: dossiers.length + 1, tree, sourceMap, start, findings });
  }

  // The lines of the other sheet, joined to their dossier by its number.
  const orphans = new Map<string, { rows: number[] }>();
  // A number on several dossiers: its lines belong to no one of them for sure (counted, never joined).
  let ambiguous: Map<string, number> | undefined;
  if (lineGrid && lineColumns) {
    const { join, order, fields: lineFields } = lineColumns;
    const byId = new Map<string, ExportDossier>();
    ambiguous = new Map();
    for (const dossier of dossiers) {
      if (dossier.identifiant === '') continue;
      if (byId.has(dossier.identifiant)) ambiguous.set(dossier.identifiant, 0);
      else byId.set(dossier.identifiant, dossier);
    }
    const lineCols = [...lineFields.values()].map(({ col }) => col);
    const firstCol = Math.min(...lineCols, join ?? Infinity);
    lineGrid.indexMerges([...lineCols, ...(join !== undefined ? [join] : []), ...(order !== undefined ? [order] : [])]);
    const joined = new Map<ExportDossier, { row: number; order: number }[]>();
    for (const row of dataRows(lineGrid.sheet, lines!.ligne_titres)) {
      if (![...lineCols, join!].some((col) => hasContent(lineGrid.cell(row, col).cell))) continue;
      const key = lineGrid.cell(row, join!).cell?.text.trim() ?? '';
      const unattributable = ambiguous.get(key);
      if (unattributable !== undefined) {
        ambiguous.set(key, unattributable + 1);
        continue;
      }
      const dossier = byId.get(key);
      if (!dossier) {
        // Lines with the same number are one entry; a line without a number is one of its own.
        const group = orphans.get(key || `\u0000${row}`) ?? { rows: [] };
        group.rows.push(row);
        orphans.set(key || `\u0000${row}`, group);
        continue;
      }
      const rank = order === undefined ? NaN : Number(lineGrid.cell(row, order).cell?.text.replace(',', '.'));
      const rows = joined.get(dossier);
      if (rows) rows.push({ row, order: rank });
      else joined.set(dossier, [{ row, order: rank }]);
    }
    for (const [dossier, rows] of joined) {
      // Stable: lines without a usable order keep the sheet's order, after those with one.
      const sorted = order === undefined ? rows : [...rows].sort((a, b) => byOrder(a.order, b.order));
      dossier.tree.depenses = sorted.map(({ row }, index) => {
        const line: Tree = {};
        dossier.sourceMap.set(`depenses.${index}`, lineGrid.position(row, firstCol));
        if (lineGrid.sheet.hiddenRows.has(row)) {
          dossier.findings.push(placed(info('ligne-masquee', `depenses.${index}`, { ligne: row }), lineGrid.position(row, firstCol)));
        }
        for (const [field, column] of lineFields) {
          reader.read(lineGrid, row, column, `depenses.${field}`, `depenses.${index}.${field}`, line, dossier.sourceMap, dossier.findings);
        }
        return line;
      });
    }
  }

  for (const [group, { rows }] of orphans) {
    const key = group.startsWith('\u0000') ? '' : group;
    const position = lineGrid!.position(rows[0]!, lineColumns!.join!);
    const finding = placed(
      blocking('illisible', 'depense-sans-dossier-export', 'depenses', { identifiant: key, nombre: rows.length }),
      position,
    );
    const sourceMap = new SourceMap();
    sourceMap.set('', position);
    dossiers.push({
      identifiant: key,
      fichier: '',
      numero: dossiers.length + 1,
      tree: {},
      sourceMap,
      start: position,
      findings: [finding],
      orphelin: true,
    });
  }

  name(dossiers, fichier, ambiguous);
  return { dossiers, fileFindings };
}

/** "export.xlsx#1234"; an empty number names the row; a repeated one is counted, with a warning on each. */
function name(dossiers: ExportDossier[], fichier: string, ambiguous: ReadonlyMap<string, number> | undefined): void {
  const counts = new Map<string, number>();
  for (const dossier of dossiers)
    if (!dossier.orphelin && dossier.identifiant !== '') counts.set(dossier.identifiant, (counts.get(dossier.identifiant) ?? 0) + 1);
  const seen = new Map<string, number>();
  const taken = new Set<string>();
  for (const dossier of dossiers) {
    let base: string;
    if (dossier.identifiant === '') {
      base = `${fichier}#ligne-${dossier.start.ligne}`;
      if (!dossier.orphelin)
        dossier.findings.unshift(placed(warning('identifiant-manquant', '', { ligne: dossier.start.ligne }), dossier.start));
    } else {
      base = `${fichier}#${dossier.identifiant}`;
      const count = counts.get(dossier.identifiant) ?? 0;
      if (!dossier.orphelin && count > 1) {
        const params = { identifiant: dossier.identifiant, nombre: count };
        const lignes = ambiguous?.get(dossier.identifiant);
        // With a sheet of lines, none of them is counted: the dossier cannot be decided (numbered columns keep their own).
        // No line holds it: nothing is wrongly counted, a warning as with numbered columns.
        const finding =
          lignes === undefined || lignes === 0
            ? warning('identifiant-en-double', '', params)
            : blocking('a-completer', 'identifiant-en-double', 'depenses', { ...params, lignes });
        dossier.findings.unshift(placed(finding, dossier.start));
      }
    }
    let candidate = base;
    const rank = seen.get(base) ?? 1;
    for (let next = rank; taken.has(candidate); next++) {
      candidate = `${base} (${next + 1})`;
      seen.set(base, next + 1);
    }
    taken.add(candidate);
    dossier.fichier = candidate;
  }
}

function byOrder(a: number, b: number): number {
  if (Number.isNaN(a)) return Number.isNaN(b) ? 0 : 1;
  if (Number.isNaN(b)) return -1;
  return a - b;
}

function* dataRows(sheet: Sheet, headerRow: number): Generator<number> {
  for (const row of sheet.rows.keys()) if (row > headerRow) yield row;
}

function hasContent(cell: Cell | undefined): boolean {
  return cell !== undefined && (cell.kind !== 'text' || cell.text.trim() !== '');
}

function placed(finding: Finding, position: Position | undefined): PlacedFinding {
  return { ...finding, regle: RULE, ...(position ? { position } : {}) };
}

/** The sheet named (folded), else `fallback`'s successor or the first visible one; a finding when the name matches none. */
function findSheet(
  workbook: Workbook,
  wanted: string | undefined,
  other: Sheet | undefined,
  chemin: string,
  findings: PlacedFinding[],
): Sheet | undefined {
  if (wanted === undefined) {
    if (workbook.format === 'csv') return workbook.sheets[0];
    const visible = workbook.sheets.filter((sheet) => !sheet.hidden && sheet !== other);
    const found = visible[0] ?? workbook.sheets.find((sheet) => sheet !== other);
    if (!found)
      findings.push(
        placed(blocking('illisible', 'feuille-introuvable', chemin, { feuille: '', feuilles: sheetNames(workbook) }), undefined),
      );
    return found;
  }
  const found = workbook.sheets.find((sheet) => foldTitle(sheet.name) === foldTitle(wanted));
  if (!found) {
    const names = workbook.sheets.map((sheet) => sheet.name);
    findings.push(
      placed(
        blocking('illisible', 'feuille-introuvable', chemin, {
          feuille: wanted,
          suggestion: suggest(wanted, names),
          feuilles: sheetNames(workbook),
        }),
        undefined,
      ),
    );
  }
  return found;
}

const sheetNames = (workbook: Workbook) => workbook.sheets.map((sheet) => sheet.name).join(', ');

/**
 * When a sheet's row of titles holds none of the correspondence's titles,
 * the file is not the export described (an empty file, a dossier file, a CSV
 * with another delimiter) or the titles are on another row: one problem says
 * so, in place of one per column looked up since `from` (a single column
 * not found keeps its own problem, with the title most likely meant; a title
 * given to two columns was found).
 */
function noTitleFound(
  findings: PlacedFinding[],
  from: number,
  grid: Grid,
  headerRow: number,
  written: readonly string[],
  chemin: string,
): void {
  const notFound = findings.slice(from);
  if (notFound.length < 2 || notFound.some(({ code }) => code !== 'colonne-introuvable' && code !== 'colonnes-numerotees-introuvables'))
    return;
  findings.splice(from);
  const position = grid.position(headerRow, 1);
  // A CSV read through a correspondence with a sheet of lines: the same row, said once.
  const same = (finding: PlacedFinding) =>
    finding.code === 'titres-introuvables' && finding.position?.feuille === position.feuille && finding.position?.ligne === position.ligne;
  if (findings.some(same)) return;
  const feuille = grid.sheetName !== undefined ? { feuille: grid.sheetName } : {};
  findings.push(
    placed(
      blocking('illisible', 'titres-introuvables', chemin, { ...feuille, ligne: headerRow, colonnes: listedTitles(written) }),
      position,
    ),
  );
}

function listedTitles(written: readonly string[]): string {
  return written.slice(0, MAX_TITLES_LISTED).join(', ') + (written.length > MAX_TITLES_LISTED ? ', …' : '');
}

/** Past this many, the titles of a sheet are not all listed in a message. */
const MAX_TITLES_LISTED = 30;

/** A real export has a few hundred columns at most; a row of titles past this many is not searched for a "did you mean". */
const MAX_SUGGESTION_CANDIDATES = 1_000;

/** Every title the correspondence reads, folded: none is offered as the "did you mean" of another. */
function claimedTitles(correspondance: Correspondance): Set<string> {
  const titles = [
    correspondance.dossiers.identifiant,
    ...Object.values(correspondance.dossiers.colonnes).map((spec) => (spec as ColumnSpec).colonne),
    correspondance.depenses?.jointure,
    correspondance.depenses?.ordre,
    ...Object.values(correspondance.depenses?.colonnes ?? {}).map((spec) => (spec as ColumnSpec).colonne),
  ];
  return new Set(titles.filter((title): title is string => title !== undefined).map(foldTitle));
}

function findColumn(
  title: string,
  chemin: string,
  grid: Grid,
  known: { byFolded: Map<string, number[]>; written: string[] },
  headerRow: number,
  findings: PlacedFinding[],
  claimed: ReadonlySet<string>,
): number | undefined {
  const cols = known.byFolded.get(foldTitle(title));
  const feuille = grid.sheetName !== undefined ? { feuille: grid.sheetName } : {};
  if (cols === undefined) {
    const listed = listedTitles(known.written);
    // Never a column another field reads ("Montant de l'aide sollicitée" for "Montant HT"), and a bounded search on a hostile sheet.
    const candidates = known.written.slice(0, MAX_SUGGESTION_CANDIDATES).filter((written) => !claimed.has(foldTitle(written)));
    const params: Params = { colonne: title, ...feuille, ligne: headerRow, suggestion: suggest(title, candidates), colonnes: listed };
    findings.push(placed(blocking('illisible', 'colonne-introuvable', chemin, params), grid.position(headerRow, 1)));
    return undefined;
  }
  if (cols.length > 1) {
    const cellules = cols.map((col) => cellName(headerRow, col)).join(', ');
    findings.push(
      placed(
        blocking('illisible', 'colonne-en-double', chemin, { colonne: title, ...feuille, cellules }),
        grid.position(headerRow, cols[1]!),
      ),
    );
    return undefined;
  }
  return cols[0];
}

/** Turns cells into the values of the dossier format, as people type them in a spreadsheet. */
class ValueReader {
  /** The `valeurs` tables, folded keys, by field ("depenses.categorie"). */
  private readonly tables = new Map<string, Map<string, string>>();

  constructor(
    correspondance: Correspondance,
    /** A CSV has no types: every value is text, and a code may have lost its zeros there too. */
    private readonly untyped: boolean,
    /** The workbook counts days from 1904: a serial typed in a date field is one of that system. */
    private readonly date1904 = false,
  ) {
    for (const [field, table] of Object.entries(correspondance.valeurs)) {
      this.tables.set(field, new Map(Object.entries(table ?? {}).map(([written, value]) => [foldTitle(written), value])));
    }
  }

  /**
   * Reads the cell of `field` (as the correspondence names it) into `holder`
   * at `path` (as the dossier names it), and records its position even when empty.
   */
  read(
    grid: Grid,
    row: number,
    column: Column,
    field: string,
    path: string,
    holder: Tree,
    sourceMap: SourceMap,
    findings: PlacedFinding[],
  ): void {
    const position = grid.position(row, column.col);
    sourceMap.set(path, position);
    const { cell, merge } = grid.cell(row, column.col);
    if (merge && !grid.reportedMerges.has(merge) && !(merge.top === merge.bottom && merge.left === merge.right)) {
      grid.reportedMerges.add(merge);
      const plage = `${cellName(merge.top, merge.left)}:${cellName(merge.bottom, merge.right)}`;
      findings.push(
        placed(warning('cellules-fusionnees', path, { plage, valeur: cell?.text ?? '' }), grid.position(merge.top, merge.left)),
      );
    }
    if (!cell || !hasContent(cell)) return;
    const advisory = ADVISORY.test(path);
    if (cell.kind === 'error' || cell.kind === 'formula-without-value') {
      const finding =
        cell.kind === 'error'
          ? { code: 'cellule-erreur', params: { valeur: cell.text } }
          : { code: 'formule-sans-valeur', params: { formule: cell.formula ?? '' } };
      findings.push(
        placed(
          advisory ? warning(finding.code, path, finding.params) : blocking('a-completer', finding.code, path, finding.params),
          position,
        ),
      );
      return;
    }
    // A percentage is read as shown ("20 %" for a stored 0.2), as the officer sees it.
    const text = cell.percent ? `${percentText(cell.text.trim())} %` : cell.text.trim();
    let value: unknown;
    if (DATE_FIELDS.has(field)) value = this.date(cell, text, path, position, findings);
    else if (LIST_FIELDS.includes(field)) {
      const items = column.separateur === undefined ? [text] : text.split(column.separateur).map((item) => item.trim());
      value = items
        .filter((item) => item !== '')
        .map((item) => this.translate(field, this.code(field, cell, item, path, position, findings)));
    } else value = this.translate(field, this.code(field, cell, text, path, position, findings));
    setAt(holder, path.startsWith('depenses.') ? path.slice(path.indexOf('.', 'depenses.'.length) + 1) : path, value);
  }

  private translate(field: string, value: string): string {
    return this.tables.get(field)?.get(foldTitle(value)) ?? value;
  }

  /** A code typed as a number lost its leading zero: given back, with a warning. */
  private code(field: string, cell: Cell, text: string, path: string, position: Position, findings: PlacedFinding[]): string {
    const code = CODES[field];
    if (!code || (cell.kind !== 'number' && !this.untyped) || text.length !== code.typed || !/^\d+$/.test(text)) return text;
    const padded = text.padStart(code.meant, '0');
    if (code.check && !code.check(padded)) return text;
    findings.push(placed(warning('code-complete', path, { valeur: text, code: padded }), position));
    return padded;
  }

  /** A date cell gives its day; a number in a date field is a serial (a column formatted as a number). */
  private date(cell: Cell, text: string, path: string, position: Position, findings: PlacedFinding[]): string {
    if (cell.kind === 'date') return text.slice(0, 10);
    // A platform's date and time as text ("21/07/2022 14:05", a CSV): its day, as a date cell's, in the platform's time.
    if (cell.kind === 'text') return DATE_AND_TIME.exec(text.trim())?.[1] ?? text;
    if (cell.kind !== 'number') return text;
    const day = this.date1904 ? serialToDate(Math.floor(Number(text)), true) : serialToDay(Number(text));
    if (day === undefined) return text;
    findings.push(placed(warning('date-nombre', path, { valeur: text, date: day }), position));
    return day;
  }
}

/**
 * A spreadsheet's day number (1900 date system, the default of Excel and
 * LibreOffice) as YYYY-MM-DD; undefined for a number that is no day (60 is
 * Excel's 29 February 1900, which never was).
 */
export function serialToDay(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466 || serial === 60) return undefined;
  const whole = Math.floor(serial);
  // Below 60, Excel counts from 31 December 1899; above, one day less, for its phantom 29 February 1900.
  const days = whole < 60 ? whole - 1 : whole - 2;
  return new Date(Date.UTC(1900, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A SIREN repaired from a number: its check digit holds, and it is not all zeros (which pass the check). */
function repairedSirenValid(digits: string): boolean {
  return luhnValid(digits) && !/^0+$/.test(digits);
}

function setAt(tree: Tree, path: string, value: unknown): void {
  const steps = path.split('.');
  let holder = tree;
  for (const step of steps.slice(0, -1)) {
    const next = holder[step];
    if (typeof next === 'object' && next !== null && !Array.isArray(next)) holder = next as Tree;
    else holder = holder[step] = {};
  }
  holder[steps[steps.length - 1]!] = value;
}
