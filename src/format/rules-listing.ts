import { formatCalendarDate } from '../dates.js';
import { catalogue } from '../i18n/index.js';
import { centsToEuros } from '../money/amount.js';
import { formatCents, formatPercent } from '../money/format.js';
import type { RuleEntry, RulesReport } from '../report/rules-listing.js';
import { PLAIN, type Style } from './types.js';
import { clauseLabel } from './financing.js';

/** `dossier-check rules` for a person: the edition's figures, then each rule with what it checks and its clause. */
export function formatRulesText(report: RulesReport, style: Style = PLAIN): string {
  const t = catalogue(report.lang);
  const { reglement } = report;
  const lines = [
    style.bold(`${reglement.titre} (${reglement.id})`),
    `${reglement.organisme}`,
    t.rulesList.figures(
      formatPercent(reglement.tauxPourcent, report.lang),
      formatCents(reglement.plafondCentimes, report.lang),
      formatCalendarDate(reglement.dernierJour, report.lang),
      reglement.fuseau,
    ),
    style.dim(`${t.rulesList.source}${t.ui.colon}${reglement.source}`),
  ];
  for (const rule of report.regles) lines.push('', ...ruleText(rule, report, style));
  return `${lines.join('\n')}\n`;
}

function ruleText(rule: RuleEntry, report: RulesReport, style: Style): string[] {
  const t = catalogue(report.lang);
  const blocking = rule.produit.bloquant ?? [];
  const produces = [
    ...(blocking.length > 0
      ? [style.bad(`${t.gravities.bloquant} → ${blocking.map((effet) => t.verdicts[effet]).join(` ${t.rulesList.or} `)}`)]
      : []),
    ...(rule.produit.avertissement ? [style.warn(t.gravities.avertissement)] : []),
    ...(rule.produit.info ? [style.dim(t.gravities.info)] : []),
  ];
  const lines = [`${style.bold(rule.id)}  ${produces.join(', ')}`, `  ${t.rules[rule.id] ?? rule.id}`];
  lines.push(
    rule.clause
      ? style.dim(`  ${clauseLabel(rule.clause, t)} (${rule.clause.section})${t.ui.colon}« ${rule.clause.texte} »`)
      : style.dim(`  ${t.rulesList.origins[rule.id] ?? t.rulesList.noClause}`),
  );
  return lines;
}

/** `dossier-check rules --format json`: the same, for machines; amounts in euros as in the check report. */
export function formatRulesJson(report: RulesReport): string {
  const { reglement } = report;
  const descriptions = catalogue(report.lang).rules;
  const data = {
    reglement: {
      id: reglement.id,
      titre: reglement.titre,
      organisme: reglement.organisme,
      source: reglement.source,
      taux: reglement.tauxPourcent / 100,
      plafond: centsToEuros(reglement.plafondCentimes),
      date_limite: { dernier_jour: reglement.dernierJour, fuseau: reglement.fuseau },
    },
    regles: report.regles.map((rule) => ({
      id: rule.id,
      verifie: descriptions[rule.id] ?? rule.id,
      gravites: {
        bloquant: rule.produit.bloquant ?? [],
        avertissement: rule.produit.avertissement === true,
        info: rule.produit.info === true,
      },
      clause: rule.clause ?? null,
    })),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}
