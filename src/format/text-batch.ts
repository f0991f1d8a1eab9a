import { catalogue, fieldLabel, type Catalogue } from '../i18n/index.js';
import { formatCents } from '../money/format.js';
import { summarize } from '../report/build.js';
import type { DossierReport, Report, SetTotals, Summary } from '../report/types.js';
import type { Style } from './types.js';
import { editionOf, explainProblem } from './explain.js';
import { renderProblem } from './messages.js';
import { printable } from './printable.js';
import { canBeGranted, grantableMaximum } from '../report/grant.js';
import { batchColumns, countBy, problemLocation, totalsNotes } from './utils.js';

/**
 * Several dossiers for a grant officer: one table row per dossier with
 * totals rows (requested versus maximum grant, each over a named set), then each dossier's problems
 * on one line each, then the count by verdict. The detail of one dossier is
 * its own check.
 */
export function formatBatchText(report: Report, style: Style, explain = false, width?: number): string {
  const t = catalogue(report.lang);
  const blocks = [summaryTable(report, t, style, width)];
  const withProblems = report.dossiers.filter((dossier) => dossier.problemes.some((problem) => problem.gravite !== 'info'));
  if (withProblems.length > 0) blocks.push(withProblems.map((dossier) => problemLines(dossier, report, t, style, explain)).join('\n\n'));
  blocks.push(`${summaryLine(report, t, style)}\n${style.dim(t.ui.batch.detailHint)}`);
  return `${blocks.join('\n\n')}\n`;
}

/** Applicants' names past this length are cut: the file name, always whole, identifies the dossier. */
const MAX_APPLICANT = 26;

interface Cell {
  text: string;
  colour?: (text: string) => string;
}

/** In a narrow terminal, applicants' names are cut shorter, down to this. */
const MIN_APPLICANT = 12;

/** Columns of the batch table: file, applicant, verdict, eligible base, maximum, requested, blocking, warnings. */
const APPLICANT = 1;
const ELIGIBLE_BASE = 3;

/**
 * How the batch table fits a terminal, tried in this order until it fits:
 * applicants' names cut shorter (26 down to 12 characters); the eligible base
 * column dropped (the maximum says what matters); the applicant column dropped
 * (the file names the dossier; each total keeps its count of dossiers); then
 * the file name on a line of its own, the figures on the next. File names and
 * amounts are never cut.
 */
interface BatchLayout {
  applicantMax: number;
  columns: number[];
  stacked: boolean;
}

const FULL_LAYOUT: BatchLayout = { applicantMax: MAX_APPLICANT, columns: [0, 1, 2, 3, 4, 5, 6, 7], stacked: false };

function* narrowerLayouts(): Generator<BatchLayout> {
  for (let applicantMax = MAX_APPLICANT - 2; applicantMax >= MIN_APPLICANT; applicantMax -= 2) yield { ...FULL_LAYOUT, applicantMax };
  const withoutBase = FULL_LAYOUT.columns.filter((column) => column !== ELIGIBLE_BASE);
  yield { applicantMax: MIN_APPLICANT, columns: withoutBase, stacked: false };
  const withoutApplicant = withoutBase.filter((column) => column !== APPLICANT);
  yield { applicantMax: MIN_APPLICANT, columns: withoutApplicant, stacked: false };
  yield { applicantMax: MIN_APPLICANT, columns: withoutApplicant, stacked: true };
}

/**
 * One line per dossier, columns aligned with spaces (no borders, no
 * wrapping), so that the table stays readable in a terminal, a CI log or a
 * pasted e-mail, and greppable line by line. Given a terminal's width, the
 * first layout that fits it (see BatchLayout).
 */
function summaryTable(report: Report, t: Catalogue, style: Style, width: number | undefined): string {
  const notes = totalsNotes(summarize(report.dossiers).montants, t);
  let table = summaryTableIn(report, t, style, FULL_LAYOUT);
  if (width === undefined) return [table.text, ...notes.map((note) => style.dim(note))].join('\n');
  for (const layout of narrowerLayouts()) {
    if (table.widest <= width) break;
    table = summaryTableIn(report, t, style, layout, width);
  }
  return [table.text, ...notes.flatMap((note) => wrapWords(note, width).map((line) => style.dim(line)))].join('\n');
}

