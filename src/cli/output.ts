import { statSync, type Stats } from 'node:fs';
import { catalogue, type Lang } from '../i18n/index.js';
import type { NotADossier } from '../parse/not-a-dossier.js';
import { describeFailure, UsageError } from './errors.js';
import { atomicFile, standardOutput, type Output } from './files.js';
import { STDIN } from './inputs.js';

/**
 * Where the commands' words go: reports to standard output or to the file of
 * --output, notes and failures to standard error. The streams are given
 * (`CliIO`): the process's in the binary, fakes in unit tests.
 */

/** A stream written to: standard output or error, or a fake. */
export interface TextSink {
  write(text: string | Uint8Array): unknown;
  /** A terminal gets colours and a progress counter. */
  isTTY?: boolean;
  /** A terminal's width in columns. */
  columns?: number;
  /** Its reader went away (`| head`): nothing more is written. */
  destroyed?: boolean;
}

/** The streams a command reads and writes. */
export interface CliIO {
  stdin: NodeJS.ReadableStream;
  stdout: TextSink;
  stderr: TextSink;
}

export function processIO(): CliIO {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
}

/**
 * The width the text report fits: the terminal's (or COLUMNS, when the
 * terminal does not say). Not a terminal (a file, a pipe, a CI log): none,
 * the full tables.
 */
export function terminalWidth(stdout: TextSink, env: NodeJS.ProcessEnv = process.env): number | undefined {
  if (stdout.isTTY !== true) return undefined;
  if (stdout.columns !== undefined && stdout.columns > 0) return stdout.columns;
  const columns = Number(env.COLUMNS);
  return Number.isInteger(columns) && columns > 0 ? columns : undefined;
}

/** The report's destination: standard output, or the --output file, which appears whole on commit. */
export function reportOutput(output: string | undefined, io: CliIO): Output {
  return output === undefined ? standardOutput(io.stdout) : atomicFile(output);
}

/** A file named that is plainly not a dossier (an edition, package.json) gets a note, never a verdict. */
export function noteNotADossier(io: CliIO, lang: Lang, path: string, kind: NotADossier): void {
  io.stderr.write(`dossier-check: ${catalogue(lang).usage.notADossier(path, kind)}\n`);
}

/** A failure, said once on standard error; its exit code. */
export function writeFailure(io: CliIO, error: unknown, lang: Lang): number {
  const failure = describeFailure(error, lang);
  if (failure.message !== undefined) io.stderr.write(`${failure.message}\n`);
  if (failure.internal && process.env.DOSSIER_CHECK_DEBUG) io.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
  return failure.exitCode;
}

/** Standard output failed other than by its reader going away (a full disk): what it holds is incomplete. */
export function writeOutputIncomplete(io: CliIO, lang: Lang, code: string | undefined): void {
  const t = catalogue(lang).cli;
  io.stderr.write(`dossier-check: ${t.outputIncomplete(t.systemError(code ?? 'EIO'))}\n`);
}

/**
 * A report never replaces a dossier it reads (`-o dossier.yaml --force` would
 * have put a report in its place), nor anything but a file; an existing file
 * only with --force.
 */
export function checkOutput(output: string, inputs: readonly string[], force: boolean, t: ReturnType<typeof catalogue>['usage']): void {
  // `rapports/` names a folder, existing or not: said now, not after the whole batch is checked.
  if (output.trim() === '') throw new UsageError(t.outputEmpty);
  if (/[\\/]$/.test(output)) throw new UsageError(t.outputFolderName(output));
  let target: Stats;
  try {
    target = statSync(output);
  } catch {
    return;
  }
  if (!target.isFile()) throw new UsageError(t.outputNotAFile(output));
  // The same file under another name, through a link or a hard link, is the same file.
  const same = (input: string) => {
    try {
      const stats = statSync(input);
      return stats.ino === target.ino && stats.dev === target.dev;
    } catch {
      return false;
    }
  };
  if (inputs.some((input) => input !== STDIN && same(input))) throw new UsageError(t.outputIsInput(output));
  if (!force) throw new UsageError(t.outputExists(output));
}
