import { formatCalendarDate } from '../dates.js';
import { catalogue, writer, type Lang } from '../i18n/index.js';
import { formatCents, formatCentsToType } from '../money/format.js';
import { attachmentOf } from '../reglement/applicant.js';
import type { Reglement } from '../reglement/types.js';
import type { CheckerData } from '../engine/check.js';
import { answerChecks } from './answers.js';
import { parseAmount } from '../money/amount.js';
import { maximumIfAdmissible } from '../report/grant.js';
import { sirenDigits } from '../rules/identifiers.js';
import { answerJudge, plainDossier, refusedByCheck } from './answer-check.js';
import { communeChoices } from './choices.js';
import {
  analysisFields,
  dossierModel,
  draftOf,
  REQUEST,
  type Answers,
  type Applicant,
  type DossierDraft,
  type ExpenseAnswers,
} from './dossier-model.js';
import { askFilingDate } from './filing-date.js';
import type { Prompter } from './prompter.js';

export type { DossierDraft } from './dossier-model.js';

export interface InterviewOptions {
  lang: Lang;
  reglement: Reglement;
  /** The geography to search communes in, and the real words the classifier never corrects. */
  data: CheckerData;
  /** Today in the edition's time zone, YYYY-MM-DD: the default submission date. */
  today: string;
}

/**
 * Builds a dossier by asking, in the order of the application form, only
 * what an applicant knows: the commune is found by typing part of its name,
 * each expense's category is deduced and shown, the grant so far is offered
 * as the amount to request. Before anything is written, the answers are
 * shown together, and any of them can be changed with the same question.
 */
export async function interview(prompter: Prompter, options: InterviewOptions): Promise<DossierDraft> {
  const { lang, reglement } = options;
  const t = catalogue(lang).interview;
  const ask = interviewQuestions(prompter, options);

  const applicant = await ask.applicant();
  const titre = await ask.title();
  const description = await ask.description();
  const axes = await ask.axes();
  const answers: Answers = { applicant, titre, description, axes, expenses: [], requestedCents: 0, date: '', analyse: {} };
  do {
    const expense = await ask.expense(answers.expenses.length, applicant, undefined, { endsList: answers.expenses.length > 0 });
    if (expense === undefined) break;
    answers.expenses.push(expense);
    prompter.say(ask.grantSoFar(applicant, answers.expenses));
  } while (await prompter.confirm({ message: t.another, default: true }));

  // The date before the request: the check of the request then judges the dossier as it will be filed.
  answers.date = await askFilingDate(prompter, {
    lang,
    reglement,
    offered: formatCalendarDate(options.today, 'fr'),
    judge: ask.judgeOf(answers),
  });
  answers.requestedCents = await ask.requested(ask.maximum(answers), answers);
  if (await prompter.confirm({ message: t.analysis, default: false })) answers.analyse = await ask.analysis({});

  await reviewAnswers(prompter, options, ask, answers);
  return draftOf(answers, reglement, ask.settled);
}

/**
 * The summary of the answers, then what to do: write the file, or change one
 * answer (asked again, the current answer as default) and see the summary again.
 * A change of applicant or expenses recomputes the maximum grant, and the
 * request is asked again when it was the maximum or now exceeds it.
 */
