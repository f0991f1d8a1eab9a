import type { Params } from '../vocabulary.js';
import type { Cell, CellRange, Sheet } from './workbook.js';
import { HandlerStop } from './xml.js';

/**
 * Cell values as spreadsheets store them: A1 references, numbers to the 15
 * significant digits a spreadsheet shows, date serials in the 1900 and 1904
 * systems, and which number formats are dates.
 */

/** (row, col) from "C14", 1-based; undefined when `ref` is not a cell reference. */
export function parseCellRef(ref: string): { row: number; col: number } | undefined {
  let col = 0;
  let index = 0;
  for (; index < ref.length; index++) {
    const code = ref.charCodeAt(index);
    if (code === 36 && index === 0) continue; // $C$14
    if (code >= 65 && code <= 90) col = col * 26 + (code - 64);
    else if (code >= 97 && code <= 122) col = col * 26 + (code - 96);
    else break;
  }
  if (ref.charCodeAt(index) === 36) index++;
  const digits = ref.slice(index);
  if (col === 0 || !/^[1-9]\d{0,8}$/.test(digits)) return undefined;
  return { row: Number(digits), col };
}

/**
 * A number as a decimal string to 15 significant digits, never in exponent
 * notation: a formula's cached 1920.0000000000002 is the 1920 a spreadsheet
 * shows, and 2400.1 stays "2400.1". Undefined when `raw` is not a finite number.
 */
export function numberText(raw: string | number): string | undefined {
  const value = typeof raw === 'number' ? raw : raw.trim() === '' ? Number.NaN : Number(raw);
  if (!Number.isFinite(value)) return undefined;
  if (value === 0) return '0';
  const [mantissa, exponentText] = value.toPrecision(15).split('e') as [string, string | undefined];
  const negative = mantissa.startsWith('-');
  const [whole, fraction = ''] = (negative ? mantissa.slice(1) : mantissa).split('.') as [string, string | undefined];
  let digits = whole + fraction;
  // Position of the decimal point within `digits`.
  let point = whole.length + (exponentText === undefined ? 0 : Number(exponentText));
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  } else if (point > digits.length) digits += '0'.repeat(point - digits.length);
  const integer = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const decimals = withoutTrailingZeros(digits.slice(point));
  return `${negative ? '-' : ''}${integer}${decimals ? `.${decimals}` : ''}`;
}

function withoutTrailingZeros(digits: string): string {
  let end = digits.length;
  while (end > 0 && digits.charCodeAt(end - 1) === 48) end--;
  return digits.slice(0, end);
}

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * A date serial as "YYYY-MM-DD" (or "YYYY-MM-DDTHH:MM:SS" when it holds a
 * time of day), in the workbook's date system. Undefined for what is no date:
 * a serial below 1 (a time alone), Excel's phantom 29/02/1900 (serial 60 in
 * the 1900 system, a day that never was), or one past the year 9999.
 */
export function serialToDate(serial: number, date1904: boolean): string | undefined {
  if (!Number.isFinite(serial) || serial < (date1904 ? 0 : 1) || serial >= 2_958_466) return undefined;
  if (!date1904 && Math.floor(serial) === 60) return undefined;
  // Excel counts 1900 as a leap year: serials before the phantom day are one day later than the calendar.
  const epoch = date1904 ? EPOCH_1904 : serial < 60 ? EPOCH_1900 + DAY_MS : EPOCH_1900;
  const seconds = Math.round(serial * 86_400);
  const iso = new Date(epoch + seconds * 1000).toISOString();
  return seconds % 86_400 === 0 ? iso.slice(0, 10) : iso.slice(0, 19);
}

/** An ISO date or date-time as written in a file ("2022-07-21T00:00:00.000Z"), as a Cell's date text; undefined when it is none. */
export function isoDateText(value: string): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?)?$/.exec(value.trim());
  if (!match) return undefined;
  const [, day, time] = match as unknown as [string, string, string | undefined];
  if (time === undefined) return day;
  const full = time.length === 5 ? `${time}:00` : time;
  return full === '00:00:00' ? day : `${day}T${full}`;
}

/** Built-in number formats that show a date (ECMA-376 §18.8.30): 14–22 and 45–47. */
function isBuiltInDate(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 45 && id <= 47);
}

/**
 * Whether a number format shows a date: a built-in date format, or a code
 * with a day or year letter outside quotes, brackets ([Red], [$-40C]) and
 * escapes. A month "m" alone is left out: in "h:mm" it is minutes.
 */
export function isDateFormat(id: number, code: string | undefined): boolean {
  if (code === undefined) return isBuiltInDate(id);
  return firstSectionShows(code, (char) => /[dyDY]/.test(char));
}

