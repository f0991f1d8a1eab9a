import { z } from 'zod';
import { readYamlFile } from './yaml-file.js';
import { knownKeysAt } from '../dossier/schema.js';
import { suggest } from '../did-you-mean.js';
import { catalogue, type Lang } from '../i18n/index.js';
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
 * `regles`, whose entries replace or add to the inherited ones by id; a type
 * without `rattachement` takes the inherited type's of the same id. Every
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
  const read = readYamlFile(text, t, lang, DEFAULT_EDITION);
  if (!read.ok) return read;
  const { data, duplicateKeys } = read;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, errors: [t.notMapping] };
  const { herite, ...own } = data as Record<string, unknown>;
  // Every mistake is listed in one run: none of these checks stops the others.
  const errors: string[] = [...duplicateKeys];
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
      const ownTypes = asList(own.typesPorteur);
      if (ownTypes) merged.typesPorteur = withInheritedAttachments(ownTypes, base);
    } else {
      errors.push(t.unknownBase(String(herite), [...builtIns.keys()].join(', ')));
      // What the unknown base would have given cannot be called missing; what the file gives is still checked.
      schema = reglementSchema.partial();
    }
  }
  const result = schema.safeParse(merged, { reportInput: true });
  if (!result.success) errors.push(...result.error.issues.map((issue) => describe(issue, t)));
  // References are read wherever they can be, entry by entry: a mistake elsewhere in the same section does not hide them.
  errors.push(...crossReferences(merged, context, t));
  return errors.length > 0 || !result.success ? { ok: false, errors } : { ok: true, reglement: result.data as Reglement };
}

type EditionTexts = ReturnType<typeof catalogue>['edition'];

/**
 * An edition file written before types said what they are (`rattachement`)
 * lists its types without it: a type takes the attachment of the inherited
 * type of the same id. One with no such type keeps none, and is told it is missing.
 */
function withInheritedAttachments(types: unknown[], base: Reglement): unknown[] {
  return types.map((entry) => {
    const type = asRecord(entry);
    if (!type || type.rattachement !== undefined) return entry;
    const inherited = base.typesPorteur.find(({ id }) => id === type.id);
    return inherited ? { ...type, rattachement: inherited.rattachement } : entry;
  });
}

function describe(issue: z.core.$ZodIssue, t: EditionTexts): string {
  const path = issue.path.map(String).join('.') || '(racine)';
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? t.missing(path) : t.type(path, issue.expected);
    case 'unrecognized_keys':
      if (issue.keys.length !== 1) return t.unknownKeys(path, issue.keys.join(', '));
      return t.unknownKeys(path, issue.keys[0]!, suggest(issue.keys[0]!, schemaKeysAt(reglementSchema, issue.path)));
    case 'too_small':
      return t.tooSmall(path, String(issue.minimum));
    case 'too_big':
      return t.tooBig(path, String(issue.maximum));
    case 'invalid_value':
      // zod says a missing choice is not one of the values (with reportInput, an absent value has no input): say it is missing.
      return issue.input === undefined
        ? t.missingChoice(path, issue.values.map(String).join(', '))
        : t.choices(path, issue.values.map(String).join(', '));
    default:
      return t.format(path, issue.message);
  }
}

/** The keys the edition's schema allows at `path` (a list's elements and a record's values walked through), for "did you mean". */
function schemaKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: z.ZodType = schema;
  for (const step of [...path, undefined]) {
    while (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodNullable) {
      current = current.unwrap() as z.ZodType;
    }
    if (step === undefined) break;
    if (current instanceof z.ZodObject) current = (current.shape as Record<string, z.ZodType>)[String(step)] ?? z.never();
    else if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else if (current instanceof z.ZodRecord) current = current.valueType as z.ZodType;
    else return [];
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

// What the edition file gives, read without trusting its structure (the schema reports that).
type Loose = Record<string, unknown>;
const asRecord = (value: unknown): Loose | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Loose) : undefined;
const asList = (value: unknown): unknown[] | undefined => (Array.isArray(value) ? value : undefined);
const asText = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const asNumber = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
/** The ids of a list's entries, by position; undefined where an entry has none. */
const idsOf = (list: unknown[] | undefined) => (list ?? []).map((entry) => asText(asRecord(entry)?.id));

/**
 * What the structure cannot say: clauses, categories, natures and dossier
 * fields named must exist, the time zone must be real. Each check reads only
 * the values it needs, where they have the right type, so that every mistake
 * is listed in one run: a malformed entry (or a malformed neighbour) leaves
 * its own error to the structure, and hides nothing else.
 */
