import { formatCalendarDate } from '../dates.js';
import { catalogue, writer, type Lang } from '../i18n/index.js';
import type { Reglement } from '../reglement/types.js';
import { askChecked, refusedByCheck, type Judge } from './answer-check.js';
import { answerChecks, isoDate } from './answers.js';
import type { Prompter } from './prompter.js';

export interface FilingDateQuestion {
  lang: Lang;
  reglement: Reglement;
  /** Today, typed the French way (DD/MM/YYYY): offered only when it is not past the deadline. */
  offered?: string;
  /** The date the dossier already gives (init --from), YYYY-MM-DD: offered as it is, to be corrected or kept. */
  written?: string;
  /** The check of the date in the dossier (answer-check.ts): the judge of lateness, as for every answer. */
  judge: Judge;
  /** What was said just above the question: not said again when the answer keeps the date written. */
  saidBefore?: readonly string[];
}

const DEPOT_DATE = ['depot', 'date'] as const;

/**
 * The submission date, asked and read in the edition's zone: YYYY-MM-DD, as
 * the file holds it. The question shows the deadline; a date the check would
 * call late is said to be late at once, in the check's words and clause, and
 * kept only after an explicit yes (no asks the date again).
 *
 * Today is offered while the call is open: a secretary who presses Enter
 * files today. Once the deadline has passed, nothing is offered: Enter would
 * otherwise either make the dossier late (today) or write a day the dossier
 * was not filed on (the last day), and only the person knows the real date.
 * A line says so above the question.
 */
export async function askFilingDate(prompter: Prompter, question: FilingDateQuestion): Promise<string> {
  const { lang, reglement, offered, written } = question;
  const t = catalogue(lang).interview;
  const { judge } = question;
  const lastDay = writer(lang, reglement).date(reglement.dateLimite.dernierJour);
  const today = offered === undefined ? undefined : isoDate(offered, reglement);
  const todayIsLate = today !== undefined && judge([...DEPOT_DATE], today).some((objected) => objected.effet === 'ineligible');
  if (todayIsLate && written === undefined) prompter.say(t.filingDeadlinePassed(lastDay));
  const proposed = written !== undefined ? formatCalendarDate(written, 'fr') : todayIsLate ? undefined : offered;
  const typed = await askChecked(
    prompter,
    judge,
    [...DEPOT_DATE],
    () =>
      prompter.input({
        message: t.filingDate(lastDay),
        ...(proposed === undefined ? {} : { default: proposed }),
        validate: refusedByCheck(judge, [...DEPOT_DATE], (answer) => isoDate(answer, reglement), answerChecks(lang, reglement).date),
      }),
    {
      toValue: (answer) => isoDate(answer, reglement),
      keep: t.keepLateDate,
      ...(question.saidBefore ? { saidBefore: question.saidBefore } : {}),
    },
  );
  return isoDate(typed, reglement);
}