function summaryTableIn(
  report: Report,
  t: Catalogue,
  style: Style,
  layout: BatchLayout,
  width = Infinity,
): { text: string; widest: number } {
  const money = (cents: number | undefined) => (cents === undefined ? '—' : formatCents(cents, report.lang));
  const head = batchColumns(t);
  const rightAligned = [false, false, false, true, true, true, true, true];
  const rows: Cell[][] = report.dossiers.map((dossier) => {
    const blocking = countBy(dossier.problemes, 'bloquant');
    const warnings = countBy(dossier.problemes, 'avertissement');
    return [
      { text: dossier.fichier },
      { text: shorten(dossier.porteur.nom ?? t.ui.missing, layout.applicantMax) },
      { text: t.verdicts[dossier.verdict], colour: verdictColour(dossier, style) },
      { text: money(dossier.aide?.eligibleBaseCents) },
      { text: money(grantableMaximum(dossier)) },
      { text: money(dossier.aide?.requestedCents) },
      { text: String(blocking), colour: blocking > 0 ? style.bad : undefined },
      { text: String(warnings), colour: warnings > 0 ? style.warn : undefined },
    ];
  });
  // Summed from the rows shown, so that the totals always add up to them.
  const summary = summarize(report.dossiers);
  const withApplicant = layout.columns.includes(APPLICANT);
  const totalRows = totalsRows(report, summary, t, money).map((row) => {
    // Without the applicant column, the count of dossiers it held follows the total's name.
    const cells = withApplicant ? row : [`${row[0]} — ${row[1]}`, '', ...row.slice(2)];
    return cells.map((text) => ({ text, colour: style.bold }));
  });

  const all = [head.map((text) => ({ text })), ...rows, ...totalRows];
  const widths = head.map((_, column) => Math.max(...all.map((row) => screenWidth(row[column]!.text))));
  // Stacked, the file (or the total's name) has a line of its own, the other columns the next, indented.
  const figures = layout.stacked ? layout.columns.filter((column) => column !== 0) : layout.columns;
  const indent = layout.stacked ? '  ' : '';
  const aligned = (row: Cell[]) =>
    figures
      .map((column) => {
        const cell = row[column]!;
        const padding = ' '.repeat(widths[column]! - screenWidth(cell.text));
        const text = cell.colour ? cell.colour(cell.text) : cell.text;
        return rightAligned[column] ? padding + text : text + padding;
      })
      .join('  ')
      .trimEnd();
  const line = (row: Cell[]) => {
    const first = row[0]!;
    if (!layout.stacked) return aligned(row);
    // A file name wider than the terminal is broken after a slash, never cut.
    const name = breakPath(first.text, width)
      .map((piece) => (first.colour ? first.colour(piece) : piece))
      .join('\n');
    return `${name}\n${indent}${aligned(row)}`;
  };
  const rule = style.dim(indent + figures.map((column) => '─'.repeat(widths[column]!)).join('  '));
  const lines = [style.bold(line(all[0]!)), rule, ...rows.map((row) => line(row)), rule, ...totalRows.map((row) => line(row))];
  const widest = layout.stacked
    ? indent.length + figures.reduce((sum, column) => sum + widths[column]!, 0) + 2 * (figures.length - 1)
    : figures.reduce((sum, column) => sum + widths[column]!, 0) + 2 * (figures.length - 1);
  return { text: lines.join('\n'), widest };
}

/** A path cut after its slashes into lines no wider than `max` (a part longer stays whole). */
function breakPath(path: string, max: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const part of path.split(/(?<=\/)/)) {
    if (current !== '' && screenWidth(current) + screenWidth(part) > max) {
      lines.push(current);
      current = part;
    } else current += part;
  }
  lines.push(current);
  return lines;
}

