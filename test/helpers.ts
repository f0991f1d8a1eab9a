import { stringify } from 'yaml';
import * as core from '../src/index.js';
import type { CheckOptions, DossierReport, LineReport, Problem } from '../src/index.js';
import { installedData } from '../src/cli/checker-data.js';
import { renderProblem, renderReason } from '../src/format/messages.js';
import { summarizeEdition } from '../src/report/build.js';
import type { Reglement } from '../src/reglement/types.js';
import type { Lang } from '../src/vocabulary.js';

/**
 * A report with what a person reads beside its data: each problem's message
 * and each line's reason (`why`), written in one language. Still a report
 * formatters take.
 */
export interface ReadableReport extends DossierReport {
  problemes: (Problem & { message: string })[];
  depenses: (LineReport & { why: string })[];
}

/** The report with its words written in `lang`, as every formatter writes them (src/format/messages.ts). */
export function readable(report: DossierReport, lang: Lang = 'fr', reglement: Reglement = core.DEFAULT_EDITION): ReadableReport {
  const edition = summarizeEdition(reglement);
  return {
    ...report,
    problemes: report.problemes.map((problem) => ({ ...problem, message: renderProblem(problem, report, edition, lang) })),
    depenses: report.depenses.map((line) => ({ ...line, why: renderReason(line.motif, report, edition, lang) })),
  };
}

/** The engine's checkDossier, its report made readable in `options.lang` (French by default). */
export function checkDossier(input: string | Uint8Array, fichier: string, options: CheckOptions): ReadableReport {
  return readable(core.checkDossier(input, fichier, options), options.lang, options.reglement);
}

/** The engine's checkDossiers, each report made readable in `options.lang` (French by default). */
export function checkDossiers(input: string | Uint8Array, fichier: string, options: CheckOptions): ReadableReport[] {
  return core.checkDossiers(input, fichier, options).map((report) => readable(report, options.lang, options.reglement));
}

/** A complete, eligible dossier of a Loire commune; tests change what they need. */
export function baseDossier(): Record<string, any> {
  return {
    porteur: { nom: 'Commune de Montbrison', type: 'commune', siren: '214201477', code_insee: '42147' },
    projet: { titre: 'Bornes interactives en mairie annexe', axes: ['simplifier-le-quotidien'] },
    depenses: [{ libelle: '6 tablettes tactiles', montant_ht: 2400, categorie: 'equipement-numerique' }],
    financement: { aide_sollicitee: 1920 },
    depot: { date: '2022-07-21' },
  };
}

/** Checks a dossier given as an object, written out as YAML as an applicant would. */
export function check(dossier: unknown, options: Partial<CheckOptions> = {}): ReadableReport {
  return checkDossier(stringify(dossier), 'dossier.yaml', { now: new Date('2022-07-01T10:00:00Z'), data: installedData, ...options });
}

export function codes(report: ReturnType<typeof check>): string[] {
  return report.problemes.map((problem) => problem.code);
}
