import { formatCalendarDate } from '../dates.js';
import { catalogue, type Lang } from '../i18n/index.js';
import type { DossierReport } from '../report/types.js';

/** The check's problem for a dossier filed after the deadline (src/rules/depot-delai.ts). */
const LATE = 'depot-hors-delai';

/** Where the checked dossier is, and what checks it again. */
export interface NextStepPlace {
  /** The dossier's file, as the person named it. */
  file: string;
  /** The command that checks it again, ready to type. */
  command: string;
  /** The last day of filing of the edition the dossier was judged by (YYYY-MM-DD). */
  lastDay?: string;
  /** Today in the edition's zone (YYYY-MM-DD): a deadline already past is not given as the one to meet. */
  today?: string;
}

/**
 * The closing words of init, after the check of the dossier: what is left to
 * do (file it, before the deadline; or how many blocking problems to fix, as
 * listed above; lines a person must still decide on), then how to check it
 * again. Two lines, the second a command to copy, never cut.
 */
export function nextStep(dossier: DossierReport, place: NextStepPlace, lang: Lang): string {
  const t = catalogue(lang).interview.closing;
  const blocking = dossier.problemes.filter((problem) => problem.gravite === 'bloquant').length;
  const toVerify = dossier.depenses.filter((line) => line.statut === 'a-verifier').length;
  const deadline = place.lastDay !== undefined && (place.today === undefined || place.today <= place.lastDay) ? place.lastDay : undefined;
  // A late filing is a fact, not a fault to correct before filing: said as such, with the deadline the check applied.
  const late = dossier.problemes.find((problem) => problem.code === LATE);
  // Any other ineligible dossier (an applicant the call excludes) has nothing to fix that would change it either.
  const state =
    late !== undefined
      ? t.late(place.file, formatCalendarDate(String(late.params.limite), lang), blocking - 1)
      : dossier.verdict === 'eligible' && blocking === 0
        ? t.ready(place.file, deadline === undefined ? undefined : formatCalendarDate(deadline, lang), toVerify)
        : dossier.verdict === 'ineligible'
          ? t.ineligible(place.file)
          : t.toFix(place.file, blocking, toVerify);
  return `${state}\n${t.checkAgain(place.command)}`;
}
