import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { checkDossier, type CheckOptions } from '../engine/check.js';
import { calendarDateIn } from '../dates.js';
import { formatText } from '../format/text.js';
import { catalogue, type Lang } from '../i18n/index.js';
import { completeDossier } from '../interactive/complete.js';
import { checkCommand, draftToFile, shellWord } from '../interactive/document.js';
import { interview } from '../interactive/interview.js';
import { DossierSource, EditError } from '../interactive/source.js';
import { DEFAULT_EDITION, EDITIONS } from '../reglement/index.js';
import type { Reglement } from '../reglement/types.js';
import type { DossierReport } from '../report/types.js';
import { buildReport } from '../report/build.js';
import { installedData, installedGeography } from './checker-data.js';
import { PathError } from './errors.js';
import { existsSync, writeFileAtomically } from './files.js';
import { nextStep } from './next-step.js';
import { terminalWidth } from './output.js';
import { readDossierFile } from './read.js';
import { terminalPrompter } from './terminal-prompter.js';
import { terminalStyle } from './style.js';

/** Exit code of a shell for a command stopped by Ctrl-C (128 + SIGINT). */
const INTERRUPTED = 130;

export interface InitOptions {
  lang: Lang;
  color: boolean;
  from?: string;
  /** Whether the file to write was named on the command line: with --from, only the file completed may be. */
  fileGiven?: boolean;
  /** The edition applied (`--reglement`, else the built-in one), those `appel:` may name, and the file it was read from. */
  reglement?: Reglement;
  editions?: ReadonlyMap<string, Reglement>;
  reglementFile?: string;
}

/**
 * `dossier-check init [file]`: the interview in the terminal, the file
 * written whole or not at all, then the check of what was written.
 */
