import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installedData } from '../../src/cli/checker-data.js';
import { checkDossier } from '../../src/index.js';
import { renderProblem } from '../../src/format/messages.js';
import { answerJudge, plainDossier } from '../../src/interactive/answer-check.js';
import { completeDossier } from '../../src/interactive/complete.js';
import { askFilingDate } from '../../src/interactive/filing-date.js';
import { DossierSource } from '../../src/interactive/source.js';
import { DEFAULT_EDITION } from '../../src/reglement/index.js';
import type { Lang } from '../../src/vocabulary.js';
import { answering, type Reply } from './script.js';

/**
 * Issue 17, item 2: the submission date is asked with the deadline in the
 * question; a late date is said to be late at once, in the check's words and
 * clause, and kept only after an explicit yes.
 */
const WORDS = {
  fr: { question: 'Date de dépôt', lastDay: '29/07/2022', keep: 'Garder cette date ?', clause: 'Règlement (' },
  en: { question: 'Submission date', lastDay: '2022-07-29', keep: 'Keep this date?', clause: 'Call (' },
} as const;

/** The check's own message for a late filing on `date`, as its text report writes it. */
function checksLateMessage(date: string, lang: Lang): string {
  const report = checkDossier(`depot:\n  date: ${date}\n`, 'dossier.yaml', { data: installedData });
  const late = report.problemes.find((problem) => problem.code === 'depot-hors-delai')!;
  return renderProblem(late, report, DEFAULT_EDITION, lang);
}

/** The check as judge of a date alone, as init --from and init try every answer on the dossier. */
function dateJudge(lang: Lang) {
  return answerJudge(
    plainDossier(() => ({})),
    { lang, reglement: DEFAULT_EDITION, data: installedData },
  );
}

/** A person who answers the date question with `dates` in turn and the keep question with `keeps` in turn; what each input offered. */
function person(dates: string[], keeps: boolean[]) {
  const offered: (string | undefined)[] = [];
  const prompter = answering((message): Reply | undefined => {
    if (message.startsWith('Date de dépôt') || message.startsWith('Submission date')) return dates.shift();
    if (message.startsWith('Garder') || message.startsWith('Keep')) return keeps.shift();
    return undefined;
  });
  const input = prompter.input;
  prompter.input = async (question) => {
    offered.push(question.default);
    return input(question);
  };
  return { prompter, offered };
}

describe.each(['fr', 'en'] as const)('the submission date (%s)', (lang) => {
  const words = WORDS[lang];

  it('shows the deadline, says a late date is late in the check’s words and clause, and asks again on no', async () => {
    const { prompter } = person(['21/08/2022', '21/07/2022'], [false]);
    const date = await askFilingDate(prompter, { lang, reglement: DEFAULT_EDITION, judge: dateJudge(lang), offered: '21/07/2022' });
    expect(date).toBe('2022-07-21');
    expect(prompter.asked[0]).toContain(words.question);
    expect(prompter.asked[0]).toContain(words.lastDay);
    expect(prompter.asked.filter((question) => question.startsWith(words.question))).toHaveLength(2);
    expect(prompter.asked[1]).toContain(words.keep);
    const said = prompter.said.join('\n');
    expect(said).toContain(checksLateMessage('2022-08-21', lang));
    expect(said).toContain(`${words.clause}Modalités d'instruction et de sélection`);
    expect(said).toContain('« Date limite des dépôts de candidature fixée au 29 juillet 2022 à minuit. »');
  });

  it('keeps a late date after an explicit yes', async () => {
    const { prompter } = person(['30/07/2022'], [true]);
    expect(await askFilingDate(prompter, { lang, reglement: DEFAULT_EDITION, judge: dateJudge(lang) })).toBe('2022-07-30');
  });

  it('says nothing of a date on the last day', async () => {
    const { prompter } = person(['29/07/2022'], []);
    expect(await askFilingDate(prompter, { lang, reglement: DEFAULT_EDITION, judge: dateJudge(lang) })).toBe('2022-07-29');
    expect(prompter.said).toEqual([]);
  });

  it('offers today while the call is open, and nothing once its deadline has passed (saying so)', async () => {
    const open = person([''], []);
    expect(await askFilingDate(open.prompter, { lang, reglement: DEFAULT_EDITION, judge: dateJudge(lang), offered: '21/07/2022' })).toBe(
      '2022-07-21',
    );
    expect(open.offered).toEqual(['21/07/2022']);

    const closed = person(['28/07/2022'], []);
    await askFilingDate(closed.prompter, { lang, reglement: DEFAULT_EDITION, judge: dateJudge(lang), offered: '01/12/2026' });
    expect(closed.offered).toEqual([undefined]);
    expect(closed.prompter.said).toHaveLength(1);
    expect(closed.prompter.said[0]).toContain(words.lastDay);
  });
});

