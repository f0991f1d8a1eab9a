import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installedData } from '../../src/cli/checker-data.js';
import { checkDossier } from '../../src/index.js';
import { renderProblem } from '../../src/format/messages.js';
import { ASKED, completeDossier, NOT_ASKED } from '../../src/interactive/complete.js';
import type { Prompter } from '../../src/interactive/prompter.js';
import { DossierSource } from '../../src/interactive/source.js';
import { DEFAULT_EDITION } from '../../src/reglement/index.js';
import { ALL_RULES } from '../../src/rules/index.js';
import type { Lang } from '../../src/vocabulary.js';
import { answering } from './script.js';

/**
 * Issue 17, item 3: init --from asks about every blocking problem an answer
 * can settle, offers what the check knows (the maximum, the commune's
 * SIREN), and refuses an answer the check would block, with its message.
 */
const BOEN = { code: '42019', siren: '214200198' };
const SAINT_JUST_SIREN = '214202798';

/** Boën-sur-Lignon (BOEN.code) without its SIREN, asking 5 000 € where its one line is worth 1 920 €. */
const DOSSIER = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'boen-a-completer.yaml'), 'utf8');

const QUESTIONS = {
  fr: { siren: 'SIREN du porteur', requested: 'Aide sollicitée', type: 'Qui dépose', amount: 'Montant HT' },
  en: { siren: 'Applicant SIREN', requested: 'Grant requested', type: 'Who is filing', amount: 'Amount excluding VAT' },
} as const;

function open(text: string) {
  const opened = DossierSource.open(new TextEncoder().encode(text), 'dossier.yaml');
  if (!opened.ok) throw new Error(opened.reason);
  return opened.source;
}

/** The check's message for the blocking problem `code` of `text`, as its text report writes it. */
function checksMessage(text: string, code: string, lang: Lang): string {
  const report = checkDossier(text, 'dossier.yaml', { data: installedData });
  const problem = report.problemes.find((candidate) => candidate.code === code);
  if (!problem) throw new Error(`no ${code} in ${JSON.stringify(report.problemes.map((found) => found.code))}`);
  return renderProblem(problem, report, DEFAULT_EDITION, lang);
}

/**
 * A person who tries each answer of `tries` in turn at a question (by the start of its text), as the
 * terminal would take them: an answer its check refuses is recorded with the refusal, and the next is tried.
 */
function trying(tries: Record<string, string[]>) {
  const offered: Record<string, string | undefined> = {};
  const refused: { question: string; answer: string; refusal: string }[] = [];
  const prompter = answering(() => undefined) as Prompter & { asked: string[]; said: string[] };
  prompter.input = async (question) => {
    prompter.asked.push(question.message);
    const key = Object.keys(tries).find((start) => question.message.includes(start));
    if (key === undefined) throw new Error(`No answer for: ${question.message}`);
    offered[key] = question.default;
    for (const typed of tries[key]!) {
      const answer = typed === '' && question.default !== undefined ? question.default : typed;
      const verdict = question.validate?.(answer) ?? true;
      if (verdict === true) return answer;
      refused.push({ question: key, answer, refusal: verdict });
    }
    throw new Error(`Every answer refused for: ${question.message}`);
  };
  return { prompter, offered, refused };
}

