import type { ClassificationReport } from '../engine/classify-label.js';
import { catalogue } from '../i18n/index.js';
import { formatPercent } from '../money/format.js';
import { PLAIN, type Style } from './types.js';

/** The answer of `dossier-check classify` for a person. */
export function formatClassificationText(report: ClassificationReport, style: Style = PLAIN): string {
  const t = catalogue(report.lang);
  const labels = t.classify;
  const colon = t.ui.colon;
  const colour = report.statut === 'eligible' ? style.good : report.statut === 'exclue' ? style.bad : style.warn;
  const lines = [
    style.bold(report.lang === 'fr' ? `« ${report.libelle} »` : `"${report.libelle}"`),
    `  ${labels.category}${colon}${report.categorie ? `${report.categorieLibelle} (${report.categorie})` : t.ui.missing}`,
    `  ${labels.status}${colon}${colour(t.statuses[report.statut])}`,
    `  ${labels.confidence}${colon}${formatPercent(Math.round(report.confiance * 100), report.lang)}`,
    `  ${labels.words}${colon}${report.mots.length > 0 ? report.mots.join(', ') : '—'}`,
    `  ${labels.why}${colon}${report.motif}`,
  ];
  if (report.clause) lines.push(style.dim(`  ${t.ui.clause} (${report.clause.section})${colon}« ${report.clause.texte} »`));
  return `${lines.join('\n')}\n`;
}

export function formatClassificationJson(report: ClassificationReport): string {
  const { libelle, categorie, categorieLibelle, statut, confiance, mots, motif, clause } = report;
  return `${JSON.stringify({ libelle, categorie, categorie_libelle: categorieLibelle, statut, confiance, mots, motif, clause }, null, 2)}\n`;
}
