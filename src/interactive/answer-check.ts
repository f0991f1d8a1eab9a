import { checkDossier, type CheckerData } from '../engine/check.js';
import { catalogue, problemMessage, type Lang } from '../i18n/index.js';
import type { Reglement } from '../reglement/types.js';
import type { Effet, Params } from '../vocabulary.js';
import type { Prompter, Validate } from './prompter.js';
import type { Path } from './source.js';

/** A blocking problem as the check reports it, in the words of its report. */
export interface Objection {
  code: string;
  effet?: Effet;
  /** The check's message, as the report writes it. */
  message: string;
  /** The clause of the call it applies, as the report writes it under the message. */
  clause?: string;
}

/** A dossier an answer can be tried on without keeping it. */
export interface TrialDossier {
  /** The file's name: it decides the format, as for `check`. */
  readonly name: string;
  /** The dossier's text with the answer in place. */
  textWith(path: Path, value: unknown): string;
}

export interface AnswerCheckOptions {
  lang: Lang;
  reglement: Reglement;
  data: CheckerData;
  /** The present instant for a dossier that gives no date (as `check` without `--date`); the clock by default. */
  now?: Date;
}

/** What the check objects to an answer at its path: nothing when it would not block there. */
export type Judge = (path: Path, value: unknown) => Objection[];

/**
 * The check's verdict on an answer before it is kept: the dossier is checked
 * with the answer in place, by the same code and with the same edition as
 * `check`, and the blocking problems at the answer's field (or inside it) are
 * its objections, in the report's own words. No rule is copied here: a new
 * rule of the check objects at the prompt as soon as it exists.
 */
export function answerJudge(dossier: TrialDossier, options: AnswerCheckOptions): Judge {
  const { lang, reglement, data, now } = options;
  return (path, value) => {
    const report = checkDossier(dossier.textWith(path, value), dossier.name, { reglement, data, ...(now ? { now } : {}) });
    const field = path.join('.');
    return report.problemes
      .filter((problem) => problem.gravite === 'bloquant' && (problem.chemin === field || problem.chemin.startsWith(`${field}.`)))
      .map((problem) => objection(problem, report.verdict === 'ineligible', lang, reglement));
  };
}

/**
 * A problem as the text report writes it (src/format/text.ts, renderProblem):
 * the message, with the maximum "if it were admissible" for an ineligible
 * dossier, and the clause under it.
 */
export function objection(
  problem: { code: string; effet?: Effet; params?: Params; regle: string },
  ineligible: boolean,
  lang: Lang,
  reglement: Reglement,
): Objection {
  const t = catalogue(lang).ui;
  const params = ineligible ? { ...problem.params, ineligible: 1 } : (problem.params ?? {});
  const source = reglement.clauses[reglement.regles[problem.regle]?.clause ?? ''];
  return {
    code: problem.code,
    ...(problem.effet ? { effet: problem.effet } : {}),
    message: problemMessage(lang, reglement, problem.code, params),
    ...(source ? { clause: `${t.clause} (${source.section}, ${t.rule} ${problem.regle})${t.colon}« ${source.texte} »` } : {}),
  };
}

/** An objection as it is said: the message, and the clause under it. */
export function spoken({ message, clause }: Objection): string {
  return clause ? `${message}\n${clause}` : message;
}

/**
 * An answer the check would send back to complete is refused where it is
 * typed, with the check's message. An answer that makes the dossier
 * ineligible is a fact the person may have to state (a late filing): it is
 * not refused here, but said, and kept only after a yes (askChecked).
 */
export function refusedByCheck<T = string>(judge: Judge, path: Path, read: (answer: T) => unknown, first?: Validate<T>): Validate<T> {
  return (answer) => {
    const verdict = first?.(answer) ?? true;
    if (verdict !== true) return verdict;
    const refusal = judge(path, read(answer)).find((objected) => objected.effet !== 'ineligible');
    return refusal ? refusal.message : true;
  };
}

/**
 * Asks until the answer is one the check takes, or one that makes the
 * dossier ineligible and that the person keeps with an explicit yes (the
 * confirm's default is no; no asks again). Each objection is said in the
 * check's words, with its clause. For questions without a validate of their
 * own (a list, a search), an answer the check would send back is said and
 * asked again.
 */
export async function askChecked<T>(
  prompter: Prompter,
  judge: Judge,
  path: Path,
  ask: () => Promise<T>,
  options: {
    toValue?: (answer: T) => unknown;
    keep: string;
    /** What was said just above the question (init --from says why it asks): not said again for the same first answer. */
    saidBefore?: readonly string[];
  },
): Promise<T> {
  let onScreen = options.saidBefore;
  for (;;) {
    const answer = await ask();
    const objections = judge(path, options.toValue ? options.toValue(answer) : answer);
    if (objections.length === 0) return answer;
    const texts = objections.map(spoken);
    if (texts.join('\n') !== onScreen?.join('\n')) texts.forEach((text) => prompter.say(text));
    onScreen = undefined;
    if (objections.some((objected) => objected.effet !== 'ineligible')) continue;
    if (await prompter.confirm({ message: options.keep, default: false })) return answer;
  }
}

/**
 * A dossier still being built (init's interview) as answers can be tried on:
 * its fields so far, read when an answer is tried, written as JSON, which
 * `check` reads as it reads the YAML file init writes.
 */
export function plainDossier(fieldsSoFar: () => Record<string, unknown>): TrialDossier {
  return {
    name: 'dossier.json',
    textWith(path, value) {
      const tree = structuredClone(fieldsSoFar());
      let node: Record<string | number, unknown> = tree;
      path.slice(0, -1).forEach((key, index) => {
        const next = node[key];
        const child = typeof next === 'object' && next !== null ? next : typeof path[index + 1] === 'number' ? [] : {};
        node[key] = child;
        node = child as Record<string | number, unknown>;
      });
      node[path.at(-1)!] = value;
      return JSON.stringify(tree);
    },
  };
}
