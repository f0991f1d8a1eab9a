import { describe, expect, it } from 'vitest';
import { installedData } from '../../src/cli/checker-data.js';
import { checkDossier } from '../../src/index.js';
import { draftToYaml } from '../../src/interactive/document.js';
import { interview } from '../../src/interactive/interview.js';
import type { Choice } from '../../src/interactive/prompter.js';
import { DEFAULT_EDITION } from '../../src/reglement/index.js';
import { answering, type Reply } from './script.js';

/**
 * Before init writes the file, it shows the answers and lets the person
 * change any of them, with the same question, the current answer as default
 * and the same checks; an empty label ends the list of expenses.
 */
const options = { lang: 'fr' as const, reglement: DEFAULT_EDITION, data: installedData, today: '2022-07-21' };
const SUMMARY = 'Écrire le dossier, ou modifier une réponse ?';

/**
 * A person who answers each kind of question (by the start of its text) with
 * the next of its answers, and fails on a question asked more often than
 * scripted. Records what each question offered: its default, its choices.
 */
function person(replies: [prefix: string, ...answers: Reply[]][]) {
  const queues = replies.map(([prefix, ...answers]) => ({ prefix, answers }));
  const prompter = answering((message) => queues.find(({ prefix }) => message.startsWith(prefix))?.answers.shift());
  const defaults: { message: string; default?: unknown }[] = [];
  const choices: { message: string; names: string[]; checked: string[] }[] = [];
  const { input, select, checkbox } = prompter;
  prompter.input = (question) => {
    defaults.push({ message: question.message, default: question.default });
    return input(question);
  };
  prompter.select = <T>(question: { message: string; choices: Choice<T>[]; default?: T }) => {
    defaults.push({ message: question.message, default: question.default });
    choices.push({ message: question.message, names: question.choices.map((choice) => choice.name), checked: [] });
    return select(question);
  };
  prompter.checkbox = <T>(question: { message: string; choices: Choice<T>[]; validate?: (chosen: readonly T[]) => true | string }) => {
    const checked = question.choices.filter((choice) => choice.checked).map((choice) => String(choice.value));
    choices.push({ message: question.message, names: question.choices.map((choice) => choice.name), checked });
    return checkbox(question);
  };
  return Object.assign(prompter, { defaults, choices });
}

/** The first answers of a dossier of two expenses (2 400 € and 1 200,50 €), taking every default offered. */
const TWO_LINES: [string, ...Reply[]][] = [
  ['Qui dépose', 'commune'],
  ['Votre commune', { search: 'montbri' }],
  ['Titre', 'Bornes interactives en mairie annexe'],
  ['Description', ''],
  ['Axes', ['simplifier-le-quotidien']],
  ['Dépense n°', '6 tablettes tactiles pour le prêt aux usagers de la médiathèque', 'Formation des habitants aux démarches en ligne'],
  ['Catégorie', '', ''],
  ['Montant HT', '2 400,00', '1 200,50'],
  ['Ajouter une autre', true, false],
  ['Aide sollicitée', ''],
  ['Date de dépôt', '21/07/2022'],
  ['Renseigner maintenant', false],
];

/**
 * The script with the summary's choices, other first answers to some questions,
 * and the answers to the questions of the changes, after the first ones.
 */
function withChanges(
  summary: Reply[],
  changes: [string, ...Reply[]][] = [],
  firstAnswers: Record<string, Reply[]> = {},
): [string, ...Reply[]][] {
  const merged = TWO_LINES.map(([prefix, ...original]) => {
    const answers = firstAnswers[prefix] ?? original;
    const more = changes.find(([change]) => change === prefix)?.slice(1) ?? [];
    return [prefix, ...answers, ...more] as [string, ...Reply[]];
  });
  const extra = changes.filter(([change]) => !TWO_LINES.some(([prefix]) => prefix === change));
  // The catch-all prefix '' (the other criteria) comes last.
  return [[SUMMARY, ...summary], ...merged, ...extra];
}

function checked(draft: Awaited<ReturnType<typeof interview>>) {
  const text = draftToYaml(draft, { lang: 'fr', today: '2022-07-21' });
  return checkDossier(text, 'dossier.yaml', { data: installedData, date: '2022-07-21' });
}

