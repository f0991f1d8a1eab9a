import { classifyLine } from '../classify/classify.js';
import { formatCalendarDate } from '../dates.js';
import { catalogue, writer, type Lang } from '../i18n/index.js';
import { formatCents } from '../money/format.js';
import type { Reglement } from '../reglement/types.js';
import { computeGrant } from '../rules/grant.js';
import type { ExpenseLine } from '../rules/expense-lines.js';
import type { Geography } from '../territoire/geography.js';
import { answerChecks, euros, isoDate } from './answers.js';
import type { Prompter } from './prompter.js';

export interface InterviewOptions {
  lang: Lang;
  reglement: Reglement;
  geography: Geography;
  /** Today in the edition's time zone, YYYY-MM-DD: the default submission date. */
  today: string;
}

/** The dossier as it will be written: the format of shared/spec/dossier.md, amounts in euros. */
export type DossierDraft = Record<string, unknown> & {
  porteur: Record<string, unknown>;
  projet: Record<string, unknown>;
  depenses: Record<string, unknown>[];
};

const ANALYSIS = ['innovation', 'accompagnement_usagers', 'mutualisation', 'mode_projet', 'replicabilite', 'association_usagers'] as const;

/**
 * Builds a dossier by asking, in the order of the application form, only
 * what an applicant knows: the commune is found by typing part of its name,
 * each expense's category is deduced and shown, the grant so far is offered
 * as the amount to request.
 */
export async function interview(prompter: Prompter, options: InterviewOptions): Promise<DossierDraft> {
  const { lang, reglement, geography } = options;
  const t = catalogue(lang).interview;
  const check = answerChecks(lang);
  const territory = reglement.territoire.departements;

  const type = await prompter.select({
    message: t.type,
    choices: reglement.typesPorteur.map((candidate) => ({
      name: candidate.libelle[lang],
      value: candidate.id,
      description: t.eligibility[candidate.eligibilite],
    })),
  });
  if (reglement.typesPorteur.find((candidate) => candidate.id === type)?.eligibilite === 'non-eligible') prompter.say(t.notEligible);

  const porteur: Record<string, unknown> = { type };
  if (type === 'commune') {
    const commune = await prompter.search({ message: t.commune, source: (term) => communeChoices(geography, term, territory) });
    Object.assign(porteur, { nom: `${t.communePrefix}${commune.nom}`, siren: commune.siren, code_insee: commune.code });
  } else if (type === 'epci') {
    const epci = await prompter.search({
      message: t.epci,
      source: (term) =>
        geography
          .searchEpci(term, territory)
          .slice(0, 10)
          .map((found) => ({ name: found.nom, value: found })),
    });
    const seat = await prompter.search({
      message: t.seat,
      source: (term) => communeChoices(geography, term, territory).filter((choice) => epci.membres.includes(choice.value.code)),
    });
    Object.assign(porteur, { nom: epci.nom, siren: epci.siren, code_insee: seat.code });
  } else {
    porteur.nom = await prompter.input({ message: t.name, validate: check.required });
    const seat = await prompter.search({ message: t.seat, source: (term) => communeChoices(geography, term, territory) });
    porteur.code_insee = seat.code;
    porteur.siren = (await prompter.input({ message: t.siren, validate: check.siren })).replace(/[\s.]/g, '');
  }

  const projet: Record<string, unknown> = { titre: await prompter.input({ message: t.title, validate: check.required }) };
  const description = await prompter.input({ message: t.description });
  if (description.trim() !== '') projet.description = description.trim();
  projet.axes = await prompter.checkbox({
    message: t.axes,
    choices: reglement.axes.map((axis) => ({ name: axis.libelle[lang], value: axis.id })),
    validate: (chosen) => chosen.length > 0 || t.atLeastOneAxis,
  });

  const depenses: Record<string, unknown>[] = [];
  const eligibleLines: Pick<ExpenseLine, 'status' | 'htCents' | 'category'>[] = [];
  do {
    const libelle = await prompter.input({ message: t.expenseLabel(depenses.length + 1), validate: check.required });
    const guess = classifyLine({ libelle }, reglement);
    const reason = catalogue(lang).reasons[guess.reason.code]?.(guess.reason.params, writer(lang, reglement)) ?? '';
    prompter.say(guess.category ? t.deduced(reason) : t.notDeduced);
    const categorie = await prompter.select({
      message: t.category,
      default: guess.category,
      choices: reglement.categories.map((category) => ({
        name: `${category.libelle[lang]}${category.eligible ? '' : ` (${t.excluded})`}`,
        value: category.id,
      })),
    });
    const amount = await prompter.input({ message: t.amount, validate: check.amount });
    depenses.push({ libelle, montant_ht: euros(amount), categorie });
    const category = reglement.categories.find((candidate) => candidate.id === categorie);
    eligibleLines.push({ status: category?.eligible ? 'eligible' : 'exclue', htCents: Math.round(euros(amount) * 100), category });
    prompter.say(t.grantSoFar(formatCents(computeGrant(eligibleLines as ExpenseLine[], reglement).maximumCents, lang)));
  } while (await prompter.confirm({ message: t.another, default: true }));

  const maximum = computeGrant(eligibleLines as ExpenseLine[], reglement).maximumCents;
  const requested = await prompter.input({
    message: t.requested,
    default: formatCents(maximum, 'fr').replace(' €', ''),
    validate: check.amount,
  });
  const date = await prompter.input({ message: t.date, default: formatCalendarDate(options.today, 'fr'), validate: check.date });

  const draft: DossierDraft = {
    porteur,
    projet,
    depenses,
    financement: { aide_sollicitee: euros(requested) },
    depot: { date: isoDate(date) },
  };
  if (await prompter.confirm({ message: t.analysis, default: false })) {
    const analyse: Record<string, string> = {};
    for (const criterion of ANALYSIS) {
      const text = await prompter.input({ message: t.criteria[criterion] });
      if (text.trim() !== '') analyse[criterion] = text.trim();
    }
    if (Object.keys(analyse).length > 0) draft.analyse = analyse;
  }
  return draft;
}

function communeChoices(geography: Geography, term: string, departements: readonly string[]) {
  return geography
    .searchCommunes(term ?? '', departements)
    .slice(0, 10)
    .map((commune) => ({ name: `${commune.nom} (${commune.code})`, value: commune }));
}
