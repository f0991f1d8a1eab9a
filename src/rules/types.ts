import type { Dossier } from '../dossier/schema.js';
import type { Reglement } from '../reglement/types.js';
import type { CommuneLookup, Geography } from '../territoire/geography.js';
import type { ExpenseLine } from './expense-lines.js';
import type { GrantComputation } from './grant.js';
import type { FinancingPlan } from './financing.js';
import type { Effet, Finding } from '../vocabulary.js';

export type ReferenceDateSource = 'depot' | 'option' | 'aujourdhui';

/** Everything a rule may read besides the dossier; rules never read the clock or files. */
export interface RuleContext {
  reglement: Reglement;
  /** The date the deadline is checked against, in the edition's time zone, and where it came from. */
  referenceDate: { date: string; source: ReferenceDateSource };
  lines: ExpenseLine[];
  grant: GrantComputation;
  /** The financing plan's figures, in cents (src/rules/financing.ts). */
  financing: FinancingPlan;
  /**
   * The verdict the call's rules lead to, for the advice rules that run after
   * them (ADVICE_RULES): advice is for dossiers that can still be granted something.
   */
  verdict?: 'eligible' | Effet;
  geography: Geography;
  /** The applicant's commune (its seat, for a grouping), when porteur.code_insee is well formed. */
  seat?: CommuneLookup;
}

/**
 * What a parameter of a message holds, so that a report can write it for
 * machines (money in euros, like every amount of the JSON report) and a
 * consumer can sort or filter by it.
 */
export type ParamKind =
  /** Integer cents (euros in the JSON report). */
  | 'money'
  /** A calendar day, YYYY-MM-DD. */
  | 'date'
  /** A VAT rate in hundredths of a percent, 2000 for 20 % (a percent, 20, in the JSON report). */
  | 'vat'
  /** A number as the dossier or the edition writes it (a VAT rate in percent, a confidence from 0 to 1). */
  | 'number'
  /** A count, a threshold, a line or column number. */
  | 'integer'
  /** Words: a value as written in the dossier, a name, a suggestion, a corrected line. */
  | 'text'
  /** Several values, joined by commas (or by ";" for the edition's VAT rates). */
  | 'list'
  /** A dotted path of the dossier (depenses.3.montant_ht). */
  | 'path'
  /** An identifier: a code of this tool, an edition's id, a category, an applicant type, a system error. */
  | 'id'
  /** 1 when set, absent otherwise. */
  | 'flag'
  /** An expense line's reason code: the reason's own parameters come beside it (LINE_REASONS). */
  | 'reason';

/** One problem a rule can report: the gravités it can have (a blocking one with the verdicts it leads to) and its parameters. */
export interface ProblemSpec {
  bloquant?: readonly Effet[];
  avertissement?: true;
  info?: true;
  params: Readonly<Record<string, ParamKind>>;
}

/** A rule's problems, by code; the code is the message id in the catalogues (src/i18n/fr.ts, en.ts: `problems`). */
export type ProblemSpecs = Readonly<Record<string, ProblemSpec>>;

export interface RuleMeta<P extends ProblemSpecs = ProblemSpecs> {
  /** Every problem the rule can report. What it checks is in the catalogues' `rules`, by the rule's id. */
  problems: P;
}

/** What a rule can report: blocking problems and the verdicts they lead to, warnings, notes. */
export interface Produces {
  bloquant?: Effet[];
  avertissement?: boolean;
  info?: boolean;
}

/** A rule as `dossier-check rules` lists it: its id, its problems and what they can do (its text is in the catalogues). */
export interface RuleDescription {
  id: string;
  meta: RuleMeta;
  /** Derived from `meta.problems`, never written by hand. */
  produces: Produces;
}

/** A rule of the call: a pure function of the dossier, declared with its id and its problems (its clause is in the edition's data). */
export interface Rule extends RuleDescription {
  check(dossier: Dossier, context: RuleContext): Finding[];
}

/** The codes a rule's problems may have, for the findings a check builds. */
export type CodeOf<P extends ProblemSpecs> = keyof P & string;

/** A rule as declared: its problems' codes stay known to the type system (ProblemCode). */
export type Declared<R extends RuleDescription, P extends ProblemSpecs> = Omit<R, 'meta'> & { meta: RuleMeta<P> };

/**
 * Declares a rule: `check` may return only findings whose code is one of
 * `meta.problems` (a compile error otherwise); `produces` is derived.
 */
export function defineRule<const P extends ProblemSpecs>(rule: {
  id: string;
  meta: RuleMeta<P>;
  check(dossier: Dossier, context: RuleContext): Finding<CodeOf<P>>[];
}): Declared<Rule, P> {
  return { ...rule, produces: producesOf(rule.meta.problems) };
}

/** A rule that reports what reading the file or checking its shape finds (parse/, dossier/, engine/): no check of its own. */
export function defineFormatRule<const P extends ProblemSpecs>(rule: { id: string; meta: RuleMeta<P> }): Declared<RuleDescription, P> {
  return { ...rule, produces: producesOf(rule.meta.problems) };
}

const EFFECT_ORDER: readonly Effet[] = ['illisible', 'ineligible', 'a-completer'];

/** What a rule can report, gathered from its problems (the verdicts in a fixed order: the worst first). */
export function producesOf(problems: ProblemSpecs): Produces {
  const specs = Object.values(problems);
  const effects = new Set(specs.flatMap((spec) => spec.bloquant ?? []));
  return {
    ...(effects.size > 0 ? { bloquant: EFFECT_ORDER.filter((effet) => effects.has(effet)) } : {}),
    ...(specs.some((spec) => spec.avertissement) ? { avertissement: true } : {}),
    ...(specs.some((spec) => spec.info) ? { info: true } : {}),
  };
}
