import { listItemOf } from '../i18n/index.js';
import { centsToEuros } from '../money/amount.js';
import { grantableMaximum, grantableMaximumIfVerified } from '../report/grant.js';
import type { DossierReport, GrantReport, Summary } from '../report/types.js';
import type { FinancingPlan } from '../rules/financing.js';
import { problemValues, reasonValues, renderProblem, renderReason } from './messages.js';
import { wholeReport, type ReportHead, type StreamFactory } from './types.js';

/**
 * The machine report of docs/report.md: amounts in euros, rounded to
 * the cent. Written dossier by dossier, laid out exactly as
 * JSON.stringify(report, null, 2) would; `resume` comes last, once counted.
 */
export const streamJson: StreamFactory = (head) => ({
  begin() {
    const start = {
      reglement: { id: head.reglement.id, titre: head.reglement.titre, clauses: head.reglement.clauses },
      ...(head.geographie ? { geographie: head.geographie } : {}),
    };
    return `${JSON.stringify(start, null, 2).slice(0, -2)},\n  "dossiers": [`;
  },
  // Laid out inside a list inside an object by JSON.stringify itself: already indented by four spaces.
  dossier: (dossier) => {
    const nested = JSON.stringify({ d: [dossierToContract(dossier, head)] }, null, 2);
    return nested.slice('{\n  "d": ['.length, -'\n  ]\n}'.length);
  },
  separator: ',',
  end: (resume) =>
    `${resume.total === 0 ? ']' : '\n  ]'},\n  "resume": ${indent(JSON.stringify(summaryToContract(resume), null, 2), '  ').trimStart()}\n}\n`,
});

export const formatJson = wholeReport(streamJson);

function indent(text: string, by: string): string {
  return by + text.replace(/\n/g, `\n${by}`);
}

/**
 * `maximale` is what the dossier can receive as it stands: 0 when ineligible,
 * so that a sum of them is money that can be granted; the figure if the
 * exclusion were lifted is `maximale_si_recevable`, for information.
 */
function grantToContract(dossier: DossierReport, aide: GrantReport) {
  return {
    maximale: centsToEuros(grantableMaximum(dossier) ?? 0),
    maximale_si_a_verifier_retenues: centsToEuros(grantableMaximumIfVerified(dossier) ?? 0),
    maximale_si_recevable: centsToEuros(aide.maximumCents),
    assiette_eligible_ht: centsToEuros(aide.eligibleBaseCents),
    assiette_a_verifier_ht: centsToEuros(aide.toVerifyBaseCents),
    taux: aide.ratePercent / 100,
    aide_avant_plafond: centsToEuros(aide.uncappedCents),
    plafond: centsToEuros(aide.capCents),
    plafond_applique: aide.capApplied,
    provisoire: aide.linesWithoutAmount > 0,
    sollicitee: aide.requestedCents === undefined ? null : centsToEuros(aide.requestedCents),
  };
}

/**
 * The financing plan, euros rounded to the cent; `null` where the dossier
 * does not give a figure or one it depends on. The shares are ratios of the
 * public financing (self-financing + every aid), 4 decimals, the
 * self-financing's rounded down so that it is below 0.2 whenever the 20 %
 * check warns, and the aid's its complement.
 */
function financingToContract(plan: FinancingPlan) {
  const euros = (cents: number | undefined) => (cents === undefined ? null : centsToEuros(cents));
  const share = plan.selfShareBasisPoints;
  return {
    cout_total_ht: euros(plan.costCents),
    lignes_ht_calculees_du_ttc: plan.linesFromTtc,
    aide_sollicitee: euros(plan.requestedCents),
    autres_aides: plan.otherAids.map((aid) => ({ financeur: aid.financeur ?? null, montant: euros(aid.amountCents) })),
    total_autres_aides: euros(plan.otherAidsTotalCents),
    autofinancement: euros(plan.selfFinancingCents),
    autofinancement_origine: plan.selfFinancingSource ?? null,
    total_ressources: euros(plan.resourcesTotalCents),
    ecart: euros(plan.gapCents),
    equilibre: plan.balanced ?? null,
    total_financements_publics: euros(plan.publicTotalCents),
    part_aides_publiques: share === undefined ? null : (10_000 - share) / 10_000,
    part_autofinancement: share === undefined ? null : share / 10_000,
    part_autofinancement_minimale: plan.selfShareMinimumPercent === undefined ? null : plan.selfShareMinimumPercent / 100,
    autofinancement_suffisant: plan.selfShareMet ?? null,
  };
}

/** A file that could not be read as a dossier: every figure unknown (the contract's `null`), same keys. */
const UNREADABLE_GRANT = {
  maximale: null,
  maximale_si_a_verifier_retenues: null,
  maximale_si_recevable: null,
  assiette_eligible_ht: null,
  assiette_a_verifier_ht: null,
  taux: null,
  aide_avant_plafond: null,
  plafond: null,
  plafond_applique: null,
  provisoire: null,
  sollicitee: null,
};

