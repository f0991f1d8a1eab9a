import { catalogue, fieldLabel } from '../i18n/index.js';
import { renderProblem } from './messages.js';
import { sourceFile } from './utils.js';
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
          const properties = [
            `file=${property(sourceFile(dossier))}`,
            ...(problem.position ? [`line=${problem.position.ligne}`, `col=${problem.position.colonne}`] : []),
            `title=${property(`${problem.regle} (${problem.code})`)}`,
          ].join(',');
          // The field at fault, with the number people give it (dépense n° 4), before what to do.
          const text = renderProblem(problem, dossier, head.reglement, head.lang);
          const message = problem.chemin === '' ? text : `${fieldLabel(problem.chemin, t)}${t.ui.colon}${text}`;
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
