import { catalogue, fieldLabel } from '../i18n/index.js';
import { renderProblem } from './messages.js';
import type { Formatter } from './types.js';
import { problemLocation, xmlAttribute, xmlEscape } from './utils.js';

/** JUnit XML for CI dashboards: one test case per dossier, a failure for each one that is not eligible. */
export const formatJunit: Formatter = (report) => {
  const t = catalogue(report.lang);
  const failures = report.dossiers.filter((dossier) => dossier.verdict !== 'eligible').length;
  const cases = report.dossiers.map((dossier) => {
    const name = `name="${xmlAttribute(dossier.fichier)}" classname="${xmlAttribute(report.reglement.id)}"`;
    if (dossier.verdict === 'eligible') return `    <testcase ${name}/>`;
    const details = dossier.problemes
      .filter((problem) => problem.gravite === 'bloquant')
      .map(
        (problem) =>
          `${problemLocation(dossier, problem)} ${fieldLabel(problem.chemin, t)} ${renderProblem(problem, dossier, report.reglement, report.lang)}`,
      )
      .join('\n');
    return `    <testcase ${name}>\n      <failure message="${xmlAttribute(t.verdicts[dossier.verdict])}" type="${dossier.verdict}">${xmlEscape(details)}</failure>\n    </testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="dossier-check" tests="${report.dossiers.length}" failures="${failures}">`,
    `  <testsuite name="${xmlAttribute(report.reglement.titre)}" tests="${report.dossiers.length}" failures="${failures}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
};
