import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkDossier } from '../../src/index.js';
import { problemMessage } from '../../src/i18n/index.js';
import { answerChecks } from '../../src/interactive/answers.js';
import { completeDossier } from '../../src/interactive/complete.js';
import { draftToFile, draftToYaml } from '../../src/interactive/document.js';
import { interview } from '../../src/interactive/interview.js';
import { DossierSource } from '../../src/interactive/source.js';
import { DEFAULT_EDITION } from '../../src/reglement/index.js';
import { answering, type Reply } from './script.js';
import { installedData } from '../../src/cli/checker-data.js';

/**
 * Answers the interview's questions in order, as a person would type them,
 * and fails when an answer is refused by the question's own check.
 */
function scripted(answers: Reply[]) {
  const queue = [...answers];
  return answering(() => queue.shift());
}

const options = { lang: 'fr' as const, reglement: DEFAULT_EDITION, data: installedData, today: '2022-07-21' };

describe('the init interview', () => {
  it('builds a valid, eligible dossier from a commune found by part of its name', async () => {
    const prompter = scripted([
      'commune',
      { search: 'montbri' },
      'Bornes interactives en mairie annexe',
      '',
      ['simplifier-le-quotidien'],
      '6 tablettes tactiles pour le prêt aux usagers de la médiathèque',
      '', // accept the deduced category
      '2 400,00',
      true,
      'Formation des habitants aux démarches en ligne',
      '',
      '1 200,50',
      false,
      '', // the maximum so far, offered as the request
      '', // today
      false,
      'write',
    ]);
    const draft = await interview(prompter, options);
    expect(draft).toEqual({
      porteur: { type: 'commune', nom: 'Commune de Montbrison', siren: '214201477', code_insee: '42147' },
      projet: { titre: 'Bornes interactives en mairie annexe', axes: ['simplifier-le-quotidien'] },
      depenses: [
        { libelle: '6 tablettes tactiles pour le prêt aux usagers de la médiathèque', montant_ht: 2400, categorie: 'equipement-numerique' },
        { libelle: 'Formation des habitants aux démarches en ligne', montant_ht: 1200.5, categorie: 'formation' },
      ],
      financement: { aide_sollicitee: 2880.4 },
      depot: { date: '2022-07-21' },
    });
    expect(prompter.said).toContain('→ Aide maximale à ce stade : 2 880,40 €.');
    expect(prompter.said.some((line) => line.startsWith('→ Catégorie proposée : « équipement numérique »'))).toBe(true);

    const text = draftToYaml(draft, { lang: 'fr', today: '2022-07-21' });
    expect(text.startsWith('# Dossier de candidature')).toBe(true);
    expect(parse(text)).toEqual(draft);
    expect(checkDossier(text, 'dossier.yaml', { data: installedData }).verdict).toBe('eligible');
  });

  it('writes JSON when the file is named .json, which check reads as it reads the YAML', async () => {
    const draft = await interview(
      scripted([
        'commune',
        { search: 'montbri' },
        'Bornes',
        '',
        ['simplifier-le-quotidien'],
        'Tablettes pour le prêt aux usagers',
        '',
        '1000',
        false,
        '',
        '',
        false,
        'write',
      ]),
      options,
    );
    const json = draftToFile(draft, 'dossier.json', { lang: 'fr', today: '2022-07-21' });
    expect(JSON.parse(json)).toEqual(draft);
    expect(checkDossier(json, 'dossier.json', { data: installedData }).verdict).toBe('eligible');
    expect(draftToFile(draft, 'dossier.yml', { lang: 'fr', today: '2022-07-21' })).toBe(
      draftToYaml(draft, { lang: 'fr', today: '2022-07-21' }),
    );
  });

  it('fills an EPCI from the official list, with its seat among its members', async () => {
    const draft = await interview(
      scripted([
        'epci',
        { search: 'forez agglo' },
        { search: 'montbrison' },
        'Réseau de tiers-lieux',
        '',
        ['innovant'],
        'Étude de faisabilité',
        '',
        '10 000',
        false,
        '',
        '',
        false,
        'write',
      ]),
      options,
    );
    expect(draft.porteur).toEqual({ type: 'epci', nom: 'CA Loire Forez Agglomération (LFA)', siren: '200065886', code_insee: '42147' });
  });

  it('asks name, seat and SIREN of a CCAS, and checks the SIREN where it is typed', async () => {
    const answers: Reply[] = [
      'ccas',
      'CCAS de Roanne',
      { search: 'roanne' },
      '264201872',
      'Coin numérique',
      '',
      ['simplifier-le-quotidien'],
      'Tablettes pour le prêt aux usagers',
      '',
      '1000',
      false,
      '',
      '',
      false,
      'write',
    ];
    const draft = await interview(scripted(answers), options);
    expect(draft.porteur).toEqual({ type: 'ccas', nom: 'CCAS de Roanne', code_insee: '42187', siren: '264201872' });
    answers[3] = '264201873';
    await expect(interview(scripted(answers), options)).rejects.toThrow(/sa clé de contrôle ne correspond pas/);
  });

  it('asks for at least one axis', async () => {
    const answers: Reply[] = ['commune', { search: 'feurs' }, 'Projet', '', []];
    await expect(interview(scripted(answers), options)).rejects.toThrow(/au moins un axe/);
  });
});

