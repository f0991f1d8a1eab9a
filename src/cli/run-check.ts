import { unreadableFileReport, type CheckOptions } from '../engine/check.js';
import { FORMATTERS, isBinaryFormat, STREAMS } from '../format/index.js';
import { workbookBuilder } from '../format/xlsx.js';
import { catalogue, type Lang } from '../i18n/index.js';
import type { NotADossier } from '../parse/not-a-dossier.js';
import { DEFAULT_EDITION } from '../reglement/index.js';
import { buildReport, summarize, tally } from '../report/build.js';
import type { DossierReport } from '../report/types.js';
import { suggest } from '../did-you-mean.js';
import {
  checkInput,
  exportSetup,
  isSpreadsheetName,
  toChecked,
  toCheckedFile,
  type CheckedDossier,
  type CheckedFile,
} from './check-input.js';
import { installedData, installedGeography } from './checker-data.js';
import type { CheckConfig } from './config.js';
import { EXIT, missingPathError, UsageError } from './errors.js';
import { collectInputs, STDIN } from './inputs.js';
import { checkOutput, noteNotADossier, reportOutput, terminalWidth, type CliIO } from './output.js';
import { checkInParallel, MIN_FILES_FOR_WORKERS, threadCount, type WorkerSetup } from './pool.js';
import { progressOn } from './progress.js';
import { readDossierFile, readStandardInput } from './read.js';
import { terminalStyle } from './style.js';
import { writeXlsxTo } from './xlsx.js';

/** How standard input is named in reports. */
const STDIN_NAME = '<stdin>';

/**
 * `check`: every dossier named, one report, and the exit code of the batch
 * (0 every dossier eligible, 1 one is not or, with --fail-on avertissement,
 * has a warning). Usage mistakes and refused paths are thrown.
 */
