import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { checkDossier } from '../engine/check.js';
import { calendarDateIn } from '../dates.js';
import { formatText } from '../format/text.js';
import { catalogue, type Lang } from '../i18n/index.js';
import { completeDossier } from '../interactive/complete.js';
import { draftToYaml } from '../interactive/document.js';
import { interview } from '../interactive/interview.js';
import type { Prompter } from '../interactive/prompter.js';
import { DEFAULT_EDITION } from '../reglement/index.js';
import { buildReport } from '../report/build.js';
import { officialGeography } from '../territoire/geography.js';
import { existsSync, writeFileAtomically } from './files.js';
import { terminalPrompter } from './prompter.js';
import { terminalStyle } from './style.js';

/** Exit code of a shell for a command stopped by Ctrl-C (128 + SIGINT). */
const INTERRUPTED = 130;

/**
 * `dossier-check init [file]`: the interview in the terminal, the file
 * written whole or not at all, then the check of what was written.
 */
export async function runInit(file: string, options: { lang: Lang; color: boolean; from?: string }): Promise<number> {
  const { lang } = options;
  const t = catalogue(lang).interview;
  if (!process.stdin.isTTY) {
    process.stderr.write(`dossier-check: ${t.noTerminal}\n`);
    return 2;
  }
  const prompter = terminalPrompter();
  try {
    if (options.from !== undefined) return await complete(options.from, prompter, options);
    if (existsSync(file) && !(await prompter.confirm({ message: t.overwrite(file), default: false }))) {
      process.stdout.write(`${t.notWritten}\n`);
      return 1;
    }
    const today = calendarDateIn(new Date(), DEFAULT_EDITION.dateLimite.fuseau);
    const draft = await interview(prompter, { lang, reglement: DEFAULT_EDITION, geography: officialGeography(), today });
    const text = draftToYaml(draft, { lang, today });
    writeFileAtomically(file, text);
    process.stdout.write(`\n${t.written(file)}\n\n`);
    return printCheck(text, file, options);
  } catch (error) {
    // Ctrl-C at a prompt: nothing has been written, say so in one line.
    if (error instanceof Error && error.name === 'ExitPromptError') {
      process.stderr.write(`\n${t.aborted}\n`);
      return INTERRUPTED;
    }
    throw error;
  }
}

/** `init --from file`: asks only for what is missing or blocking, keeps the rest of the file, comments included. */
async function complete(file: string, prompter: Prompter, options: { lang: Lang; color: boolean }): Promise<number> {
  const t = catalogue(options.lang).interview;
  if (!existsSync(file)) {
    process.stderr.write(`dossier-check: ${catalogue(options.lang).usage.notFound(file)}\n`);
    return 2;
  }
  const text = readFileSync(file, 'utf8');
  const doc = parseDocument(text);
  const before = checkDossier(text, file, { lang: options.lang, now: new Date() });
  if (before.verdict === 'illisible' || doc.errors.length > 0) return printCheck(text, file, options);
  const answered = await completeDossier(prompter, doc, before, {
    lang: options.lang,
    reglement: DEFAULT_EDITION,
    geography: officialGeography(),
  });
  if (answered === 0) {
    process.stdout.write(`${t.completeNothing}\n\n`);
    return printCheck(text, file, options);
  }
  if (!(await prompter.confirm({ message: t.overwrite(file), default: true }))) {
    process.stdout.write(`${t.notWritten}\n`);
    return 1;
  }
  const completed = doc.toString({ lineWidth: 0 });
  writeFileAtomically(file, completed);
  process.stdout.write(`\n${t.written(file)}\n\n`);
  return printCheck(completed, file, options);
}

/** The check of the written file, as `check` prints it; its verdict is the exit code. */
function printCheck(text: string, file: string, options: { lang: Lang; color: boolean }): number {
  const dossier = checkDossier(text, file, { lang: options.lang, now: new Date() });
  const report = buildReport([dossier], options.lang, DEFAULT_EDITION, officialGeography());
  process.stdout.write(formatText(report, { style: terminalStyle(options.color, process.stdout) }));
  return dossier.verdict === 'eligible' ? 0 : 1;
}