export async function runInit(file: string, options: InitOptions): Promise<number> {
  const { lang } = options;
  const reglement = options.reglement ?? DEFAULT_EDITION;
  const t = catalogue(lang).interview;
  try {
    // A file to complete is judged before the terminal is needed: a refusal says why, even without one.
    if (options.from !== undefined) {
      // The file is completed in place: another file named would be read as the one to write, and silently not be.
      if (options.fileGiven && resolve(file) !== resolve(options.from)) {
        process.stderr.write(`dossier-check: ${t.fromWithTarget(shellWord(options.from), shellWord(file))}\n`);
        return REFUSED;
      }
      return await complete(options.from, options);
    }
    // A folder (or a device) cannot take the file: said now, not after every question.
    if (existsSync(file) && !statSync(file).isFile()) {
      process.stderr.write(`dossier-check: ${t.notAFile(file)}\n`);
      return 2;
    }
    // So is a folder that is not there to hold it.
    const folder = dirname(file);
    if (!existsSync(folder)) throw new PathError(file, 'write', 'ENOENT');
    if (!statSync(folder).isDirectory()) throw new PathError(file, 'write', 'ENOTDIR');
    if (!process.stdin.isTTY) {
      process.stderr.write(`dossier-check: ${t.noTerminal}\n`);
      return 2;
    }
    const prompter = terminalPrompter(lang);
    const existed = existsSync(file);
    if (existed && !(await prompter.confirm({ message: t.overwrite(file), default: false }))) {
      process.stdout.write(`${t.notWritten}\n`);
      return 1;
    }
    const today = calendarDateIn(new Date(), reglement.dateLimite.fuseau);
    const draft = await interview(prompter, { lang, reglement, data: installedData, today });
    const text = draftToFile(draft, file, { lang, today, reglement, reglementFile: options.reglementFile });
    try {
      writeFileAtomically(file, text);
    } catch (error) {
      // The answers are not lost with the file: they are printed, to be saved by hand.
      const reason = reasonOf(error, lang);
      process.stderr.write(`\n${existed ? t.notWrittenBecause(reason) : t.notCreatedBecause(reason)}\n${t.yourAnswers}\n`);
      process.stdout.write(text);
      return 2;
    }
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

/** Exit code of a refusal: the command could not do what it was asked, as for a usage error. */
const REFUSED = 2;

/**
 * `init --from file`: asks only for what is missing or blocking, and writes
 * the answers in place. The file is read as `check` reads it; one that could
 * not be written back as it came (several dossiers, bytes its encoding would
 * not give back) is refused before any question. The new bytes replace the
 * file only once re-read as `check` would read them, with every field not
 * answered unchanged, and only if the file did not change meanwhile.
 */
async function complete(file: string, options: InitOptions): Promise<number> {
  const t = catalogue(options.lang).interview;
  const refuse = (message: string) => {
    process.stderr.write(`dossier-check: ${message}\n`);
    return REFUSED;
  };
  // The questions are asked on the terminal, and the answers written back into the file: "-" is neither.
  if (file === '-') return refuse(t.fromStandardInput);
  const read = readDossierFile(file);
  // Said as every command says it (errors.ts): not found, a folder, a device, a permission…
  if (!read.ok) throw new PathError(file, 'read', read.error);
  const opened = DossierSource.open(read.bytes, file);
  if (!opened.ok) {
    if (opened.reason === 'illisible') return printCheck(read.bytes, file, options);
    if (opened.reason === 'plusieurs-dossiers') return refuse(t.fromSeveral(opened.count));
    if (opened.reason === 'encodage') return refuse(t.fromEncoding(opened.encoding, opened.at));
    return refuse(t.notWrittenBecause(t.cannotEdit(file)));
  }
  if (!process.stdin.isTTY) return refuse(t.noTerminal);
  const source = opened.source;
  const prompter = terminalPrompter(options.lang);
  const before = checkDossier(read.bytes, file, { ...checkOptions(options), now: new Date() });
  let answered: number;
  try {
    answered = await completeDossier(prompter, source, before, {
      lang: options.lang,
      reglement: reglementOf(before, options),
      data: installedData,
    });
  } catch (error) {
    if (error instanceof EditError) return notWritten(t.cannotEdit(error.path), source, options.lang);
    throw error;
  }
  if (answered === 0) {
    // Blocking problems no answer settles, or an answer kept as written (a late date): "nothing is missing" would mislead.
    process.stdout.write(`${before.verdict === 'eligible' ? t.completeNothing : t.completeUnchanged}\n\n`);
    return printCheck(read.bytes, file, options);
  }
  if (!(await prompter.confirm({ message: t.overwrite(file), default: true }))) {
    process.stdout.write(`${t.notWritten}\n`);
    return 1;
  }
  const rewritten = source.rewrite();
  if (!rewritten.ok) {
    const reason =
      rewritten.reason === 'encodage'
        ? t.cannotEncode(rewritten.character, rewritten.encoding)
        : t.rereadDiffers(rewritten.paths.join(', '));
    return notWritten(reason, source, options.lang);
  }
  const now = readDossierFile(file);
  if (!now.ok || Buffer.compare(Buffer.from(now.bytes), Buffer.from(read.bytes)) !== 0)
    return notWritten(t.changedMeanwhile, source, options.lang);
  try {
    writeFileAtomically(file, rewritten.bytes);
  } catch (error) {
    return notWritten(reasonOf(error, options.lang), source, options.lang);
  }
  process.stdout.write(`\n${t.written(file)}\n\n`);
  return printCheck(rewritten.bytes, file, options);
}

/** Why the system refused to write the file, in words; a fault of the tool is not the user's to read. */
function reasonOf(error: unknown, lang: Lang): string {
  const code = error instanceof PathError ? error.code : (error as NodeJS.ErrnoException)?.code;
  if (typeof code !== 'string') throw error;
  return catalogue(lang).cli.systemError(code);
}

/** The file stays as it was: say why, and give back the answers so that nothing typed is lost. */
function notWritten(reason: string, source: DossierSource, lang: Lang): number {
  const t = catalogue(lang).interview;
  const answers = source.answers.map(({ path, value }) => `  ${path}: ${JSON.stringify(value)}`);
  process.stderr.write(`\n${t.notWrittenBecause(reason)}\n${answers.length > 0 ? `${t.yourAnswers}\n${answers.join('\n')}\n` : ''}`);
  return REFUSED;
}

/** What a check by init is given: the edition applied and those `appel:` may name, as `check --reglement` does. */
function checkOptions(options: InitOptions): CheckOptions {
  return { reglement: options.reglement, editions: options.editions, data: installedData };
}

/** The edition a checked dossier was judged by: the one its `appel:` names, else the run's. */
function reglementOf(report: DossierReport, options: InitOptions): Reglement {
  const named = report.edition === undefined ? undefined : (options.editions ?? EDITIONS).get(report.edition.id);
  return named ?? options.reglement ?? DEFAULT_EDITION;
}

/**
 * The check of the file, as `check` prints it in this terminal (its tables
 * fitted to its width), then, last on the screen, what to do next; its
 * verdict is the exit code.
 */
function printCheck(text: string | Uint8Array, file: string, options: InitOptions): number {
  const dossier = checkDossier(text, file, { ...checkOptions(options), now: new Date() });
  const reglement = options.reglement ?? DEFAULT_EDITION;
  const report = buildReport([dossier], options.lang, reglement, installedGeography());
  const style = terminalStyle(options.color, process.stdout);
  process.stdout.write(formatText(report, { style, width: terminalWidth(process.stdout) }));
  const judgedBy = reglementOf(dossier, options);
  const place = {
    file,
    command: checkCommand(options, file),
    // The deadline of the edition the dossier was judged by (the one its `appel:` names, else the run's), and today in its zone.
    lastDay: judgedBy.dateLimite.dernierJour,
    today: calendarDateIn(new Date(), judgedBy.dateLimite.fuseau),
  };
  process.stdout.write(`\n${style.bold(nextStep(dossier, place, options.lang))}\n`);
  return dossier.verdict === 'eligible' ? 0 : 1;
}
