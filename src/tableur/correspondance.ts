/**
 * STUB (issue 16, correspondence helper): the correspondence file, which
 * says how an export's columns feed the fields of a dossier. Its zod schema
 * and the type it gives live here; the YAML loader with messages in
 * src/edition/correspondance.ts.
 */
export interface Correspondance {
  version: 1;
  /** To be completed by the zod schema (see the design). */
  [key: string]: unknown;
}
