import { requestedGrant } from './aide-sollicitee.js';
import { selfFinancingShare } from './financement-autofinancement.js';
import { financingAdvice } from './financement-conseil.js';
import { financingPlan } from './financement-plan.js';
import { expenseCategory } from './depense-categorie.js';
import { expenseAmount } from './depense-montant.js';
import { eligibleExpenses } from './depenses-eligibles.js';
import { submissionDeadline } from './depot-delai.js';
import { dossierCompleteness } from './dossier-completude.js';
import { dossierShape } from './dossier-format.js';
import { fileReading } from './dossier-lecture.js';
import { exportReading } from './export-lecture.js';
import { LINE_REASONS } from './line-reasons.js';
import { applicantIdentity } from './porteur-identite.js';
import { applicantSiren } from './porteur-siren.js';
import { applicantTerritory } from './porteur-territoire.js';
import { applicantType } from './porteur-type.js';
import { projectAxes } from './projet-axes.js';
import type { ParamKind, Rule, RuleDescription } from './types.js';

/** Every rule, in the order a grant officer reads a dossier. */
const CALL_RULES = [
  applicantType,
  applicantTerritory,
  applicantSiren,
  applicantIdentity,
  projectAxes,
  submissionDeadline,
  expenseAmount,
  expenseCategory,
  eligibleExpenses,
  requestedGrant,
  financingPlan,
  selfFinancingShare,
  dossierCompleteness,
] as const;
export const RULES: readonly Rule[] = CALL_RULES;

/** Advice: it runs once the call's rules have given their verdict (RuleContext.verdict), and never changes it. */
const ADVICE_RULES = [financingAdvice] as const;
export const AFTER_VERDICT_RULES: readonly Rule[] = ADVICE_RULES;

/** Reading the file and checking its shape come before the call's rules; they report too. */
const FORMAT_RULES = [fileReading, exportReading, dossierShape] as const;

/** Every rule that can report a problem, in the order they apply. */
export const ALL_RULES: readonly RuleDescription[] = [...FORMAT_RULES, ...RULES, ...ADVICE_RULES];

/**
 * Problems any rule may report, beside its own: past 20 problems of one kind,
 * one counts the rest (src/engine/bound.ts), as grave as they are and in
 * their rule's name.
 */
export const SHARED_PROBLEMS = {
  'problemes-similaires-nombreux': { params: { nombre: 'integer', code: 'id', exemple: 'path' } },
} as const satisfies Record<string, { params: Readonly<Record<string, ParamKind>> }>;

export { LINE_REASONS };

type CodesOf<R> = R extends { meta: { problems: infer P } } ? keyof P & string : never;

/**
 * Every problem code a report can hold, from the rules' metadata: comparing
 * a problem's code with anything else does not compile.
 */
export type ProblemCode =
  | CodesOf<(typeof FORMAT_RULES)[number]>
  | CodesOf<(typeof CALL_RULES)[number]>
  | CodesOf<(typeof ADVICE_RULES)[number]>
  | keyof typeof SHARED_PROBLEMS;

const KINDS_BY_CODE = new Map<string, Readonly<Record<string, ParamKind>>>([
  ...ALL_RULES.flatMap((rule) => Object.entries(rule.meta.problems).map(([code, spec]) => [code, spec.params] as const)),
  ...Object.entries(SHARED_PROBLEMS).map(([code, spec]) => [code, spec.params] as const),
]);

/**
 * The kind of each parameter of a problem, as its rule declares it; a
 * parameter of kind `reason` brings the kinds of that line reason's own.
 * Undeclared parameters are absent (a test keeps them from existing).
 */
export function problemParamKinds(code: string, params: Readonly<Record<string, unknown>> = {}): Readonly<Record<string, ParamKind>> {
  const declared = KINDS_BY_CODE.get(code) ?? NO_KINDS;
  const reasonParam = REASON_PARAM.get(code);
  if (reasonParam === undefined) return declared;
  // Every problem of a batch asks: one set of kinds per code and line reason, not one per problem.
  const key = `${code} ${String(params[reasonParam])}`;
  let kinds = WITH_REASON.get(key);
  if (!kinds) {
    kinds = { ...declared, ...LINE_REASONS[String(params[reasonParam])]?.params, [reasonParam]: 'reason' };
    WITH_REASON.set(key, kinds);
  }
  return kinds;
}

const NO_KINDS: Readonly<Record<string, ParamKind>> = {};
/** The codes that carry a line's reason, and the name of the parameter that holds it. */
const REASON_PARAM = new Map(
  [...KINDS_BY_CODE].flatMap(([code, kinds]) =>
    Object.entries(kinds ?? {})
      .filter(([, kind]) => kind === 'reason')
      .map(([name]) => [code, name] as const),
  ),
);
const WITH_REASON = new Map<string, Readonly<Record<string, ParamKind>>>();

/** The kind of each parameter of an expense line's reason. */
export function reasonParamKinds(code: string): Readonly<Record<string, ParamKind>> {
  return LINE_REASONS[code]?.params ?? {};
}
