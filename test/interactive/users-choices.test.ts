import { describe, expect, it } from 'vitest';
import { installedData } from '../../src/cli/checker-data.js';
import { catalogue, writer, type Lang } from '../../src/i18n/index.js';
import type { Choice } from '../../src/interactive/prompter.js';
import { interview } from '../../src/interactive/interview.js';
import { DEFAULT_EDITION } from '../../src/reglement/index.js';
import { answering, type Reply } from './script.js';

/**
 * « Qui utilisera cet équipement ? » offers the edition's beneficiaries by
 * their full names, as init did before editions were data; the short names
 * that end line reasons (« exclu pour les agents ou les écoles ») are not
 * words to choose from.
 */
async function usersChoicesOffered(lang: Lang): Promise<string[]> {
  const t = catalogue(lang).interview;
  const answers: [string, Reply][] = [
    [t.type, 'commune'],
    [t.commune, { search: 'montbri' }],
    [t.title, 'Équipement de la médiathèque'],
    [t.description, ''],
    [t.axes, ['simplifier-le-quotidien']],
    [t.expenseLabel(1), 'Vidéoprojecteur et écran'],
    [t.users, ''],
    [t.category, ''],
    [t.amount, '1500'],
    [t.another, false],
    [t.requested, ''],
    [t.filingDate(writer(lang, DEFAULT_EDITION).date(DEFAULT_EDITION.dateLimite.dernierJour)), ''],
    [t.analysis, false],
    [catalogue(lang).interviewSummary.next, 'write'],
  ];
  const prompter = answering((message) => answers.find(([question]) => question === message)?.[1]);
  const offered: string[][] = [];
  const select = prompter.select;
  prompter.select = async <T>(question: { message: string; choices: Choice<T>[]; default?: T }) => {
    if (question.message === t.users) offered.push(question.choices.map((choice) => choice.name));
    return select(question);
  };
  await interview(prompter, { lang, reglement: DEFAULT_EDITION, data: installedData, today: '2022-07-21' });
  expect(offered).toHaveLength(1);
  return offered[0]!;
}

describe('init asks who uses an equipment in the words it always used', () => {
  it('in French', async () => {
    expect(await usersChoicesOffered('fr')).toEqual([
      'le public (usagers)',
      'les agents de la collectivité',
      'les écoles',
      catalogue('fr').interview.usersUnknown,
    ]);
  });

  it('in English', async () => {
    expect(await usersChoicesOffered('en')).toEqual([
      'the public (users)',
      'the authority’s staff',
      'schools',
      catalogue('en').interview.usersUnknown,
    ]);
  });
});