describe('the SIREN of an applicant found by its seat (a syndicate)', () => {
  // The check is the judge: the refusal is the message check gives at porteur.siren for the same SIREN.
  it.each(['21420147', '214200199', '000000000'])('refuses %s in the words of the check', async (siren) => {
    const report = checkDossier(
      JSON.stringify({ porteur: { type: 'syndicat', nom: 'SIVOM', code_insee: '42218', siren } }),
      'dossier.json',
      { data: installedData },
    );
    const problem = report.problemes.find((found) => found.chemin === 'porteur.siren' && found.gravite === 'bloquant')!;
    const message = problemMessage('fr', DEFAULT_EDITION, problem.code, problem.params ?? {});
    const prompter = scripted(['syndicat', 'SIVOM', { search: 'saint-etienne' }, siren]);
    await expect(interview(prompter, options)).rejects.toThrow(`Answer refused for "SIREN du porteur (9 chiffres) :": ${message}`);
  });

  it('keeps a valid one, its spaces taken out', async () => {
    const prompter = scripted(['syndicat', 'SIVOM', { search: 'saint-etienne' }, '214 201 477']);
    // The interview goes on to the title, which this script does not answer.
    await expect(interview(prompter, options)).rejects.toThrow(/No answer/);
    expect(prompter.asked.at(-1)).toMatch(/^Titre/);
  });
});

describe('answer checks', () => {
  const check = answerChecks('fr');
  it.each([
    ['amount', '2 400,50', true],
    ['amount', '12.500', false],
    ['amount', '-3', false],
    ['date', '21/07/2022', true],
    ['date', '30/02/2022', false],
    ['required', '   ', false],
  ] as const)('%s %j → %s', (kind, value, ok) => {
    expect(check[kind](value) === true).toBe(ok);
  });

  it.each([
    ['amountHt', '1 249,50 € HT', true],
    ['amount', '1 249,50 € HT', false],
    ['amountHt', '1 499,40 € TTC', 'TTC là où le montant HT est attendu'],
    ['amountHt', '12 k€', 'sans k€ ni M€'],
    ['amount', '1 200 + 300', 'plusieurs montants'],
    ['amount', '-3', 'négatif'],
    ['date', '30/02/2022', 'n’existe pas'],
    ['date', '21/07/22', 'deux chiffres'],
  ] as const)('%s %j says why: %s', (kind, value, expected) => {
    const answer = check[kind](value);
    if (typeof expected === 'boolean') expect(answer === true).toBe(expected);
    else expect(answer).toContain(expected);
  });
});

describe('completing an existing dossier (init --from)', () => {
  it('asks only what is missing or blocking, and keeps the rest, comments included', async () => {
    const file = join(import.meta.dirname, '..', '..', 'examples', 'syndicat-a-completer.yaml');
    const text = readFileSync(file, 'utf8');
    const before = checkDossier(text, file, { date: '2022-07-20', data: installedData });
    expect(before.verdict).toBe('a-completer');
    const opened = DossierSource.open(new TextEncoder().encode(text), file);
    if (!opened.ok) throw new Error(opened.reason);
    const doc = opened.source;
    const prompter = scripted(['3 490,00', '']);
    const answered = await completeDossier(prompter, doc, before, {
      lang: 'fr',
      reglement: DEFAULT_EDITION,
      data: installedData,
    });
    expect(answered).toBe(2);
    expect(prompter.asked).toEqual([
      'Logiciel de gestion et de réinitialisation des postes, licence perpétuelle — Montant HT (par exemple 2 400,50) :',
      'Aide sollicitée auprès du Département (€) :',
    ]);
    const rewritten = doc.rewrite();
    if (!rewritten.ok) throw new Error(rewritten.reason);
    const completed = new TextDecoder().decode(rewritten.bytes);
    // The applicant's comments and every other line are kept as they were, in order; two lines are added.
    const lines = completed.split('\n');
    expect(lines.filter((line) => !/^\s*(montant_ht: 3490|aide_sollicitee: 8992)$/.test(line))).toEqual(text.split('\n'));
    expect(lines.length).toBe(text.split('\n').length + 2);
    const after = checkDossier(completed, file, { date: '2022-07-20', data: installedData });
    expect(after.verdict).toBe('eligible');
    expect(after.aide?.requestedCents).toBe(after.aide?.maximumCents);
  });
});
