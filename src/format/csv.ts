import { stringify, type Options } from 'csv-stringify/browser/esm/sync';
import { grantableMaximum, grantableMaximumIfVerified, grantableRequest, maximumIfAdmissible } from '../report/grant.js';
import type { DossierReport } from '../report/types.js';
import { wholeReport, type DossierStream, type StreamFactory } from './types.js';
import { countBy, decimalComma } from './utils.js';

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
    ],
    (dossier) => [
      [
        dossier.fichier,
        dossier.porteur.nom ?? '',
        dossier.porteur.type ?? '',
        asText(sirenDigits(dossier.porteur.siren ?? '')),
        asText(dossier.porteur.code_insee ?? ''),
        dossier.verdict,
        decimalComma(dossier.aide?.eligibleBaseCents),
        decimalComma(grantableMaximum(dossier)),
        decimalComma(grantableMaximumIfVerified(dossier)),
        decimalComma(dossier.aide?.requestedCents),
        String(countBy(dossier.problemes, 'bloquant')),
        String(countBy(dossier.problemes, 'avertissement')),
        asText(dossier.criteres ? `${dossier.criteres.filter((criterion) => criterion.documente).length}/${dossier.criteres.length}` : ''),
        decimalComma(maximumIfAdmissible(dossier)),
        // Summed, it compares with the sum of aide_maximale over the same dossiers.
        decimalComma(grantableRequest(dossier)),
      ],
    ],
  );

/** One row per expense line (`--csv-lignes`). */
export const streamCsvLines: StreamFactory = () =>
  table(['fichier', 'porteur', 'ligne', 'libelle', 'montant_ht', 'categorie', 'statut', 'origine', 'motif'], (dossier: DossierReport) =>
    dossier.depenses.map((line) => [
      dossier.fichier,
      dossier.porteur.nom ?? '',
      String(line.index + 1),
      line.libelle,
      decimalComma(line.htCents),
      line.categorie ?? '',
      line.statut,
      line.origine,
      line.motif,
    ]),
  );

export const formatCsv = wholeReport(streamCsv);
export const formatCsvLines = wholeReport(streamCsvLines);

type Field = string | TextField;

function table(header: string[], rows: (dossier: DossierReport) => Field[][]): DossierStream {
  return {
    begin: () => `\ufeff${stringify([header], CSV)}`,
    dossier: (dossier) => stringify(rows(dossier), CSV),
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
  escape_formulas: true,
  // A field kept as text (asText) carries its own options.
  cast: { object: (value) => value as unknown as string },
};

/** A field with the options csv-stringify applies to it alone. */
interface TextField {
  value: string;
  escape_formulas: false;
}

/**
 * A code a spreadsheet would take for a number or a date and change (01053
 * loses its 0, 3/6 becomes the 3rd of June): written as a formula that gives
 * the text itself, ="01053", which LibreOffice, Excel and Google Sheets show
 * as 01053. Only digits and `/` are wrapped, so the formula can hold nothing
 * else; other values go through the formula defusing like any field.
 */
function asText(value: string): Field {
  return /^[\d/]+$/.test(value) ? { value: `="${value}"`, escape_formulas: false } : value;
}

/** A SIREN written one way, nine digits, however the dossier spaced it; anything else as given. */
function sirenDigits(siren: string): string {
  const digits = siren.replace(/[\s\u00a0\u202f]/g, '');
  return /^\d{9}$/.test(digits) ? digits : siren;
}