/** Counts by verdict, then the money totals, each over a set of dossiers it names by their verdicts. */
function summaryToContract(resume: Summary) {
  const { montants, ...counts } = resume;
  const { grantable, ineligible } = montants;
  return {
    ...counts,
    aide: {
      eligibles_ou_a_completer: {
        verdicts: grantable.verdicts,
        dossiers: grantable.dossiers,
        assiette_eligible_ht: centsToEuros(grantable.eligibleBaseCents),
        sollicitee: centsToEuros(grantable.requestedCents),
        maximale: centsToEuros(grantable.maximumCents),
        maximale_si_a_verifier_retenues: centsToEuros(grantable.maximumIfVerifiedCents),
        sans_aide_sollicitee: grantable.withoutRequest,
        provisoires: grantable.provisional,
      },
      ineligibles: {
        verdicts: ineligible.verdicts,
        dossiers: ineligible.dossiers,
        assiette_eligible_ht: centsToEuros(ineligible.eligibleBaseCents),
        sollicitee: centsToEuros(ineligible.requestedCents),
        maximale: centsToEuros(ineligible.maximumCents),
        maximale_si_recevable: centsToEuros(ineligible.maximumIfAdmissibleCents),
        sans_aide_sollicitee: ineligible.withoutRequest,
      },
    },
  };
}

/**
 * The date the deadline was checked against. With an unusable `depot.date`
 * none was: `delai_verifie` says so, and `date` and `source` are only the
 * fallback, kept as the contract gives them (a new `source` value would
 * break a consumer that lists them).
 */
function referenceDateToContract(referenceDate: NonNullable<DossierReport['referenceDate']>) {
  return { date: referenceDate.date, source: referenceDate.source, delai_verifie: referenceDate.unusable !== true };
}

function dossierToContract(dossier: DossierReport, head: ReportHead) {
  const { aide } = dossier;
  return {
    fichier: dossier.fichier,
    ...(dossier.document ? { document: dossier.document } : {}),
    verdict: dossier.verdict,
    // A dossier that named another edition (appel:) carries that edition's clauses.
    ...(dossier.edition
      ? { reglement_applique: { id: dossier.edition.id, titre: dossier.edition.titre, clauses: dossier.edition.clauses } }
      : {}),
    porteur: dossier.porteur,
    projet: dossier.projet,
    ...(dossier.referenceDate ? { date_depot_retenue: referenceDateToContract(dossier.referenceDate) } : {}),
    aide: aide ? grantToContract(dossier, aide) : UNREADABLE_GRANT,
    financement: dossier.financement ? financingToContract(dossier.financement) : null,
    depenses: dossier.depenses.map((line) => ({
      index: line.index,
      libelle: line.libelle,
      montant_ht: line.htCents === undefined ? null : centsToEuros(line.htCents),
      montant_ht_origine: line.amountSource,
      categorie: line.categorie ?? null,
      ...(line.categorieInconnue !== undefined ? { categorie_declaree: line.categorieInconnue } : {}),
      statut: line.statut,
      origine: line.origine,
      motif: renderReason(line.motif, dossier, head.reglement, head.lang),
      // The reason as data: its code (the catalogues' `reasons`) and its values, money in euros.
      motif_code: line.motif.code,
      motif_parametres: reasonValues(line.motif),
      clause: line.clause,
      ...(line.confiance !== undefined ? { confiance: line.confiance, mots: line.mots } : {}),
      ...(line.position ? { position: line.position } : {}),
    })),
    criteres_analyse: dossier.criteres
      ? {
          documentes: dossier.criteres.filter((criterion) => criterion.documente).length,
          total: dossier.criteres.length,
          criteres: dossier.criteres,
        }
      : null,
    problemes: dossier.problemes.map((problem) => ({
      gravite: problem.gravite,
      code: problem.code,
      chemin: problem.chemin,
      // Added beside the path (which counts from 0): the line's number as the tables and people count it.
      ...expenseLine(problem.chemin),
      message: renderProblem(problem, dossier, head.reglement, head.lang),
      // The message's values, by name, for programs that sort, filter or write their own words: money in euros.
      parametres: problemValues(problem),
      ...(problem.position ? { position: problem.position } : {}),
      regle: problem.regle,
      clause: problem.clause ?? null,
      ...(problem.effet ? { effet: problem.effet } : {}),
    })),
  };
}

/** The number, from 1, of the expense line a path is in (depenses.3.montant_ht → 4), when it is in one. */
function expenseLine(path: string): { ligne_depense?: number } {
  const item = listItemOf(path);
  return item?.list === 'depenses' ? { ligne_depense: item.number } : {};
}
