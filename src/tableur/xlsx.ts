import type { Params } from '../vocabulary.js';
import { CellBudget, isDateFormat, isoDateText, isPercentFormat, numberText, parseCellRef, serialToDate, SheetBuilder } from './cells.js';
import type { Cell, CellKind, Sheet, WorkbookLimits } from './workbook.js';
import { attribute, HandlerStop, parseXml, type XmlHandlers } from './xml.js';
import { readArchive } from './zip.js';

export type ReadFailure = { ok: false; code: string; params: Params };
export type SheetsRead = { ok: true; sheets: Sheet[]; externalLinks: number; date1904?: true } | ReadFailure;

/** Parts never inflated: pictures, charts, themes, and links to other files (never followed). */
const SKIPPED_XLSX =
  /(?:^|\/)(?:externalLinks|drawings|charts|media|theme|pivotCache|pivotTables|customXml|printerSettings|docProps|queryTables)\/|(?:^|\/)connections\.xml$/;

/** Links to other files: counted, never read. */
export function countXlsxLinks(names: readonly string[]): number {
  return names.filter((name) => /(?:^|\/)externalLinks\/[^/]+\.xml$/.test(name) || /(?:^|\/)connections\.xml$/.test(name)).length;
}

/** An XML part walked with `handlers`, a failure named after the part. */
export function walkPart(bytes: Uint8Array | undefined, partie: string, handlers: XmlHandlers): ReadFailure | undefined {
  if (bytes === undefined) return { ok: false, code: 'classeur-illisible', params: { detail: `${partie}: absent`, partie } };
  const walked = parseXml<ReadFailure>(bytes, handlers);
  if (walked instanceof HandlerStop) return walked.value;
  if (walked.ok) return undefined;
  if (walked.failure.reason === 'doctype') return { ok: false, code: 'xml-dtd-refusee', params: { partie } };
  return { ok: false, code: 'classeur-illisible', params: { detail: walked.failure.detail, partie } };
}

