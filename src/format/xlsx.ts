import { catalogue, writer } from '../i18n/index.js';
import { centsToEuros } from '../money/amount.js';
import { grantableMaximum } from '../report/grant.js';
import type { DossierReport, Report, SetTotals, Summary } from '../report/types.js';
import { renderReason } from './messages.js';
import { problemRows } from './problem-rows.js';
import { countBy, criteriaDocumented, sirenDigits } from './utils.js';

/**
 * The workbook of `--format xlsx` as plain data: sheets, columns and cells in
 * the report's language. The CLI turns it into a file (src/cli/xlsx.ts); here
 * nothing is written, so that what each cell holds is decided, and tested, in
 * one pure place.
 */
export interface Workbook {
  sheets: Sheet[];
}

export interface Sheet {
  name: string;
  columns: Column[];
  rows: Cell[][];
}

/**
 * `text` cells are strings a spreadsheet must never read as numbers (a SIREN,
 * an INSEE code, a code, a date written out); `euros` are numbers of euros,
 * shown with a euro format; `integer` are counts.
 */
export interface Column {
  title: string;
  kind: 'text' | 'euros' | 'integer';
  /** A colour for some words of a text column (a verdict, a status): an extra, the word says it all. */
  tones?: Record<string, Tone>;
}

export type Tone = 'good' | 'warn' | 'bad';

/** A string in a text column, a number elsewhere, or nothing (an empty cell). */
export type Cell = string | number | undefined;

/** The workbook of a whole report. */
export function workbookOf(report: Report): Workbook {
  const builder = workbookBuilder(report);
  for (const dossier of report.dossiers) builder.add(dossier);
  return builder.workbook(report.resume);
}

/**
 * The workbook built dossier by dossier, as reports arrive: each dossier
 * becomes its rows at once, so that a run keeps rows, not reports. The
 * Totaux sheet is the report's own summary, given at the end.
 */
export interface WorkbookBuilder {
  add(dossier: DossierReport): void;
  workbook(resume: Summary): Workbook;
}

