/** The embeddable API: no file access, no colour, no process exit. */
export { checkDossier, checkDossiers, checkFile, unreadableFileReport, type CheckOptions, type FileCheck } from './engine/check.js';
export type { NotADossier } from './dossier/not-a-dossier.js';
export { buildReport } from './report/build.js';
export type { DossierReport, Report, Problem, LineReport, Verdict } from './report/types.js';
export { FORMATTERS, type FormatName } from './format/index.js';
export { DEFAULT_EDITION, EDITIONS, findEdition } from './reglement/index.js';
export type { Reglement } from './reglement/types.js';
