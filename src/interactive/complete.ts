import { checkDossier, type CheckerData } from '../engine/check.js';
import { catalogue, type Lang } from '../i18n/index.js';
import { formatCents } from '../money/format.js';
import { attachmentOf } from '../reglement/applicant.js';
import type { Reglement } from '../reglement/types.js';
import { grantableMaximum } from '../report/grant.js';
import type { DossierReport } from '../report/types.js';
import { answerChecks, euros } from './answers.js';
import { askFilingDate } from './filing-date.js';
import type { Prompter } from './prompter.js';
import type { EditableDossier, Path } from './source.js';

export interface CompleteOptions {
  lang: Lang;
  reglement: Reglement;
  /** The geography to search communes in, and what a check reads besides the dossier. */
  data: CheckerData;
}

/**
 * Asks only for what is missing or blocking in an existing dossier, and
 * writes each answer into the dossier in place, which keeps everything else,
 * comments included. Returns how many fields were answered.
 */
export async function completeDossier(
  prompter: Prompter,
  doc: EditableDossier,
  report: DossierReport,
  options: CompleteOptions,
): Promise<number> {
  const { lang, reglement, data } = options;
  const { geography } = data;
  const t = catalogue(lang).interview;
  const check = answerChecks(lang, reglement);
  const blocked = new Set(report.problemes.filter((problem) => problem.gravite === 'bloquant').map((problem) => problem.chemin));
  const territory = reglement.territoire.departements;
  let answered = 0;
  const set = (path: Path, value: unknown) => {
    doc.setIn(path, value);
    answered += 1;
  };

  if (blocked.has('porteur.type')) {
    set(
      ['porteur', 'type'],
      await prompter.select({
        message: t.type,
        choices: reglement.typesPorteur.map((type) => ({ name: type.libelle[lang], value: type.id })),
      }),
    );
  }
  if (blocked.has('porteur.code_insee')) {
    const commune = await prompter.search({
      message: t.seat,
      source: (term) =>
        geography
          .searchCommunes(term, territory)
          .slice(0, 10)
          .map((found) => ({ name: `${found.nom} (${found.code})`, value: found })),
    });
    set(['porteur', 'code_insee'], commune.code);
    const type = doc.getIn(['porteur', 'type']);
    if (
      attachmentOf(reglement, typeof type === 'string' ? type : undefined) === 'commune' &&
      commune.siren &&
      blocked.has('porteur.siren')
    ) {
      set(['porteur', 'siren'], commune.siren);
      blocked.delete('porteur.siren');
    }
  }
  if (blocked.has('porteur.siren'))
    set(['porteur', 'siren'], (await prompter.input({ message: t.siren, validate: check.siren })).replace(/[\s.]/g, ''));
  if ([...blocked].some((path) => path === 'projet.axes' || path.startsWith('projet.axes.'))) {
    const axes = await prompter.checkbox({
      message: t.axes,
      choices: reglement.axes.map((axis) => ({ name: axis.libelle[lang], value: axis.id })),
      validate: (chosen) => chosen.length > 0 || t.atLeastOneAxis,
    });
    set(['projet', 'axes'], axes);
  }
  for (const line of report.depenses) {
    const path = `depenses.${line.index}`;
    if (![`${path}.montant_ht`, `${path}.taux_tva`, `${path}.montant_ttc`].some((field) => blocked.has(field))) continue;
    const amount = await prompter.input({ message: `${line.libelle} — ${t.amount}`, validate: check.amountHt });
    set(['depenses', line.index, 'montant_ht'], euros(amount, 'HT'));
  }
  if (blocked.has('financement.aide_sollicitee')) {
    // What the dossier can receive once the amounts just typed are in (0 if it stays ineligible), offered as the request.
    const maximum = grantableMaximum(checkDossier(doc.text, doc.name, { reglement, data })) ?? 0;
    const requested = await prompter.input({
      message: t.requested,
      default: formatCents(maximum, 'fr').replace(' €', ''),
      validate: check.amount,
    });
    set(['financement', 'aide_sollicitee'], euros(requested));
  }
  // A late filing is a fact, not a field to fill: only an unreadable date is asked again.
  if (report.problemes.some((problem) => problem.chemin === 'depot.date' && problem.code === 'date-invalide'))
    set(['depot', 'date'], await askFilingDate(prompter, { lang, reglement }));
  return answered;
}
