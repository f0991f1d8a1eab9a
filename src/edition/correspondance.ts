import type { z } from 'zod';
import { readYamlFile } from './yaml-file.js';
import { suggest } from '../did-you-mean.js';
import { catalogue, type Lang } from '../i18n/index.js';
import type { Reglement } from '../reglement/types.js';
import {
  CLOSED_FIELDS,
  DOSSIER_FIELDS,
  LINE_FIELDS,
  LIST_FIELDS,
  correspondanceSchema,
  type ClosedField,
  type Correspondance,
} from '../tableur/correspondance.js';

export type CorrespondanceLoad = { ok: true; correspondance: Correspondance } | { ok: false; errors: string[] };

type Texts = ReturnType<typeof catalogue>['correspondance'];

/**
 * A correspondence file from its YAML text. Every mistake is listed in one
 * run with its path, in the user's language: YAML, structure (an unknown key
 * with the likely one), and what only the edition applied can say (a value
 * of `valeurs` must be one of its types, axes, categories…).
 */
export function loadCorrespondance(text: string, reglement: Reglement, lang: Lang): CorrespondanceLoad {
  const t = catalogue(lang).correspondance;
  const read = readYamlFile(text, t, lang, reglement);
  if (!read.ok) return read;
  const { data, duplicateKeys } = read;
  if (!asRecord(data)) return { ok: false, errors: [t.notMapping] };
  const errors: string[] = [...duplicateKeys];
  const result = correspondanceSchema.safeParse(data, { reportInput: true });
  if (!result.success) errors.push(...result.error.issues.flatMap((issue) => describe(issue, t)));
  // Read on the loose data: a mistake elsewhere hides none of these.
  errors.push(...crossReferences(data as Loose, reglement, t));
  return errors.length > 0 || !result.success ? { ok: false, errors } : { ok: true, correspondance: result.data };
}

function describe(issue: z.core.$ZodIssue, t: Texts): string | string[] {
  const steps = issue.path.map(String);
  const path = steps.join('.') || '(racine)';
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? t.missing(path) : t.type(path, issue.expected);
    case 'unrecognized_keys': {
      const known = knownKeysAt(steps);
      return issue.keys.map((key) =>
        // Not a typo of another field: a list of objects, which one cell cannot hold. Suggesting aide_sollicitee would mislead.
        key === NOT_MAPPABLE ? t.notMappable(path, key) : t.unknownKey(path, key, suggest(key, known), known.join(', ')),
      );
    }
    case 'invalid_key':
    case 'too_small':
      return t.tooSmall(path, issue.code === 'too_small' ? String(issue.minimum) : '1');
    case 'too_big':
      return t.tooBig(path, String(issue.maximum));
    case 'invalid_value':
      return issue.input === undefined ? t.missing(path) : t.version(path);
    case 'custom':
      return (issue.params as { code?: string } | undefined)?.code === 'modele' ? t.model(path) : t.format(path, issue.message);
    default:
      return t.format(path, issue.message);
  }
}

const COLUMN_KEYS = ['colonne', 'separateur'];
const NOT_MAPPABLE = 'financement.autres_aides';
const LINES_KEYS = ['feuille', 'ligne_titres', 'jointure', 'ordre', 'colonnes', 'colonnes_numerotees'];

/** The keys the file may write at `path`, for "did you mean". */
function knownKeysAt(path: readonly string[]): string[] {
  const [section, inner, field, deeper] = path;
  if (section === undefined) return Object.keys(correspondanceSchema.shape);
  if (section === 'dossiers') {
    if (inner === undefined) return ['feuille', 'ligne_titres', 'identifiant', 'colonnes'];
    if (inner === 'colonnes') return field === undefined ? [...DOSSIER_FIELDS] : COLUMN_KEYS;
  }
  if (section === 'depenses') {
    if (inner === undefined) return LINES_KEYS;
    if (inner === 'colonnes') return field === undefined ? [...LINE_FIELDS] : COLUMN_KEYS;
    if (inner === 'colonnes_numerotees') return field === undefined ? ['modele', 'champs'] : deeper === undefined ? [...LINE_FIELDS] : [];
  }
  if (section === 'valeurs' && inner === undefined) return Object.keys(CLOSED_FIELDS);
  return [];
}

type Loose = Record<string, unknown>;
const asRecord = (value: unknown): Loose | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Loose) : undefined;

/** What the structure cannot say: one form of expense lines, a separator only on lists, values the edition knows. */
function crossReferences(data: Loose, reglement: Reglement, t: Texts): string[] {
  const errors: string[] = [];
  const lists = LIST_FIELDS.join(', ');
  for (const [section, fields] of [
    ['dossiers', asRecord(asRecord(data.dossiers)?.colonnes)],
    ['depenses', asRecord(asRecord(data.depenses)?.colonnes)],
  ] as const) {
    for (const [field, spec] of Object.entries(fields ?? {})) {
      const qualified = section === 'depenses' ? `depenses.${field}` : field;
      if (asRecord(spec)?.separateur !== undefined && !LIST_FIELDS.includes(qualified)) {
        errors.push(t.separatorNotList(`${section}.colonnes.${field}.separateur`, lists));
      }
    }
  }
  const lines = asRecord(data.depenses);
  if (lines) {
    const sheetForm = lines.colonnes !== undefined;
    const numbered = lines.colonnes_numerotees !== undefined;
    if (sheetForm === numbered) errors.push(t.linesForm('depenses'));
    if ((sheetForm || lines.feuille !== undefined) && !numbered && lines.jointure === undefined) errors.push(t.joinMissing('depenses'));
  }
  for (const [field, table] of Object.entries(asRecord(data.valeurs) ?? {})) {
    const list = CLOSED_FIELDS[field as ClosedField];
    if (list === undefined) continue;
    const allowed = closedValues(reglement, list);
    for (const [written, value] of Object.entries(asRecord(table) ?? {})) {
      if (typeof value === 'string' && value.trim() !== '' && !allowed.includes(value.trim())) {
        errors.push(t.unknownValue(`valeurs.${field}.${written}`, value, field, suggest(value, allowed), allowed.join(', ')));
      }
    }
  }
  return errors;
}

function closedValues(reglement: Reglement, list: (typeof CLOSED_FIELDS)[ClosedField]): string[] {
  return list === 'natures' ? [...reglement.natures] : reglement[list].map(({ id }) => id);
}
