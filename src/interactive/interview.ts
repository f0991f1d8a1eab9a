import { classifyLine, type Classification } from '../classify/classifier.js';
import { formatCalendarDate } from '../dates.js';
import { catalogue, writer, type Lang } from '../i18n/index.js';
import { formatCents } from '../money/format.js';
import { attachmentOf, takesCommunePopulation } from '../reglement/applicant.js';
import { DEFAULT_EDITION } from '../reglement/index.js';
import type { Libelle, Reglement } from '../reglement/types.js';
import { computeGrant } from '../rules/grant.js';
import type { ExpenseInput } from '../dossier/schema.js';
import { evaluateExpenseLines, type ExpenseLine } from '../rules/expense-lines.js';
import type { CheckerData } from '../engine/check.js';
import type { Commune, Geography } from '../territoire/geography.js';
import { answerChecks, euros } from './answers.js';
import { askFilingDate } from './filing-date.js';
import type { Prompter } from './prompter.js';

export interface InterviewOptions {
  lang: Lang;
  reglement: Reglement;
  /** The geography to search communes in, and the real words the classifier never corrects. */
  data: CheckerData;
  /** Today in the edition's time zone, YYYY-MM-DD: the default submission date. */
  today: string;
}

/** The dossier as it will be written: the format of docs/dossier.md, amounts in euros. */
export type DossierDraft = Record<string, unknown> & {
  porteur: Record<string, unknown>;
  projet: Record<string, unknown>;
  depenses: Record<string, unknown>[];
};

/**
 * Builds a dossier by asking, in the order of the application form, only
 * what an applicant knows: the commune is found by typing part of its name,
 * each expense's category is deduced and shown, the grant so far is offered
 * as the amount to request.
 */