describe.each(['fr', 'en'] as const)('init --from settles what an answer can (%s)', (lang) => {
  const words = QUESTIONS[lang];
  const options = { lang, reglement: DEFAULT_EDITION, data: installedData };

  it('offers the commune’s SIREN and the maximum grant, and the dossier comes out eligible', async () => {
    const before = checkDossier(DOSSIER, 'dossier.yaml', { data: installedData });
    expect(
      before.problemes
        .filter((problem) => problem.gravite === 'bloquant')
        .map((problem) => problem.code)
        .sort(),
    ).toEqual(['aide-sollicitee-excessive', 'siren-manquant']);
    const source = open(DOSSIER);
    const { prompter, offered, refused } = trying({ [words.siren]: [''], [words.requested]: [''] });
    expect(await completeDossier(prompter, source, before, options)).toBe(2);
    expect(offered).toEqual({ [words.siren]: BOEN.siren, [words.requested]: lang === 'en' ? '1,920.00' : '1 920,00' });
    expect(refused).toEqual([]);
    // Each question says first why it is asked, in the check's words.
    expect(prompter.said.join('\n')).toContain(checksMessage(DOSSIER, 'siren-manquant', lang));
    const after = checkDossier(source.text, 'dossier.yaml', { data: installedData });
    expect(after.verdict).toBe('eligible');
    expect(after.porteur.siren).toBe(BOEN.siren);
    expect(after.aide?.requestedCents).toBe(192_000);
  });

  it('refuses another commune’s SIREN and a request above the maximum, with the check’s own messages', async () => {
    const before = checkDossier(DOSSIER, 'dossier.yaml', { data: installedData });
    const { prompter, refused } = trying({ [words.siren]: [SAINT_JUST_SIREN, '214200199', ''], [words.requested]: ['2 000', '1 900'] });
    await completeDossier(prompter, open(DOSSIER), before, options);
    const withSaintJust = DOSSIER.replace('  type: commune\n', `  type: commune\n  siren: "${SAINT_JUST_SIREN}"\n`);
    const withBadKey = DOSSIER.replace('  type: commune\n', '  type: commune\n  siren: "214200199"\n');
    const withBoen = DOSSIER.replace('  type: commune\n', `  type: commune\n  siren: "${BOEN.siren}"\n`);
    expect(refused).toEqual([
      { question: words.siren, answer: SAINT_JUST_SIREN, refusal: checksMessage(withSaintJust, 'siren-autre-commune', lang) },
      { question: words.siren, answer: '214200199', refusal: checksMessage(withBadKey, 'siren-cle-invalide', lang) },
      {
        question: words.requested,
        answer: '2 000',
        refusal: checksMessage(withBoen.replace('aide_sollicitee: 5000', 'aide_sollicitee: 2000'), 'aide-sollicitee-excessive', lang),
      },
    ]);
    expect(refused[0]!.refusal).toContain('Saint-Just-Saint-Rambert');
  });

  it('does not ask an applicant type the call excludes: it is a fact', async () => {
    const text = DOSSIER.replace('type: commune', 'type: association').replace('aide_sollicitee: 5000', 'aide_sollicitee: 0');
    const before = checkDossier(text, 'dossier.yaml', { data: installedData });
    expect(before.problemes.some((problem) => problem.code === 'porteur-type-non-eligible')).toBe(true);
    const { prompter } = trying({ [words.siren]: ['214200198'] });
    await completeDossier(prompter, open(text), before, options);
    expect(prompter.asked.some((question) => question.startsWith(words.type))).toBe(false);
  });

  it('asks the amount of every line without one, past the 20 the report lists one by one', async () => {
    const lines = Array.from(
      { length: 25 },
      (_, index) => `  - libelle: Tablette tactile n° ${index + 1} pour les usagers\n    categorie: equipement-numerique`,
    );
    const text = DOSSIER.replace(/depenses:\n(?: {2}.*\n)+/, `depenses:\n${lines.join('\n')}\n`).replace(
      'type: commune\n',
      `type: commune\n  siren: "${BOEN.siren}"\n`,
    );
    const before = checkDossier(text, 'dossier.yaml', { data: installedData });
    expect(before.problemes.some((problem) => problem.code === 'problemes-similaires-nombreux')).toBe(true);
    const { prompter } = trying({ [words.amount]: ['100'], [words.requested]: [''] });
    const source = open(text);
    await completeDossier(prompter, source, before, options);
    expect(prompter.asked.filter((question) => question.includes(words.amount))).toHaveLength(25);
    expect(checkDossier(source.text, 'dossier.yaml', { data: installedData }).verdict).toBe('eligible');
  });
});

describe('the blocking problems init --from asks about', () => {
  it('every blocking code a rule declares is asked about, or said why not, or makes the file unreadable', () => {
    const blocking = ALL_RULES.flatMap((rule) =>
      Object.entries(rule.meta.problems)
        .filter(([, spec]) => spec.bloquant && !spec.bloquant.includes('illisible'))
        .map(([code]) => code),
    );
    const unclassified = blocking.filter((code) => !(ASKED as readonly string[]).includes(code) && !(code in NOT_ASKED));
    expect(unclassified).toEqual([]);
    expect(ASKED.filter((code) => code in NOT_ASKED)).toEqual([]);
  });
});