async function reviewAnswers(prompter: Prompter, options: InterviewOptions, ask: InterviewQuestions, answers: Answers): Promise<void> {
  const { lang, reglement } = options;
  const t = catalogue(lang).interviewSummary;
  for (;;) {
    for (const line of summaryLines(answers, options, ask)) prompter.say(line);
    const shortLabel = (index: number) => shorten(answers.expenses[index]!.libelle);
    const choice = await prompter.select<string>({
      message: t.next,
      default: 'write',
      choices: [
        { name: t.write, value: 'write' },
        { name: t.changeApplicant(String(answers.applicant.porteur.nom)), value: 'applicant' },
        { name: t.changeTitle, value: 'title' },
        { name: t.changeDescription, value: 'description' },
        { name: t.changeAxes, value: 'axes' },
        ...answers.expenses.flatMap((_, index) => [
          { name: t.changeExpense(index + 1, shortLabel(index)), value: `expense:${index}` },
          { name: t.deleteExpense(index + 1, shortLabel(index)), value: `delete:${index}` },
        ]),
        { name: t.addExpense, value: 'add' },
        { name: t.changeRequested, value: 'requested' },
        { name: t.changeDate, value: 'date' },
        { name: t.changeAnalysis, value: 'analysis' },
      ],
    });
    if (choice === 'write') return;
    const maximumBefore = ask.maximum(answers);
    const [what, at] = choice.split(':') as [string, string | undefined];
    const index = Number(at);
    if (what === 'applicant') answers.applicant = await ask.applicant(answers.applicant);
    else if (what === 'title') answers.titre = await ask.title(answers.titre);
    else if (what === 'description') answers.description = await ask.description(answers.description);
    else if (what === 'axes') answers.axes = await ask.axes(answers.axes);
    else if (what === 'expense') answers.expenses[index] = (await ask.expense(index, answers.applicant, answers.expenses[index]))!;
    else if (what === 'delete') {
      if (answers.expenses.length === 1) prompter.say(t.lastExpense);
      else if (await prompter.confirm({ message: t.confirmDelete(index + 1, shortLabel(index)), default: false }))
        answers.expenses.splice(index, 1);
    } else if (what === 'add') {
      const added = await ask.expense(answers.expenses.length, answers.applicant, undefined, { endsList: true });
      if (added !== undefined) answers.expenses.push(added);
    } else if (what === 'requested') answers.requestedCents = await ask.requested(maximumBefore, answers, answers.requestedCents);
    else if (what === 'date')
      answers.date = await askFilingDate(prompter, {
        lang,
        reglement,
        offered: formatCalendarDate(options.today, 'fr'),
        written: answers.date,
        judge: ask.judgeOf(answers),
      });
    else if (what === 'analysis') answers.analyse = await ask.analysis(answers.analyse);

    const maximumAfter = ask.maximum(answers);
    if (maximumAfter !== maximumBefore) {
      prompter.say(t.maximumChanged(formatCents(maximumBefore, lang), formatCents(maximumAfter, lang)));
      // The maximum taken as offered follows the maximum; a request above the new maximum would be blocked by check.
      const tookMaximum = answers.requestedCents === maximumBefore;
      const aboveMaximum = ask.requestBlocked(answers);
      if (tookMaximum || aboveMaximum) {
        prompter.say(tookMaximum ? t.requestWasMaximum : t.requestAboveMaximum(formatCents(answers.requestedCents, lang)));
        answers.requestedCents = await ask.requested(maximumAfter, answers);
      }
    }
  }
}

/** The answers as the person will check them before writing: each expense with what the check will make of it. */
function summaryLines(answers: Answers, options: InterviewOptions, ask: InterviewQuestions): string[] {
  const { lang, reglement } = options;
  const t = catalogue(lang).interviewSummary;
  const { porteur } = answers.applicant;
  const settled = ask.settled(answers.applicant, answers.expenses);
  // The check of the dossier as it would be written: the maximum it names, and whether it would be late (its date kept after a yes).
  const report = ask.judged(answers);
  const maximum = maximumIfAdmissible(report) ?? 0;
  const late = report.problemes.some((problem) => problem.code === 'depot-hors-delai');
  const axisName = (id: string) => reglement.axes.find((axis) => axis.id === id)?.libelle[lang] ?? id;
  const lines = [
    '',
    t.heading,
    t.applicant(String(porteur.nom), String(porteur.siren), String(porteur.code_insee)),
    t.project(answers.titre),
    ...(answers.description === '' ? [] : [t.description(answers.description)]),
    t.axes(answers.axes.map(axisName).join(', ')),
    t.expenses,
    ...settled.map(({ line }, index) =>
      t.expense(
        index + 1,
        answers.expenses[index]!.libelle,
        line.category?.libelle[lang] ?? t.noCategory,
        formatCents(answers.expenses[index]!.montantCents, lang),
        t.statuses[line.status],
      ),
    ),
    ask.isExcluded(answers.applicant)
      ? t.maximumExcluded(formatCents(0, lang))
      : late
        ? t.maximumLate(formatCents(0, lang), formatCents(maximum, lang))
        : t.maximum(formatCents(maximum, lang)),
    t.requested(formatCents(answers.requestedCents, lang)),
    late
      ? t.dateLate(formatCalendarDate(answers.date, 'fr'), writer(lang, reglement).date(reglement.dateLimite.dernierJour))
      : t.date(formatCalendarDate(answers.date, 'fr')),
  ];
  const texts = analysisFields(reglement).filter(({ field }) => answers.analyse[field] !== undefined);
  if (texts.length > 0) {
    lines.push(t.analysis);
    for (const { field, libelle } of texts) lines.push(t.analysisText(libelle[lang], answers.analyse[field]!));
  }
  lines.push('');
  return lines;
}

