import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from './binary.js';
import { hasTmux, Terminal } from './terminal.js';

/**
 * Issue 17, items 2 and 3, typed in a real terminal: the deadline in the
 * date question, a late date said at once and kept only after a yes, and
 * init --from asking about every blocking problem an answer settles, refusing
 * an answer the check would block with the check's message.
 */
const WORDS = {
  fr: {
    type: 'Qui dépose le dossier ?',
    commune: 'Votre commune',
    title: 'Titre du projet',
    description: 'Description du projet',
    axes: 'Axes de l’appel',
    expense: 'Dépense n° 1',
    category: 'Catégorie de la dépense',
    amount: 'Montant HT',
    another: 'Ajouter une autre dépense ?',
    requested: 'Aide sollicitée',
    summary: 'Écrire le dossier, ou modifier une réponse ?',
    date: 'Date de dépôt (JJ/MM/AAAA ; date limite : 29/07/2022)',
    deadlinePassed: 'est passée : aucune date n’est proposée',
    late: 'après la date limite du 29/07/2022 à minuit (Europe/Paris) : la candidature est hors délai.',
    clause: '« Date limite des dépôts de candidature fixée au 29 juillet 2022 à minuit. »',
    keep: 'Garder cette date ?',
    no: 'n',
    yes: 'o',
    analysis: 'critères d’analyse',
    replace: 'existe déjà. Le remplacer ?',
    written: 'Dossier écrit dans',
    unchanged: 'Le dossier n’a pas été modifié',
    nothingMissing: 'Rien ne manque',
    siren: 'SIREN du porteur (9 chiffres) :',
    requestedQuestion: 'Aide sollicitée auprès du Département (€) :',
    maximumOffered: '1 920,00',
    otherCommune: 'n’est pas celui de Boën-sur-Lignon (214200198) : c’est celui de Saint-Just-Saint-Rambert.',
    eligible: 'ÉLIGIBLE',
    ineligible: 'INÉLIGIBLE',
  },
  en: {
    type: 'Who is filing the dossier?',
    commune: 'Your commune',
    title: 'Project title',
    description: 'Project description',
    axes: 'Axes of the call',
    expense: 'Expense no. 1',
    category: 'Category of the expense',
    amount: 'Amount excluding VAT',
    another: 'Add another expense?',
    requested: 'Grant requested',
    summary: 'Write the dossier, or change an answer?',
    date: 'Submission date (DD/MM/YYYY; deadline: 2022-07-29)',
    deadlinePassed: 'has passed: no date is offered',
    late: 'after the deadline of 2022-07-29 at midnight (Europe/Paris): the application is late.',
    clause: '« Date limite des dépôts de candidature fixée au 29 juillet 2022 à minuit. »',
    keep: 'Keep this date?',
    no: 'n',
    yes: 'y',
    analysis: 'analysis criteria',
    replace: 'already exists. Replace it?',
    written: 'Dossier written to',
    unchanged: 'The dossier was not changed',
    nothingMissing: 'Nothing is missing',
    siren: 'Applicant SIREN (9 digits):',
    requestedQuestion: 'Grant requested from the Département (€):',
    maximumOffered: '1,920.00',
    otherCommune: 'is not that of Boën-sur-Lignon (214200198): it is that of Saint-Just-Saint-Rambert.',
    eligible: 'ELIGIBLE',
    ineligible: 'INELIGIBLE',
  },
} as const;

const SAINT_JUST_SIREN = '214202798';

/** Boën-sur-Lignon without its SIREN, asking 5 000 € where its one line is worth 1 920 €. */
const BOEN_TO_COMPLETE = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'boen-a-completer.yaml'), 'utf8');

