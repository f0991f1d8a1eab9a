import { stringify } from 'yaml';
import { checkDossier, type CheckOptions } from '../src/index.js';
import { installedData } from '../src/cli/checker-data.js';

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
export function check(dossier: unknown, options: Partial<CheckOptions> = {}) {
  return checkDossier(stringify(dossier), 'dossier.yaml', { now: new Date('2022-07-01T10:00:00Z'), data: installedData, ...options });
}

export function codes(report: ReturnType<typeof check>): string[] {
  return report.problemes.map((problem) => problem.code);
}
