import { stringify, type Options } from 'csv-stringify/browser/esm/sync';
import { foldAccents } from '../fold.js';
import { grantableMaximum, grantableMaximumIfVerified, grantableRequest, maximumIfAdmissible } from '../report/grant.js';
import type { DossierReport } from '../report/types.js';
import { renderReason } from './messages.js';
import { wholeReport, type DossierStream, type StreamFactory } from './types.js';
import { problemRows } from './problem-rows.js';
import { cellReference, countBy, criteriaDocumented, decimalComma, sirenDigits } from './utils.js';

/**
 * One row per dossier for a spreadsheet, the way French spreadsheet programs
 * open a file as is: `;` between fields, decimal comma, UTF-8 with a BOM,
 * CRLF line ends.
 */
export const streamCsv: StreamFactory = () =>
  table(
    [
      'fichier',
      'porteur',
      'type',
      'siren',
      'code_insee',
      'verdict',
      'assiette_eligible_ht',
      'aide_maximale',
      'aide_maximale_si_a_verifier_retenues',
      'aide_sollicitee',
      'bloquants',
      'avertissements',
      'criteres_documentes',
      // Added after the first columns, so that a spreadsheet built on them keeps working.
      'aide_maximale_si_recevable',
      'aide_sollicitee_hors_ineligibles',
      // The financing plan: the HT cost of every line, its resources, and the self-financing share of the public financing.
      'cout_total_ht',
      'total_autres_aides',
      'autofinancement',
      'plan_equilibre',
      'part_autofinancement',
      // As the JSON's autofinancement_origine: written in the dossier (declare) or the plan's remainder (deduit).
      'autofinancement_origine',
    ],
    (dossier) => [
      [
        dossier.fichier,
        dossier.porteur.nom ?? '',
        dossier.porteur.type ?? '',
        sirenDigits(dossier.porteur.siren ?? ''),
        dossier.porteur.code_insee ?? '',
        dossier.verdict,
        amount(dossier.aide?.eligibleBaseCents),
        amount(grantableMaximum(dossier)),
        amount(grantableMaximumIfVerified(dossier)),
        amount(dossier.aide?.requestedCents),
        count(countBy(dossier.problemes, 'bloquant')),
        count(countBy(dossier.problemes, 'avertissement')),
        criteriaDocumented(dossier) ?? '',
        amount(maximumIfAdmissible(dossier)),
        // Summed, it compares with the sum of aide_maximale over the same dossiers.
        amount(grantableRequest(dossier)),
        amount(dossier.financement?.costCents),
        amount(dossier.financement?.otherAidsTotalCents),
        amount(dossier.financement?.selfFinancingCents),
        dossier.financement?.balanced === undefined ? '' : dossier.financement.balanced ? 'oui' : 'non',
        ratio(dossier.financement?.selfShareBasisPoints),
        dossier.financement?.selfFinancingSource ?? '',
      ],
    ],
  );

/** One row per expense line (`--csv-lignes`); `cellule`, last, is the line's row in an export (`Dépenses!A14`). */
export const streamCsvLines: StreamFactory = (head) =>
  table(
    ['fichier', 'porteur', 'ligne', 'libelle', 'montant_ht', 'categorie', 'statut', 'origine', 'motif', 'cellule'],
    (dossier: DossierReport) =>
      dossier.depenses.map((line) => [
        dossier.fichier,
        dossier.porteur.nom ?? '',
        count(line.index + 1),
        line.libelle,
        amount(line.htCents),
        line.categorie ?? '',
        line.statut,
        line.origine,
        renderReason(line.motif, dossier, head.reglement, head.lang),
        (line.position && cellReference(line.position)) ?? '',
      ]),
  );

/**
 * One row per problem (`--csv-problemes`), the rows of the workbook's
 * Problèmes sheet with ids for a program: `cellule` names the cell of an
 * export (`Dépenses!C14`), `ligne` and `colonne` are the position's numbers
 * (a row and a column number in a spreadsheet), `titre` the title of the
 * cell's column (last, so that the columns before keep their place).
 */
export const streamCsvProblems: StreamFactory = (head) =>
  table(
    ['fichier', 'gravite', 'code', 'chemin', 'message', 'regle', 'clause', 'cellule', 'ligne', 'colonne', 'titre'],
    (dossier: DossierReport) =>
      problemRows(dossier, head.reglement, head.lang).map((row) => [
        row.fichier,
        row.gravite,
        row.code,
        row.chemin,
        row.message,
        row.regle,
        row.clause?.id ?? '',
        row.cellule ?? '',
        row.ligne === undefined ? '' : count(row.ligne),
        row.colonne === undefined ? '' : count(row.colonne),
        row.titre ?? '',
      ]),
  );

