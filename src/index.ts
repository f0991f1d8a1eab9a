/**
 * The embeddable API: no file access, no colour, no process exit. A program
 * gives each check its data (`options.data`): the official geography, e.g. a
 * GeneratedGeography over the files of generated/territoire/, and the real words
 * of generated/classify/real-words.json.
 */
export {
  checkDossier,
  checkDossiers,
  checkFile,
  unreadableFileReport,
  type CheckerData,
  type CheckOptions,
  type FileCheck,
} from './engine/check.js';
// A spreadsheet export (XLSX, ODS, CSV) read through a correspondence: one report per dossier row, each problem at its cell.
export {
  checkExport,
  checkExportReading,
  DEFAULT_WORKBOOK_LIMITS,
  type ExportOptions,
  type ExportReadingContext,
} from './engine/export.js';
export type { Correspondance } from './tableur/correspondance.js';
export type { WorkbookLimits } from './tableur/workbook.js';
export { explainClassification, type ClassifyOptions, type ClassificationReport } from './engine/classify-label.js';
export { GeneratedGeography, type GeneratedFileReader, type Geography } from './territoire/geography.js';
export type { NotADossier } from './parse/not-a-dossier.js';
export { buildReport } from './report/build.js';
export type { DossierReport, Report, Problem, LineReport, LineReason, Verdict } from './report/types.js';
export type { ProblemCode } from './rules/index.js';
export { FORMATTERS, type FormatName } from './format/index.js';
// A report holds codes and values in no language: these write a problem's message or a line's reason in one.
export { renderProblem, renderReason, problemValues, reasonValues } from './format/messages.js';
export { formatClassificationJson, formatClassificationText } from './format/classify-label.js';
export { DEFAULT_EDITION, EDITIONS, findEdition } from './reglement/index.js';
export type { Reglement } from './reglement/types.js';
