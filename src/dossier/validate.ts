import type { z } from 'zod';
import { blocking, warning, type Finding } from '../vocabulary.js';
import { dossierSchema, knownKeysAt, type Dossier, type IssueParams } from './schema.js';
import { suggest } from '../did-you-mean.js';
import { aliasedField, sameKey } from './keys.js';

/**
 * Fields that only inform the reader: a badly shaped value there is worth a
 * warning, not a blocked dossier.
 */
const ADVISORY_FIELDS = [
  /^appel$/,
  /^porteur\.(nom|referent)(\.|$)/,
  /^projet\.(titre|description|debut|fin|communes_associees)(\.|$)/,
  /^analyse(\.|$)/,
  /^depenses\.\d+\.(libelle|categorie|beneficiaires)$/,
  /^financement\.(autres_aides|autofinancement)(\.|$)/,
];

/** Each pass removes at least one bad value, and zod reports all independent ones at once. */
const MAX_PASSES = 8;
/** Past this many unknown keys, one problem counts the rest: a report of 600 000 warnings helps no one. */
const MAX_UNKNOWN_KEYS_REPORTED = 50;

export interface Validation {
  dossier: Dossier;
  findings: Finding[];
  /** Keys read as another (`Dépenses` as `depenses`): the field's path as read, and the key as written. */
  renamed: { path: string; written: string }[];
}

/**
 * Checks the shape of every field and keeps whatever is usable: a bad value
 * is reported and set aside, so that every other problem of the dossier is
 * still found in the same run.
 */
export function validateDossier(tree: Record<string, unknown>): Validation {
  const findings: Finding[] = [];
  const unknownKeys = { count: 0 };
  const renamed: Validation['renamed'] = [];
  const done = (dossier: Dossier): Validation => {
    if (unknownKeys.count > MAX_UNKNOWN_KEYS_REPORTED) {
      findings.push(warning('cles-inconnues-nombreuses', '', { nombre: unknownKeys.count - MAX_UNKNOWN_KEYS_REPORTED }));
    }
    return { dossier, findings: findings.map((finding) => relaxed(finding, dossier)), renamed };
  };
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const result = dossierSchema.safeParse(tree);
    if (result.success) return done(result.data);
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') for (const finding of renameOrDrop(issue, tree, unknownKeys, renamed)) findings.push(finding);
      else findings.push(describe(issue, tree));
    }
    for (const issue of result.error.issues) if (issue.code !== 'unrecognized_keys') setAside(issue, tree);
  }
  findings.push(blocking('a-completer', 'structure-invalide', ''));
  return done({});
}

/**
 * Unknown keys are set aside with a "did you mean"; a key that differs from a
 * known one only by case, accents or separators ("Date", "montant-ht") is
 * plainly that key, and is read as such.
 */
function renameOrDrop(
  issue: z.core.$ZodIssueUnrecognizedKeys,
  tree: unknown,
  unknownKeys: { count: number },
  renamed: Validation['renamed'],
): Finding[] {
  const path = issue.path.map(String).join('.');
  const holder = valueAt(tree, issue.path);
  const known = knownKeysAt(issue.path);
  const findings: Finding[] = [];
  for (const key of issue.keys) {
    const chemin = path === '' ? key : `${path}.${key}`;
    const meant = known.find((candidate) => sameKey(candidate, key));
    if (isRecord(holder) && meant !== undefined && !Object.hasOwn(holder, meant)) {
      holder[meant] = holder[key];
      delete holder[key];
      renamed.push({ path: path === '' ? meant : `${path}.${meant}`, written: key });
      findings.push({ ...warning('cle-corrigee', chemin, { cle: key, correcte: meant }), pointsAt: 'key' });
      continue;
    }
    if (isRecord(holder)) delete holder[key];
    if (++unknownKeys.count <= MAX_UNKNOWN_KEYS_REPORTED) {
      findings.push({
        ...warning('cle-inconnue', chemin, { cle: key, suggestion: aliasedField(key) ?? suggest(key, known) }),
        pointsAt: 'key',
      });
    }
  }
  return findings;
}

/** A TTC amount or VAT rate that cannot be read does not matter when the HT amount is given. */
function relaxed(finding: Finding, dossier: Dossier): Finding {
  const match = /^depenses\.(\d+)\.(montant_ttc|taux_tva)$/.exec(finding.chemin);
  if (!match || finding.gravite !== 'bloquant' || dossier.depenses?.[Number(match[1])]?.montant_ht === undefined) return finding;
  return warning(finding.code, finding.chemin, finding.params);
}

function describe(issue: z.core.$ZodIssue, tree: unknown): Finding {
  const path = issue.path.map(String).join('.');
  const params: Finding['params'] =
    issue.code === 'custom'
      ? { ...((issue.params ?? {}) as IssueParams) }
      : {
          code: 'type-invalide',
          attendu: issue.code === 'invalid_type' ? String(issue.expected) : 'number|string',
          recu: kindOf(valueAt(tree, issue.path)),
        };
  const code = String(params.code);
  delete params.code;
  return ADVISORY_FIELDS.some((pattern) => pattern.test(path)) ? warning(code, path, params) : blocking('a-completer', code, path, params);
}

function setAside(issue: z.core.$ZodIssue, tree: unknown): void {
  const parent = valueAt(tree, issue.path.slice(0, -1));
  const last = issue.path[issue.path.length - 1];
  if (last === undefined) {
    // The whole dossier has the wrong shape: nothing to keep.
    for (const key of Object.keys(tree as object)) delete (tree as Record<string, unknown>)[key];
  } else if (Array.isArray(parent)) {
    // Keep the indices of the other items: they name lines in the report.
    parent[Number(last)] = undefined;
  } else if (isRecord(parent)) {
    delete parent[String(last)];
  }
}

function valueAt(tree: unknown, path: readonly PropertyKey[]): unknown {
  let current = tree;
  for (const step of path) {
    if (Array.isArray(current)) current = current[Number(step)];
    else if (isRecord(current)) current = Object.hasOwn(current, step) ? current[String(step)] : undefined;
    else return undefined;
  }
  return current;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
