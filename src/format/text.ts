import Table from 'cli-table3';
import { catalogue, fieldLabel, type Catalogue, type Lang } from '../i18n/index.js';
import { formatCalendarDate } from '../dates.js';
import { formatCents, formatPercent } from '../money/format.js';
import type { DossierReport, GrantReport, Problem, ReglementSummary, Report } from '../report/types.js';
import { editionOf, explainLines, explainProblem } from './explain.js';
import { renderProblem } from './messages.js';
import { printable } from './printable.js';
import { problemLocation } from './utils.js';
import { formatBatchText } from './text-batch.js';
import { clauseLabel, financingFacts } from './financing.js';
import { PLAIN, type Formatter, type Style } from './types.js';

/** The report for a person: verdict first, then the applicant, the lines, the grant and each problem with its clause. */
export const formatText: Formatter = (untrusted, options = {}) => {
  const style = options.style ?? PLAIN;
  const report = printable(untrusted);
  const explain = options.explain === true;
  // A width too small for any table is no width: the full table, which a terminal wraps.
  const width = options.width !== undefined && options.width >= 40 ? options.width : undefined;
  if (report.dossiers.length !== 1) return formatBatchText(report, style, explain, width);
  return `${dossierText(report.dossiers[0]!, report, style, explain, width)}\n`;
};

function dossierText(dossier: DossierReport, report: Report, style: Style, explain: boolean, width: number | undefined): string {
  const lang = report.lang;
  const t = catalogue(lang);
  const money = (cents: number) => formatCents(cents, lang);
  const out: string[] = [];

  const verdict = t.verdicts[dossier.verdict];
  const colour = dossier.verdict === 'eligible' ? style.good : dossier.verdict === 'a-completer' ? style.warn : style.bad;
  // An ineligible dossier gets nothing: no amount in its headline.
  const headline =
    dossier.aide && dossier.verdict !== 'ineligible' && dossier.verdict !== 'illisible'
      ? ` — ${t.ui.maximum.toLowerCase()} ${money(dossier.aide.maximumCents)}${headlineNote(dossier.aide, lang, t)}`
      : '';
  out.push(`${style.bold(colour(verdict))}  ${style.bold(dossier.fichier)}${headline}`);

  if (dossier.verdict !== 'illisible') {
    out.push(...identity(dossier, lang, t, style));
    out.push('', style.bold(t.ui.expenses), linesTable(dossier, lang, t, width));
    if (explain && dossier.depenses.length > 0)
      out.push(...explainLines(dossier.depenses.slice(0, MAX_TABLE_LINES), dossier, report, t, style));
    if (dossier.aide) {
      const heading = dossier.verdict === 'ineligible' ? `${t.ui.grant} (${t.ui.forInformation})` : t.ui.grant;
      out.push('', style.bold(heading), ...grantSteps(dossier.aide, dossier.verdict === 'ineligible', lang, t));
    }
    if (dossier.financement && dossier.aide)
      out.push(
        '',
        style.bold(t.ui.financing.heading),
        ...financingFacts(dossier.financement, lang, t).map(([label, value]) => `  ${label}${t.ui.colon}${value}`),
      );
    if (dossier.criteres) out.push('', ...criteriaText(dossier.criteres, editionOf(dossier, report), report.lang, t, style, explain));
  }

  out.push('', style.bold(dossier.problemes.length === 0 ? t.ui.noProblem : t.ui.problems(dossier.problemes.length)));
  for (const problem of dossier.problemes) {
    const message = printable(renderProblem(problem, dossier, report.reglement, lang));
    out.push(...problemText(problem, message, problemLocation(dossier, problem), editionOf(dossier, report), t, style, explain));
  }
  return out.join('\n');
}

/** What qualifies the maximum in the headline: provisional, or the range up to the lines to verify. */
function headlineNote(aide: GrantReport, lang: Lang, t: Catalogue): string {
  if (aide.linesWithoutAmount > 0) return ` (${t.ui.provisional(aide.linesWithoutAmount)})`;
  if (aide.maximumIfVerifiedCents > aide.maximumCents) return ` (${t.ui.upTo(formatCents(aide.maximumIfVerifiedCents, lang))})`;
  return '';
}

