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
        dossier.porteur.siren ?? '',
        dossier.porteur.code_insee ?? '',
        dossier.verdict,
        decimalComma(dossier.aide?.eligibleBaseCents),
        decimalComma(grantableMaximum(dossier)),
        decimalComma(grantableMaximumIfVerified(dossier)),
        decimalComma(dossier.aide?.requestedCents),
        String(countBy(dossier.problemes, 'bloquant')),
        String(countBy(dossier.problemes, 'avertissement')),
        dossier.criteres ? `${dossier.criteres.filter((criterion) => criterion.documente).length}/${dossier.criteres.length}` : '',
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

function table(header: string[], rows: (dossier: DossierReport) => string[][]): DossierStream {
  const line = (row: string[]) => `${row.map(field).join(';')}\r\n`;
  return {
    begin: () => `\ufeff${line(header)}`,
    dossier: (dossier) => rows(dossier).map(line).join(''),
    separator: '',
    end: () => '',
  };
}

/** Quoted when it holds a separator, a quote or a line end; a leading =, +, - or @ is defused for spreadsheets. */
function field(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
