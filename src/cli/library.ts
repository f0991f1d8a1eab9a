/**
 * The package's entry point (`import { checkDossier } from 'dossier-check'`):
 * the engine's two checks, given the installed package's own data. The engine
 * reads no file (src/engine/check.ts); this wrapper is the I/O layer that finds
 * the geography and the real words in the package's generated/ folder, so it
 * lives with the command line. Only what docs/api.md documents is exported.
 */
import { checkDossier as checkOneDossier, checkDossiers as checkEveryDossier } from '../engine/check.js';
import type { CheckerData, CheckOptions } from '../engine/check.js';
import type { DossierReport } from '../report/types.js';
import { installedData } from './checker-data.js';

export type { CheckerData } from '../engine/check.js';
export type { DossierReport, LineReason, LineReport, Problem, Verdict } from '../report/types.js';
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