function identity(dossier: DossierReport, lang: Lang, t: Catalogue, style: Style): string[] {
  const { porteur, projet, referenceDate } = dossier;
  const ids = [porteur.type, porteur.siren && `SIREN ${porteur.siren}`, porteur.code_insee && `INSEE ${porteur.code_insee}`].filter(
    Boolean,
  );
  const lines = [
    `  ${t.ui.applicant}${t.ui.colon}${porteur.nom ?? t.ui.missing}${ids.length > 0 ? style.dim(` (${ids.join(', ')})`) : ''}`,
    `  ${t.ui.project}${t.ui.colon}${projet.titre ?? t.ui.missing}`,
    `  ${t.ui.axes}${t.ui.colon}${projet.axes.length > 0 ? projet.axes.join(', ') : t.ui.missing}`,
  ];
  if (dossier.edition) lines.push(`  ${t.ui.edition}${t.ui.colon}${dossier.edition.titre} (${dossier.edition.id})`);
  if (referenceDate?.unusable) lines.push(`  ${t.ui.referenceDateUnusable}${t.ui.colon}${t.ui.referenceDateUnusableValue}`);
  else if (referenceDate)
    lines.push(`  ${t.ui.referenceDate(referenceDate.source)}${t.ui.colon}${formatCalendarDate(referenceDate.date, lang)}`);
  return lines;
}

/** Beyond this many lines, the table would take seconds to lay out and minutes to read; JSON has them all. */
const MAX_TABLE_LINES = 500;

function linesTable(dossier: DossierReport, lang: Lang, t: Catalogue, width: number | undefined): string {
  if (dossier.depenses.length === 0) return `  ${t.ui.noExpenses}`;
  const { columns } = t.ui;
  const shown = dossier.depenses.slice(0, MAX_TABLE_LINES);
  const cells = shown.map((line) => ({
    index: String(line.index + 1),
    label: line.libelle || '—',
    amount: line.htCents === undefined ? '—' : formatCents(line.htCents, lang),
    derived: line.htCents !== undefined && line.amountSource === 'calcule',
    category: line.categorie ?? (line.categorieInconnue !== undefined ? `${line.categorieInconnue} (?)` : t.ui.uncategorised),
    status: t.statuses[line.statut],
  }));
  const layout = width === undefined ? undefined : fitLinesTable(cells, t, width);
  const table = new Table({
    head:
      layout?.categoryColumn === false
        ? [columns.index, columns.label, columns.amountHt, columns.status]
        : [columns.index, columns.label, columns.amountHt, columns.category, columns.status],
    colAligns: layout?.categoryColumn === false ? ['right', 'left', 'right', 'left'] : ['right', 'left', 'right', 'left', 'left'],
    colWidths: layout
      ? layout.categoryColumn
        ? [null, layout.label, layout.amount, null, null]
        : [null, layout.label, layout.amount, null]
      : [null, 44, null, null, null],
    wordWrap: true,
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
  });
  for (const cell of cells) {
    const amount = cell.derived ? `${cell.amount}\n${t.ui.derivedFromTtc}` : cell.amount;
    if (layout?.categoryColumn === false) {
      const label = `${cell.label}\n${columns.category}${t.ui.colon}${cell.category}`;
      table.push([cell.index, breakLongWords(label, layout.label - 2), amount, cell.status]);
    } else if (layout) table.push([cell.index, breakLongWords(cell.label, layout.label - 2), amount, cell.category, cell.status]);
    else table.push([cell.index, cell.label, amount, cell.category, cell.status]);
  }
  const hidden = dossier.depenses.length - MAX_TABLE_LINES;
  return hidden > 0 ? `${table.toString()}\n  ${t.ui.moreLines(hidden)}` : table.toString();
}

/** Below this, a label column (padding included) wraps into a word or two a line: the category moves under the label instead. */
const MIN_LABEL_COLUMN = 22;

/**
 * The expense table fitted to a terminal, in this order: the label column
 * wraps narrower (44 down to 22); then the category leaves its column for a
 * line under the label. The amount column is never narrower than its widest
 * amount, the note "(calculé du TTC)" wraps under it.
 */
function fitLinesTable(
  cells: { index: string; label: string; amount: string; category: string; status: string }[],
  t: Catalogue,
  width: number,
): { label: number; amount: number; categoryColumn: boolean } {
  const { columns } = t.ui;
  const natural = (texts: string[]) => Math.max(...texts.map(screenWidth)) + 2;
  const noteWords = t.ui.derivedFromTtc.split(' ');
  const index = natural([columns.index, ...cells.map((cell) => cell.index)]);
  const amount = natural([columns.amountHt, ...noteWords, ...cells.map((cell) => cell.amount)]);
  const category = natural([columns.category, ...cells.map((cell) => cell.category)]);
  const status = natural([columns.status, ...cells.map((cell) => cell.status)]);
  const withCategory = width - 6 - index - amount - category - status;
  if (withCategory >= MIN_LABEL_COLUMN) return { label: Math.min(44, withCategory), amount, categoryColumn: true };
  const withoutCategory = width - 5 - index - amount - status;
  return { label: Math.max(12, Math.min(44, withoutCategory)), amount, categoryColumn: false };
}

/** Characters on screen: accented letters are one, whatever their encoding. */
function screenWidth(text: string): number {
  return [...text.normalize('NFC')].length;
}