/** `head`: the report's language and edition (its dossiers, if any, are not read). */
export function workbookBuilder(head: Pick<Report, 'lang' | 'reglement'>): WorkbookBuilder {
  const { lang, reglement } = head;
  const t = catalogue(lang);
  const x = t.xlsx;
  const text = (title: string): Column => ({ title, kind: 'text' });
  const euros = (title: string): Column => ({ title, kind: 'euros' });
  const integer = (title: string): Column => ({ title, kind: 'integer' });
  const toned = (title: string, tones: [string, Tone][]): Column => ({ title, kind: 'text', tones: Object.fromEntries(tones) });
  const write = writer(lang, reglement);
  const yesNo = (answer: boolean | undefined) => (answer === undefined ? undefined : answer ? x.answers.yes : x.answers.no);

  const dossiers: Sheet = {
    name: x.sheets.dossiers,
    columns: [
      text(x.dossiers.file),
      text(x.dossiers.applicant),
      text(x.dossiers.siren),
      toned(x.dossiers.verdict, [
        [t.verdicts.eligible, 'good'],
        [t.verdicts['a-completer'], 'warn'],
        [t.verdicts.ineligible, 'bad'],
        [t.verdicts.illisible, 'bad'],
      ]),
      euros(x.dossiers.eligibleHt),
      euros(x.dossiers.maximum),
      euros(x.dossiers.requested),
      integer(x.dossiers.blocking),
      integer(x.dossiers.warnings),
      text(x.dossiers.criteria),
      euros(x.dossiers.cost),
      euros(x.dossiers.selfFinancing),
      text(x.dossiers.balanced),
      euros(x.dossiers.otherAids),
      text(x.dossiers.selfFinancingDeduced),
    ],
    rows: [],
  };

  const lines: Sheet = {
    name: x.sheets.lines,
    columns: [
      text(x.lines.dossier),
      integer(x.lines.index),
      text(x.lines.label),
      euros(x.lines.amountHt),
      text(x.lines.category),
      toned(x.lines.status, [
        [t.statuses.eligible, 'good'],
        [t.statuses['a-verifier'], 'warn'],
        [t.statuses.exclue, 'bad'],
      ]),
      text(x.lines.reason),
    ],
    rows: [],
  };

  const problems: Sheet = {
    name: x.sheets.problems,
    columns: [
      text(x.problems.dossier),
      toned(x.problems.gravity, [
        [t.gravities.bloquant, 'bad'],
        [t.gravities.avertissement, 'warn'],
      ]),
      text(x.problems.code),
      text(x.problems.field),
      text(x.problems.position),
      text(x.problems.column),
      text(x.problems.message),
      text(x.problems.rule),
      text(x.problems.clause),
    ],
    rows: [],
  };
  // A clause is quoted by many problems: one text for each, not one per row.
  const quotes = new Map<string, string>();
  const quote = (clause: { id: string; section?: string; texte?: string; source?: string }): string => {
    let quoted = quotes.get(clause.id);
    if (quoted === undefined) {
      // A clause of the law (the CGCT) is said to be one, as the text and HTML reports do: the call did not write it.
      const law = clause.source === undefined ? '' : `${t.ui.law} — `;
      quoted = clause.section !== undefined ? `${law}${clause.section} — « ${clause.texte} »` : clause.id;
      quotes.set(clause.id, quoted);
    }
    return quoted;
  };

  return {
    add(dossier) {
      dossiers.rows.push([
        dossier.fichier,
        dossier.porteur.nom,
        dossier.porteur.siren === undefined ? undefined : sirenDigits(dossier.porteur.siren),
        t.verdicts[dossier.verdict],
        toEuros(dossier.aide?.eligibleBaseCents),
        toEuros(grantableMaximum(dossier)),
        toEuros(dossier.aide?.requestedCents),
        countBy(dossier.problemes, 'bloquant'),
        countBy(dossier.problemes, 'avertissement'),
        criteriaDocumented(dossier),
        toEuros(dossier.financement?.costCents),
        toEuros(dossier.financement?.selfFinancingCents),
        yesNo(dossier.financement?.balanced),
        toEuros(dossier.financement?.otherAidsTotalCents),
        yesNo(dossier.financement?.selfFinancingSource === undefined ? undefined : dossier.financement.selfFinancingSource === 'deduit'),
      ]);
      for (const line of dossier.depenses) {
        lines.rows.push([
          dossier.fichier,
          line.index + 1,
          line.libelle,
          toEuros(line.htCents),
          line.categorie === undefined ? line.categorieInconnue : write.category(line.categorie),
          t.statuses[line.statut],
          renderReason(line.motif, dossier, reglement, lang),
        ]);
      }
      // The same rows as the CSV of problems (problem-rows.ts); the position is the source cell for an export.
      for (const row of problemRows(dossier, reglement, lang)) {
        problems.rows.push([
          row.fichier,
          t.gravities[row.gravite],
          row.code,
          row.chemin || undefined,
          row.position,
          row.titre,
          row.message,
          row.regle,
          row.clause === undefined ? undefined : quote(row.clause),
        ]);
      }
    },

    workbook(resume) {
      // The report's own totals (resume.montants), computed once as every dossier was checked: never re-added here.
      const { grantable, ineligible } = resume.montants;
      // As the JSON report: accepting lines to verify does not lift an exclusion, and only an exclusion has an "if admissible".
      const totalsRow = (label: string, set: SetTotals, grantableSet: boolean): Cell[] => [
        label,
        set.verdicts.map((verdict) => t.verdicts[verdict]).join(', '),
        set.dossiers,
        toEuros(set.eligibleBaseCents),
        toEuros(set.requestedCents),
        toEuros(set.maximumCents),
        grantableSet ? toEuros(set.maximumIfVerifiedCents) : undefined,
        grantableSet ? undefined : toEuros(set.maximumIfAdmissibleCents),
        set.withoutRequest,
        grantableSet ? set.provisional : undefined,
      ];
      const totals: Sheet = {
        name: x.sheets.totals,
        columns: [
          text(x.totals.set),
          text(x.totals.verdicts),
          integer(x.totals.dossiers),
          euros(x.totals.eligibleHt),
          euros(x.totals.requested),
          euros(x.totals.maximum),
          euros(x.totals.maximumIfVerified),
          euros(x.totals.maximumIfAdmissible),
          integer(x.totals.withoutRequest),
          integer(x.totals.provisional),
        ],
        rows: [totalsRow(x.totals.grantable, grantable, true), totalsRow(x.totals.ineligible, ineligible, false)],
      };
      return { sheets: [dossiers, lines, problems, totals] };
    },
  };
}

/** Integer cents to a number of euros: the nearest double to an amount with two decimals, as a spreadsheet stores it. */
function toEuros(cents: number | undefined): number | undefined {
  return cents === undefined ? undefined : centsToEuros(cents);
}
