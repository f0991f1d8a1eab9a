import { z } from 'zod';

/**
 * The correspondence file: which sheet of an export holds the dossiers,
 * which column feeds which field of the dossier format (docs/dossier.md),
 * where the expense lines are and how closed lists are written in the
 * export. Its YAML loader, with messages, is src/edition/correspondance.ts.
 * What it gives is plain data: it is sent to worker threads.
 */

/** The fields of a dossier a column may feed. `financement.autres_aides` (a list of objects) is not mappable in version 1. */
export const DOSSIER_FIELDS = [
  'appel',
  'porteur.nom',
  'porteur.type',
  'porteur.siren',
  'porteur.code_insee',
  'porteur.referent.nom',
  'porteur.referent.email',
  'porteur.referent.telephone',
  'projet.titre',
  'projet.description',
  'projet.axes',
  'projet.debut',
  'projet.fin',
  'projet.communes_associees',
  'analyse.innovation',
  'analyse.accompagnement_usagers',
  'analyse.mutualisation',
  'analyse.mode_projet',
  'analyse.replicabilite',
  'analyse.association_usagers',
  'financement.aide_sollicitee',
  'financement.autofinancement',
  'depot.date',
] as const;
export type DossierField = (typeof DOSSIER_FIELDS)[number];

/** The fields of an expense line. */
export const LINE_FIELDS = ['libelle', 'montant_ht', 'montant_ttc', 'taux_tva', 'categorie', 'nature', 'beneficiaires'] as const;
export type LineField = (typeof LINE_FIELDS)[number];

/** Fields holding a list: one cell, split on the column's `separateur`. */
export const LIST_FIELDS: readonly string[] = ['projet.axes', 'projet.communes_associees'];

/** Fields whose values come from a closed list of the edition, and which list. */
export const CLOSED_FIELDS = {
  'porteur.type': 'typesPorteur',
  'projet.axes': 'axes',
  'depenses.categorie': 'categories',
  'depenses.nature': 'natures',
  'depenses.beneficiaires': 'beneficiaires',
} as const;
export type ClosedField = keyof typeof CLOSED_FIELDS;

const title = z.string().trim().min(1);

/** A bare title is short for `{ colonne: title }`: one object schema, so that a typo in a key says which key. */
const column = z.preprocess(
  (value) => (typeof value === 'string' ? { colonne: value } : value),
  z.strictObject({ colonne: title, separateur: z.string().min(1).optional() }),
);

const rowOfTitles = z.int().min(1).max(100).default(1);

export const correspondanceSchema = z.strictObject({
  version: z.literal(1),
  dossiers: z.strictObject({
    /** Default: the first visible sheet. Ignored for a CSV. */
    feuille: title.optional(),
    ligne_titres: rowOfTitles,
    identifiant: title,
    colonnes: z.partialRecord(z.enum(DOSSIER_FIELDS), column),
  }),
  // One object, not a union of the two forms (a failed union says only "invalid input"): the form is checked by the loader.
  depenses: z
    .strictObject({
      feuille: title.optional(),
      ligne_titres: rowOfTitles,
      jointure: title.optional(),
      ordre: title.optional(),
      colonnes: z.partialRecord(z.enum(LINE_FIELDS), column).optional(),
      colonnes_numerotees: z
        .strictObject({
          modele: z.string().refine((model) => model.includes('{n}') && model.includes('{champ}'), { params: { code: 'modele' } }),
          champs: z.partialRecord(z.enum(LINE_FIELDS), title),
        })
        .optional(),
    })
    .optional(),
  valeurs: z
    .partialRecord(z.enum(Object.keys(CLOSED_FIELDS) as [ClosedField, ...ClosedField[]]), z.record(title, z.string().trim().min(1)))
    .default({}),
});

export type Correspondance = z.output<typeof correspondanceSchema>;
export type ColumnSpec = { colonne: string; separateur?: string };

/**
 * The titles the dossiers' row of titles should hold: what a CSV reader
 * compares its header with under ";" and under "," (WorkbookReadOptions.expectedTitles).
 */
export function dossierTitles(correspondance: Correspondance): string[] {
  return [correspondance.dossiers.identifiant, ...Object.values(correspondance.dossiers.colonnes).map((spec) => spec!.colonne)];
}
