import { catalogue, type Lang } from '../i18n/index.js';
import type { Reglement } from '../reglement/types.js';
import { answerChecks, isoDate } from './answers.js';
import type { Prompter } from './prompter.js';

export interface FilingDateQuestion {
  lang: Lang;
  reglement: Reglement;
  /** What is offered, as typed the French way (DD/MM/YYYY), if anything. */
  offered?: string;
}

/** The submission date, asked and read in the edition's zone: YYYY-MM-DD, as the file holds it. */
export async function askFilingDate(prompter: Prompter, question: FilingDateQuestion): Promise<string> {
  const { lang, reglement, offered } = question;
  const t = catalogue(lang).interview;
  const typed = await prompter.input({
    message: t.date,
    ...(offered === undefined ? {} : { default: offered }),
    validate: answerChecks(lang, reglement).date,
  });
  return isoDate(typed, reglement);
}
