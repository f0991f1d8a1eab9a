import type { ClassificationReport } from '../engine/classify-label.js';
import { catalogue, reasonMessage, writer } from '../i18n/index.js';
import { formatPercent } from '../money/format.js';
import type { Reglement } from '../reglement/types.js';
import type { Lang } from '../vocabulary.js';
import { reasonValues } from './messages.js';
import { PLAIN, type Style } from './types.js';

/** How to write an answer of `classify`: in which language, with the words of which edition (the one that classified). */
export interface ClassificationFormat {
  lang: Lang;
  reglement: Reglement;
  style?: Style;
}

function categoryLabel(report: ClassificationReport, { lang, reglement }: ClassificationFormat): string | null {
  return reglement.categories.find((category) => category.id === report.categorie)?.libelle[lang] ?? null;
}

/** The answer of `dossier-check classify` for a person. */
export function formatClassificationText(report: ClassificationReport, format: ClassificationFormat): string {
  const { lang, reglement, style = PLAIN } = format;
  const t = catalogue(lang);
  const labels = t.classify;
  const colon = t.ui.colon;
  const colour = report.statut === 'eligible' ? style.good : report.statut === 'exclue' ? style.bad : style.warn;
  const lines = [
    style.bold(t.language.quote(report.libelle)),
    `  ${labels.category}${colon}${report.categorie ? `${categoryLabel(report, format)} (${report.categorie})` : t.ui.missing}`,
    `  ${labels.status}${colon}${colour(t.statuses[report.statut])}`,
    `  ${labels.confidence}${colon}${formatPercent(Math.round(report.confiance * 100), lang)}`,
    `  ${labels.words}${colon}${report.mots.length > 0 ? report.mots.join(', ') : '—'}`,
    `  ${labels.why}${colon}${reasonMessage(lang, reglement, report.motif.code, report.motif.params)}`,
  ];
  lines.push(`  ${labels.population}${colon}${populationText(report, format)}`);
  if (report.clause) lines.push(style.dim(`  ${t.ui.clause} (${report.clause.section})${colon}« ${report.clause.texte} »`));
  return `${lines.join('\n')}\n`;
}

/** The population the line was judged with, and where it came from. */
function populationText(report: ClassificationReport, { lang, reglement }: ClassificationFormat): string {
  const t = catalogue(lang);
  const labels = t.classify;
  if (!report.population) return labels.noPopulation;
  const { habitants, from } = report.population;
  const count = habitants === undefined ? t.ui.missing : labels.inhabitants(writer(lang, reglement).integer(habitants));
  const source = from.source === 'insee' ? labels.fromInsee(from.commune, from.code, from.millesime) : labels.fromOption(from.option);
  return `${count} (${source})`;
}

/** The answer as JSON: the words in `lang`, and the reason as data (`motif_code`, `motif_parametres`, money in euros). */
export function formatClassificationJson(report: ClassificationReport, format: Omit<ClassificationFormat, 'style'>): string {
  const { libelle, categorie, statut, confiance, mots, motif, clause } = report;
  const json = {
    libelle,
    categorie,
    categorie_libelle: categoryLabel(report, format),
    statut,
    confiance,
    mots,
    motif: reasonMessage(format.lang, format.reglement, motif.code, motif.params),
    motif_code: motif.code,
    motif_parametres: reasonValues(motif),
    clause,
    population: populationJson(report),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

function populationJson(report: ClassificationReport) {
  if (!report.population) return null;
  const { habitants, from } = report.population;
  return from.source === 'insee'
    ? { habitants: habitants ?? null, source: 'insee', code_insee: from.code, commune: from.commune, millesime: from.millesime }
    : { habitants: habitants ?? null, source: 'option', option: from.option };
}