describe.each(['fr', 'en'] as const)('init --from on a late dossier (%s)', (lang) => {
  const words = WORDS[lang];
  const file = join(import.meta.dirname, '..', '..', 'examples', 'commune-hors-delai.yaml');
  const text = readFileSync(file, 'utf8');
  const options = { lang, reglement: DEFAULT_EDITION, data: installedData };

  async function complete(dates: string[], keeps: boolean[]) {
    const before = checkDossier(text, file, { data: installedData });
    expect(before.verdict).toBe('ineligible');
    const opened = DossierSource.open(new TextEncoder().encode(text), file);
    if (!opened.ok) throw new Error(opened.reason);
    const { prompter, offered } = person(dates, keeps);
    const answered = await completeDossier(prompter, opened.source, before, options);
    return { prompter, offered, answered, text: opened.source.text };
  }

  it('asks the date, offering the one written, and writes the corrected one', async () => {
    const { prompter, offered, answered, text: completed } = await complete(['29/07/2022'], []);
    expect(prompter.asked).toHaveLength(1);
    expect(prompter.asked[0]).toContain(words.lastDay);
    expect(offered).toEqual(['30/07/2022']);
    expect(prompter.said.join('\n')).toContain(checksLateMessage('2022-07-30', lang));
    expect(answered).toBe(1);
    expect(completed).toContain('date: 2022-07-29');
    expect(checkDossier(completed, file, { data: installedData }).verdict).toBe('eligible');
  });

  it('keeps the date written only after an explicit yes, and changes nothing', async () => {
    const { prompter, answered, text: completed } = await complete(['', ''], [false, true]);
    expect(prompter.asked.filter((question) => question.includes(words.keep))).toHaveLength(2);
    // Said once above the first question, not again for the same date just under it; said again on the second try.
    const late = checksLateMessage('2022-07-30', lang);
    expect(prompter.said.filter((text) => text.includes(late))).toHaveLength(2);
    expect(answered).toBe(0);
    expect(completed).toBe(text);
  });

  it('with a late date kept and a request above the maximum, offers the maximum the check’s message names, not 0', async () => {
    const tooMuch = text.replace(/aide_sollicitee: .*/, 'aide_sollicitee: 20000');
    const before = checkDossier(tooMuch, file, { data: installedData });
    const excessive = before.problemes.find((problem) => problem.code === 'aide-sollicitee-excessive')!;
    const opened = DossierSource.open(new TextEncoder().encode(tooMuch), file);
    if (!opened.ok) throw new Error(opened.reason);
    const offered: (string | undefined)[] = [];
    const prompter = answering((message): Reply | undefined => {
      if (message.startsWith(words.question)) return '';
      if (message.startsWith(words.keep)) return true;
      if (message.startsWith(lang === 'fr' ? 'Aide sollicitée' : 'Grant requested')) return '';
      return undefined;
    });
    const input = prompter.input;
    prompter.input = async (question) => {
      if (!question.message.startsWith(words.question)) offered.push(question.default);
      return input(question);
    };
    await completeDossier(prompter, opened.source, before, options);
    const maximum = lang === 'fr' ? '10 102,40' : '10,102.40';
    // The check, just above the question, says to bring the request down to this maximum.
    expect(renderProblem(excessive, before, DEFAULT_EDITION, lang)).toContain(maximum);
    expect(offered).toEqual([maximum]);
    const after = checkDossier(opened.source.text, file, { data: installedData });
    expect(after.aide?.requestedCents).toBe(1_010_240);
    expect(after.problemes.map((problem) => problem.code)).not.toContain('aide-sollicitee-excessive');
  });
});
