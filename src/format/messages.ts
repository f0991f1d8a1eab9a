import { problemMessage, reasonMessage, type EditionWords } from '../i18n/index.js';
import { centsToEuros } from '../money/amount.js';
import type { DossierReport, LineReason, Problem, ReglementSummary } from '../report/types.js';
import { problemParamKinds, reasonParamKinds } from '../rules/index.js';
import type { ParamKind } from '../rules/types.js';
import type { Lang, Params } from '../vocabulary.js';

/** What a message of a dossier needs besides its own values: the edition applied to that dossier, and its verdict. */
export type MessageContext = Pick<DossierReport, 'verdict' | 'edition'>;

/** The words of the edition applied to a dossier: the one it named (`appel:`), or the run's. */
function wordsOf(dossier: MessageContext, reglement: EditionWords): EditionWords {
  return dossier.edition ?? reglement;
}

/**
 * A problem's message in `lang`: what is wrong and how to fix it. `reglement`
 * is the run's edition (Report.reglement); a dossier that named another one
 * carries it. Unknown codes are shown as such, never hidden.
 */
export function renderProblem(problem: Problem, dossier: MessageContext, reglement: EditionWords | ReglementSummary, lang: Lang): string {
  // A rule does not know the verdict; a message may need it (an ineligible dossier's maximum grant is 0).
  const params = dossier.verdict === 'ineligible' ? { ...problem.params, ineligible: 1 } : problem.params;
  return problemMessage(lang, wordsOf(dossier, reglement), problem.code, params);
}

/** Why an expense line has its status, in `lang`. */
export function renderReason(reason: LineReason, dossier: MessageContext, reglement: EditionWords | ReglementSummary, lang: Lang): string {
  return reasonMessage(lang, wordsOf(dossier, reglement), reason.code, reason.params);
}

/** A value of the JSON report's `parametres`: a number, a text, or a list of texts. */
export type ParamValue = string | number | string[];

/**
 * Values for machines, by the kind their rule declares: money in euros like
 * every amount of the JSON report, a VAT rate in percent (20, 5.5), a list as
 * a list (rules join ids, words or rates with "," or ";" for their messages),
 * the rest as they are (dates are already YYYY-MM-DD).
 */
function valuesFor(params: Params, kinds: Readonly<Record<string, ParamKind>>): Record<string, ParamValue> {
  const values: Record<string, ParamValue> = {};
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) continue;
    const kind = kinds[name];
    if (kind === 'money' && typeof value === 'number') values[name] = centsToEuros(value);
    else if (kind === 'vat' && typeof value === 'number') values[name] = value / 100;
    else if (kind === 'list') values[name] = listOf(value);
    else values[name] = value;
  }
  return values;
}

/** The elements of a list parameter: ids, words of a libellé or VAT rates, none of which holds a "," or a ";". */
function listOf(value: string | number): string[] {
  return String(value)
    .split(/[,;]/)
    .map((element) => element.trim())
    .filter((element) => element !== '');
}

/** A problem's values as the JSON report gives them (`parametres`). */
export function problemValues(problem: Problem): Record<string, ParamValue> {
  return valuesFor(problem.params, problemParamKinds(problem.code, problem.params));
}

/** A line reason's values as the JSON report gives them (`motif_parametres`). */
export function reasonValues(reason: LineReason): Record<string, ParamValue> {
  return valuesFor(reason.params, reasonParamKinds(reason.code));
}
