import type { Effet, Gravite, Lang, Params, Position } from '../vocabulary.js';
import type { Clause, Reglement } from '../reglement/types.js';
import type { AmountSource, LineStatus } from '../rules/expense-lines.js';
import type { GrantComputation } from '../rules/grant.js';
import type { FinancingPlan } from '../rules/financing.js';
import type { ProblemCode } from '../rules/index.js';
import type { ReferenceDateSource } from '../rules/types.js';

export type Verdict = 'eligible' | 'a-completer' | 'ineligible' | 'illisible';

/**
 * A problem as data, in no language: its code (the message id of the
 * catalogues) and the values its message needs. Formatters write the message
 * in the language asked for (src/format/messages.ts, renderProblem).
 */
export interface Problem {
  gravite: Gravite;
  /** Declared by the rule `regle` (src/rules/<rule id>.ts, meta.problems), or shared by every rule. */
  code: ProblemCode;
  /** Dotted path of the field at fault, "" for the whole file. */
  chemin: string;
  /** The values of the message, by name; their kinds (money in cents, dates…) are declared by the rule (meta.problems). */
  params: Params;
  position?: Position;
  /** The id of the rule that found it; its clause is in the edition's data. */
  regle: string;
  /** The id of the clause of the call it applies, in the report's `reglement.clauses`. */
  clause?: string;
  effet?: Effet;
}

export interface LineReport {
  index: number;
  libelle: string;
  htCents?: number;
  amountSource: AmountSource;
  categorie?: string;
  /** The category as written, when the edition does not know it. */
  categorieInconnue?: string;
  statut: LineStatus;
  origine: 'declaree' | 'deduite';
  /** Why this status: a reason code (the catalogues' `reasons`, LINE_REASONS) and its values, in no language. */
  motif: LineReason;
  clause: string;
  /** When the classifier read the line: how sure it is (0 to 1) and the words that decided. */
  confiance?: number;
  mots?: string[];
  position?: Position;
}

export interface LineReason {
  code: string;
  params: Params;
}

export interface GrantReport extends GrantComputation {
  requestedCents?: number;
}

export interface DossierReport {
  /** The file as named on the command line; `file#n` for the n-th dossier of a file that holds several. */
  fichier: string;
  /**
   * For a dossier that shares its file with others: the file itself, and its rank in it (from 1);
   * for a row of a spreadsheet export, also the export's own dossier number as written (`identifiant`).
   */
  document?: { fichier: string; numero: number; identifiant?: string };
  verdict: Verdict;
  porteur: { nom?: string; type?: string; siren?: string; code_insee?: string };
  projet: { titre?: string; axes: string[] };
  /**
   * `unusable`: the dossier's own submission date is reported as unusable,
   * so no deadline was checked against any date (the date here is only the fallback).
   */
  referenceDate?: { date: string; source: ReferenceDateSource; unusable?: true };
  /** Absent when the file could not be read as a dossier. */
  aide?: GrantReport;
  /** The financing plan's figures (cents); absent when the file could not be read as a dossier. */
  financement?: FinancingPlan;
  depenses: LineReport[];
  problemes: Problem[];
  /** The edition applied, when the dossier named another one than the run's (`appel:`). */
  edition?: ReglementSummary;
  /** The call's analysis criteria, documented or not (absent when the file could not be read as a dossier). */
  criteres?: { id: string; documente: boolean }[];
}

export interface Summary {
  total: number;
  eligible: number;
  'a-completer': number;
  ineligible: number;
  illisible: number;
  /** Requested and maximum grants, each total over one named set of dossiers. */
  montants: AmountTotals;
}

/** What a check produces: plain data, ready for any formatter. */
export interface Report {
  /** The language formatters write the report in; the dossiers' reports are in none. */
  lang: Lang;
  /** The edition applied, with its clauses, so each problem can show its source. */
  reglement: ReglementSummary;
  /** The official geography applicants were checked against. */
  geographie?: { source: string; version: string; millesime: number };
  dossiers: DossierReport[];
  resume: Summary;
}

export interface ReglementSummary {
  id: string;
  titre: string;
  organisme: string;
  categories: Pick<Reglement['categories'][number], 'id' | 'libelle' | 'eligible'>[];
  /** What messages take from the edition (EditionWords): names of applicant types and territory, example commune, last day, internal beneficiaries. */
  typesPorteur: Pick<Reglement['typesPorteur'][number], 'id' | 'libelle' | 'note'>[];
  territoire: Pick<Reglement['territoire'], 'nom' | 'exemple'>;
  dateLimite: Pick<Reglement['dateLimite'], 'dernierJour'>;
  beneficiaires: Pick<Reglement['beneficiaires'][number], 'libelle' | 'libelleCourt' | 'destination'>[];
  clauses: Record<string, Clause>;
  regles: Reglement['regles'];
  criteres: Reglement['criteres'];
}

/**
 * Money totals over one named set of dossiers: requested and maximum grants
 * are always summed over the same dossiers. `maximumCents` is what the set
 * can receive (0 for ineligible dossiers); `maximumIfAdmissibleCents` what it
 * would be if their exclusions were lifted, for information.
 */
export interface SetTotals {
  verdicts: Verdict[];
  dossiers: number;
  eligibleBaseCents: number;
  requestedCents: number;
  maximumCents: number;
  maximumIfVerifiedCents: number;
  maximumIfAdmissibleCents: number;
  /** Dossiers of the set that name no requested grant: the requested total leaves them out. */
  withoutRequest: number;
  /** Dossiers of the set whose maximum is provisional (a line lacks its amount): the maximum total is a floor. */
  provisional: number;
}

/**
 * The totals of a batch: dossiers that can still be granted something
 * (eligible or to complete), and apart, ineligible ones, whose requests no one
 * will grant. Unreadable dossiers have no figures; the count by verdict has them.
 */
export interface AmountTotals {
  grantable: SetTotals;
  ineligible: SetTotals;
}