/** Words longer than the column (an address) are broken, never cut short by the table. */
function breakLongWords(text: string, max: number): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .split(' ')
        .map((word) => {
          const characters = [...word];
          if (characters.length <= max) return word;
          const pieces: string[] = [];
          for (let start = 0; start < characters.length; start += max) pieces.push(characters.slice(start, start + max).join(''));
          return pieces.join('\n');
        })
        .join(' '),
    )
    .join('\n');
}

/** Applied when it lowered the grant, reached when the grant is exactly the cap, else not reached. */
function capLine(aide: GrantReport, t: Catalogue): (cap: string) => string {
  if (aide.capApplied) return t.ui.capApplied;
  return aide.uncappedCents === aide.capCents ? t.ui.capReached : t.ui.capNotReached;
}

/** The computation step by step; an ineligible dossier's maximum is 0, the computed figure given apart, for information. */
function grantSteps(aide: GrantReport, ineligible: boolean, lang: Lang, t: Catalogue): string[] {
  const money = (cents: number) => formatCents(cents, lang);
  const ht = t.ui.beforeTax;
  const provisional = aide.linesWithoutAmount > 0 ? ` (${t.ui.provisional(aide.linesWithoutAmount)})` : '';
  const steps = [
    `  ${t.ui.eligibleBase}${t.ui.colon}${money(aide.eligibleBaseCents)} ${ht} × ${formatPercent(aide.ratePercent, lang)} = ${money(aide.uncappedCents)}`,
    `  ${capLine(aide, t)(money(aide.capCents))}`,
  ];
  if (ineligible) {
    steps.push(
      `  ${t.ui.maximum}${t.ui.colon}${money(0)} (${t.ui.ineligibleGetsNothing})`,
      `  ${t.ui.maximum} ${t.ui.ifAdmissible}${t.ui.colon}${money(aide.maximumCents)}${provisional}`,
    );
    if (aide.toVerifyBaseCents > 0)
      steps.push(
        `  ${t.ui.maximum} ${t.ui.ifAdmissible}, ${t.ui.maximumIfVerified(money(aide.toVerifyBaseCents))}${t.ui.colon}${money(aide.maximumIfVerifiedCents)}`,
      );
  } else {
    steps.push(`  ${t.ui.maximum}${t.ui.colon}${money(aide.maximumCents)}${provisional}`);
    if (aide.toVerifyBaseCents > 0)
      steps.push(
        `  ${t.ui.maximum} ${t.ui.maximumIfVerified(money(aide.toVerifyBaseCents))}${t.ui.colon}${money(aide.maximumIfVerifiedCents)}`,
      );
  }
  if (aide.requestedCents !== undefined) steps.push(`  ${t.ui.requested}${t.ui.colon}${money(aide.requestedCents)}`);
  return steps;
}

/** The call's analysis criteria: advice to strengthen the application, apart from the problems. */
function criteriaText(
  criteria: NonNullable<DossierReport['criteres']>,
  reglement: ReglementSummary,
  lang: Lang,
  t: Catalogue,
  style: Style,
  explain: boolean,
): string[] {
  const documented = criteria.filter((criterion) => criterion.documente).length;
  const out = [`${style.bold(t.ui.criteria(documented, criteria.length))} ${style.dim(t.ui.criteriaAdvice)}`];
  const clause = reglement.clauses[reglement.criteres.clause];
  if (explain && clause) out.push(style.dim(`  ${t.ui.clause} (${clause.section})${t.ui.colon}« ${clause.texte} »`));
  for (const { id, documente } of criteria) {
    const criterion = reglement.criteres.liste.find((candidate) => candidate.id === id);
    const label = criterion?.libelle[lang] ?? id;
    out.push(documente ? `  [x] ${label}` : `  [ ] ${label}${style.dim(` — ${t.ui.toDocument((criterion?.champs ?? []).join(t.ui.or))}`)}`);
  }
  return out;
}

function problemText(
  problem: Problem,
  message: string,
  where: string,
  reglement: ReglementSummary,
  t: Catalogue,
  style: Style,
  explain: boolean,
): string[] {
  const colour = problem.gravite === 'bloquant' ? style.bad : problem.gravite === 'avertissement' ? style.warn : style.dim;
  const field = problem.chemin === '' ? '' : `  ${fieldLabel(problem.chemin, t)}`;
  const lines = [`  ${colour(t.gravities[problem.gravite].padEnd(13))} ${where}${style.dim(field)}`, `      ${message}`];
  if (explain) return [...lines, ...explainProblem(problem, reglement, t, style)];
  const clause = problem.clause ? reglement.clauses[problem.clause] : undefined;
  if (clause && problem.gravite !== 'info') {
    lines.push(
      style.dim(`      ${clauseLabel(clause, t)} (${clause.section}, ${t.ui.rule} ${problem.regle})${t.ui.colon}« ${clause.texte} »`),
    );
  }
  return lines;
}
