import { catalogue, fieldLabel } from '../i18n/index.js';
import { renderProblem } from './messages.js';
import type { Formatter } from './types.js';
import { allProblems, cellReference, fileUri, sourceFile } from './utils.js';
import type { Position } from '../vocabulary.js';

const LEVELS = { bloquant: 'error', avertissement: 'warning', info: 'note' } as const;

/** SARIF 2.1.0, for code-scanning tools: the rules are the règlement's, each with its clause as help. */
export const formatSarif: Formatter = (report) => {
  const t = catalogue(report.lang);
  const messageText = (path: string, text: string) => (path === '' ? text : `${fieldLabel(path, t)}${t.ui.colon}${text}`);
  const rules = Object.entries(report.reglement.regles).map(([id, { clause }]) => {
    const quoted = clause ? report.reglement.clauses[clause] : undefined;
    return {
      id,
      shortDescription: { text: t.rules[id] ?? id },
      ...(quoted ? { help: { text: `${quoted.section} : « ${quoted.texte} »` } } : {}),
    };
  });
  const results = allProblems(report.dossiers).map(({ dossier, problem }) => {
    const cell = problem.position ? cellReference(problem.position) : undefined;
    return {
      ruleId: problem.regle,
      level: LEVELS[problem.gravite],
      // The field at fault, with the number people give it (dépense n° 4); the path alone is the logical location.
      message: { text: messageText(problem.chemin, renderProblem(problem, dossier, report.reglement, report.lang)) },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: fileUri(sourceFile(dossier)) },
            ...(problem.position ? region(problem.position) : {}),
          },
          logicalLocations: [
            ...(problem.chemin ? [{ fullyQualifiedName: problem.chemin }] : []),
            // The cell of an export, as spreadsheets name it.
            ...(cell ? [{ fullyQualifiedName: cell, kind: 'element' }] : []),
          ],
        },
      ],
      properties: {
        code: problem.code,
        verdict: dossier.verdict,
        ...(problem.position?.feuille !== undefined ? { feuille: problem.position.feuille } : {}),
        ...(problem.position?.cellule !== undefined ? { cellule: problem.position.cellule } : {}),
      },
    };
  });
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'dossier-check', rules } }, results }],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
};

/**
 * No region for a position with no line of text (a workbook's cell): the
 * result is about the whole file, rather than a line 1 that is not at fault.
 * A CSV cell has its line, not its column (SARIF counts characters, the
 * cell's column is a field's rank).
 */
function region(position: Position): { region?: { startLine: number; startColumn?: number } } {
  if (position.cellule === undefined) return { region: { startLine: position.ligne, startColumn: position.colonne } };
  return position.feuille === undefined ? { region: { startLine: position.ligne } } : {};
}