export const formatCsv = wholeReport(streamCsv);
export const formatCsvLines = wholeReport(streamCsvLines);
export const formatCsvProblems = wholeReport(streamCsvProblems);

/** A cell: text as the dossier or the report gives it, or a number the spreadsheet is meant to read as one. */
type Cell = string | { number: string };

const amount = (cents: number | undefined): Cell => ({ number: decimalComma(cents) });
const count = (value: number): Cell => ({ number: String(value) });
/** A share in hundredths of a percent as a ratio with 4 decimals and a decimal comma (2080 → 0,2080), as a spreadsheet formats it as a percentage. */
const ratio = (basisPoints: number | undefined): Cell => ({
  number: basisPoints === undefined ? '' : `${Math.floor(basisPoints / 10_000)},${String(basisPoints % 10_000).padStart(4, '0')}`,
});

function table(header: string[], rows: (dossier: DossierReport) => Cell[][]): DossierStream {
  const fields = (cells: Cell[]) => cells.map((cell) => (typeof cell === 'string' ? textField(cell) : cell.number));
  return {
    begin: () => `\ufeff${stringify([header], CSV)}`,
    dossier: (dossier) => stringify(rows(dossier).map(fields), CSV),
    separator: '',
    end: () => '',
  };
}

/**
 * csv-stringify quotes a field that holds a `;`, a quote or a line end, and
 * defuses one that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`,
 * tab, carriage return, and their full-width forms) with a leading `'`.
 */
const CSV: Options = {
  delimiter: ';',
  record_delimiter: '\r\n',
  // Given a record delimiter, csv-stringify quotes only fields holding it whole: a lone LF
  // or CR (a name or a label over two lines) would be written bare and start a new row.
  quote_record_delimiter: true,
  escape_formulas: true,
  // A field kept as text (textField) carries its own options.
  cast: { object: (value) => value as unknown as string },
};

/** A field with the options csv-stringify applies to it alone. */
interface TextField {
  value: string;
  escape_formulas: false;
}

/**
 * Text a spreadsheet would take for a number, a date, a time, a percentage
 * or a boolean and change (01053 loses its 0, 3/6 becomes the 3rd of June,
 * 1E5 becomes 100000): written as a formula that gives the text itself,
 * ="01053", which LibreOffice, Excel and Google Sheets show as 01053. The
 * same rule for every text column: a value that holds a digit and no word
 * but those dates, times and numbers are written with (month and day names,
 * AM/PM, the E of 1E5), or a lone boolean word. A value starting with a
 * formula character is defused with `'` instead, one with a control
 * character (a line break) is left to the quotes, and one longer than 255
 * characters (the longest text a formula may hold in Excel) is no number.
 */
function textField(value: string): string | TextField {
  if (!readAsNumberOrDate(value)) return value;
  return { value: `="${value.replace(/"/g, '""')}"`, escape_formulas: false };
}

function readAsNumberOrDate(value: string): boolean {
  if (value.length > 255 || /^[=+\-@\uff1d\uff0b\uff0d\uff20]/.test(value) || /\p{Cc}/u.test(value)) return false;
  const words = foldAccents(value).match(/\p{L}+/gu) ?? [];
  if (words.length === 1 && BOOLEAN_WORDS.has(words[0]!) && value.trim().toLowerCase() === words[0]) return true;
  return /\d/.test(value) && words.every((word) => CALENDAR_WORDS.has(word));
}

const BOOLEAN_WORDS = new Set(['vrai', 'faux', 'true', 'false']);

/** Words (lower case, without accents) a spreadsheet in French or English reads in a date, a time or a number. */
const CALENDAR_WORDS = new Set(
  [
    'janvier janv jan fevrier fevr fev mars mar avril avr mai juin juillet juil aout aou septembre sept sep octobre oct novembre nov decembre dec',
    'january february feb march april apr may june jun july jul august aug september october november december',
    'lundi lun mardi mer mercredi jeudi jeu vendredi ven samedi sam dimanche dim',
    'monday mon tuesday tue wednesday wed thursday thu friday fri saturday sat sunday sun',
    'am pm e',
  ]
    .join(' ')
    .split(' '),
);
