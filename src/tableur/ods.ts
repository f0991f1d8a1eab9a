import { CellBudget, isoDateText, numberText, SheetBuilder, tooManyCells } from './cells.js';
import type { Cell, CellKind, Sheet, WorkbookLimits } from './workbook.js';
import { localName } from './xml.js';
import { walkPart, type SheetsRead } from './xlsx.js';
import { readArchive } from './zip.js';

/** The longest text a spreadsheet cell holds (Excel's limit, 32 767 characters). */
const MAX_CELL_TEXT = 32_767;

const CONTENT = 'content.xml';
const MANIFEST = 'META-INF/manifest.xml';

/** A cell as read, before its repeats are laid out. */
interface ReadCell {
  col: number;
  repeat: number;
  kind: CellKind;
  text: string;
  formula: string | undefined;
  percent?: true;
}

/**
 * An ODS export (OpenDocument, as LibreOffice writes it): content.xml only.
 * Repeated rows and cells are laid out only when they hold something (empty
 * repeats, a million of them at the end of every LibreOffice sheet, cost
 * nothing); a repeated value counts as many cells as it fills.
 */
export function readOds(bytes: Uint8Array, limits: WorkbookLimits): SheetsRead {
  const archive = readArchive(bytes, (name) => name === CONTENT || name === MANIFEST, limits.maxInflatedBytes);
  if (!archive.ok) return archive;
  const manifest = archive.parts.get(MANIFEST);
  // A password-protected ODS keeps its manifest in clear and says how content.xml is encrypted.
  if (manifest && new TextDecoder().decode(manifest).includes('encryption-data'))
    return { ok: false, code: 'classeur-chiffre', params: {} };

  const budget = new CellBudget(limits.maxCells);
  const sheets: Sheet[] = [];
  const hiddenStyles = new Set<string>();
  let styleName = '';
  let externalLinks = 0;

  let sheet: SheetBuilder | undefined;
  let row = 0;
  let rowRepeat = 1;
  let rowHidden = false;
  let rowCells: ReadCell[] = [];
  let col = 0;

  // The cell being read.
  let inCell = false;
  let covered = false;
  let cellRepeat = 1;
  let officeType: string | undefined;
  let calcType: string | undefined;
  let value: string | undefined;
  let dateValue: string | undefined;
  let booleanValue: string | undefined;
  let stringValue: string | undefined;
  let formula: string | undefined;
  let text = '';
  const append = (piece: string) => {
    if (text.length < MAX_CELL_TEXT)
      text += piece.length <= MAX_CELL_TEXT - text.length ? piece : piece.slice(0, MAX_CELL_TEXT - text.length);
  };
  let paragraphs = 0;
  let inParagraph = 0;
  let annotation = 0;

  function openCell(attributes: Readonly<Record<string, string>>, isCovered: boolean): void {
    inCell = true;
    covered = isCovered;
    cellRepeat = 1;
    officeType = calcType = value = dateValue = booleanValue = stringValue = formula = undefined;
    text = '';
    paragraphs = 0;
    let columnsSpanned = 1;
    let rowsSpanned = 1;
    for (const key in attributes) {
      const attributeValue = attributes[key]!;
      switch (localName(key)) {
        case 'number-columns-repeated':
          cellRepeat = positive(attributeValue);
          break;
        case 'number-columns-spanned':
          columnsSpanned = positive(attributeValue);
          break;
        case 'number-rows-spanned':
          rowsSpanned = positive(attributeValue);
          break;
        case 'value-type':
          if (key.startsWith('calcext:')) calcType = attributeValue;
          else officeType = attributeValue;
          break;
        case 'value':
          value = attributeValue;
          break;
        case 'date-value':
          dateValue = attributeValue;
          break;
        case 'boolean-value':
          booleanValue = attributeValue;
          break;
        case 'string-value':
          stringValue = attributeValue;
          break;
        case 'formula':
          formula = attributeValue;
          break;
      }
    }
    if (!isCovered && (columnsSpanned > 1 || rowsSpanned > 1))
      sheet?.addMerge({ top: row + 1, left: col + 1, bottom: row + rowsSpanned, right: col + columnsSpanned });
  }

  function closeCell(): void {
    inCell = false;
    const first = col + 1;
    col += cellRepeat;
    if (covered) return;
    let kind: CellKind;
    let cellText: string;
    if (calcType === 'error') {
      kind = 'error';
      cellText = text;
    } else if (officeType === 'float' || officeType === 'currency' || officeType === 'percentage') {
      const number = value === undefined ? undefined : numberText(value);
      kind = number === undefined ? 'text' : 'number';
      cellText = number ?? text;
    } else if (officeType === 'date') {
      const date = dateValue === undefined ? undefined : isoDateText(dateValue);
      kind = date === undefined ? 'text' : 'date';
      cellText = date ?? text;
    } else if (officeType === 'boolean') {
      kind = 'boolean';
      cellText = booleanValue === 'true' || booleanValue === '1' ? 'true' : 'false';
    } else if (officeType !== undefined) {
      kind = 'text';
      cellText = stringValue ?? text;
    } else if (formula !== undefined) {
      kind = 'formula-without-value';
      cellText = '';
    } else {
      kind = 'text';
      cellText = text;
    }
    if (cellText === '' && kind === 'text' && formula === undefined) return;
    const percent = kind === 'number' && officeType === 'percentage' ? { percent: true as const } : {};
    rowCells.push({ col: first, repeat: cellRepeat, kind, text: cellText, formula, ...percent });
  }

  function closeRow(): void {
    const first = row + 1;
    row += rowRepeat;
    if (rowCells.length === 0 || sheet === undefined) return;
    let perRow = 0;
    for (const cell of rowCells) perRow += cell.repeat;
    // Counted before a single cell is laid out: one value repeated over a whole sheet is refused, not built.
    if (!budget.take(perRow * rowRepeat)) throw tooManyCells(budget);
    for (let number = first; number <= row; number++) {
      const cells: Cell[] = [];
      for (const read of rowCells)
        for (let offset = 0; offset < read.repeat; offset++) {
          const cell: Cell = { row: number, col: read.col + offset, kind: read.kind, text: read.text };
          if (read.formula !== undefined) cell.formula = read.formula;
          if (read.percent) cell.percent = true;
          cells.push(cell);
        }
      sheet.rows.set(number, cells);
      if (rowHidden) sheet.hiddenRows.add(number);
    }
    rowCells = [];
  }

  const failure = walkPart(archive.parts.get(CONTENT), CONTENT, {
    open(local, attributes) {
      switch (local) {
        case 'table-cell':
          openCell(attributes, false);
          break;
        case 'covered-table-cell':
          openCell(attributes, true);
          break;
        case 'p':
        case 'h':
          if (inCell && annotation === 0) {
            if (paragraphs++ > 0) append('\n');
            inParagraph++;
          }
          break;
        case 's':
          if (inParagraph > 0 && annotation === 0) {
            let count = 1;
            for (const key in attributes) if (localName(key) === 'c') count = positive(attributes[key]!);
            // Spaces cost 22 bytes of XML for any count: a cell's text stops where a spreadsheet's does.
            append(' '.repeat(Math.max(0, Math.min(count, MAX_CELL_TEXT - text.length))));
          }
          break;
        case 'tab':
          if (inParagraph > 0 && annotation === 0) append('\t');
          break;
        case 'line-break':
          if (inParagraph > 0 && annotation === 0) append('\n');
          break;
        case 'annotation':
          annotation++;
          break;
        case 'table-row':
          rowRepeat = 1;
          rowHidden = false;
          col = 0;
          rowCells = [];
          for (const key in attributes) {
            const name = localName(key);
            if (name === 'number-rows-repeated') rowRepeat = positive(attributes[key]!);
            else if (name === 'visibility') rowHidden = attributes[key] === 'collapse' || attributes[key] === 'filter';
          }
          break;
        case 'table': {
          let name = `${sheets.length + 1}`;
          let hidden = false;
          for (const key in attributes) {
            const attributeName = localName(key);
            if (attributeName === 'name') name = attributes[key]!;
            else if (attributeName === 'style-name') hidden = hiddenStyles.has(attributes[key]!);
          }
          sheet = new SheetBuilder(name, hidden, budget);
          row = 0;
          break;
        }
        case 'style':
          styleName = '';
          for (const key in attributes) if (localName(key) === 'name') styleName = attributes[key]!;
          break;
        case 'table-properties':
          for (const key in attributes) if (localName(key) === 'display' && attributes[key] === 'false') hiddenStyles.add(styleName);
          break;
        case 'table-source':
        case 'cell-range-source':
        case 'dde-link':
          externalLinks++;
          break;
      }
    },
    close(local) {
      switch (local) {
        case 'table-cell':
        case 'covered-table-cell':
          if (inCell) closeCell();
          break;
        case 'p':
        case 'h':
          if (inParagraph > 0 && annotation === 0) inParagraph--;
          break;
        case 'annotation':
          annotation--;
          break;
        case 'table-row':
          closeRow();
          break;
        case 'table':
          if (sheet) sheets.push(sheet.build());
          sheet = undefined;
          break;
      }
    },
    text(chunk) {
      if (inParagraph > 0 && annotation === 0) append(chunk);
    },
  });
  if (failure) return failure;
  return { ok: true, sheets, externalLinks };
}

/** A repeat or span count: a positive integer, 1 when it is none. */
function positive(value: string): number {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : 1;
}
