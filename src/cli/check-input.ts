import { checkFile, unreadableFileReport, type CheckOptions, type FileCheck } from '../engine/check.js';
import type { NotADossier } from '../parse/not-a-dossier.js';
import type { DossierStream } from '../format/types.js';
import { amountsOf, type DossierAmounts } from '../report/grant.js';
import type { DossierReport, Verdict } from '../report/types.js';
import { MAX_INPUT_BYTES, type InputRead } from './read.js';

/** What the run needs of a checked dossier: its verdict, and its report or its formatted text. */
export interface CheckedDossier {
  verdict: Verdict;
  hasWarning: boolean;
  /** What the money totals of the batch need of it. */
  amounts: DossierAmounts;
  /** The dossier already formatted, for formats written dossier by dossier. */
  text?: string | Uint8Array;
  /** The whole report, for formats that need the whole batch. */
  report?: DossierReport;
}

/**
 * The dossiers of one input (one file may hold several), the report of an
 * input that could not be read, or what the input is instead of a dossier.
 */
export function checkInput(read: InputRead, name: string, options: CheckOptions, maxBytes = MAX_INPUT_BYTES): FileCheck {
  if (read.ok) return checkFile(read.bytes, name, options);
  if (read.error === 'trop-volumineux')
    return { dossiers: [unreadableFileReport(name, 'fichier-trop-volumineux', { max: maxBytes }, options)] };
  if (read.error === 'non-regulier') return { dossiers: [unreadableFileReport(name, 'fichier-non-regulier', {}, options)] };
  return { dossiers: [unreadableFileReport(name, 'fichier-illisible', { erreur: read.error }, options)] };
}

/** What the run needs of one input: its checked dossiers, or what it is instead of a dossier. */
export interface CheckedFile {
  dossiers: CheckedDossier[];
  notADossier?: NotADossier;
}

export function toCheckedFile(check: FileCheck, stream: DossierStream | undefined): CheckedFile {
  return 'notADossier' in check
    ? { dossiers: [], notADossier: check.notADossier }
    : { dossiers: check.dossiers.map((report) => toChecked(report, stream)) };
}

export function toChecked(report: DossierReport, stream: DossierStream | undefined): CheckedDossier {
  const base = {
    verdict: report.verdict,
    hasWarning: report.problemes.some((problem) => problem.gravite === 'avertissement'),
    amounts: amountsOf(report),
  };
  return stream ? { ...base, text: stream.dossier(report) } : { ...base, report };
}