function crossReferences(data: Loose, context: EditionContext, t: EditionTexts): string[] {
  const errors: string[] = [];
  const regles = asRecord(data.regles);
  const categories = asList(data.categories);
  const aide = asRecord(data.aide);
  const dateLimite = asRecord(data.dateLimite);
  const clauses = asRecord(data.clauses);
  const criteres = asRecord(data.criteres);
  const lexique = asRecord(data.lexique);
  for (const rule of Object.keys(regles ?? {})) {
    if (!context.ruleIds.includes(rule)) errors.push(t.unknownRule(`regles.${rule}`, rule, context.ruleIds.join(', ')));
  }
  const categoryIds = new Set(idsOf(categories).filter((id) => id !== undefined));
  for (const id of categories ? context.requiredCategories : []) {
    if (!categoryIds.has(id)) errors.push(t.requiredCategory('categories', id));
  }
  const hasHundredths = (percent: number) => Math.abs(percent * 100 - Math.round(percent * 100)) < 1e-9;
  const rate = asNumber(aide?.tauxPourcent);
  if (rate !== undefined && !hasHundredths(rate)) errors.push(t.rateDecimals('aide.tauxPourcent'));
  // Rates are percents: 0.8 would grant 0,8 % of the expenses, silently. No call grants less than 1 %.
  if (rate !== undefined && rate > 0 && rate < 1) errors.push(t.rateFraction('aide.tauxPourcent', String(Math.round(rate * 10_000) / 100)));
  const vatList = asList(data.tauxTvaPourcent) ?? [];
  const vatRates = vatList.map(asNumber).filter((vat): vat is number => vat !== undefined && vat !== 0);
  if (vatRates.length > 0 && vatRates.every((vat) => vat < 1)) {
    errors.push(t.rateFraction('tauxTvaPourcent', vatRates.map((vat) => String(Math.round(vat * 10_000) / 100)).join(', ')));
  }
  vatList.forEach((value, index) => {
    const vat = asNumber(value);
    if (vat !== undefined && !hasHundredths(vat)) errors.push(t.rateDecimals(`tauxTvaPourcent.${index}`));
  });
  // The standard rate converts a unit price to TTC: a rate the dossier may not use would compute a figure no line can have.
  // Said only of a list that reads as rates: one written as fractions is already said.
  const standardVat = asNumber(data.tauxTvaNormalPourcent);
  const listedVat = vatList.map(asNumber);
  const listReads = listedVat.every((vat) => vat !== undefined) && !vatRates.every((vat) => vat < 1);
  if (standardVat !== undefined && listReads && !listedVat.some((vat) => Math.abs(vat! - standardVat) < 1e-9)) {
    errors.push(t.standardVatNotListed('tauxTvaNormalPourcent', String(standardVat)));
  }
  const lastDay = asText(dateLimite?.dernierJour);
  // A day not written YYYY-MM-DD is the structure's error; one so written that does not exist is this one.
  if (lastDay !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(lastDay) && readDate(lastDay) === undefined) {
    errors.push(t.badDay('dateLimite.dernierJour', lastDay));
  }
  const clause = (path: string, id: unknown) => {
    if (clauses && typeof id === 'string' && !Object.hasOwn(clauses, id)) errors.push(t.unknownClause(path, id));
  };
  categories?.forEach((category, index) => clause(`categories.${index}.clause`, asRecord(category)?.clause));
  clause('criteres.clause', criteres?.clause);
  for (const [rule, entry] of Object.entries(regles ?? {})) clause(`regles.${rule}.clause`, asRecord(entry)?.clause);
  const lexiconCategories = asRecord(lexique?.categories);
  for (const id of categories && lexiconCategories ? Object.keys(lexiconCategories) : []) {
    if (!categoryIds.has(id)) errors.push(t.unknownCategory(`lexique.categories.${id}`, id));
  }
  // Entries are found by id: a second entry with the same id would never be read.
  const lists = {
    typesPorteur: asList(data.typesPorteur),
    beneficiaires: asList(data.beneficiaires),
    axes: asList(data.axes),
    categories,
    'criteres.liste': asList(criteres?.liste),
  };
  for (const [path, list] of Object.entries(lists)) {
    const ids = idsOf(list);
    ids.forEach((id, index) => {
      const first = ids.indexOf(id);
      if (id !== undefined && first < index) errors.push(t.duplicateId(`${path}.${index}.id`, id, `${path}.${first}`));
    });
  }
  // An excluded nature that is not a nature never matches: "fonctionement" would let operating expenses count.
  const natures = asList(data.natures)
    ?.map(asText)
    .filter((nature): nature is string => nature !== undefined);
  asList(data.naturesExclues)?.forEach((value, index) => {
    const nature = asText(value);
    if (natures && nature !== undefined && !natures.includes(nature))
      errors.push(t.unknownNature(`naturesExclues.${index}`, nature, suggest(nature, natures)));
  });
  // A criterion field no dossier can have would never count: "analyse.inovation" leaves the criterion undocumented for all.
  asList(criteres?.liste)?.forEach((criterion, index) => {
    asList(asRecord(criterion)?.champs)?.forEach((value, position) => {
      const field = asText(value);
      const mistake = field ? dossierFieldMistake(field) : undefined;
      if (mistake) errors.push(t.unknownField(`criteres.liste.${index}.champs.${position}`, field!, mistake.suggestion, mistake.fields));
    });
  });
  const zone = asText(dateLimite?.fuseau);
  if (zone) {
    try {
      new Intl.DateTimeFormat('fr-FR', { timeZone: zone });
    } catch {
      errors.push(t.badZone('dateLimite.fuseau', zone));
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
