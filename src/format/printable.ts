/** Longer texts (a value pasted from a whole file) are cut: a report is read by a person, not a copy of the file. */
const MAX_TEXT = 1000;
// C0 and C1 control characters (escape sequences, carriage returns) and bidirectional overrides.
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f]+/g;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The report with every text made safe for a terminal: a dossier must not be
 * able to clear the screen, move the cursor or reverse a line of the report.
 */
export function printable<T>(value: T): T {
  if (typeof value === 'string') {
    const clean = value.replace(UNPRINTABLE, ' ').replace(BIDI, '');
    return (clean.length > MAX_TEXT ? `${clean.slice(0, MAX_TEXT)}…` : clean) as T;
  }
  if (Array.isArray(value)) return value.map(printable) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, printable(child)])) as T;
  }
  return value;
}
