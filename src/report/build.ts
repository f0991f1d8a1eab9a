import type { Lang } from '../vocabulary.js';
import type { Reglement } from '../reglement/types.js';
import type { Geography } from '../territoire/geography.js';
import { addAmounts, amountsOf, emptyTotals, type DossierAmounts } from './grant.js';
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
  const summary: Summary = { total: 0, eligible: 0, 'a-completer': 0, ineligible: 0, illisible: 0, montants: emptyTotals() };
  for (const dossier of dossiers) tally(summary, amountsOf(dossier));
  return summary;
}

/** Counts one more dossier in a summary: the CLI adds them as they come, without keeping the reports. */
export function tally(summary: Summary, amounts: DossierAmounts): void {
  summary.total += 1;
  summary[amounts.verdict] += 1;
  addAmounts(summary.montants, amounts);
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
    typesPorteur: reglement.typesPorteur.map(({ id, libelle, note }) => ({ id, libelle, ...(note ? { note } : {}) })),
    territoire: { nom: reglement.territoire.nom, ...(reglement.territoire.exemple ? { exemple: reglement.territoire.exemple } : {}) },
    dateLimite: { dernierJour: reglement.dateLimite.dernierJour },
    beneficiaires: reglement.beneficiaires.map(({ libelle, libelleCourt, destination }) => ({
      libelle,
      ...(libelleCourt ? { libelleCourt } : {}),
      destination,
    })),
  };
}
