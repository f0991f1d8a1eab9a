import type { Catalogue } from '../i18n/index.js';
import type { AmountTotals, DossierReport, Problem } from '../report/types.js';
import type { Position } from '../vocabulary.js';

/** Amounts for French spreadsheets: decimal comma, no thousands separator ("1920,50"). */
export function decimalComma(cents: number | undefined): string {
  if (cents === undefined) return '';
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

/** A SIREN written one way, nine digits, however the dossier spaced it; anything else as given. */
export function sirenDigits(siren: string): string {
  const digits = siren.replace(/[\s\u00a0\u202f]/g, '');
  return /^\d{9}$/.test(digits) ? digits : siren;
}

/** The analysis criteria a dossier documents, out of the call's: "3/6" (none when it could not be read). */
export function criteriaDocumented(dossier: DossierReport): string | undefined {
  return dossier.criteres ? `${dossier.criteres.filter((criterion) => criterion.documente).length}/${dossier.criteres.length}` : undefined;
}

export function countBy(problems: readonly Problem[], gravite: Problem['gravite']): number {
  return problems.filter((problem) => problem.gravite === gravite).length;
}

export function xmlEscape(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      // A parser turns a raw CR into a line feed.
      .replace(/\r/g, '&#13;')
      // eslint-disable-next-line no-control-regex -- characters XML 1.0 cannot carry at all
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
  );
}

/** For an attribute's value, where a parser turns a raw line feed or tab into a space (a file name may hold one). */
export function xmlAttribute(text: string): string {
  return xmlEscape(text).replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/** Every problem of a batch with the dossier it belongs to. */
export function allProblems(dossiers: readonly DossierReport[]): { dossier: DossierReport; problem: Problem }[] {
  return dossiers.flatMap((dossier) => dossier.problemes.map((problem) => ({ dossier, problem })));
}

/** The file a dossier's positions point into: the file itself, even for the n-th dossier of several. */
export function sourceFile(dossier: DossierReport): string {
  return dossier.document?.fichier ?? dossier.fichier;
}

/**
 * A file's path as a URI reference (RFC 3986), as SARIF 2.1.0 requires of
 * `artifactLocation.uri`: each segment percent-encoded (a space, `#`, `%`, `?`
 * or `é` taken raw would make another URI or none), forward slashes. A
 * relative path stays relative, resolved against the folder of the run; an
 * absolute one becomes a `file:` URI, with its drive letter or server for a
 * Windows path.
 */
export function fileUri(path: string): string {
  const windows = /^[A-Za-z]:[\\/]|^\\\\[^\\]/.test(path);
  const slashed = windows ? path.replace(/\\/g, '/') : path;
  // A lone surrogate has no UTF-8 form to encode: it stands for the character it replaces.
  const wellFormed = slashed.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  const encoded = wellFormed
    .split('/')
    .map((segment, index) => (index === 0 && windows && /^[A-Za-z]:$/.test(segment) ? segment : encodeURIComponent(segment)))
    .join('/');
  if (/^[A-Za-z]:\//.test(encoded)) return `file:///${encoded}`;
  // `/srv/a` → file:///srv/a; a Windows share `//server/share/a` → file://server/share/a.
  return encoded.startsWith('/') ? `file:${encoded.startsWith('//') ? '' : '//'}${encoded}` : encoded;
}

/**
 * Where a problem is, for a reader: file:line:column, the dossier and its
 * cell for a spreadsheet export (`export.xlsx#1234 Dépenses!C14`), or the
 * dossier's name when it has no position.
 */
export function problemLocation(dossier: DossierReport, problem: Problem): string {
  if (!problem.position) return dossier.fichier;
  const cell = cellAndTitle(problem.position);
  return cell ? `${dossier.fichier} ${cell}` : `${sourceFile(dossier)}:${problem.position.ligne}:${problem.position.colonne}`;
}

/** A cell of an export with its column's title, as the officer finds it: `Dossiers!W8 (Montant de l'aide sollicitée)`. */
export function cellAndTitle(position: Position): string | undefined {
  const cell = cellReference(position);
  return cell === undefined || position.titre === undefined ? cell : `${cell} (${position.titre})`;
}

/**
 * A cell of an export as spreadsheets write a reference to it: `C14` in a
 * CSV, `Dépenses!C14`, `'Dépenses 2022'!C14` (a name with a space, a
 * punctuation mark, starting with a digit or read as a cell is quoted, its
 * quotes doubled). Undefined for a position in a YAML or JSON file.
 */
export function cellReference(position: Position): string | undefined {
  if (position.cellule === undefined) return undefined;
  return position.feuille === undefined ? position.cellule : `${sheetReference(position.feuille)}!${position.cellule}`;
}

function sheetReference(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[RrCc]\d*([RrCc]\d*)?$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A position as a person reads it: the cell of an export (`Dépenses!C14`), else line:column. */
export function positionText(position: Position | undefined): string | undefined {
  if (!position) return undefined;
  return cellReference(position) ?? `${position.ligne}:${position.colonne}`;
}

/** The columns of a batch table (text and HTML), in their order. */
export function batchColumns(t: Catalogue): string[] {
  const { columns } = t.ui.batch;
  return [
    columns.file,
    columns.applicant,
    columns.verdict,
    columns.eligibleHt,
    columns.maximum,
    columns.requested,
    columns.blocking,
    columns.warnings,
  ];
}

/** What the totals of the dossiers that can be granted leave out (no request) or may understate (provisional maximum). */
export function totalsNotes({ grantable }: AmountTotals, t: Catalogue): string[] {
  const notes: string[] = [];
  if (grantable.withoutRequest > 0) notes.push(t.ui.batch.withoutRequest(grantable.withoutRequest));
  if (grantable.provisional > 0) notes.push(t.ui.batch.provisional(grantable.provisional));
  return notes;
}
