import { calendarDateIn, formatCalendarDate } from '../../dates.js';
import { checkDossier } from '../../engine/check.js';
import { catalogue, writer } from '../../i18n/index.js';
import { answerJudge, plainDossier, refusedByCheck, spoken } from '../../interactive/answer-check.js';
import { answerChecks, isoDate } from '../../interactive/answers.js';
import { communeChoice, communeChoices } from '../../interactive/choices.js';
import { draftToYaml } from '../../interactive/document.js';
import {
  analysisFields,
  dossierModel,
  REQUEST,
  type Answers,
  type Applicant,
  type ExpenseAnswers,
} from '../../interactive/dossier-model.js';
import { parseAmount } from '../../money/amount.js';
import { formatCents, formatCentsToType } from '../../money/format.js';
import { attachmentOf } from '../../reglement/applicant.js';
import { grantableMaximum } from '../../report/grant.js';
import { sirenDigits } from '../../rules/identifiers.js';
import type { Commune, Epci } from '../../territoire/geography.js';
import { searchable } from '../../territoire/search.js';
import type { PageContext } from '../context.js';
import { combobox } from './combobox.js';
import { el, idPrefix, show } from './dom.js';
import { builderMessages } from './messages.js';
import { BUILDER_STYLE } from './style.js';

/** One expense line as typed: nothing is read until the dossier is computed from it. */
interface LineState {
  key: number;
  libelle: string;
  /** Who uses the equipment, asked only when it decides ('' not known). */
  beneficiaires: string;
  categorie: string;
  /** The label the category was chosen for by hand: a new label is proposed its own category again, as in init. */
  chosenFor?: string;
  amount: string;
}

const DEPOT_DATE = ['depot', 'date'];

/**
 * Every answer of the form as typed. The page keeps it when it shows the form
 * again in another language, so that nothing typed is lost.
 */
export interface BuilderState {
  type: string;
  commune?: Commune;
  epci?: Epci;
  seat?: Commune;
  name: string;
  siren: string;
  titre: string;
  description: string;
  axes: string[];
  lines: LineState[];
  requested: string;
  /** The request follows the maximum until the person types another amount. */
  requestFollows: boolean;
  date: string;
  keepLate: boolean;
  analyse: Record<string, string>;
}

/**
 * The questions of `dossier-check init` as a form (docs/verifier.md): the
 * applicant found by part of its name in the official geography, the
 * project, each expense with the category proposed and why, the maximum
 * grant so far, the request and the date; then the dossier downloaded as the
 * commented YAML init writes, or opened in the checker part of the page.
 * Everything is computed by the code of init and check (dossier-model.ts),
 * on this computer: nothing is sent.
 */
