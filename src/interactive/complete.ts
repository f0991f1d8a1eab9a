import { checkDossier, type CheckerData } from '../engine/check.js';
import { catalogue, type Lang } from '../i18n/index.js';
import { formatCentsToType } from '../money/format.js';
import { attachmentOf } from '../reglement/applicant.js';
import type { Reglement } from '../reglement/types.js';
import { maximumIfAdmissible } from '../report/grant.js';
import type { DossierReport, Problem } from '../report/types.js';
import type { ProblemCode } from '../rules/index.js';
import { answerJudge, askChecked, objection, refusedByCheck, spoken } from './answer-check.js';
import { sirenDigits } from '../rules/identifiers.js';
import { answerChecks, euros } from './answers.js';
import { communeChoices } from './choices.js';
import { askFilingDate } from './filing-date.js';
import type { Prompter } from './prompter.js';
import type { EditableDossier, Path } from './source.js';

export interface CompleteOptions {
  lang: Lang;
  reglement: Reglement;
  /** The geography to search communes in, and what a check reads besides the dossier. */
  data: CheckerData;
  /** The present instant, for a dossier without a date (as the check before the questions); the clock by default. */
  now?: Date;
}

/**
 * The blocking problems an answer to one question settles, by the field the
 * question writes. Every other blocking problem is a fact an answer must not
 * change (an applicant type the call excludes, a commune outside its
 * territory, expenses none of which is funded), the Département's to settle
 * (lines to verify), or the file's own shape (docs/init.md).
 */
const ANSWERED: Readonly<Record<string, readonly ProblemCode[]>> = {
  'porteur.type': ['porteur-type-manquant', 'porteur-type-inconnu'],
  'porteur.code_insee': ['code-insee-manquant', 'code-insee-invalide', 'code-insee-inconnu'],
  'porteur.siren': [
    'siren-manquant',
    'siren-est-un-siret',
    'siren-format',
    'siren-cle-invalide',
    'siren-autre-commune',
    'siren-epci-inconnu',
  ],
  'projet.axes': ['axe-manquant', 'axe-inconnu'],
  'depot.date': ['depot-hors-delai'],
  'financement.aide_sollicitee': ['aide-sollicitee-manquante', 'aide-sollicitee-excessive'],
};

/** An expense line without an HT amount: the line's amount question settles it (the HT amount itself). */
const LINE_AMOUNT: readonly ProblemCode[] = ['montant-ht-manquant', 'taux-tva-manquant', 'taux-tva-inconnu'];

/** A value the check cannot use where the verdict or the grant depends on it: its field's question asks it again. */
const UNUSABLE: readonly ProblemCode[] = [
  'type-invalide',
  'montant-invalide',
  'montant-mention-taxe',
  'montant-negatif',
  'montant-excessif',
  'taux-tva-invalide',
  'date-invalide',
];

/**
 * The blocking problems no answer at a prompt settles, and why: each blocking
 * code of the rules is here or above (a test keeps it so).
 */
export const NOT_ASKED: Readonly<Partial<Record<ProblemCode, string>>> = {
  'porteur-type-non-eligible': 'a fact: the call does not admit this applicant type',
  'porteur-hors-territoire': 'a fact: the commune is outside the territory, which the commune search does not even offer',
  'aucune-depense-eligible': 'a fact: no expense is of a funded category',
  'aucune-depense-confirmee': 'the Département confirms a line to verify; a category declared over the doubt would turn it into money',
  'depenses-absentes': 'the expenses are a list to build, as init does, not one field to answer',
  'appel-inconnu': 'the edition decides every other question: it is chosen with --reglement or written in appel:',
  'structure-invalide': 'the dossier as a whole has the wrong shape: no field to write an answer into',
  'formule-sans-valeur': 'a cell of a spreadsheet export: init --from completes YAML and JSON files',
  'cellule-erreur': 'a cell of a spreadsheet export: init --from completes YAML and JSON files',
  'identifiant-en-double': 'a row of a spreadsheet export: init --from completes YAML and JSON files',
};

/** Every blocking code an answer here settles. */
export const ASKED: readonly ProblemCode[] = [...new Set([...Object.values(ANSWERED).flat(), ...LINE_AMOUNT, ...UNUSABLE])];

/** Whether a problem is about the field (or something inside it) and is one its question settles. */
function settledBy(field: string, problem: Problem): boolean {
  if (problem.gravite !== 'bloquant') return false;
  if (problem.chemin !== field && !problem.chemin.startsWith(`${field}.`)) return false;
  return (ANSWERED[field] ?? []).includes(problem.code) || UNUSABLE.includes(problem.code);
}

/**
 * Asks about every blocking problem an answer can settle, in the order of the
 * application form, and writes each answer into the dossier in place, which
 * keeps everything else, comments included. The dossier is checked again
 * after each answer, so each question sees the answers before it (the
 * maximum offered as the request counts the amounts just typed). Each
 * question says first what the check objects, and an answer the check would
 * still block is refused where it is typed, with the check's message
 * (answer-check.ts). Returns how many fields were changed.
 */
