import type { DossierReport, Problem, ReglementSummary } from '../report/types.js';
import type { Lang } from '../vocabulary.js';
import { renderProblem } from './messages.js';
import { cellReference, positionText } from './utils.js';

/**
 * One problem as a row of a table: the CSV of problems (`--csv-problemes`)
 * and the Problèmes sheet of the workbook (`--format xlsx`) are built from
 * this one row, so that both say the same thing of the same problem.
 */
export interface ProblemRow {
  fichier: string;
  gravite: Problem['gravite'];
  code: string;
  /** The field's dotted path, empty for a problem about the whole file. */
  chemin: string;
  message: string;
  regle: string;
  /** The clause it applies, as the report’s edition quotes it: the call’s, or the law’s when it has a `source`. */
  clause?: { id: string; section?: string; texte?: string; source?: string };
  /** The cell of an export as spreadsheets name it (`Dépenses!C14`, `E2` in a CSV); none for YAML or JSON. */
  cellule?: string;
  /** The title of the cell's column as the export writes it (`Montant HT`). */
  titre?: string;
  /** The cell's, or else line:column (`14:3`). */
  position?: string;
  ligne?: number;
  colonne?: number;
}

export function problemRows(dossier: DossierReport, reglement: ReglementSummary, lang: Lang): ProblemRow[] {
  return dossier.problemes.map((problem) => {
    const quoted = problem.clause === undefined ? undefined : reglement.clauses[problem.clause];
    const cellule = problem.position ? cellReference(problem.position) : undefined;
    return {
      fichier: dossier.fichier,
      gravite: problem.gravite,
      code: problem.code,
      chemin: problem.chemin,
      message: renderProblem(problem, dossier, reglement, lang),
      regle: problem.regle,
      ...(problem.clause !== undefined
        ? {
            clause: {
              id: problem.clause,
              ...(quoted
                ? { section: quoted.section, texte: quoted.texte, ...(quoted.source === undefined ? {} : { source: quoted.source }) }
                : {}),
            },
          }
        : {}),
      ...(cellule !== undefined ? { cellule } : {}),
      ...(problem.position?.titre !== undefined ? { titre: problem.position.titre } : {}),
      ...(problem.position
        ? { position: positionText(problem.position), ligne: problem.position.ligne, colonne: problem.position.colonne }
        : {}),
    };
  });
}