describe('the summary before the file is written', () => {
  it('shows every answer, each expense with its category, amount HT and what the check will make of it', async () => {
    const prompter = person([
      [SUMMARY, 'write'],
      ['Qui dépose', 'commune'],
      ['Votre commune', { search: 'montbri' }],
      ['Titre', 'Bornes interactives en mairie annexe'],
      ['Description', 'Deux bornes dans le hall'],
      ['Axes', ['simplifier-le-quotidien', 'innovant']],
      [
        'Dépense n°',
        '6 tablettes tactiles pour le prêt aux usagers de la médiathèque',
        'Vidéoprojecteur et écran',
        'Chaises pour la salle',
      ],
      ['Qui utilisera', ''],
      ['Catégorie', '', '', 'mobilier'],
      ['Montant HT', '2 400,00', '1 500', '300'],
      ['Ajouter une autre', true, true, false],
      ['Aide sollicitée', ''],
      ['Date de dépôt', '21/07/2022'],
      ['Renseigner maintenant', true],
      ['En quoi le projet est-il innovant', 'Première borne du canton.'],
      ['', ...Array<Reply>(10).fill('')],
    ]);
    await interview(prompter, options);
    const summary = prompter.said.slice(prompter.said.indexOf('Récapitulatif avant d’écrire le dossier :'));
    expect(summary).toEqual([
      'Récapitulatif avant d’écrire le dossier :',
      '  Porteur : Commune de Montbrison (SIREN 214201477, code INSEE 42147)',
      '  Projet : Bornes interactives en mairie annexe',
      '  Description : Deux bornes dans le hall',
      '  Axes : Projets numériques permettant de « simplifier le quotidien », Projets innovants « pour un territoire attractif, intelligent et durable »',
      '  Dépenses :',
      '    1. 6 tablettes tactiles pour le prêt aux usagers de la médiathèque — équipement numérique — 2 400,00 € HT — éligible, compte dans l’aide',
      '    2. Vidéoprojecteur et écran — équipement numérique — 1 500,00 € HT — à vérifier par le Département, ne compte pas dans l’aide maximale',
      '    3. Chaises pour la salle — mobilier — 300,00 € HT — non financée par l’appel',
      '  Aide maximale : 1 920,00 €',
      '  Aide sollicitée : 1 920,00 €',
      '  Date de dépôt : 21/07/2022',
      '  Critères d’analyse :',
      '    Projet innovant structurant pour le territoire : Première borne du canton.',
      '',
    ]);
    const offered = prompter.choices.find(({ message }) => message === SUMMARY)!.names;
    expect(offered[0]).toBe('Écrire le dossier');
    expect(offered).toContain('Modifier la dépense n° 2 (Vidéoprojecteur et écran)');
    expect(offered).toContain('Supprimer la dépense n° 3 (Chaises pour la salle)');
    expect(offered).toContain('Modifier le porteur (Commune de Montbrison)');
    expect(offered).toEqual(expect.arrayContaining(['Ajouter une dépense', 'Modifier l’aide sollicitée', 'Modifier la date de dépôt']));
  });

  it('refuses a request above the maximum where it is typed, in the words of the check that would block it', async () => {
    const prompter = person(withChanges(['write'], [], { 'Aide sollicitée': ['5 000'] }));
    await expect(interview(prompter, options)).rejects.toThrow(
      'Answer refused for "Aide sollicitée auprès du Département (€) :": L’aide sollicitée (5 000,00 €) dépasse l’aide maximale (2 880,40 €). Ramenez financement.aide_sollicitee à 2 880,40 € au plus.',
    );
  });

  it('is asked once, and writes the answers as they were when the person writes at once', async () => {
    const prompter = person(withChanges(['write']));
    const draft = await interview(prompter, options);
    expect(prompter.asked.filter((question) => question === SUMMARY)).toHaveLength(1);
    expect(draft.depenses).toEqual([
      { libelle: '6 tablettes tactiles pour le prêt aux usagers de la médiathèque', montant_ht: 2400, categorie: 'equipement-numerique' },
      { libelle: 'Formation des habitants aux démarches en ligne', montant_ht: 1200.5, categorie: 'formation' },
    ]);
    expect(draft.financement).toEqual({ aide_sollicitee: 2880.4 });
  });
});

