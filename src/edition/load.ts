import { parse, YAMLError } from 'yaml';
import type { z } from 'zod';
import { diagnoseYamlError } from '../dossier/yaml-diagnosis.js';
import { catalogue, writer, type Lang } from '../i18n/index.js';
import { readDate } from '../dates.js';
import { reglementSchema } from '../reglement/schema.js';
import type { Reglement } from '../reglement/types.js';
import { DEFAULT_EDITION } from '../reglement/index.js';

export type EditionLoad = { ok: true; reglement: Reglement } | { ok: false; errors: string[] };

/** Keys whose entries, by id, are added to or replace the inherited ones, instead of replacing them whole. */
const MERGED_BY_ID = ['clauses', 'regles'];

/**
 * An edition from the text of a YAML (or JSON) file, checked against the
 * structure of the built-in one. `herite: <id>` starts from a built-in
 * edition, so that a later edition only writes what changed: each top-level
 * key it gives replaces the inherited one whole, except `clauses` and
 * `regles`, whose entries replace or add to the inherited ones by id. Every
 * error is listed with its path, in the user's language.
 */
/** What an edition file is checked against besides its structure. */
export interface EditionContext {
  builtIns: ReadonlyMap<string, Reglement>;
  /** The rules the engine runs: `regles` may only name these. */
  ruleIds: readonly string[];
  /** Categories the classifier reasons about by name. */
  requiredCategories: readonly string[];
}

export function loadEdition(text: string, context: EditionContext, lang: Lang): EditionLoad {
  const { builtIns } = context;
  const t = catalogue(lang).edition;
  let data: unknown;
  try {
    data = parse(text, { uniqueKeys: true, prettyErrors: false, maxAliasCount: 100 });
  } catch (error) {
    // The same reading of the mistake, and the same fix, as for a dossier.
    if (error instanceof YAMLError) {
      const line = text.slice(0, error.pos[0]).split('\n').length;
      const diagnosis = diagnoseYamlError(text, error, line);
      const message = catalogue(lang).problems['yaml-invalide']!(
        { cause: error.code, detail: error.message, situation: diagnosis.situation, ...diagnosis.params },
        writer(lang, DEFAULT_EDITION),
      );
      return { ok: false, errors: [t.syntaxAt(diagnosis.position?.ligne ?? line, message)] };
    }
    return { ok: false, errors: [t.syntax(String((error as Error).message).split('\n')[0]!)] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, errors: [t.notMapping] };
  const { herite, ...own } = data as Record<string, unknown>;
  let merged: Record<string, unknown> = own;
  // Without its own id, an inheriting edition would pass for the built-in one under the official id.
  if (herite !== undefined && own.id === undefined) return { ok: false, errors: [t.ownId] };
  if (herite !== undefined) {
    const base = typeof herite === 'string' ? builtIns.get(herite) : undefined;
    if (!base) return { ok: false, errors: [t.unknownBase(String(herite), [...builtIns.keys()].join(', '))] };
    merged = { ...base, ...own };
    for (const key of MERGED_BY_ID) {
      const given = own[key];
      if (typeof given === 'object' && given !== null && !Array.isArray(given)) {
        merged[key] = { ...(base[key as keyof Reglement] as object), ...given };
      }
    }
  }
  const result = reglementSchema.safeParse(merged, { reportInput: true });
  if (!result.success) return { ok: false, errors: result.error.issues.map((issue) => describe(issue, t)) };
  const errors = crossReferences(result.data, context, t);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, reglement: result.data };
}

type EditionTexts = ReturnType<typeof catalogue>['edition'];

function describe(issue: z.core.$ZodIssue, t: EditionTexts): string {
  const path = issue.path.map(String).join('.') || '(racine)';
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? t.missing(path) : t.type(path, issue.expected);
    case 'unrecognized_keys':
      return t.unknownKeys(path, issue.keys.join(', '));
    case 'too_small':
      return t.tooSmall(path, String(issue.minimum));
    case 'too_big':
      return t.tooBig(path, String(issue.maximum));
    case 'invalid_value':
      return t.choices(path, issue.values.map(String).join(', '));
    default:
      return t.format(path, issue.message);
  }
}

/** What the structure cannot say: clauses and categories named must exist, the time zone must be real. */
function crossReferences(reglement: Reglement, context: EditionContext, t: EditionTexts): string[] {
  const errors: string[] = [];
  for (const rule of Object.keys(reglement.regles)) {
    if (!context.ruleIds.includes(rule)) errors.push(t.unknownRule(`regles.${rule}`, rule, context.ruleIds.join(', ')));
  }
  for (const id of context.requiredCategories) {
    if (!reglement.categories.some((category) => category.id === id)) errors.push(t.requiredCategory('categories', id));
  }
  const hasHundredths = (percent: number) => Math.abs(percent * 100 - Math.round(percent * 100)) < 1e-9;
  if (!hasHundredths(reglement.aide.tauxPourcent)) errors.push(t.rateDecimals('aide.tauxPourcent'));
  // Rates are percents: 0.8 would grant 0,8 % of the expenses, silently. No call grants less than 1 %.
  if (reglement.aide.tauxPourcent < 1)
    errors.push(t.rateFraction('aide.tauxPourcent', String(Math.round(reglement.aide.tauxPourcent * 10_000) / 100)));
  const vatRates = reglement.tauxTvaPourcent.filter((rate) => rate !== 0);
  if (vatRates.length > 0 && vatRates.every((rate) => rate < 1)) {
    errors.push(t.rateFraction('tauxTvaPourcent', vatRates.map((rate) => String(Math.round(rate * 10_000) / 100)).join(', ')));
  }
  reglement.tauxTvaPourcent.forEach((rate, index) => {
    if (!hasHundredths(rate)) errors.push(t.rateDecimals(`tauxTvaPourcent.${index}`));
  });
  if (readDate(reglement.dateLimite.dernierJour) === undefined) {
    errors.push(t.badDay('dateLimite.dernierJour', reglement.dateLimite.dernierJour));
  }
  const clause = (path: string, id: string | undefined) => {
    if (id !== undefined && !Object.hasOwn(reglement.clauses, id)) errors.push(t.unknownClause(path, id));
  };
  reglement.categories.forEach((category, index) => clause(`categories.${index}.clause`, category.clause));
  clause('criteres.clause', reglement.criteres.clause);
  for (const [rule, { clause: id }] of Object.entries(reglement.regles)) clause(`regles.${rule}.clause`, id);
  const categoryIds = new Set(reglement.categories.map((category) => category.id));
  for (const id of Object.keys(reglement.lexique.categories)) {
    if (!categoryIds.has(id)) errors.push(t.unknownCategory(`lexique.categories.${id}`, id));
  }
  try {
    new Intl.DateTimeFormat('fr-FR', { timeZone: reglement.dateLimite.fuseau });
  } catch {
    errors.push(t.badZone('dateLimite.fuseau', reglement.dateLimite.fuseau));
  }
  return errors;
}
