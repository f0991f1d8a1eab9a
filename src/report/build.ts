import type { Lang } from '../i18n/lang.js';
import type { Reglement } from '../reglement/types.js';
import type { Geography } from '../territoire/geography.js';
import type { DossierReport, ReglementSummary, Report, Summary } from './types.js';

/** Gathers the reports of one run, with the counts by verdict. */
export function buildReport(dossiers: DossierReport[], lang: Lang, reglement: Reglement, geography?: Geography): Report {
  return {
    lang,
    ...(geography
      ? { geographie: { source: geography.source.nom, version: geography.source.version, millesime: geography.source.millesime } }
      : {}),
    reglement: summarizeEdition(reglement),
    dossiers,
    resume: summarize(dossiers),
  };
}

export function summarize(dossiers: readonly DossierReport[]): Summary {
  const summary: Summary = { total: dossiers.length, eligible: 0, 'a-completer': 0, ineligible: 0, illisible: 0 };
  for (const dossier of dossiers) summary[dossier.verdict] += 1;
  return summary;
}

/** What formatters need of an edition: its clauses, the rule → clause map, its criteria. */
export function summarizeEdition(reglement: Reglement): ReglementSummary {
  return {
    id: reglement.id,
    titre: reglement.titre,
    organisme: reglement.organisme,
    clauses: reglement.clauses,
    regles: reglement.regles,
    criteres: reglement.criteres,
    categories: reglement.categories.map(({ id, libelle, eligible }) => ({ id, libelle, eligible })),
  };
}