describe('changing an answer at the summary', () => {
  it('changes an amount: the same questions, the current answers as defaults; the maximum taken follows the new maximum', async () => {
    const prompter = person(
      withChanges(
        ['expense:0', 'write'],
        [
          ['Dépense n°', ''], // keeps the label
          ['Catégorie', ''], // keeps the category
          ['Montant HT', '3 000'],
          ['Aide sollicitée', ''], // takes the new maximum offered
        ],
      ),
    );
    const draft = await interview(prompter, options);
    const asked = prompter.defaults.slice(prompter.defaults.findIndex(({ message }) => message === SUMMARY) + 1);
    expect(asked.slice(0, 3)).toEqual([
      {
        message: 'Dépense n° 1 : libellé (tel que sur le devis) :',
        default: '6 tablettes tactiles pour le prêt aux usagers de la médiathèque',
      },
      { message: 'Catégorie de la dépense :', default: 'equipement-numerique' },
      { message: 'Montant HT (par exemple 2 400,50) :', default: '2 400,00' },
    ]);
    // 80 % of 4 200,50 €.
    expect(prompter.said).toContain('→ L’aide maximale passe de 2 880,40 € à 3 360,40 €.');
    expect(prompter.said).toContain('→ Vous demandiez l’aide maximale : le nouveau maximum vous est proposé.');
    expect(asked[3]).toEqual({ message: 'Aide sollicitée auprès du Département (€) :', default: '3 360,40' });
    expect(draft.depenses[0]).toMatchObject({ montant_ht: 3000, categorie: 'equipement-numerique' });
    expect(draft.financement).toEqual({ aide_sollicitee: 3360.4 });
    expect(prompter.said.filter((line) => line === '  Aide maximale : 3 360,40 €')).toHaveLength(1);
    expect(checked(draft).verdict).toBe('eligible');
  });

  it('refuses at a change what it refuses the first time', async () => {
    const prompter = person(
      withChanges(
        ['expense:1'],
        [
          ['Dépense n°', ''],
          ['Catégorie', ''],
          ['Montant HT', '12 k€'],
        ],
      ),
    );
    await expect(interview(prompter, options)).rejects.toThrow(/Montant HT.*Montant refusé.*k€/);
  });

  it('asks the request again, the new maximum offered, when it now exceeds the maximum; leaves a lower request alone', async () => {
    // 2 000 € requested, under the 2 880,40 € maximum; the second line deleted, the maximum falls to 1 920 €.
    const lowered = person(
      withChanges(
        ['delete:1', 'write'],
        [
          ['Aide sollicitée', ''],
          ['Supprimer la dépense n° 2', true],
        ],
        { 'Aide sollicitée': ['2 000'] },
      ),
    );
    const draft = await interview(lowered, options);
    expect(lowered.said).toContain('→ L’aide maximale passe de 2 880,40 € à 1 920,00 €.');
    expect(lowered.said.some((line) => line.startsWith('→ L’aide sollicitée (2 000,00 €) dépasse maintenant l’aide maximale'))).toBe(true);
    expect(lowered.defaults.at(-2)).toEqual({ message: 'Aide sollicitée auprès du Département (€) :', default: '1 920,00' });
    expect(draft.depenses).toHaveLength(1);
    expect(draft.financement).toEqual({ aide_sollicitee: 1920 });

    // 1 000 € requested: still under the new maximum, not asked again.
    const kept = person(withChanges(['delete:1', 'write'], [['Supprimer la dépense n° 2', true]], { 'Aide sollicitée': ['1 000'] }));
    const keptDraft = await interview(kept, options);
    expect(kept.asked.filter((question) => question.startsWith('Aide sollicitée'))).toHaveLength(1);
    expect(keptDraft.financement).toEqual({ aide_sollicitee: 1000 });
  });

  it('changes the request, the current one offered, with the same check', async () => {
    const prompter = person(withChanges(['requested', 'requested', 'write'], [['Aide sollicitée', '2 000', '1 000']]));
    const draft = await interview(prompter, options);
    expect(prompter.defaults.filter(({ message }) => message.startsWith('Aide sollicitée')).map(({ default: offered }) => offered)).toEqual(
      ['2 880,40', '2 880,40', '2 000,00'],
    );
    expect(draft.financement).toEqual({ aide_sollicitee: 1000 });
    const refused = person(withChanges(['requested'], [['Aide sollicitée', '-3']]));
    await expect(interview(refused, options)).rejects.toThrow(/Aide sollicitée.*négatif/);
  });

  it('deletes a line only after a yes, and never the only one', async () => {
    const prompter = person(
      withChanges(
        ['delete:0', 'delete:0', 'delete:0', 'write'],
        [
          ['Supprimer la dépense n° 1', false, true],
          ['Aide sollicitée', ''],
        ],
      ),
    );
    const draft = await interview(prompter, options);
    expect(draft.depenses).toEqual([
      { libelle: 'Formation des habitants aux démarches en ligne', montant_ht: 1200.5, categorie: 'formation' },
    ]);
    expect(prompter.said).toContain(
      '→ C’est la seule dépense, et un dossier en demande au moins une : modifiez-la, ou ajoutez-en une autre avant.',
    );
    // 80 % of 1 200,50 €, offered since the maximum was taken.
    expect(draft.financement).toEqual({ aide_sollicitee: 960.4 });
  });

  it('adds a line; an empty label there changes nothing', async () => {
    const prompter = person(
      withChanges(
        ['add', 'add', 'write'],
        [
          ['Dépense n°', 'Licence de logiciel de gestion de la relation usagers', ''],
          ['Catégorie', ''],
          ['Montant HT', '500'],
        ],
        { 'Aide sollicitée': ['2 000'] },
      ),
    );
    const draft = await interview(prompter, options);
    expect(prompter.asked.filter((question) => /^Dépense n° [34]/.test(question))).toEqual([
      'Dépense n° 3 : libellé (tel que sur le devis ; Entrée sans rien écrire pour finir la liste) :',
      'Dépense n° 4 : libellé (tel que sur le devis ; Entrée sans rien écrire pour finir la liste) :',
    ]);
    expect(draft.depenses).toHaveLength(3);
    expect(draft.depenses[2]).toMatchObject({ libelle: 'Licence de logiciel de gestion de la relation usagers', montant_ht: 500 });
    // The request was under the maximum, and still is: kept as typed, not asked again.
    expect(prompter.said).toContain('→ L’aide maximale passe de 2 880,40 € à 3 280,40 €.');
    expect(prompter.asked.filter((question) => question.startsWith('Aide sollicitée'))).toHaveLength(1);
    expect(draft.financement).toEqual({ aide_sollicitee: 2000 });
  });

  it('changes the applicant, title, description, axes, date and analysis texts, each offered as it was', async () => {
    const prompter = person(
      withChanges(
        ['applicant', 'title', 'description', 'axes', 'date', 'analysis', 'write'],
        [
          ['Qui dépose', ''],
          ['Votre commune', { search: 'st etienne' }],
          ['Titre', 'Bornes interactives en mairie'],
          ['Description', 'Deux bornes'],
          ['Axes', ['simplifier-le-quotidien', 'innovant']],
          ['Date de dépôt', '15/07/2022'],
          ['En quoi le projet est-il innovant', 'Première borne du canton.'],
          ['', ...Array<Reply>(10).fill('')],
        ],
      ),
    );
    const draft = await interview(prompter, options);
    const defaultOf = (start: string) => prompter.defaults.filter(({ message }) => message.startsWith(start)).at(-1)?.default;
    expect(defaultOf('Qui dépose')).toBe('commune');
    expect(defaultOf('Titre')).toBe('Bornes interactives en mairie annexe');
    expect(defaultOf('Date de dépôt')).toBe('21/07/2022');
    expect(prompter.choices.filter(({ message }) => message.startsWith('Axes')).at(-1)?.checked).toEqual(['simplifier-le-quotidien']);
    expect(draft).toMatchObject({
      porteur: { type: 'commune', nom: 'Commune de Saint-Étienne', code_insee: '42218' },
      projet: { titre: 'Bornes interactives en mairie', description: 'Deux bornes', axes: ['simplifier-le-quotidien', 'innovant'] },
      depot: { date: '2022-07-15' },
      analyse: { innovation: 'Première borne du canton.' },
    });
  });
});

