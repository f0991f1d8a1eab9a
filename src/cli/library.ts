/**
 * The package's entry point (`import { checkDossier } from 'dossier-check'`):
 * the engine's two checks, given the installed package's own data. The engine
 * reads no file (src/engine/check.ts); this wrapper is the I/O layer that finds
 * the geography and the real words in the package's generated/ folder, so it
 * lives with the command line. Only what docs/api.md documents is exported.
 */
import { checkDossier as checkOneDossier, checkDossiers as checkEveryDossier } from '../engine/check.js';
import type { CheckerData, CheckOptions } from '../engine/check.js';
import { renderProblem, renderReason } from '../format/messages.js';
import type { Lang } from '../i18n/index.js';
import { DEFAULT_EDITION } from '../reglement/index.js';
import type { Reglement } from '../reglement/types.js';
import type { DossierReport, LineReport, Problem } from '../report/types.js';
import { installedData } from './checker-data.js';

export type { CheckerData } from '../engine/check.js';
export type { DossierReport, LineReason, LineReport, Problem, Verdict } from '../report/types.js';
export type { Lang } from '../i18n/index.js';
export type { ProblemCode } from '../rules/index.js';
export type { Reglement } from '../reglement/types.js';

/** What a check may be told; `data` defaults to the geography and word lists installed with the package. */
export interface DossierCheckOptions extends Omit<CheckOptions, 'data' | 'lang'> {
  data?: CheckerData;
}

const withData = (options: DossierCheckOptions): CheckOptions => ({ ...options, data: options.data ?? installedData });

/**
 * Checks one dossier (YAML or JSON, told by the file name's extension) and
 * returns its report: plain data, codes and values in no language.
 */
export function checkDossier(input: string | Uint8Array, fichier: string, options: DossierCheckOptions = {}): DossierReport {
  return checkOneDossier(input, fichier, withData(options));
}

/** Checks every dossier of a file (several `---` documents or a top-level list): one report each, as `file#n`. */
export function checkDossiers(input: string | Uint8Array, fichier: string, options: DossierCheckOptions = {}): DossierReport[] {
  return checkEveryDossier(input, fichier, withData(options));
}

/** The language and edition of a message; by default French and the edition the check applied by default. */
export interface MessageOptions {
  lang?: Lang;
  /** The edition given to the check as `reglement`, if any (a dossier that named another one carries it). */
  reglement?: Reglement;
}

/** A problem's message, what is wrong and how to fix it: the JSON report's `message`. */
export function problemMessage(problem: Problem, dossier: DossierReport, options: MessageOptions = {}): string {
  return renderProblem(problem, dossier, options.reglement ?? DEFAULT_EDITION, options.lang ?? 'fr');
}

/** Why an expense line has its status: the JSON report's `motif`. */
export function reasonMessage(line: LineReport, dossier: DossierReport, options: MessageOptions = {}): string {
  return renderReason(line.motif, dossier, options.reglement ?? DEFAULT_EDITION, options.lang ?? 'fr');
}

/** In cents: the JSON report's `aide.maximale`, 0 for an ineligible dossier (docs/api.md). */
export { grantableMaximum } from '../report/grant.js';
