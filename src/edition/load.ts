import { parse, YAMLError } from 'yaml';
import type { z } from 'zod';
import { diagnoseYamlError } from '../parse/yaml-diagnosis.js';
import { knownKeysAt } from '../dossier/schema.js';
import { suggest } from '../dossier/did-you-mean.js';
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
  // Every mistake is listed in one run: none of these checks stops the others.
  const errors: string[] = [];
  let merged: Record<string, unknown> = own;
  // Without its own id, an inheriting edition would pass for the built-in one under the official id.
  if (herite !== undefined && own.id === undefined) errors.push(t.ownId(String(herite)));
  let schema: z.ZodType = reglementSchema;
  if (herite !== undefined) {
    const base = typeof herite === 'string' ? builtIns.get(herite) : undefined;
    if (base) {
      merged = { ...base, ...own };
      for (const key of MERGED_BY_ID) {
        const given = own[key];
        if (typeof given === 'object' && given !== null && !Array.isArray(given)) {
          merged[key] = { ...(base[key as keyof Reglement] as object), ...given };
        }
      }
    } else {
      errors.push(t.unknownBase(String(herite), [...builtIns.keys()].join(', ')));
      // What the unknown base would have given cannot be called missing; what the file gives is still checked.
      schema = reglementSchema.partial();
    }
  }
  const result = schema.safeParse(merged, { reportInput: true });
  if (!result.success) errors.push(...result.error.issues.map((issue) => describe(issue, t)));
  // References are checked within the sections that are well formed, so that they do not wait for the others' fixes.
  errors.push(...crossReferences(wellFormedSections(merged), context, t));
  return errors.length > 0 || !result.success ? { ok: false, errors } : { ok: true, reglement: result.data as Reglement };
}