describe.skipIf(!hasTmux).each(['fr', 'en'] as const)('the submission date in a terminal (%s)', (lang) => {
  const words = WORDS[lang];

  it('init: shows the deadline, says a late date is late, asks again on no, writes the date before the deadline', async () => {
    const terminal = new Terminal();
    const file = join(terminal.folder, 'dossier.yaml');
    try {
      terminal.start(['init', file, '--lang', lang, '--no-color']);
      await terminal.answer(words.type, '{Enter}');
      await terminal.answer(words.commune, 'montbri');
      await terminal.answer('Montbrison (42147)', '{Enter}');
      await terminal.answer(words.title, 'Tablettes', '{Enter}');
      await terminal.answer(words.description, '{Enter}');
      await terminal.answer(words.axes, '{Down}', '{Down}', ' ', '{Enter}');
      await terminal.answer(words.expense, '6 tablettes pour le prêt aux usagers de la médiathèque', '{Enter}');
      await terminal.answer(words.category, '{Enter}');
      await terminal.answer(words.amount, '2 400,00', '{Enter}');
      await terminal.answer(words.another, words.no, '{Enter}');
      // Today is past the 2022 deadline: nothing is offered, and a line says why.
      await terminal.waitFor(words.date);
      expect(terminal.screen()).toContain(words.deadlinePassed);
      await terminal.answer(words.date, '30/07/2022', '{Enter}');
      await terminal.waitFor(words.keep);
      const screen = terminal.screen();
      expect(screen).toContain(words.late);
      expect(screen).toContain(words.clause);
      await terminal.answer(words.keep, words.no, '{Enter}');
      await terminal.waitFor(words.date, 2);
      await terminal.answer(words.date, '21/07/2022', '{Enter}');
      await terminal.answer(words.requested, '{Enter}');
      await terminal.answer(words.analysis, '{Enter}');
      await terminal.answer(words.summary, '{Enter}');
      await terminal.waitFor(words.written);
      expect(await terminal.exitCode()).toBe(0);
      expect(terminal.screen()).toContain(words.eligible);
      expect(parse(readFileSync(file, 'utf8')).depot).toEqual({ date: '2022-07-21' });
    } finally {
      terminal.stop();
    }
  });
});

describe.skipIf(!hasTmux)('init --from on a late dossier in a terminal', () => {
  const late = readFileSync(join(EXAMPLES, 'commune-hors-delai.yaml'), 'utf8');

  it('asks the date, showing the one written and the deadline, and writes the corrected one (fr)', async () => {
    const words = WORDS.fr;
    const terminal = new Terminal();
    const file = join(terminal.folder, 'dossier.yaml');
    writeFileSync(file, late);
    try {
      terminal.start(['init', '--from', file, '--no-color']);
      // The question, with the date written offered as it is, under the check's message.
      await terminal.waitFor(`${words.date} : (30/07/2022)`);
      expect(terminal.screen()).toContain(`Dépôt le 30/07/2022 (date de dépôt du dossier), ${words.late}`);
      await terminal.answer(words.date, '29/07/2022', '{Enter}');
      await terminal.answer(words.replace, '{Enter}');
      await terminal.waitFor(words.written);
      expect(await terminal.exitCode()).toBe(0);
      expect(terminal.screen()).toContain(words.eligible);
      expect(readFileSync(file, 'utf8')).toBe(late.replace('date: 2022-07-30', 'date: 2022-07-29'));
    } finally {
      terminal.stop();
    }
  });

  it('keeps the date written only after an explicit yes, and then does not say nothing is missing (en)', async () => {
    const words = WORDS.en;
    const terminal = new Terminal();
    const file = join(terminal.folder, 'dossier.yaml');
    writeFileSync(file, late);
    try {
      terminal.start(['init', '--from', file, '--lang', 'en', '--no-color']);
      await terminal.answer(words.date, '{Enter}');
      await terminal.answer(words.keep, '{Enter}');
      await terminal.waitFor(words.date, 2);
      await terminal.answer(words.date, '{Enter}');
      await terminal.waitFor(words.keep, 2);
      await terminal.answer(words.keep, words.yes, '{Enter}');
      await terminal.waitFor(words.unchanged);
      expect(await terminal.exitCode()).toBe(1);
      const screen = terminal.screen();
      expect(screen).not.toContain(words.nothingMissing);
      expect(screen).toContain(words.ineligible);
      expect(readFileSync(file, 'utf8')).toBe(late);
    } finally {
      terminal.stop();
    }
  });
});

describe.skipIf(!hasTmux).each(['fr', 'en'] as const)('init --from on blocking problems an answer settles, in a terminal (%s)', (lang) => {
  const words = WORDS[lang];

  it('offers the commune’s SIREN and the maximum, refuses another commune’s SIREN with the check’s message, ends eligible', async () => {
    const terminal = new Terminal();
    const file = join(terminal.folder, 'dossier.yaml');
    writeFileSync(file, BOEN_TO_COMPLETE);
    try {
      terminal.start(['init', '--from', file, '--lang', lang, '--no-color']);
      // The question itself, with what it offers (the messages said above it name the SIREN too).
      await terminal.answer(`${words.siren} (214200198)`, SAINT_JUST_SIREN, '{Enter}');
      await terminal.answer(words.otherCommune, '{C-u}', '{Enter}');
      await terminal.answer(`${words.requestedQuestion} (${words.maximumOffered})`, '{Enter}');
      await terminal.answer(words.replace, '{Enter}');
      await terminal.waitFor(words.written);
      expect(await terminal.exitCode()).toBe(0);
      expect(terminal.screen()).toContain(words.eligible);
      expect(parse(readFileSync(file, 'utf8'))).toMatchObject({
        porteur: { siren: '214200198' },
        financement: { aide_sollicitee: 1920 },
      });
    } finally {
      terminal.stop();
    }
  });
});