export async function runCheck(config: CheckConfig, io: CliIO, now = new Date()): Promise<number> {
  const t = catalogue(config.lang).usage;
  const inputs = collectInputs(config.paths);
  if (!inputs.ok) throw 'missing' in inputs ? missingInput(inputs.missing, config.lang) : new UsageError(t.noMatch(inputs.noMatch));
  if (inputs.files.length === 0 && inputs.unreadable.length === 0 && inputs.skipped.length === 0) throw new UsageError(t.noInput);
  // A file named that is plainly not a dossier (an edition, package.json) gets a note, never a verdict:
  // a pre-commit hook passes every file a commit changes.
  const note = (path: string, kind: NotADossier) => noteNotADossier(io, config.lang, path, kind);
  for (const { path, kind } of inputs.skipped) note(path, kind);
  // Only a file named is a spreadsheet here (a folder's search finds .yaml, .yml and .json only): without
  // the correspondence, nothing says which column is which field.
  const spreadsheet = config.correspondance ? undefined : inputs.files.find(isSpreadsheetName);
  if (spreadsheet !== undefined) throw new UsageError(catalogue(config.lang).cli.exports.colonnesMissing(spreadsheet));
  const exports = config.correspondance ? exportSetup(config.correspondance, config.maxBytes) : undefined;
  // A file set aside is still one the user named: no report replaces it; nor do the edition and the correspondence.
  const named = [...inputs.files, ...inputs.skipped.map(({ path }) => path), ...(config.colonnesFile ? [config.colonnesFile] : [])];
  if (config.output !== undefined) checkOutput(config.output, named, config.force, t);
  // Said before any dossier is checked: bytes on a terminal are garbage, and may be taken for control sequences.
  else if (isBinaryFormat(config.format) && io.stdout.isTTY) throw new UsageError(t.binaryToTerminal(config.format));

  const options: CheckOptions = {
    date: config.date,
    now,
    reglement: config.reglement,
    editions: config.editions,
    data: installedData,
  };
  const head = buildReport([], config.lang, config.reglement, installedGeography());
  const streamName =
    config.format !== 'csv' ? config.format : config.csvLines ? 'csv-lignes' : config.csvProblems ? 'csv-problemes' : 'csv';
  const stream = STREAMS[streamName]?.(head);
  const output = reportOutput(config.output, io);
  const kept: DossierReport[] = [];
  // A workbook keeps each dossier's rows, not its report.
  const workbook = isBinaryFormat(config.format) ? workbookBuilder(head) : undefined;
  const resume = summarize([]);
  let failing = false;
  const take = (dossier: CheckedDossier) => {
    if (stream && dossier.text !== undefined) {
      if (resume.total > 0) output.write(stream.separator);
      output.write(dossier.text);
    } else if (dossier.report && workbook) workbook.add(dossier.report);
    else if (dossier.report) kept.push(dossier.report);
    tally(resume, dossier.amounts);
    failing ||= dossier.verdict !== 'eligible' || (config.failOn === 'avertissement' && dossier.hasWarning);
  };
  // Files recognised by their content (an edition under another name): noted once the progress counter is gone.
  const notDossiers: { path: string; kind: NotADossier }[] = [];
  const takeFile = (path: string, file: CheckedFile) => {
    if (file.notADossier) notDossiers.push({ path, kind: file.notADossier });
    file.dossiers.forEach(take);
  };

  try {
    if (stream) output.write(stream.begin());
    for (const { path, code } of inputs.unreadable) {
      take(toChecked(unreadableFileReport(path, 'dossier-illisible', { erreur: code }, options), stream));
    }
    const progress = progressOn(io.stderr, inputs.files.length, catalogue(config.lang).ui.progress);
    if (inputs.files.length >= MIN_FILES_FOR_WORKERS && threadCount() > 1 && !inputs.files.includes(STDIN)) {
      const setup = {
        reglement: config.reglement === DEFAULT_EDITION ? undefined : config.reglement,
        maxBytes: config.maxBytes,
        lang: config.lang,
        date: config.date,
        now: now.toISOString(),
        stream: stream ? (streamName as WorkerSetup['stream']) : undefined,
        correspondance: config.correspondance,
      };
      let next = 0;
      await checkInParallel(inputs.files, setup, (file) => {
        takeFile(inputs.files[next++]!, file);
        progress.advance();
      });
    } else {
      for (const file of inputs.files) {
        const read = file === STDIN ? await readStandardInput(io.stdin, config.maxBytes) : readDossierFile(file, config.maxBytes);
        const name = file === STDIN ? STDIN_NAME : file;
        takeFile(name, toCheckedFile(checkInput(read, name, options, config.maxBytes, exports), stream));
        progress.advance();
      }
    }
    progress.done();
    for (const { path, kind } of notDossiers) note(path, kind);
    if (stream) output.write(stream.end(resume));
    // A workbook needs the whole report (its totals sheet, its columns fitted), like the text table; its bytes go out as they are compressed.
    else if (workbook) await writeXlsxTo(workbook.workbook(resume), (bytes) => output.write(bytes));
    else if (!isBinaryFormat(config.format)) {
      const formatter = FORMATTERS[config.format];
      const style = config.format === 'text' && config.output === undefined ? terminalStyle(config.color, io.stdout) : undefined;
      // Tables fit the terminal they are shown in; a file or a pipe gets them whole.
      const width = config.format === 'text' && config.output === undefined ? terminalWidth(io.stdout) : undefined;
      output.write(formatter({ ...head, dossiers: kept, resume }, { style, explain: config.explain, width }));
    }
  } catch (error) {
    output.abort();
    throw error;
  }
  output.commit();
  return failing ? EXIT.notEligible : EXIT.ok;
}

/** The commands, for "did you mean" when a path that is not there looks like a mistyped one (`chekc`). */
const COMMAND_NAMES = ['check', 'classify', 'rules', 'schema', 'init', 'help'];

function missingInput(path: string, lang: Lang): Error {
  const error = missingPathError(path);
  if (error.code !== 'ENOENT') return error;
  const t = catalogue(lang);
  // `dossier-check --lang en rules`: options before the command make it a path to check.
  if (COMMAND_NAMES.includes(path)) return new UsageError(`${t.usage.notFound(path)}${t.cli.commandFirst(path)}`);
  const meant = /^[a-z]+$/i.test(path) ? suggest(path, COMMAND_NAMES) : undefined;
  return meant ? new UsageError(`${t.usage.notFound(path)}${t.cli.commandMeant(meant)}`) : error;
}
