import { catalogue, fieldLabel } from '../i18n/index.js';
import { renderProblem } from './messages.js';
import { cellAndTitle, cellReference, sourceFile } from './utils.js';
import { wholeReport, type StreamFactory } from './types.js';

const COMMANDS = { bloquant: 'error', avertissement: 'warning', info: 'notice' } as const;

/** GitHub Actions workflow commands: each problem annotates its file, line and column in the pull request. */
export const streamGithub: StreamFactory = (head) => {
  const t = catalogue(head.lang);
  return {
    begin: () => '',
    dossier: (dossier) =>
      dossier.problemes
        .map((problem) => {
          // Without a position, an annotation of the whole file: line 1 would point at a line that is not at fault.
          // A cell of an export: a workbook is binary, no line of it can be shown (the cell goes in the message);
          // a CSV's line is a line of the file, but its column is a field's rank, not a character's.
          const { position } = problem;
          const cell = position ? cellReference(position) : undefined;
          const place =
            !position || (cell && position.feuille !== undefined)
              ? []
              : cell
                ? [`line=${position.ligne}`]
                : [`line=${position.ligne}`, `col=${position.colonne}`];
          const properties = [
            `file=${property(sourceFile(dossier))}`,
            ...place,
            `title=${property(`${problem.regle} (${problem.code})`)}`,
          ].join(',');
          // The field at fault, with the number people give it (dépense n° 4), before what to do.
          const text = renderProblem(problem, dossier, head.reglement, head.lang);
          const field = problem.chemin === '' ? text : `${fieldLabel(problem.chemin, t)}${t.ui.colon}${text}`;
          const message = cell ? `${cellAndTitle(position!)} — ${field}` : field;
          return `::${COMMANDS[problem.gravite]} ${properties}::${data(message)}\n`;
        })
        .join(''),
    separator: '',
    end: () => '',
  };
};

export const formatGithub = wholeReport(streamGithub);

// The escapes the runner expects (actions/toolkit, command.ts).
function data(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