export async function interview(prompter: Prompter, options: InterviewOptions): Promise<DossierDraft> {
  const { lang, reglement, data } = options;
  const { geography, realWords } = data;
  const t = catalogue(lang).interview;
  const check = answerChecks(lang, reglement);
  const territory = reglement.territoire.departements;
  const reasonOf = (classification: Classification) =>
    catalogue(lang).reasons[classification.reason.code]?.(classification.reason.params, writer(lang, reglement)) ?? '';

  const type = await prompter.select({
    message: t.type,
    choices: reglement.typesPorteur.map((candidate) => ({
      name: candidate.libelle[lang],
      value: candidate.id,
      description: t.eligibility[candidate.eligibilite],
    })),
  });
  // The call admits no such applicant: whatever its lines are worth, it can receive nothing (the report says 0).
  const applicantExcluded = reglement.typesPorteur.find((candidate) => candidate.id === type)?.eligibilite === 'non-eligible';
  if (applicantExcluded) prompter.say(t.notEligible);
  const grantSoFar = (maximumCents: number) =>
    applicantExcluded
      ? t.grantSoFarExcluded(formatCents(0, lang), formatCents(maximumCents, lang))
      : t.grantSoFar(formatCents(maximumCents, lang));

  const porteur: Record<string, unknown> = { type };
  // What the edition says the type is decides what is asked: a commune is found by name, an EPCI in the official list.
  const attachment = attachmentOf(reglement, type);
  if (attachment === 'commune') {
    const commune = await prompter.search({ message: t.commune, source: (term) => communeChoices(geography, term, territory) });
    Object.assign(porteur, { nom: `${t.communePrefix}${commune.nom}`, siren: commune.siren, code_insee: commune.code });
  } else if (attachment === 'epci') {
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
      // Filtered before the first ten are kept: a member ranked eleventh among all communes is still offered.
      source: (term) => communeChoices(geography, term, territory, (commune) => epci.membres.includes(commune.code)),
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
  const lines: ExpenseLine[] = [];
  const applicant = { population: populationOf(porteur, reglement, geography) };
  do {
    const libelle = await prompter.input({ message: t.expenseLabel(depenses.length + 1), validate: check.required });
    let guess = classifyLine({ libelle }, reglement, realWords);
    // Who uses an equipment can decide its status: asked only then, and "do not know" keeps the doubt.
    let beneficiaires: string | undefined;
    if (usersDecide(libelle, guess, reglement, realWords)) {
      prompter.say(t.deduced(reasonOf(guess)));
      beneficiaires =
        (await prompter.select({
          message: t.users,
          default: '',
          choices: [
            ...reglement.beneficiaires.map((beneficiary) => ({ name: beneficiary.libelle[lang], value: beneficiary.id })),
            { name: t.usersUnknown, value: '' },
          ],
        })) || undefined;
      if (beneficiaires !== undefined) guess = classifyLine({ libelle, beneficiaires }, reglement, realWords);
    }
    prompter.say(guess.category ? t.deduced(reasonOf(guess)) : t.notDeduced);
    const categorie = await prompter.select({
      message: t.category,
      default: guess.category,
      choices: reglement.categories.map((category) => ({
        name: `${category.libelle[lang]}${category.eligible ? '' : ` (${t.excluded})`}`,
        value: category.id,
      })),
    });
    const amount = await prompter.input({ message: t.amount, validate: check.amountHt });
    const written: Record<string, unknown> = {
      libelle,
      montant_ht: euros(amount, 'HT'),
      categorie,
      ...(beneficiaires ? { beneficiaires } : {}),
    };
    // check takes a declared eligible category as settled: declared over a doubt, it would turn "a-verifier" into money.
    const undeclared = lineAsChecked({ ...written, categorie: undefined }, reglement, realWords, applicant);
    let line = lineAsChecked(written, reglement, realWords, applicant);
    if (line.status === 'eligible' && undeclared.status !== 'eligible') {
      delete written.categorie;
      line = undeclared;
      prompter.say(t.doubtKept(reasonOf(undeclared.classification ?? guess)));
    }
    depenses.push(written);
    lines.push({ ...line, index: lines.length });
    prompter.say(grantSoFar(computeGrant(lines, reglement).maximumCents));
  } while (await prompter.confirm({ message: t.another, default: true }));

  const maximum = applicantExcluded ? 0 : computeGrant(lines, reglement).maximumCents;
  const requested = await prompter.input({
    message: t.requested,
    default: formatCents(maximum, 'fr').replace(' €', ''),
    validate: check.amount,
  });
  const date = await askFilingDate(prompter, { lang, reglement, offered: formatCalendarDate(options.today, 'fr') });

  const draft: DossierDraft = {
    // Another edition than the built-in one is named, so that a check without it does not apply the wrong call.
    ...(reglement.id === DEFAULT_EDITION.id ? {} : { appel: reglement.id }),
    porteur,
    projet,
    depenses,
    financement: { aide_sollicitee: euros(requested) },
    depot: { date },
  };
  if (await prompter.confirm({ message: t.analysis, default: false })) {
    const analyse: Record<string, string> = {};
    // The edition's criteria, each by its free text: the question the tool knows for that field, else the criterion's name.
    for (const { field, libelle } of analysisFields(reglement)) {
      const question = (t.criteria as Partial<Record<string, string>>)[field] ?? `${libelle[lang]}${catalogue(lang).ui.colon}`;
      const text = await prompter.input({ message: question });
      if (text.trim() !== '') analyse[field] = text.trim();
    }
    if (Object.keys(analyse).length > 0) draft.analyse = analyse;
  }
  return draft;
}

/** The `analyse.*` texts that document the edition's criteria, once each, in the edition's order. */
function analysisFields(reglement: Reglement): { field: string; libelle: Libelle }[] {
  const fields = new Map<string, Libelle>();
  for (const criterion of reglement.criteres.liste) {
    for (const path of criterion.champs) {
      const [section, field] = path.split('.');
      if (section === 'analyse' && field !== undefined && !fields.has(field)) fields.set(field, criterion.libelle);
    }
  }
  return [...fields].map(([field, libelle]) => ({ field, libelle }));
}

/** Whether a doubt on the line would be settled by saying who uses it (public, agents, schools). */
function usersDecide(libelle: string, guess: Classification, reglement: Reglement, realWords: ReadonlySet<string>): boolean {
  return (
    guess.status === 'a-verifier' &&
    reglement.beneficiaires.some(
      ({ id: beneficiaires }) => classifyLine({ libelle, beneficiaires }, reglement, realWords).status !== guess.status,
    )
  );
}

/** A line as `check` will judge it in the written file: the same code, on the same fields, in cents. */
function lineAsChecked(
  written: Record<string, unknown>,
  reglement: Reglement,
  realWords: ReadonlySet<string>,
  applicant: { population?: number },
): ExpenseLine {
  const input = { ...written, montant_ht: Math.round((written.montant_ht as number) * 100) } as ExpenseInput;
  if (input.categorie === undefined) delete input.categorie;
  return evaluateExpenseLines({ depenses: [input] }, reglement, realWords, applicant)[0]!;
}

/** The population check uses for legal obligations: that of the commune, or of the commune of a CCAS. */
function populationOf(porteur: Record<string, unknown>, reglement: Reglement, geography: Geography): number | undefined {
  if (!takesCommunePopulation(attachmentOf(reglement, String(porteur.type)))) return undefined;
  const seat = geography.commune(String(porteur.code_insee));
  return seat.kind === 'inconnue' ? undefined : seat.commune.population;
}

function communeChoices(
  geography: Geography,
  term: string,
  departements: readonly string[],
  keep: (commune: Commune) => boolean = () => true,
) {
  return geography
    .searchCommunes(term ?? '', departements)
    .filter(keep)
    .slice(0, 10)
    .map((commune) => ({ name: `${commune.nom} (${commune.code})`, value: commune }));
}