/**
 * Whether a number format shows a percentage (the value × 100, then "%"):
 * built-in 9 and 10, or a "%" outside quotes, brackets and escapes in the
 * code's first section.
 */
export function isPercentFormat(id: number, code: string | undefined): boolean {
  if (code === undefined) return id === 9 || id === 10;
  return firstSectionShows(code, (char) => char === '%');
}

/**
 * Whether the first section of a number format (positive numbers) shows a
 * character `wanted` accepts, outside quotes, brackets ([Red], [$-40C]) and
 * escapes; a scan, not a regular expression, so a long code costs linear time.
 */
function firstSectionShows(code: string, wanted: (char: string) => boolean): boolean {
  for (let index = 0; index < code.length; index++) {
    const char = code[index]!;
    if (char === ';') return false;
    if (char === '"') index = closing(code, '"', index);
    else if (char === '[') index = closing(code, ']', index);
    // An escaped character, a space the width of one (_x) or a fill (*x).
    else if (char === '\\' || char === '_' || char === '*') index++;
    else if (wanted(char)) return true;
  }
  return false;
}

/**
 * A decimal string (as numberText gives) × 100, as a spreadsheet shows a
 * percentage: "0.055" is "5.5", by moving the point, never through a binary product.
 */
export function percentText(number: string): string {
  const negative = number.startsWith('-');
  const [whole, fraction = ''] = (negative ? number.slice(1) : number).split('.') as [string, string | undefined];
  let digits = (whole + fraction.padEnd(2, '0')).replace(/^0+(?=\d)/, '');
  let point = digits.length - Math.max(fraction.length - 2, 0);
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  const integer = digits.slice(0, point) || '0';
  const decimals = withoutTrailingZeros(digits.slice(point));
  const text = `${integer}${decimals ? `.${decimals}` : ''}`;
  return negative && text !== '0' ? `-${text}` : text;
}

function closing(code: string, char: string, from: number): number {
  const found = code.indexOf(char, from + 1);
  return found < 0 ? code.length : found;
}

/** A sheet name as a formula writes it: quoted, ' doubled, unless letters, digits, _ and . only. */
export function quoteSheetName(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Non-empty cells still allowed, all sheets together: an export is untrusted input. */
export class CellBudget {
  count = 0;
  constructor(readonly max: number) {}
  /** Takes `cells` more; false when that passes the bound. */
  take(cells: number): boolean {
    this.count += cells;
    return this.count <= this.max;
  }
}

/** What stops a reader when the budget is spent. */
export function tooManyCells(budget: CellBudget): HandlerStop<{ ok: false; code: string; params: Params }> {
  return new HandlerStop({ ok: false, code: 'trop-de-cellules', params: { max: budget.max } });
}

/** A sheet as it is read: rows by number, each row's cells in column order. */
export class SheetBuilder {
  readonly rows = new Map<number, Cell[]>();
  readonly hiddenRows = new Set<number>();
  readonly merges: CellRange[] = [];
  private unordered = false;

  constructor(
    readonly name: string,
    readonly hidden: boolean,
    readonly budget: CellBudget,
  ) {}

  /** A merged range counts as a cell: each is looked up when the mapping reads a column it covers. */
  addMerge(range: CellRange): void {
    if (!this.budget.take(1)) throw tooManyCells(this.budget);
    this.merges.push(range);
  }

  add(cell: Cell): void {
    if (!this.budget.take(1)) throw tooManyCells(this.budget);
    const row = this.rows.get(cell.row);
    if (row === undefined) this.rows.set(cell.row, [cell]);
    else {
      const last = row[row.length - 1]!;
      if (cell.col <= last.col) this.unordered = true;
      row.push(cell);
    }
  }

  build(): Sheet {
    let rows: ReadonlyMap<number, readonly Cell[]> = this.rows;
    if (this.unordered || !isAscending([...this.rows.keys()])) {
      // A writer may list rows or cells out of order, or a cell twice (the last one wins, as Excel keeps it).
      rows = new Map(
        [...this.rows.entries()]
          .sort(([a], [b]) => a - b)
          .map(([number, cells]) => [number, [...new Map(cells.map((cell) => [cell.col, cell])).values()].sort((a, b) => a.col - b.col)]),
      );
    }
    return { name: this.name, hidden: this.hidden, rows, hiddenRows: this.hiddenRows, merges: this.merges };
  }
}

function isAscending(numbers: readonly number[]): boolean {
  for (let index = 1; index < numbers.length; index++) if (numbers[index]! <= numbers[index - 1]!) return false;
  return true;
}