describe('the end of the list of expenses', () => {
  it('is an empty label, after "add another": no answer is refused', async () => {
    const script = withChanges(['write']).map(([prefix, ...answers]) => {
      if (prefix === 'Ajouter une autre') return [prefix, true, true] as [string, ...Reply[]];
      if (prefix === 'Dépense n°') return [prefix, ...answers, ''] as [string, ...Reply[]];
      return [prefix, ...answers] as [string, ...Reply[]];
    });
    const prompter = person(script);
    const draft = await interview(prompter, options);
    expect(prompter.asked.at(prompter.asked.findIndex((question) => question.startsWith('Dépense n° 3')))).toBe(
      'Dépense n° 3 : libellé (tel que sur le devis ; Entrée sans rien écrire pour finir la liste) :',
    );
    expect(draft.depenses).toHaveLength(2);
    expect(checked(draft).verdict).toBe('eligible');
  });

  it('is never before the first expense: an empty first label is refused, saying one is needed', async () => {
    const prompter = person([['Dépense n°', ''], ...TWO_LINES]);
    await expect(interview(prompter, options)).rejects.toThrow(/Il faut au moins une dépense/);
  });
});

describe('the summary in English', () => {
  it('shows the answers and the changes in English', async () => {
    const prompter = person([
      ['Write the dossier, or change an answer?', 'expense:0', 'write'],
      ['Who is filing', 'commune'],
      ['Your commune', { search: 'montbri' }],
      ['Project title', 'Kiosks'],
      ['Project description', ''],
      ['Axes', ['simplifier-le-quotidien']],
      ['Expense no.', '6 tablettes tactiles pour le prêt aux usagers de la médiathèque', ''],
      ['Category', '', ''],
      ['Amount excluding VAT', '2 400,00', '3 000'],
      ['Add another', false],
      ['Grant requested', '', ''],
      ['Submission date', '21/07/2022'],
      ['Fill in the analysis', false],
    ]);
    const draft = await interview(prompter, { ...options, lang: 'en' });
    expect(prompter.said).toContain('Summary before the dossier is written:');
    expect(prompter.said).toContain(
      '    1. 6 tablettes tactiles pour le prêt aux usagers de la médiathèque — digital equipment — €2,400.00 excl. VAT — eligible, counts in the grant',
    );
    expect(prompter.said).toContain('→ The maximum grant goes from €1,920.00 to €2,400.00.');
    expect(prompter.choices.find(({ message }) => message.startsWith('Write the dossier'))?.names).toContain(
      'Change expense no. 1 (6 tablettes tactiles pour le prêt aux u…)',
    );
    expect(draft.financement).toEqual({ aide_sollicitee: 2400 });
    expect(prompter.said.join('\n')).not.toMatch(/Dépense|Aide|Récapitulatif/);
  });
});

