import { classifyLine, type Classification, type LineSignals } from '../classify/classifier.js';
import { checkDossier, type CheckerData } from '../engine/check.js';
import { seatOf, seatPopulation } from '../engine/seat.js';
import type { ExpenseInput } from '../dossier/schema.js';
import { catalogue, writer, type Lang } from '../i18n/index.js';
import { formatCents } from '../money/format.js';
import { attachmentOf, takesCommunePopulation } from '../reglement/applicant.js';
import { DEFAULT_EDITION } from '../reglement/index.js';
import type { Libelle, Reglement } from '../reglement/types.js';
import { maximumIfAdmissible } from '../report/grant.js';
import type { DossierReport } from '../report/types.js';
import { evaluateExpenseLines, type ExpenseLine } from '../rules/expense-lines.js';
import { computeGrant } from '../rules/grant.js';
import type { Geography } from '../territoire/geography.js';
import { answerJudge, plainDossier, type Judge } from './answer-check.js';
import type { Path } from './source.js';

/**
 * What init's questions and the page's form both compute from the answers so
 * far, with no question asked: the dossier as it will be written, each
 * expense as check will judge it, the category proposed for a label and why,
 * the grant so far and the maximum offered as the request. The terminal
 * interview (interview.ts) and the form of the page (src/page/builder/) call
 * the same functions, so that both say the same thing of the same answers.
 */

/** The dossier as it will be written: the format of docs/dossier.md, amounts in euros. */
export type DossierDraft = Record<string, unknown> & {
  porteur: Record<string, unknown>;
  projet: Record<string, unknown>;
  depenses: Record<string, unknown>[];
};

/** The applicant, as the questions about it found it. */
export interface Applicant {
  type: string;
  porteur: Record<string, unknown>;
}

/** An expense as answered: the amount in cents, the category as chosen (the file may leave out a doubtful one). */
export interface ExpenseAnswers {
  libelle: string;
  beneficiaires?: string;
  categorie: string;
  montantCents: number;
}

/** Every answer, kept until the person chooses to write the file. */
export interface Answers {
  applicant: Applicant;
  titre: string;
  description: string;
  axes: string[];
  expenses: ExpenseAnswers[];
  requestedCents: number;
  /** YYYY-MM-DD. */
  date: string;
  analyse: Record<string, string>;
}

/** An expense as the file will hold it, and as `check` will judge it. */
export interface SettledExpense {
  written: Record<string, unknown>;
  line: ExpenseLine;
  /** The category chosen was left out of the file: declared, it would have settled a doubt only the Département may settle. */
  doubtKept: boolean;
}

/** The category proposed for a label, and whether saying who uses the equipment would change it. */
export interface Proposal {
  classification: Classification;
  /** The proposal in the words init says it in (the reason of the classification), '' when none. */
  reason: string;
  /** A doubt that the users of the equipment would settle (public, agents, schools): init then asks who they are. */
  usersDecide: boolean;
}

export interface DossierModelOptions {
  lang: Lang;
  reglement: Reglement;
  data: CheckerData;
  /** The present instant for a dossier still without a date (as `check` without `--date`); the clock by default. */
  now?: Date;
}

/** The path of the request in the dossier. */
export const REQUEST: Path = ['financement', 'aide_sollicitee'];

/** The file's content from the answers: only what was answered, in the order of docs/dossier.md. */
export function draftOf(
  answers: Answers,
  reglement: Reglement,
  settled: (applicant: Applicant, expenses: readonly ExpenseAnswers[]) => readonly Pick<SettledExpense, 'written'>[],
): DossierDraft {
  const projet: Record<string, unknown> = { titre: answers.titre };
  if (answers.description !== '') projet.description = answers.description;
  projet.axes = answers.axes;
  const draft: DossierDraft = {
    // Another edition than the built-in one is named, so that a check without it does not apply the wrong call.
    ...(reglement.id === DEFAULT_EDITION.id ? {} : { appel: reglement.id }),
    porteur: answers.applicant.porteur,
    projet,
    depenses: settled(answers.applicant, answers.expenses).map(({ written }) => written),
    financement: { aide_sollicitee: answers.requestedCents / 100 },
    depot: { date: answers.date },
  };
  if (Object.keys(answers.analyse).length > 0) draft.analyse = answers.analyse;
  return draft;
}

/** Everything computed from the answers, by the same code as `check`. */
export type DossierModel = ReturnType<typeof dossierModel>;