/** A note cut at spaces into lines no wider than `max` (a word longer stays whole). */
function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (current !== '' && screenWidth(current) + 1 + screenWidth(word) > max) {
      lines.push(current);
      current = word;
    } else current = current === '' ? word : `${current} ${word}`;
  }
  if (current !== '') lines.push(current);
  return lines;
}

/**
 * Totals that each compare requested and maximum grants over one set of
 * dossiers, named in the row: those that can still be granted something
 * (eligible or to complete), then apart the ineligible ones, whose requests
 * no one will grant, and the unreadable ones. The rows add up to the columns.
 */
function totalsRows(report: Report, summary: Summary, t: Catalogue, money: (cents: number | undefined) => string): string[][] {
  const { grantable, ineligible } = summary.montants;
  const blocking = (set: (dossier: DossierReport) => boolean) =>
    report.dossiers.filter(set).reduce((sum, dossier) => sum + countBy(dossier.problemes, 'bloquant'), 0);
  const warnings = (set: (dossier: DossierReport) => boolean) =>
    report.dossiers.filter(set).reduce((sum, dossier) => sum + countBy(dossier.problemes, 'avertissement'), 0);
  const isGrantable = (dossier: DossierReport) => canBeGranted(dossier.verdict);
  const isIneligible = (dossier: DossierReport) => dossier.verdict === 'ineligible';
  const isUnreadable = (dossier: DossierReport) => dossier.verdict === 'illisible';
  const row = (label: string, dossiers: number, belongs: (dossier: DossierReport) => boolean, figures: string[]) => [
    label,
    t.ui.batch.dossiers(dossiers),
    '',
    ...figures,
    String(blocking(belongs)),
    String(warnings(belongs)),
  ];
  const figuresOf = (set: SetTotals) => [money(set.eligibleBaseCents), money(set.maximumCents), money(set.requestedCents)];
  const rows = [row(t.ui.batch.grantableTotal, grantable.dossiers, isGrantable, figuresOf(grantable))];
  if (ineligible.dossiers > 0) rows.push(row(t.ui.batch.ineligibleTotal, ineligible.dossiers, isIneligible, figuresOf(ineligible)));
  if (summary.illisible > 0) rows.push(row(t.ui.batch.unreadableTotal, summary.illisible, isUnreadable, ['—', '—', '—']));
  return rows;
}

/** Characters on screen: accented letters are one, whatever their encoding. */
function screenWidth(text: string): number {
  return [...text.normalize('NFC')].length;
}

function shorten(text: string, max: number): string {
  const characters = [...text];
  return characters.length <= max ? text : `${characters.slice(0, max - 1).join('')}…`;
}

function problemLines(dossier: DossierReport, report: Report, t: Catalogue, style: Style, explain: boolean): string {
  const lines = [`${style.bold(verdictColour(dossier, style)(t.verdicts[dossier.verdict]))}  ${style.bold(dossier.fichier)}`];
  for (const problem of dossier.problemes) {
    if (problem.gravite === 'info') continue;
    const colour = problem.gravite === 'bloquant' ? style.bad : style.warn;
    const where = problemLocation(dossier, problem);
    const field = problem.chemin === '' ? '' : `  ${fieldLabel(problem.chemin, t)}`;
    lines.push(
      `  ${colour(t.gravities[problem.gravite].padEnd(13))} ${where}${style.dim(field)}`,
      `      ${printable(renderProblem(problem, dossier, report.reglement, report.lang))}`,
    );
    if (explain) lines.push(...explainProblem(problem, editionOf(dossier, report), t, style));
  }
  return lines.join('\n');
}

function verdictColour(dossier: DossierReport, style: Style): (text: string) => string {
  return dossier.verdict === 'eligible' ? style.good : dossier.verdict === 'a-completer' ? style.warn : style.bad;
}

function summaryLine(report: Report, t: Catalogue, style: Style): string {
  const { resume } = report;
  return style.bold(
    t.ui.summary({
      total: resume.total,
      eligible: resume.eligible,
      aCompleter: resume['a-completer'],
      ineligible: resume.ineligible,
      illisible: resume.illisible,
    }),
  );
}