/** The top-level sections of an edition that match their structure on their own. */
function wellFormedSections(data: Record<string, unknown>): Partial<Reglement> {
  const sections: Record<string, unknown> = {};
  for (const [key, section] of Object.entries(reglementSchema.shape)) {
    const parsed = (section as z.ZodType).safeParse(data[key]);
    if (parsed.success && parsed.data !== undefined) sections[key] = parsed.data;
  }
  return sections as Partial<Reglement>;
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

/**
 * What the structure cannot say: clauses, categories, natures and dossier
 * fields named must exist, the time zone must be real. Only the sections
 * given are read: a check whose section is malformed is left to that
 * section's own error.
 */
function crossReferences(reglement: Partial<Reglement>, context: EditionContext, t: EditionTexts): string[] {
  const errors: string[] = [];
  const { regles, categories, aide, tauxTvaPourcent, dateLimite, clauses, criteres, lexique, natures, naturesExclues } = reglement;
  for (const rule of Object.keys(regles ?? {})) {
    if (!context.ruleIds.includes(rule)) errors.push(t.unknownRule(`regles.${rule}`, rule, context.ruleIds.join(', ')));
  }
  for (const id of categories ? context.requiredCategories : []) {
    if (!categories!.some((category) => category.id === id)) errors.push(t.requiredCategory('categories', id));
  }
  const hasHundredths = (percent: number) => Math.abs(percent * 100 - Math.round(percent * 100)) < 1e-9;
  if (aide && !hasHundredths(aide.tauxPourcent)) errors.push(t.rateDecimals('aide.tauxPourcent'));
  // Rates are percents: 0.8 would grant 0,8 % of the expenses, silently. No call grants less than 1 %.
  if (aide && aide.tauxPourcent < 1) errors.push(t.rateFraction('aide.tauxPourcent', String(Math.round(aide.tauxPourcent * 10_000) / 100)));
  const vatRates = (tauxTvaPourcent ?? []).filter((rate) => rate !== 0);
  if (vatRates.length > 0 && vatRates.every((rate) => rate < 1)) {
    errors.push(t.rateFraction('tauxTvaPourcent', vatRates.map((rate) => String(Math.round(rate * 10_000) / 100)).join(', ')));
  }
  tauxTvaPourcent?.forEach((rate, index) => {
    if (!hasHundredths(rate)) errors.push(t.rateDecimals(`tauxTvaPourcent.${index}`));
  });
  if (dateLimite && readDate(dateLimite.dernierJour) === undefined) {
    errors.push(t.badDay('dateLimite.dernierJour', dateLimite.dernierJour));
  }
  const clause = (path: string, id: string | undefined) => {
    if (clauses && id !== undefined && !Object.hasOwn(clauses, id)) errors.push(t.unknownClause(path, id));
  };
  categories?.forEach((category, index) => clause(`categories.${index}.clause`, category.clause));
  clause('criteres.clause', criteres?.clause);
  for (const [rule, { clause: id }] of Object.entries(regles ?? {})) clause(`regles.${rule}.clause`, id);
  const categoryIds = new Set((categories ?? []).map((category) => category.id));
  for (const id of categories && lexique ? Object.keys(lexique.categories) : []) {
    if (!categoryIds.has(id)) errors.push(t.unknownCategory(`lexique.categories.${id}`, id));
  }
  // Entries are found by id: a second entry with the same id would never be read.
  const lists = { typesPorteur: reglement.typesPorteur, axes: reglement.axes, categories, 'criteres.liste': criteres?.liste };
  for (const [path, list] of Object.entries(lists)) {
    list?.forEach(({ id }, index) => {
      const first = list.findIndex((entry) => entry.id === id);
      if (first < index) errors.push(t.duplicateId(`${path}.${index}.id`, id, `${path}.${first}`));
    });
  }
  // An excluded nature that is not a nature never matches: "fonctionement" would let operating expenses count.
  naturesExclues?.forEach((nature, index) => {
    if (natures && !natures.includes(nature)) errors.push(t.unknownNature(`naturesExclues.${index}`, nature, suggest(nature, natures)));
  });
  // A criterion field no dossier can have would never count: "analyse.inovation" leaves the criterion undocumented for all.
  criteres?.liste.forEach((criterion, index) => {
    criterion.champs.forEach((field, position) => {
      const mistake = dossierFieldMistake(field);
      if (mistake) errors.push(t.unknownField(`criteres.liste.${index}.champs.${position}`, field, mistake.suggestion, mistake.fields));
    });
  });
  if (dateLimite) {
    try {
      new Intl.DateTimeFormat('fr-FR', { timeZone: dateLimite.fuseau });
    } catch {
      errors.push(t.badZone('dateLimite.fuseau', dateLimite.fuseau));
    }
  }
  return errors;
}

/** Why a dotted path names no value of a dossier, with the likely one or the fields possible there; undefined when it does. */
function dossierFieldMistake(field: string): { suggestion?: string; fields: string } | undefined {
  const steps = field.split('.');
  const depth = steps.findIndex((step, index) => !knownKeysAt(steps.slice(0, index)).includes(step));
  if (depth === -1) {
    // A section (`analyse`) holds fields, not a text a criterion could read.
    const inside = knownKeysAt(steps);
    return inside.length > 0 ? { fields: inside.map((key) => `${field}.${key}`).join(', ') } : undefined;
  }
  const prefix = steps
    .slice(0, depth)
    .map((step) => `${step}.`)
    .join('');
  // The likely field corrects every step ("Analyse.inovation" is analyse.innovation), and names a value itself.
  const corrected: string[] = [];
  for (const step of steps) {
    const likely = suggest(step, knownKeysAt(corrected));
    if (likely === undefined) break;
    corrected.push(likely);
  }
  const likely = corrected.join('.');
  return {
    suggestion: corrected.length === steps.length && knownKeysAt(corrected).length === 0 ? likely : undefined,
    fields: knownKeysAt(steps.slice(0, depth))
      .map((key) => prefix + key)
      .join(', '),
  };
}