describe('amounts offered in English', () => {
  it('are written the English way, as every other amount on the screen, and read back as such', async () => {
    const prompter = person([
      ['Write the dossier, or change an answer?', 'expense:0', 'write'],
      ['Who is filing', 'commune'],
      ['Your commune', { search: 'montbri' }],
      ['Project title', 'Kiosks'],
      ['Project description', ''],
      ['Axes', ['simplifier-le-quotidien']],
      ['Expense no.', '6 tablettes tactiles pour le prêt aux usagers de la médiathèque', ''],
      ['Category', '', ''],
      ['Amount excluding VAT', '2,400.50', ''],
      ['Add another', false],
      ['Grant requested', ''],
      ['Submission date', '21/07/2022'],
      ['Fill in the analysis', false],
    ]);
    const draft = await interview(prompter, { ...options, lang: 'en' });
    const offered = (prefix: string) => prompter.defaults.filter(({ message }) => message.startsWith(prefix)).map((asked) => asked.default);
    expect(offered('Amount excluding VAT')).toEqual([undefined, '2,400.50']);
    expect(offered('Grant requested')).toEqual(['1,920.40']);
    expect(prompter.asked).toContain('Amount excluding VAT (for example 2,400.50):');
    expect(draft.depenses[0]).toMatchObject({ montant_ht: 2400.5 });
    expect(draft.financement).toEqual({ aide_sollicitee: 1920.4 });
  });
});

describe('the summary of a dossier filed after the deadline', () => {
  it('says the date is late and the maximum is 0, as the check will, once the person kept the late date', async () => {
    const prompter = person(withChanges(['write'], [['Garder cette date', true]], { 'Date de dépôt': ['30/07/2022'] }));
    const draft = await interview(prompter, options);
    const report = checked(draft);
    expect(report.verdict).toBe('ineligible');
    const summary = prompter.said.slice(prompter.said.indexOf('Récapitulatif avant d’écrire le dossier :'));
    expect(summary).toContain('  Aide maximale : 0,00 € (hors délai : aucune aide ; 2 880,40 € si le dossier était recevable)');
    expect(summary).toContain('  Date de dépôt : 30/07/2022 — après la date limite du 29/07/2022 : hors délai');
    expect(summary).not.toContain('  Aide maximale : 2 880,40 €');
  });
});