/** Relative targets of a part's relationships, resolved from the folder of `source`. */
function resolveTarget(source: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = source.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

function relsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

interface Relationship {
  type: string;
  target: string;
}

function readRelationships(parts: ReadonlyMap<string, Uint8Array>, source: string): Map<string, Relationship> | ReadFailure {
  const path = source === '' ? '_rels/.rels' : relsPath(source);
  const relationships = new Map<string, Relationship>();
  if (!parts.has(path)) return relationships;
  const failure = walkPart(parts.get(path), path, {
    open(local, attributes) {
      if (local !== 'Relationship') return;
      const id = attribute(attributes, 'Id') ?? '';
      const mode = attribute(attributes, 'TargetMode');
      const target = attribute(attributes, 'Target') ?? '';
      relationships.set(id, {
        type: attribute(attributes, 'Type') ?? '',
        target: mode === 'External' ? '' : resolveTarget(source, target),
      });
    },
    close() {},
  });
  return failure ?? relationships;
}

const byType = (relationships: Map<string, Relationship>, suffix: string): string | undefined =>
  [...relationships.values()].find((relationship) => relationship.type.endsWith(suffix))?.target;

/** An XLSX export (SpreadsheetML): sheets in the workbook's order, cached formula values, dates by their number format. */
export function readXlsx(bytes: Uint8Array, limits: WorkbookLimits): SheetsRead {
  const archive = readArchive(
    bytes,
    (name) => (name.endsWith('.xml') || name.endsWith('.rels')) && !SKIPPED_XLSX.test(name),
    limits.maxInflatedBytes,
  );
  if (!archive.ok) return archive;
  const { parts } = archive;

  const root = readRelationships(parts, '');
  if (!(root instanceof Map)) return root;
  const workbookPath = byType(root, '/officeDocument') ?? 'xl/workbook.xml';
  const relationships = readRelationships(parts, workbookPath);
  if (!(relationships instanceof Map)) return relationships;

  let date1904 = false;
  const declared: { name: string; hidden: boolean; id: string }[] = [];
  const workbookFailure = walkPart(parts.get(workbookPath), workbookPath, {
    open(local, attributes) {
      if (local === 'workbookPr') date1904 = isTrue(attribute(attributes, 'date1904'));
      else if (local === 'sheet') {
        const state = attribute(attributes, 'state');
        declared.push({
          name: attribute(attributes, 'name') ?? `${declared.length + 1}`,
          hidden: state === 'hidden' || state === 'veryHidden',
          id: attribute(attributes, 'id') ?? '',
        });
      }
    },
    close() {},
  });
  if (workbookFailure) return workbookFailure;

  const sharedPath = byType(relationships, '/sharedStrings') ?? (parts.has('xl/sharedStrings.xml') ? 'xl/sharedStrings.xml' : undefined);
  const shared = sharedPath === undefined || !parts.has(sharedPath) ? [] : readSharedStrings(parts.get(sharedPath)!, sharedPath);
  if (!Array.isArray(shared)) return shared;
  const stylesPath = byType(relationships, '/styles') ?? 'xl/styles.xml';
  const dateStyles = parts.has(stylesPath) ? readNumberStyles(parts.get(stylesPath)!, stylesPath) : [];
  if (!Array.isArray(dateStyles)) return dateStyles;

  const budget = new CellBudget(limits.maxCells);
  const sheets: Sheet[] = [];
  for (const { name, hidden, id } of declared) {
    const relationship = relationships.get(id);
    // A chart sheet holds no cells.
    if (relationship?.type.endsWith('/chartsheet')) continue;
    const path = relationship?.target ?? '';
    const builder = new SheetBuilder(name, hidden, budget);
    const failure = walkPart(parts.get(path), path || name, sheetHandlers(builder, shared, dateStyles, date1904));
    if (failure) return failure;
    sheets.push(builder.build());
  }
  return { ok: true, sheets, externalLinks: countXlsxLinks(archive.names), ...(date1904 ? { date1904: true as const } : {}) };
}

function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

/** The shared strings: rich text runs joined, phonetic guides (rPh) left out. */
function readSharedStrings(bytes: Uint8Array, partie: string): string[] | ReadFailure {
  const strings: string[] = [];
  let current = '';
  let inText = false;
  let phonetic = 0;
  const failure = walkPart(bytes, partie, {
    open(local) {
      if (local === 'si') current = '';
      else if (local === 'rPh') phonetic++;
      else if (local === 't' && phonetic === 0) inText = true;
    },
    close(local) {
      if (local === 'si') strings.push(current);
      else if (local === 'rPh') phonetic--;
      else if (local === 't') inText = false;
    },
    text(text) {
      if (inText) current += text;
    },
  });
  return failure ?? strings;
}

/** What a number format shows, beyond a plain number. */
type NumberStyle = 'date' | 'percent' | undefined;

/** For each cell style (cellXfs, by index), whether its number format shows a date or a percentage. */
function readNumberStyles(bytes: Uint8Array, partie: string): NumberStyle[] | ReadFailure {
  const codes = new Map<number, string>();
  const formats: number[] = [];
  let inCellXfs = false;
  const failure = walkPart(bytes, partie, {
    open(local, attributes) {
      if (local === 'numFmt') codes.set(Number(attribute(attributes, 'numFmtId')), attribute(attributes, 'formatCode') ?? '');
      else if (local === 'cellXfs') inCellXfs = true;
      else if (local === 'xf' && inCellXfs) formats.push(Number(attribute(attributes, 'numFmtId') ?? 0));
    },
    close(local) {
      if (local === 'cellXfs') inCellXfs = false;
    },
  });
  return (
    failure ?? formats.map((id) => (isDateFormat(id, codes.get(id)) ? 'date' : isPercentFormat(id, codes.get(id)) ? 'percent' : undefined))
  );
}

function sheetHandlers(
  builder: SheetBuilder,
  shared: readonly string[],
  dateStyles: readonly NumberStyle[],
  date1904: boolean,
): XmlHandlers {
  let row = 0;
  let col = 0;
  let type = 'n';
  let style = 0;
  let value: string | undefined;
  let formula: string | undefined;
  let inline: string | undefined;
  /** What the text being read goes to. */
  let capture: 'v' | 'f' | 't' | undefined;
  let buffer = '';
  let inInline = false;
  let phonetic = 0;

  function finishCell(): void {
    let kind: CellKind;
    let text: string;
    if (type === 'inlineStr') {
      kind = 'text';
      text = inline ?? value ?? '';
    } else if (value === undefined) {
      if (formula === undefined) return;
      kind = 'formula-without-value';
      text = '';
    } else if (type === 's') {
      const string = shared[Number(value)];
      if (string === undefined || value.trim() === '') return;
      kind = 'text';
      text = string;
    } else if (type === 'str') {
      kind = 'text';
      text = value;
    } else if (type === 'b') {
      kind = 'boolean';
      text = isTrue(value.trim()) ? 'true' : 'false';
    } else if (type === 'e') {
      kind = 'error';
      text = value;
    } else if (type === 'd') {
      const date = isoDateText(value);
      kind = date === undefined ? 'text' : 'date';
      text = date ?? value;
    } else {
      const number = numberText(value);
      const date = number !== undefined && dateStyles[style] === 'date' ? serialToDate(Number(value), date1904) : undefined;
      kind = date !== undefined ? 'date' : number !== undefined ? 'number' : 'text';
      text = date ?? number ?? value;
    }
    if (text === '' && formula === undefined && kind === 'text') return;
    const cell: Cell = formula === undefined ? { row, col, kind, text } : { row, col, kind, text, formula };
    if (kind === 'number' && dateStyles[style] === 'percent') cell.percent = true;
    builder.add(cell);
  }

  return {
    open(local, attributes) {
      switch (local) {
        case 'row': {
          const number = Number(attribute(attributes, 'r'));
          row = Number.isInteger(number) && number > 0 ? number : row + 1;
          col = 0;
          if (isTrue(attribute(attributes, 'hidden'))) builder.hiddenRows.add(row);
          break;
        }
        case 'c': {
          const ref = attribute(attributes, 'r');
          const place = ref === undefined ? undefined : parseCellRef(ref);
          if (place) {
            row = place.row;
            col = place.col;
          } else col++;
          type = attribute(attributes, 't') ?? 'n';
          style = Number(attribute(attributes, 's') ?? 0);
          value = formula = inline = undefined;
          break;
        }
        case 'v':
        case 'f':
          capture = local;
          buffer = '';
          break;
        case 'is':
          inInline = true;
          inline = '';
          break;
        case 'rPh':
          phonetic++;
          break;
        case 't':
          if (inInline && phonetic === 0) {
            capture = 't';
            buffer = '';
          }
          break;
        case 'mergeCell': {
          const [from, to] = (attribute(attributes, 'ref') ?? '').split(':');
          const start = from === undefined ? undefined : parseCellRef(from);
          const end = to === undefined ? start : parseCellRef(to);
          if (start && end)
            builder.addMerge({
              top: Math.min(start.row, end.row),
              left: Math.min(start.col, end.col),
              bottom: Math.max(start.row, end.row),
              right: Math.max(start.col, end.col),
            });
          break;
        }
      }
    },
    close(local) {
      switch (local) {
        case 'v':
          if (capture === 'v') value = buffer;
          capture = undefined;
          break;
        case 'f':
          if (capture === 'f') formula = buffer;
          capture = undefined;
          break;
        case 't':
          if (capture === 't') inline += buffer;
          capture = undefined;
          break;
        case 'is':
          inInline = false;
          break;
        case 'rPh':
          phonetic--;
          break;
        case 'c':
          finishCell();
          break;
      }
    },
    text(text) {
      if (capture !== undefined) buffer += text;
    },
  };
}