export function dossierModel(options: DossierModelOptions) {
  const { lang, reglement, data, now } = options;
  const { geography, realWords } = data;
  const t = catalogue(lang).interview;
  const reasonOf = (classification: Classification) =>
    catalogue(lang).reasons[classification.reason.code]?.(classification.reason.params, writer(lang, reglement)) ?? '';
  // The call admits no such applicant: whatever its lines are worth, it can receive nothing (the report says 0).
  const isExcluded = (applicant: Pick<Applicant, 'type'>) =>
    reglement.typesPorteur.find((candidate) => candidate.id === applicant.type)?.eligibilite === 'non-eligible';
  const populationOf = (applicant: Applicant) => populationOfApplicant(applicant, reglement, geography);
  const settled = (applicant: Applicant, expenses: readonly ExpenseAnswers[]): SettledExpense[] =>
    expenses.map((expense, index) => {
      const result = settleExpense(expense, reglement, realWords, populationOf(applicant));
      return { ...result, line: { ...result.line, index } };
    });
  const draft = (answers: Answers) => draftOf(answers, reglement, settled);
  /** The check of the dossier as the answers would write it, by the same code as `check`. */
  const judged = (answers: Answers): DossierReport =>
    checkDossier(JSON.stringify(draft(answers)), 'dossier.json', { reglement, data, ...(now ? { now } : {}) });
  /** The check of an answer tried on the dossier as the answers so far would write it (answer-check.ts). */
  const judgeOf = (answers: Answers): Judge =>
    answerJudge(
      plainDossier(() => draft(answers)),
      { lang, reglement, data, ...(now ? { now } : {}) },
    );
  const grantSoFarCents = (applicant: Applicant, expenses: readonly ExpenseAnswers[]) =>
    computeGrant(
      settled(applicant, expenses).map(({ line }) => line),
      reglement,
    ).maximumCents;

  return {
    isExcluded,
    populationOf,
    settled,
    draft,
    judged,
    judgeOf,
    reasonOf,
    /** Whether check would block the request as above the maximum: asked of the check itself, not computed again here. */
    requestBlocked: (answers: Answers) =>
      judgeOf(answers)(REQUEST, answers.requestedCents / 100).some((objected) => objected.code === 'aide-sollicitee-excessive'),
    /**
     * The maximum the check names for the dossier as written, offered as the request: were it admissible for a late
     * date kept (so that the request stays right once the date is corrected), 0 for an applicant the call excludes.
     */
    maximum: (answers: Answers) => (isExcluded(answers.applicant) ? 0 : (maximumIfAdmissible(judged(answers)) ?? 0)),
    grantSoFarCents,
    /** The grant the lines so far are worth, as init says it after each expense. */
    grantSoFar(applicant: Applicant, expenses: readonly ExpenseAnswers[]): string {
      const maximumCents = grantSoFarCents(applicant, expenses);
      return isExcluded(applicant)
        ? t.grantSoFarExcluded(formatCents(0, lang), formatCents(maximumCents, lang))
        : t.grantSoFar(formatCents(maximumCents, lang));
    },
    /**
     * The category proposed for a label, with the facts check will judge the line with (the applicant's population)
     * and, when they decide it, who uses the equipment ('' or undefined: not known, the doubt stays).
     */
    proposal(libelle: string, applicant: Applicant, beneficiaires?: string): Proposal {
      const line = { libelle, population: populationOf(applicant) };
      const guess = classifyLine(line, reglement, realWords);
      const decide = usersDecide(line, guess, reglement, realWords);
      const classification = decide && beneficiaires ? classifyLine({ ...line, beneficiaires }, reglement, realWords) : guess;
      return { classification, reason: reasonOf(classification), usersDecide: decide };
    },
    /** An expense as the file will hold it and check will judge it (see settleExpense). */
    settle: (expense: ExpenseAnswers, applicant: Applicant): SettledExpense =>
      settleExpense(expense, reglement, realWords, populationOf(applicant)),
  };
}

/**
 * An expense as the file will hold it and check will judge it. check takes
 * a declared eligible category as settled: declared over a doubt, it would
 * turn "a-verifier" into money, so the category is then left out.
 */
export function settleExpense(
  expense: ExpenseAnswers,
  reglement: Reglement,
  realWords: ReadonlySet<string>,
  population: number | undefined,
): SettledExpense {
  const applicant = { population };
  const written: Record<string, unknown> = {
    libelle: expense.libelle,
    montant_ht: expense.montantCents / 100,
    categorie: expense.categorie,
    ...(expense.beneficiaires ? { beneficiaires: expense.beneficiaires } : {}),
  };
  const undeclared = lineAsChecked({ ...written, categorie: undefined }, reglement, realWords, applicant);
  const line = lineAsChecked(written, reglement, realWords, applicant);
  if (line.status === 'eligible' && undeclared.status !== 'eligible') {
    delete written.categorie;
    return { written, line: undeclared, doubtKept: true };
  }
  return { written, line, doubtKept: false };
}

/** The `analyse.*` texts that document the edition's criteria, once each, in the edition's order. */
export function analysisFields(reglement: Reglement): { field: string; libelle: Libelle }[] {
  const fields = new Map<string, Libelle>();
  for (const criterion of reglement.criteres.liste) {
    for (const path of criterion.champs) {
      const [section, field] = path.split('.');
      if (section === 'analyse' && field !== undefined && !fields.has(field)) fields.set(field, criterion.libelle);
    }
  }
  return [...fields].map(([field, libelle]) => ({ field, libelle }));
}

/** Whether a doubt on the line would be settled by saying who uses it (public, agents, schools). */
export function usersDecide(
  line: Omit<LineSignals, 'beneficiaires'>,
  guess: Classification,
  reglement: Reglement,
  realWords: ReadonlySet<string>,
): boolean {
  return (
    guess.status === 'a-verifier' &&
    reglement.beneficiaires.some(
      ({ id: beneficiaires }) => classifyLine({ ...line, beneficiaires }, reglement, realWords).status !== guess.status,
    )
  );
}

/** A line as `check` will judge it in the written file: the same code, on the same fields, in cents. */
function lineAsChecked(
  written: Record<string, unknown>,
  reglement: Reglement,
  realWords: ReadonlySet<string>,
  applicant: { population?: number },
): ExpenseLine {
  const input = { ...written, montant_ht: Math.round((written.montant_ht as number) * 100) } as ExpenseInput;
  if (input.categorie === undefined) delete input.categorie;
  return evaluateExpenseLines({ depenses: [input] }, reglement, realWords, applicant)[0]!;
}

/** The population check uses for legal obligations: that of the commune, or of the commune of a CCAS. */
export function populationOfApplicant(applicant: Applicant, reglement: Reglement, geography: Geography): number | undefined {
  if (!takesCommunePopulation(attachmentOf(reglement, applicant.type))) return undefined;
  return seatPopulation(seatOf(String(applicant.porteur.code_insee), geography));
}