export async function completeDossier(
  prompter: Prompter,
  doc: EditableDossier,
  report: DossierReport,
  options: CompleteOptions,
): Promise<number> {
  const { lang, reglement, data, now } = options;
  const { geography } = data;
  const t = catalogue(lang).interview;
  const check = answerChecks(lang, reglement);
  const judge = answerJudge(doc, { lang, reglement, data, ...(now ? { now } : {}) });
  const territory = reglement.territoire.departements;
  let current = report;
  let answered = 0;
  const set = (path: Path, value: unknown) => {
    doc.setIn(path, value);
    answered += 1;
    current = checkDossier(doc.text, doc.name, { reglement, data, ...(now ? { now } : {}) });
  };
  /** The problems the question of `field` settles, said in the check's words before it is asked. */
  const say = (problem: Problem): string => {
    const text = spoken(objection(problem, current.verdict === 'ineligible', lang, reglement));
    prompter.say(text);
    return text;
  };
  const asking = (field: string): Problem[] => {
    const problems = current.problemes.filter((problem) => settledBy(field, problem));
    problems.forEach(say);
    return problems;
  };
  const keep = t.keepIneligible;

  if (asking('porteur.type').length > 0) {
    const type = await askChecked(
      prompter,
      judge,
      ['porteur', 'type'],
      () =>
        prompter.select({
          message: t.type,
          choices: reglement.typesPorteur.map((candidate) => ({
            name: candidate.libelle[lang],
            value: candidate.id,
            description: t.eligibility[candidate.eligibilite],
          })),
        }),
      { keep },
    );
    set(['porteur', 'type'], type);
  }
  if (asking('porteur.code_insee').length > 0) {
    const sirenBlocked = current.problemes.some((problem) => settledBy('porteur.siren', problem));
    // The seat of an EPCI the SIREN names is one of its members, as init offers it.
    const [type, named] = [doc.getIn(['porteur', 'type']), doc.getIn(['porteur', 'siren'])];
    const epci =
      typeof type === 'string' && attachmentOf(reglement, type) === 'epci' && typeof named === 'string'
        ? geography.epci(sirenDigits(named))
        : undefined;
    const commune = await askChecked(
      prompter,
      judge,
      ['porteur', 'code_insee'],
      () =>
        prompter.search({
          message: t.seat,
          source: (term) => communeChoices(geography, term, territory, epci ? (found) => epci.membres.includes(found.code) : undefined),
        }),
      { toValue: (found) => found.code, keep },
    );
    set(['porteur', 'code_insee'], commune.code);
    // A commune found by its name has its SIREN in the official geography: written with its code when the SIREN was
    // missing or wrong; a SIREN that was valid is not replaced unasked (the question below offers the commune's).
    if (attachmentOf(reglement, typeof type === 'string' ? type : undefined) === 'commune' && commune.siren && sirenBlocked)
      set(['porteur', 'siren'], commune.siren);
  }
  const sirenProblems = asking('porteur.siren');
  if (sirenProblems.length > 0) {
    // The SIREN the official geography gives for porteur.code_insee (or the first nine digits of a SIRET), as the check gives it.
    const offered = sirenProblems.map((problem) => problem.params.attendu ?? problem.params.siren).find((value) => value !== undefined);
    const siren = await prompter.input({
      message: t.siren,
      ...(offered === undefined ? {} : { default: String(offered) }),
      validate: refusedByCheck(judge, ['porteur', 'siren'], sirenDigits),
    });
    set(['porteur', 'siren'], sirenDigits(siren));
  }
  if (asking('projet.axes').length > 0) {
    const axes = await prompter.checkbox({
      message: t.axes,
      choices: reglement.axes.map((axis) => ({ name: axis.libelle[lang], value: axis.id })),
      validate: refusedByCheck<readonly string[]>(
        judge,
        ['projet', 'axes'],
        (chosen) => [...chosen],
        (chosen) => chosen.length > 0 || t.atLeastOneAxis,
      ),
    });
    set(['projet', 'axes'], axes);
  }
  // Every line without an HT amount blocks, the 21st and later ones too (the report counts those in one problem).
  for (const line of current.depenses) {
    const path = `depenses.${line.index}`;
    const fields = ['montant_ht', 'taux_tva', 'montant_ttc'].map((field) => `${path}.${field}`);
    const problems = current.problemes.filter(
      (problem) => fields.includes(problem.chemin) && (settledBy(problem.chemin, problem) || LINE_AMOUNT.includes(problem.code)),
    );
    if (line.amountSource !== 'absent' && problems.length === 0) continue;
    for (const problem of problems.filter((found) => found.gravite === 'bloquant')) say(problem);
    const amount = await prompter.input({
      message: `${line.libelle} — ${t.amount}`,
      validate: refusedByCheck(judge, ['depenses', line.index, 'montant_ht'], (typed) => euros(typed, 'HT'), check.amountHt),
    });
    set(['depenses', line.index, 'montant_ht'], euros(amount, 'HT'));
  }
  // Before the request: a date kept late makes the dossier ineligible, and what it can receive 0.
  const dateProblems = current.problemes.filter((problem) => settledBy('depot.date', problem));
  if (dateProblems.length > 0) {
    const saidBefore = dateProblems.map(say);
    const { referenceDate } = current;
    const written = referenceDate?.source === 'depot' && !referenceDate.unusable ? referenceDate.date : undefined;
    const date = await askFilingDate(prompter, { lang, reglement, ...(written ? { written } : {}), judge, saidBefore });
    // A late date kept as written stays as the file writes it.
    if (date !== written) set(['depot', 'date'], date);
  }
  if (asking('financement.aide_sollicitee').length > 0) {
    // As init's interview offers it: 0 to an applicant the call does not admit; otherwise what the lines are worth, the
    // maximum the check's message names, even when a late date kept makes the dossier ineligible (0 would then be
    // written as the request of a dossier whose date may yet be corrected).
    const excluded = current.problemes.some((problem) => problem.code === 'porteur-type-non-eligible');
    const maximum = excluded ? 0 : (maximumIfAdmissible(current) ?? 0);
    const requested = await prompter.input({
      message: t.requested,
      default: formatCentsToType(maximum, lang),
      validate: refusedByCheck(judge, ['financement', 'aide_sollicitee'], (typed) => euros(typed), check.amount),
    });
    set(['financement', 'aide_sollicitee'], euros(requested));
  }
  return answered;
}