export function mountBuilder(root: HTMLElement, context: PageContext, kept?: BuilderState): BuilderState {
  const { lang, reglement, data } = context;
  const t = catalogue(lang).interview;
  const ts = catalogue(lang).interviewSummary;
  const m = builderMessages(lang);
  const check = answerChecks(lang, reglement);
  const model = dossierModel({ lang, reglement, data, now: context.now() });
  const territory = reglement.territoire.departements;
  const { geography } = data;
  const id = idPrefix();
  const today = calendarDateIn(context.now(), reglement.dateLimite.fuseau);
  const lastDay = writer(lang, reglement).date(reglement.dateLimite.dernierJour);
  const cents = (typed: string, basis?: 'HT') => {
    const parsed = parseAmount(typed, { basis });
    return parsed.ok ? parsed.cents : 0;
  };

  const newLine = (): LineState => ({
    key: Math.max(0, ...(state?.lines ?? []).map((line) => line.key)) + 1,
    libelle: '',
    beneficiaires: '',
    categorie: '',
    amount: '',
  });
  const fresh = kept === undefined;
  const state: BuilderState = kept ?? {
    type: '',
    name: '',
    siren: '',
    titre: '',
    description: '',
    axes: [],
    lines: [],
    requested: '',
    requestFollows: true,
    date: '',
    keepLate: false,
    analyse: {},
  };
  if (state.lines.length === 0) state.lines.push(newLine());
  // Today is offered while the call is open, as init offers it; once the deadline is past, only the person knows the date.
  const todayIsLate = answerJudge(
    plainDossier(() => ({})),
    { lang, reglement, data },
  )(DEPOT_DATE, today).some((objected) => objected.effet === 'ineligible');
  if (fresh && !todayIsLate) state.date = formatCalendarDate(today, 'fr');

  // ---- What the answers make of the dossier, by the code of init and check.

  /** The applicant as far as it is known: the population the classifier needs comes from its commune. */
  const applicantSoFar = (): Applicant => {
    const porteur: Record<string, unknown> = { type: state.type };
    const attachment = attachmentOf(reglement, state.type);
    if (attachment === 'commune' && state.commune)
      Object.assign(porteur, { nom: `${t.communePrefix}${state.commune.nom}`, siren: state.commune.siren, code_insee: state.commune.code });
    else if (attachment === 'epci') {
      if (state.epci) Object.assign(porteur, { nom: state.epci.nom, siren: state.epci.siren });
      if (state.seat) porteur.code_insee = state.seat.code;
    } else if (attachment !== 'commune') {
      porteur.nom = state.name.trim();
      if (state.seat) porteur.code_insee = state.seat.code;
      porteur.siren = sirenDigits(state.siren);
    }
    return { type: state.type, porteur };
  };
  const filledLines = () => {
    const typed = state.lines.filter((line) => line.libelle.trim() !== '' || line.amount.trim() !== '');
    return typed.length > 0 ? typed : state.lines.slice(0, 1);
  };
  const proposalOf = (line: LineState, applicant: Applicant) =>
    line.libelle.trim() === '' ? undefined : model.proposal(line.libelle.trim(), applicant, line.beneficiaires || undefined);
  const expenseOf = (line: LineState): ExpenseAnswers | undefined => {
    if (line.libelle.trim() === '' || line.categorie === '' || check.amountHt(line.amount) !== true) return undefined;
    return {
      libelle: line.libelle.trim(),
      categorie: line.categorie,
      montantCents: cents(line.amount, 'HT'),
      ...(line.beneficiaires ? { beneficiaires: line.beneficiaires } : {}),
    };
  };
  const expensesSoFar = () => filledLines().flatMap((line) => expenseOf(line) ?? []);
  const answersSoFar = (): Answers => ({
    applicant: applicantSoFar(),
    titre: state.titre.trim(),
    description: state.description.trim(),
    axes: [...state.axes],
    expenses: expensesSoFar(),
    requestedCents: cents(state.requested),
    date: isoDate(state.date, reglement),
    analyse: Object.fromEntries(
      Object.entries(state.analyse)
        .map(([field, text]) => [field, text.trim()])
        .filter(([, text]) => text !== ''),
    ),
  });

  /** Every answer still missing or refused, where it is typed, in the words init says it in. */
  const errorsOf = (answers: Answers): { field: string; message: string }[] => {
    const errors: { field: string; message: string }[] = [];
    const add = (field: string, verdict: true | string) => {
      if (verdict !== true) errors.push({ field, message: verdict });
    };
    const attachment = attachmentOf(reglement, state.type);
    if (state.type === '') add(`${id}-type-0`, check.required(''));
    else if (attachment === 'commune') add(`${id}-commune`, state.commune !== undefined || m.chooseInList);
    else if (attachment === 'epci') {
      add(`${id}-epci`, state.epci !== undefined || m.chooseInList);
      add(`${id}-seat`, state.seat !== undefined || m.chooseInList);
    } else {
      add(`${id}-name`, check.required(state.name));
      add(`${id}-seat`, state.seat !== undefined || m.chooseInList);
      add(
        `${id}-siren`,
        refusedByCheck(
          answerJudge(
            plainDossier(() => ({ porteur: { ...answers.applicant.porteur } })),
            { lang, reglement, data },
          ),
          ['porteur', 'siren'],
          sirenDigits,
        )(state.siren),
      );
    }
    add(`${id}-titre`, check.required(state.titre));
    add(`${id}-axes-0`, state.axes.length > 0 || t.atLeastOneAxis);
    filledLines().forEach((line, index) => {
      const at = `${id}-line${line.key}`;
      add(`${at}-libelle`, index === 0 ? line.libelle.trim() !== '' || ts.atLeastOneExpense : check.required(line.libelle));
      add(`${at}-categorie`, line.categorie !== '' || t.notDeduced.replace(/^→ /, ''));
      add(`${at}-amount`, line.amount.trim() === '' ? check.required('') : check.amountHt(line.amount));
    });
    add(
      `${id}-date`,
      check.date(state.date) === true ? refusedByCheck(judge(answers), DEPOT_DATE, () => answers.date)(state.date) : check.date(state.date),
    );
    if (check.date(state.date) === true && !state.keepLate) {
      const late = judge(answers)(DEPOT_DATE, answers.date).find((objected) => objected.effet === 'ineligible');
      if (late) add(`${id}-keep-late`, late.message);
    }
    add(`${id}-requested`, refusedByCheck(judge(answers), REQUEST, (typed: string) => cents(typed) / 100, check.amount)(state.requested));
    return errors;
  };
  let judgeCache: { answers: string; judge: ReturnType<typeof model.judgeOf> } | undefined;
  const judge = (answers: Answers) => {
    const key = JSON.stringify(answers);
    if (judgeCache?.answers !== key) judgeCache = { answers: key, judge: model.judgeOf(answers) };
    return judgeCache.judge;
  };

  // ---- The form.

  const style = el('style', {}, BUILDER_STYLE);
  const live = el('p', { class: 'db-visually-hidden', 'aria-live': 'polite', id: `${id}-announce` });
  const errorOf = (field: string) => el('p', { id: `${field}-error`, class: 'db-error', 'aria-live': 'polite' });
  const touched = new Set<string>();
  let showAll = false;
  const textField = (
    field: string,
    label: string,
    value: string,
    onInput: (value: string) => void,
    { optional = false, multiline = false, inputmode }: { optional?: boolean; multiline?: boolean; inputmode?: string } = {},
  ) => {
    const control = multiline
      ? el('textarea', { id: field, rows: '3', 'aria-describedby': `${field}-error` })
      : el('input', { id: field, type: 'text', 'aria-describedby': `${field}-error`, inputmode, autocomplete: 'off' });
    control.value = value;
    control.addEventListener('input', () => {
      onInput(control.value);
      refresh();
    });
    control.addEventListener('change', () => {
      touched.add(field);
      refresh();
    });
    return el(
      'div',
      { class: 'db-field' },
      el('label', { for: field }, label, optional ? el('span', { class: 'db-optional' }, ` (${m.optional})`) : undefined),
      control,
      errorOf(field),
    );
  };

  // The applicant: its type, then what the edition says identifies it.
  const applicantDetails = el('div');
  const notEligible = el('p', { class: 'db-warning', 'aria-live': 'polite' });
  const typeChoices = reglement.typesPorteur.map((candidate, index) => {
    const radio = el('input', { type: 'radio', name: `${id}-type`, id: `${id}-type-${index}`, value: candidate.id });
    radio.checked = state.type === candidate.id;
    radio.addEventListener('change', () => {
      if (!radio.checked) return;
      const attachmentBefore = attachmentOf(reglement, state.type);
      state.type = candidate.id;
      if (attachmentOf(reglement, state.type) !== attachmentBefore) {
        Object.assign(state, { commune: undefined, epci: undefined, seat: undefined });
        renderApplicant();
      }
      notEligible.textContent = model.isExcluded({ type: state.type }) ? t.notEligible : '';
      touched.add(`${id}-type-0`);
      refresh();
    });
    return el(
      'div',
      { class: 'db-choice' },
      radio,
      el('label', { for: `${id}-type-${index}` }, `${candidate.libelle[lang]} — ${t.eligibility[candidate.eligibilite]}`),
    );
  });
  const communeSearch = (keep?: (commune: Commune) => boolean) => (term: string) => communeChoices(geography, term, territory, keep);
  const renderApplicant = () => {
    const attachment = attachmentOf(reglement, state.type);
    const parts: HTMLElement[] = [];
    if (attachment === 'commune')
      parts.push(
        combobox({
          id: `${id}-commune`,
          label: t.commune,
          messages: m,
          source: communeSearch(),
          chosen: state.commune && communeChoice(state.commune),
          onChoose: (commune) => {
            state.commune = commune;
            refresh();
          },
        }).element,
      );
    else if (attachment === 'epci') {
      parts.push(
        combobox({
          id: `${id}-epci`,
          label: t.epci,
          messages: m,
          source: (term) =>
            geography
              .searchEpci(term, territory)
              .slice(0, 10)
              .map((found) => ({ name: found.nom, value: found })),
          chosen: state.epci && { name: state.epci.nom, value: state.epci },
          onChoose: (epci) => {
            state.epci = epci;
            refresh();
          },
        }).element,
        combobox({
          id: `${id}-seat`,
          label: t.seat,
          messages: m,
          // Filtered before the first ten are kept, as init does: the seat is one of the EPCI's members.
          source: (term) => communeSearch(state.epci ? (commune) => state.epci!.membres.includes(commune.code) : undefined)(term),
          chosen: state.seat && communeChoice(state.seat),
          onChoose: (seat) => {
            state.seat = seat;
            refresh();
          },
        }).element,
      );
    } else if (attachment !== undefined) {
      parts.push(
        textField(`${id}-name`, t.name, state.name, (value) => (state.name = value)),
        combobox({
          id: `${id}-seat`,
          label: t.seat,
          messages: m,
          source: communeSearch(),
          chosen: state.seat && communeChoice(state.seat),
          onChoose: (seat) => {
            state.seat = seat;
            refresh();
          },
        }).element,
        textField(`${id}-siren`, t.siren, state.siren, (value) => (state.siren = value), { inputmode: 'numeric' }),
      );
    }
    applicantDetails.replaceChildren(...parts);
  };
  const applicantSet = el(
    'fieldset',
    { class: 'db-section' },
    el('legend', {}, m.applicantLegend),
    el(
      'fieldset',
      { class: 'db-group', 'aria-describedby': `${id}-type-0-error` },
      el('legend', {}, t.type),
      ...typeChoices,
      errorOf(`${id}-type-0`),
    ),
    notEligible,
    applicantDetails,
  );

  // The project.
  const axesChoices = reglement.axes.map((axis, index) => {
    const box = el('input', { type: 'checkbox', id: `${id}-axes-${index}`, value: axis.id });
    box.checked = state.axes.includes(axis.id);
    box.addEventListener('change', () => {
      state.axes = reglement.axes
        .filter((_, at) => (root.querySelector(`#${id}-axes-${at}`) as HTMLInputElement).checked)
        .map(({ id: axisId }) => axisId);
      touched.add(`${id}-axes-0`);
      refresh();
    });
    return el('div', { class: 'db-choice' }, box, el('label', { for: `${id}-axes-${index}` }, axis.libelle[lang]));
  });
  const projectSet = el(
    'fieldset',
    { class: 'db-section' },
    el('legend', {}, m.projectLegend),
    textField(`${id}-titre`, t.title, state.titre, (value) => (state.titre = value)),
    // init's question already says it is optional.
    textField(`${id}-description`, t.description, state.description, (value) => (state.description = value), { multiline: true }),
    el(
      'fieldset',
      { class: 'db-group', 'aria-describedby': `${id}-axes-0-error` },
      el('legend', {}, t.axes),
      ...axesChoices,
      errorOf(`${id}-axes-0`),
    ),
  );

  // The expenses, one fieldset each.
  const linesBox = el('div');
  const grantSoFar = el('p', { class: 'db-grant', 'aria-live': 'polite', id: `${id}-grant` });
  const addButton = el('button', { type: 'button', class: 'db-secondary' }, ts.addExpense);
  addButton.addEventListener('click', () => {
    state.lines.push(newLine());
    renderLines();
    live.textContent = m.expenseAdded(state.lines.length);
    (root.querySelector(`#${id}-line${state.lines.at(-1)!.key}-libelle`) as HTMLInputElement).focus();
    refresh();
  });
  const lineViews = new Map<
    number,
    { proposal: HTMLElement; users: HTMLElement; usersSelect: HTMLSelectElement; category: HTMLSelectElement; doubt: HTMLElement }
  >();
  const renderLines = () => {
    lineViews.clear();
    linesBox.replaceChildren(
      ...state.lines.map((line, index) => {
        const at = `${id}-line${line.key}`;
        const proposal = el('p', { class: 'db-hint', id: `${at}-proposal`, 'aria-live': 'polite' });
        const usersSelect = el(
          'select',
          { id: `${at}-users` },
          ...reglement.beneficiaires.map((beneficiary) => el('option', { value: beneficiary.id }, beneficiary.libelle[lang])),
          el('option', { value: '' }, t.usersUnknown),
        );
        usersSelect.value = line.beneficiaires;
        usersSelect.addEventListener('change', () => {
          line.beneficiaires = usersSelect.value;
          refresh();
        });
        const users = el('div', { class: 'db-field', hidden: true }, el('label', { for: `${at}-users` }, t.users), usersSelect);
        const category = el(
          'select',
          { id: `${at}-categorie`, 'aria-describedby': `${at}-proposal ${at}-categorie-error` },
          el('option', { value: '' }, m.chooseCategory),
          ...reglement.categories.map((candidate) =>
            el('option', { value: candidate.id }, `${candidate.libelle[lang]}${candidate.eligible ? '' : ` (${t.excluded})`}`),
          ),
        );
        category.value = line.categorie;
        category.addEventListener('change', () => {
          line.categorie = category.value;
          line.chosenFor = line.libelle.trim();
          touched.add(`${at}-categorie`);
          refresh();
        });
        const doubt = el('p', { class: 'db-warning', 'aria-live': 'polite' });
        lineViews.set(line.key, { proposal, users, usersSelect, category, doubt });
        const remove = el('button', { type: 'button', class: 'db-secondary' }, m.removeExpense(index + 1));
        remove.addEventListener('click', () => {
          state.lines.splice(index, 1);
          renderLines();
          live.textContent = m.expenseRemoved(index + 1);
          // The focus goes to the line that took this one's place, else to the one before.
          const next = state.lines[Math.min(index, state.lines.length - 1)]!;
          (root.querySelector(`#${id}-line${next.key}-libelle`) as HTMLInputElement).focus();
          refresh();
        });
        return el(
          'fieldset',
          { class: 'db-line' },
          el('legend', {}, m.expenseLegend(index + 1)),
          textField(`${at}-libelle`, t.expenseLabel(index + 1), line.libelle, (value) => (line.libelle = value)),
          proposal,
          users,
          el('div', { class: 'db-field' }, el('label', { for: `${at}-categorie` }, t.category), category, errorOf(`${at}-categorie`)),
          doubt,
          textField(`${at}-amount`, t.amount, line.amount, (value) => (line.amount = value), { inputmode: 'decimal' }),
          state.lines.length > 1 ? remove : undefined,
        );
      }),
    );
  };
  const expensesSet = el('fieldset', { class: 'db-section' }, el('legend', {}, m.expensesLegend), linesBox, addButton, grantSoFar);

  // The request and the date.
  const maximumOffered = el('p', { class: 'db-hint', id: `${id}-maximum`, 'aria-live': 'polite' });
  const requestedField = textField(
    `${id}-requested`,
    t.requested,
    state.requested,
    (value) => {
      state.requested = value;
      state.requestFollows = false;
    },
    { inputmode: 'decimal' },
  );
  const requestedInput = requestedField.querySelector('input')!;
  requestedInput.setAttribute('aria-describedby', `${id}-maximum ${id}-requested-error`);
  const dateField = textField(`${id}-date`, t.filingDate(lastDay), state.date, (value) => {
    state.date = value;
    state.keepLate = false;
    keepLate.checked = false;
  });
  const keepLate = el('input', { type: 'checkbox', id: `${id}-keep-late`, 'aria-describedby': `${id}-keep-late-error` });
  keepLate.checked = state.keepLate;
  keepLate.addEventListener('change', () => {
    state.keepLate = keepLate.checked;
    touched.add(`${id}-keep-late`);
    refresh();
  });
  const lateBox = el(
    'div',
    { class: 'db-field', hidden: true },
    el('p', { class: 'db-warning', id: `${id}-late` }),
    el('div', { class: 'db-choice' }, keepLate, el('label', { for: `${id}-keep-late` }, t.keepLateDate)),
    errorOf(`${id}-keep-late`),
  );
  const requestSet = el(
    'fieldset',
    { class: 'db-section' },
    el('legend', {}, m.requestLegend),
    maximumOffered,
    requestedField,
    todayIsLate ? el('p', { class: 'db-hint' }, t.filingDeadlinePassed(lastDay)) : undefined,
    dateField,
    lateBox,
  );

  // The analysis criteria, optional, with init's questions.
  const analysisSet = el(
    'fieldset',
    { class: 'db-section' },
    el('legend', {}, m.analysisLegend),
    ...analysisFields(reglement).map(({ field, libelle }) =>
      textField(
        `${id}-analyse-${field}`,
        (t.criteria as Partial<Record<string, string>>)[field] ?? `${libelle[lang]}${catalogue(lang).ui.colon}`,
        state.analyse[field] ?? '',
        (value) => (state.analyse[field] = value),
        { optional: true, multiline: true },
      ),
    ),
  );

  // The dossier: its check, the download, the checker.
  const verdict = el('p', { class: 'db-verdict', 'aria-live': 'polite', id: `${id}-verdict` });
  const summary = el('div', { class: 'db-summary', tabindex: '-1', hidden: true, id: `${id}-summary` });
  const done = el('p', { class: 'db-hint', 'aria-live': 'polite', id: `${id}-done` });
  const download = el('button', { type: 'button', class: 'db-primary', id: `${id}-download` }, m.download);
  const openChecker = el('button', { type: 'button', class: 'db-secondary', id: `${id}-open` }, m.openInChecker);
  const resultSet = el(
    'section',
    { class: 'db-section', 'aria-labelledby': `${id}-check-heading` },
    el('h3', { id: `${id}-check-heading` }, m.checkHeading),
    verdict,
    summary,
    el('div', { class: 'db-actions' }, download, openChecker),
    done,
  );

  /** The dossier's file, or the answers to correct first (said in a summary that takes the focus, with links to each). */
  const finished = (): { yaml: string; fileName: string } | undefined => {
    const answers = answersSoFar();
    const errors = errorsOf(answers);
    showAll = true;
    refresh();
    if (errors.length > 0) {
      summary.replaceChildren(
        el('h4', {}, m.errorsHeading(errors.length)),
        el(
          'ul',
          {},
          ...errors.map(({ field, message }) => {
            const link = el('a', { href: `#${field}` }, message);
            link.addEventListener('click', (event) => {
              event.preventDefault();
              (root.querySelector(`#${field}`) as HTMLElement | null)?.focus();
            });
            return el('li', {}, link);
          }),
        ),
      );
      show(summary, true);
      summary.focus();
      return undefined;
    }
    show(summary, false);
    return dossierFile(answers);
  };
  const dossierFile = (answers: Answers) => {
    const yaml = draftToYaml(model.draft(answers), { lang, today, reglement, madeBy: 'page' });
    const name = searchable(String(answers.applicant.porteur.nom ?? '')).replaceAll(' ', '-');
    return { yaml, fileName: `dossier${name ? `-${name}` : ''}.yaml` };
  };
  download.addEventListener('click', () => {
    const file = finished();
    if (!file) return;
    // A link to the text in memory, followed at once: the file is made here, nothing goes over the network.
    const url = URL.createObjectURL(new Blob([file.yaml], { type: 'application/yaml' }));
    const link = el('a', { href: url, download: file.fileName, hidden: true });
    root.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    done.textContent = `${m.downloaded(file.fileName)} ${m.nothingSent}`;
  });
  openChecker.addEventListener('click', () => {
    const file = finished();
    if (file) context.openInChecker(file.yaml, file.fileName);
  });

  // ---- What follows each answer: proposals, the grant so far, the maximum offered, the errors, the check.

  const setText = (element: HTMLElement, text: string) => {
    if (element.textContent !== text) element.textContent = text;
  };
  function refresh(): void {
    const applicant = applicantSoFar();
    for (const line of state.lines) {
      const view = lineViews.get(line.key);
      if (!view) continue;
      const proposal = proposalOf(line, applicant);
      show(view.users, proposal?.usersDecide ?? false);
      if (!proposal?.usersDecide && line.beneficiaires) {
        line.beneficiaires = '';
        view.usersSelect.value = '';
      }
      setText(view.proposal, proposal === undefined ? '' : proposal.classification.category ? t.deduced(proposal.reason) : t.notDeduced);
      if (proposal && line.chosenFor !== line.libelle.trim()) {
        line.categorie = proposal.classification.category ?? '';
        line.chosenFor = undefined;
      }
      if (view.category.value !== line.categorie) view.category.value = line.categorie;
      const expense = expenseOf(line);
      const settled = expense && model.settle(expense, applicant);
      setText(view.doubt, settled?.doubtKept ? t.doubtKept(model.reasonOf(settled.line.classification ?? proposal!.classification)) : '');
    }
    const answers = answersSoFar();
    const expenses = answers.expenses;
    setText(grantSoFar, expenses.length === 0 || state.type === '' ? '' : model.grantSoFar(applicant, expenses).replace(/^→ /, ''));
    const maximum = state.type === '' || expenses.length === 0 ? undefined : model.maximum(answers);
    setText(maximumOffered, maximum === undefined ? '' : m.maximumOffered(formatCents(maximum, lang)));
    if (state.requestFollows && maximum !== undefined) {
      state.requested = formatCentsToType(maximum, lang);
      if (requestedInput.value !== state.requested) requestedInput.value = state.requested;
      answers.requestedCents = maximum;
    }
    // A late date is said in the check's words and kept only when ticked, as init keeps it after a yes.
    const late =
      check.date(state.date) === true
        ? judge(answers)(DEPOT_DATE, answers.date).find((objected) => objected.effet === 'ineligible')
        : undefined;
    show(lateBox, late !== undefined);
    setText(lateBox.querySelector('p')!, late ? spoken(late) : '');

    const errors = errorsOf(answers);
    for (const field of root.querySelectorAll<HTMLElement>('.db-error')) {
      const name = field.id.replace(/-error$/, '');
      const error = errors.find((found) => found.field === name);
      const visible = error !== undefined && (showAll || touched.has(name));
      setText(field, visible ? error.message : '');
      const control = root.querySelector(`#${name}`);
      if (
        control &&
        control.getAttribute('role') !== 'radio' &&
        control.getAttribute('type') !== 'radio' &&
        control.getAttribute('type') !== 'checkbox'
      ) {
        if (visible) control.setAttribute('aria-invalid', 'true');
        else control.removeAttribute('aria-invalid');
      }
    }
    if (errors.length > 0) setText(verdict, m.incomplete(errors.length));
    else {
      const file = dossierFile(answers);
      const report = checkDossier(file.yaml, file.fileName, { reglement, data, now: context.now() });
      const maximumCents = grantableMaximum(report) ?? 0;
      verdict.dataset.verdict = report.verdict;
      verdict.dataset.maximumCents = String(maximumCents);
      setText(verdict, m.verdict(catalogue(lang).verdicts[report.verdict], formatCents(maximumCents, lang)));
      if (!summary.hidden) show(summary, false);
      return;
    }
    delete verdict.dataset.verdict;
    delete verdict.dataset.maximumCents;
  }

  notEligible.textContent = model.isExcluded({ type: state.type }) ? t.notEligible : '';
  renderApplicant();
  renderLines();
  root.replaceChildren(
    style,
    el(
      'div',
      { class: 'db-builder', lang },
      // The page names the part (its section's heading): the form starts with what it is for.
      el('p', {}, m.intro),
      applicantSet,
      projectSet,
      expensesSet,
      requestSet,
      analysisSet,
      resultSet,
      live,
    ),
  );
  refresh();
  return state;
}
