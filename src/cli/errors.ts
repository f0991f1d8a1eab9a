import { statSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CommanderError } from 'commander';
import { binarySize } from '../i18n/catalogue.js';
import { catalogue, type Lang } from '../i18n/index.js';
import { pathKind } from './path-kind.js';

/** The exit-code promise of the report contract: 2 for anything that kept the command from doing its work. */
export const EXIT = { ok: 0, notEligible: 1, usage: 2 } as const;

const TOOL = 'dossier-check: ';

/** A mistake of the command line, already said in the user's language. */
export class UsageError extends Error {}

/**
 * A mistake commander found in the command line, said in the user's language
 * (after "erreur : "), and the help to read, that of the command being parsed.
 */
export class CommandLineError extends Error {
  constructor(said: string, commandPath: string, lang: Lang) {
    const t = catalogue(lang).cli;
    super(`${t.errors.prefix}${said}\n${t.help.hint(commandPath)}`);
  }
}

/** What a path named by the user was for: read (an input, an edition) or written (a report, a new dossier). */
export type PathUse = 'read' | 'write';

/**
 * The system refused an operation on a path the user named. `code` is the
 * system's (ENOENT, EACCES…), or one of the reader's own refusals:
 * 'non-regulier' (a device, a pipe), 'trop-volumineux' (over `maxBytes`).
 */
export class PathError extends Error {
  constructor(
    readonly path: string,
    readonly use: PathUse,
    readonly code: string,
    readonly maxBytes?: number,
  ) {
    super(`${use} ${path}: ${code}`);
  }
}

/**
 * System error codes that say something about the user's files or machine
 * (a missing folder, a permission, a full disk), never about a fault of the
 * tool: on a path, they are the user's to fix.
 */
const USER_SIDE_CODES = new Set([
  'ENOENT',
  'ENOTDIR',
  'EISDIR',
  'EACCES',
  'EPERM',
  'EEXIST',
  'EROFS',
  'ENOSPC',
  'EDQUOT',
  'EFBIG',
  'ENAMETOOLONG',
  'ELOOP',
  'EMFILE',
  'ENFILE',
  'EIO',
  'EBUSY',
  'ETXTBSY',
  'ENXIO',
  'ENODEV',
  'EAGAIN',
  'EXDEV',
]);

/** How a failure is told to the user: the text for standard error (none for help and version) and the exit code. */
export interface Failure {
  message?: string;
  exitCode: number;
  /** A fault of the tool: the stack is worth printing with DOSSIER_CHECK_DEBUG. */
  internal?: boolean;
}

/**
 * The one place where a failure is classified. Whose fault it is depends on
 * what the error is, never on where it was caught: a system refusal on a
 * path (thrown by any command, wrapped or not) is the user's, said with the
 * path and the reason; a command-line mistake is the user's, in their
 * language; anything else is the tool's own fault.
 */
export function describeFailure(error: unknown, lang: Lang): Failure {
  if (error instanceof UsageError) return { message: `${TOOL}${error.message}`, exitCode: EXIT.usage };
  if (error instanceof PathError) return { message: `${TOOL}${pathMessage(error, lang)}`, exitCode: EXIT.usage };
  if (error instanceof CommandLineError) return { message: error.message, exitCode: EXIT.usage };
  // Help and version end commander's parsing without a mistake; anything else commander throws is said by localizeCommander.
  if (error instanceof CommanderError && error.exitCode === 0) return { exitCode: EXIT.ok };
  const system = systemPathError(error);
  if (system) return { message: `${TOOL}${pathMessage(system, lang)}`, exitCode: EXIT.usage };
  return { message: `${TOOL}${catalogue(lang).usage.internalError}`, exitCode: EXIT.usage, internal: true };
}

/**
 * The tool's own files (compiled code, generated data, its package.json), two
 * levels above this module as above the bundle: a failure on one of them is
 * the tool's fault, not a path the user gave.
 */
const TOOL_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TOOL_FILES = [`${resolve(TOOL_ROOT, 'dist')}${sep}`, `${resolve(TOOL_ROOT, 'generated')}${sep}`];

function isToolFile(path: string): boolean {
  const absolute = resolve(path);
  return absolute === resolve(TOOL_ROOT, 'package.json') || TOOL_FILES.some((folder) => absolute.startsWith(folder));
}

/** A Node system error on a path (from fs, unwrapped), as a PathError; undefined for anything else. */
function systemPathError(error: unknown): PathError | undefined {
  if (!(error instanceof Error)) return undefined;
  const { code, path, dest, syscall } = error as NodeJS.ErrnoException & { dest?: string };
  if (typeof code !== 'string' || !USER_SIDE_CODES.has(code) || typeof path !== 'string') return undefined;
  if (isToolFile(path)) return undefined;
  const writing = /^(open|write|rename|mkdir|copyfile|unlink|rm|rmdir|fsync|ftruncate|chmod|fchmod|link|symlink)/.test(syscall ?? '');
  return new PathError(dest ?? path, writing ? 'write' : 'read', code);
}

function pathMessage(error: PathError, lang: Lang): string {
  const t = catalogue(lang).cli;
  const { path, use, code } = error;
  if (use === 'read' && (code === 'ENOENT' || code === 'ENOTDIR')) return catalogue(lang).usage.notFound(path);
  const say = use === 'read' ? t.cannotRead : t.cannotWrite;
  return say(path, reasonFor(error, lang));
}

/** Why, in words, refined with what the path turns out to be (a folder where a file is wanted, a missing folder). */
function reasonFor({ path, use, code, maxBytes }: PathError, lang: Lang): string {
  const t = catalogue(lang).cli;
  if (code === 'trop-volumineux') return t.tooBig(binarySize(maxBytes ?? 0, lang));
  if (code === 'EISDIR' || pathKind(path) === 'folder') return t.isAFolder;
  if (code === 'non-regulier') return t.notRegular;
  if (use === 'write' && code === 'ENOENT') {
    const folder = dirname(path);
    return pathKind(folder) === 'missing' ? t.folderMissing(folder) : t.createRefused(code);
  }
  if (use === 'write' && code === 'ENOTDIR') {
    const file = ancestors(path).find((ancestor) => pathKind(ancestor) === 'file');
    if (file !== undefined) return t.notAFolder(file);
  }
  return t.systemError(code);
}

function ancestors(path: string): string[] {
  const list: string[] = [];
  for (let folder = dirname(path); folder !== dirname(folder); folder = dirname(folder)) list.push(folder);
  return list;
}

/**
 * Why a path named on the command line could not be used, once a plain
 * existence test said it is not there: ENOENT, or what stat says instead
 * (a link loop, a permission), so that a path that exists is never "not found".
 */
export function missingPathError(path: string): PathError {
  try {
    statSync(path);
    return new PathError(path, 'read', 'ENOENT');
  } catch (error) {
    return new PathError(path, 'read', (error as NodeJS.ErrnoException).code ?? 'ENOENT');
  }
}