/** An amount typed the French way, already checked at the prompt, in cents. */
function cents(typed: string, basis?: 'HT'): number {
  const parsed = parseAmount(typed, { basis });
  return parsed.ok ? parsed.cents : 0;
}

/** A label short enough for a line of a list of choices. */
function shorten(text: string, length = 40): string {
  return [...text].length <= length ? text : `${[...text].slice(0, length - 1).join('')}…`;
}

type InterviewQuestions = ReturnType<typeof interviewQuestions>;

/**
 * One function per question (or group of questions that go together), asked
 * the first time without a default and on a change with the current answer
 * as default, with the same checks each time.
 */
function interviewQuestions(prompter: Prompter, options: InterviewOptions) {
  const { lang, reglement, data } = options;
  const { geography } = data;
  const t = catalogue(lang).interview;
  const check = answerChecks(lang, reglement);
  const territory = reglement.territoire.departements;
  // What the answers so far make of the dossier, as the page's form computes it too (dossier-model.ts).
  const model = dossierModel({ lang, reglement, data });
  const { isExcluded, judgeOf, reasonOf } = model;
  const amountDefault = (cents: number) => formatCentsToType(cents, lang);

  return {
    isExcluded,
    settled: model.settled,
    requestBlocked: model.requestBlocked,
    judged: model.judged,
    judgeOf,
    maximum: model.maximum,
    grantSoFar: model.grantSoFar,

    /** Who files: the type, then the commune, the EPCI or the name, seat and SIREN. */
    async applicant(current?: Applicant): Promise<Applicant> {
      const type = await prompter.select({
        message: t.type,
        ...(current === undefined ? {} : { default: current.type }),
        choices: reglement.typesPorteur.map((candidate) => ({
          name: candidate.libelle[lang],
          value: candidate.id,
          description: t.eligibility[candidate.eligibilite],
        })),
      });
      if (isExcluded({ type })) prompter.say(t.notEligible);
      const porteur: Record<string, unknown> = { type };
      // What the edition says the type is decides what is asked: a commune is found by name, an EPCI in the official list.
      const attachment = attachmentOf(reglement, type);
      if (attachment === 'commune') {
        const commune = await prompter.search({ message: t.commune, source: (term) => communeChoices(geography, term, territory) });
        Object.assign(porteur, { nom: `${t.communePrefix}${commune.nom}`, siren: commune.siren, code_insee: commune.code });
      } else if (attachment === 'epci') {
        const epci = await prompter.search({
          message: t.epci,
          source: (term) =>
            geography
              .searchEpci(term, territory)
              .slice(0, 10)
              .map((found) => ({ name: found.nom, value: found })),
        });
        const seat = await prompter.search({
          message: t.seat,
          // Filtered before the first ten are kept: a member ranked eleventh among all communes is still offered.
          source: (term) => communeChoices(geography, term, territory, (commune) => epci.membres.includes(commune.code)),
        });
        Object.assign(porteur, { nom: epci.nom, siren: epci.siren, code_insee: seat.code });
      } else {
        const sameKind = current !== undefined && attachmentOf(reglement, current.type) === attachment;
        porteur.nom = (
          await prompter.input({
            message: t.name,
            ...(sameKind ? { default: String(current.porteur.nom) } : {}),
            validate: check.required,
          })
        ).trim();
        const seat = await prompter.search({ message: t.seat, source: (term) => communeChoices(geography, term, territory) });
        porteur.code_insee = seat.code;
        const siren = await prompter.input({
          message: t.siren,
          ...(sameKind ? { default: String(current.porteur.siren) } : {}),
          // The check is the judge: an answer it would block is refused here, in its words.
          validate: refusedByCheck(
            answerJudge(
              plainDossier(() => ({ porteur: { ...porteur } })),
              { lang, reglement, data },
            ),
            ['porteur', 'siren'],
            sirenDigits,
          ),
        });
        porteur.siren = sirenDigits(siren);
      }
      return { type, porteur };
    },

    async title(current?: string): Promise<string> {
      return (await prompter.input({ message: t.title, default: current, validate: check.required })).trim();
    },

    async description(current?: string): Promise<string> {
      return (await prompter.input({ message: t.description, default: current || undefined })).trim();
    },

    async axes(current: readonly string[] = []): Promise<string[]> {
      return prompter.checkbox({
        message: t.axes,
        choices: reglement.axes.map((axis) => ({ name: axis.libelle[lang], value: axis.id, checked: current.includes(axis.id) })),
        validate: (chosen) => chosen.length > 0 || t.atLeastOneAxis,
      });
    },

    /**
     * One expense: label, who uses it when that decides, category, amount HT.
     * With `endsList`, an empty label ends the list (undefined); the first
     * label of all is required, as a dossier needs one expense.
     */
    async expense(
      index: number,
      applicant: Applicant,
      current?: ExpenseAnswers,
      { endsList = false }: { endsList?: boolean } = {},
    ): Promise<ExpenseAnswers | undefined> {
      const first = index === 0 && current === undefined;
      const libelle = (
        await prompter.input({
          message: endsList ? catalogue(lang).interviewSummary.expenseLabelOrEnd(index + 1) : t.expenseLabel(index + 1),
          default: current?.libelle,
          validate: endsList
            ? () => true
            : first
              ? (value) => value.trim() !== '' || catalogue(lang).interviewSummary.atLeastOneExpense
              : check.required,
        })
      ).trim();
      if (libelle === '') return undefined;
      // The facts check will judge the line with (the applicant's population), so that the proposal says what check will.
      const proposal = model.proposal(libelle, applicant);
      let guess = proposal.classification;
      // Who uses an equipment can decide its status: asked only then, and "do not know" keeps the doubt.
      let beneficiaires: string | undefined;
      if (proposal.usersDecide) {
        prompter.say(t.deduced(proposal.reason));
        beneficiaires =
          (await prompter.select({
            message: t.users,
            default: current?.libelle === libelle ? (current.beneficiaires ?? '') : '',
            choices: [
              ...reglement.beneficiaires.map((beneficiary) => ({ name: beneficiary.libelle[lang], value: beneficiary.id })),
              { name: t.usersUnknown, value: '' },
            ],
          })) || undefined;
        if (beneficiaires !== undefined) guess = model.proposal(libelle, applicant, beneficiaires).classification;
      }
      prompter.say(guess.category ? t.deduced(reasonOf(guess)) : t.notDeduced);
      // The same label keeps the category chosen for it; a new label is offered its own.
      const categorie = await prompter.select({
        message: t.category,
        default: current?.libelle === libelle ? current.categorie : guess.category,
        choices: reglement.categories.map((category) => ({
          name: `${category.libelle[lang]}${category.eligible ? '' : ` (${t.excluded})`}`,
          value: category.id,
        })),
      });
      const amount = await prompter.input({
        message: t.amount,
        ...(current === undefined ? {} : { default: amountDefault(current.montantCents) }),
        validate: check.amountHt,
      });
      const expense: ExpenseAnswers = {
        libelle,
        categorie,
        montantCents: cents(amount, 'HT'),
        ...(beneficiaires ? { beneficiaires } : {}),
      };
      const { line, doubtKept } = model.settle(expense, applicant);
      if (doubtKept) prompter.say(t.doubtKept(reasonOf(line.classification ?? guess)));
      return expense;
    },

    /** The amount requested, the maximum offered (or the current request, on a change); a request check would block is refused. */
    async requested(maximumCents: number, answers: Answers, currentCents?: number): Promise<number> {
      const typed = await prompter.input({
        message: t.requested,
        default: amountDefault(currentCents ?? maximumCents),
        validate: refusedByCheck(judgeOf(answers), REQUEST, (answer) => cents(answer) / 100, check.amount),
      });
      return cents(typed);
    },

    /** The edition's criteria, each by its free text: the question the tool knows for that field, else the criterion's name. */
    async analysis(current: Readonly<Record<string, string>>): Promise<Record<string, string>> {
      const analyse: Record<string, string> = {};
      for (const { field, libelle } of analysisFields(reglement)) {
        const question = (t.criteria as Partial<Record<string, string>>)[field] ?? `${libelle[lang]}${catalogue(lang).ui.colon}`;
        const text = await prompter.input({ message: question, default: current[field] });
        if (text.trim() !== '') analyse[field] = text.trim();
      }
      return analyse;
    },
  };
}
