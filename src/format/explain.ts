import type { Catalogue } from '../i18n/index.js';
import { renderReason } from './messages.js';
import { printable } from './printable.js';
import { clauseLabel } from './financing.js';
import type { DossierReport, LineReport, Problem, ReglementSummary, Report } from '../report/types.js';
import type { Style } from './types.js';

/** Under a problem (--explain): the rule that found it, what the rule checks, and the clause it applies. */
export function explainProblem(problem: Problem, reglement: ReglementSummary, t: Catalogue, style: Style): string[] {
  const rule = t.ui.rule.charAt(0).toUpperCase() + t.ui.rule.slice(1);
  const lines = [style.dim(`      ${rule} ${problem.regle}${t.ui.colon}${t.rules[problem.regle] ?? problem.regle}`)];
  const clause = problem.clause ? reglement.clauses[problem.clause] : undefined;
  if (clause) lines.push(style.dim(`      ${clauseLabel(clause, t)} (${clause.section})${t.ui.colon}« ${clause.texte} »`));
  return lines;
}

/** Under the expense table (--explain): why each line has its status, and the clause that decides it. */
export function explainLines(lines: readonly LineReport[], dossier: DossierReport, report: Report, t: Catalogue, style: Style): string[] {
  const reglement = editionOf(dossier, report);
  const out = ['', style.bold(t.ui.whyLines)];
  for (const line of lines) {
    const reason = printable(renderReason(line.motif, dossier, report.reglement, report.lang));
    out.push(`  ${line.index + 1}. ${t.statuses[line.statut]}${t.ui.colon}${reason}`);
    const clause = reglement.clauses[line.clause];
    if (clause) out.push(style.dim(`     ${t.ui.clause} (${clause.section})${t.ui.colon}« ${clause.texte} »`));
  }
  return out;
}

/** The edition a dossier was checked against: its own when it named another one. */
export function editionOf(dossier: DossierReport, report: Report): ReglementSummary {
  return dossier.edition ?? report.reglement;
}
