import { readdirSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { notADossierByName, type NotADossier } from '../parse/not-a-dossier.js';
import { pathKind } from './path-kind.js';

const DOSSIER_FILE = /\.(ya?ml|json)$/i;
/**
 * Folders a search never enters, in folders and patterns alike: hidden ones
 * (.git, .github…) and installed packages. A pattern enters a hidden folder
 * only when it spells the dot (`.brouillons/*.yaml`), as globs do.
 */
const IGNORED_FOLDERS = ['node_modules'];
const ignoredFolder = (name: string) => name.startsWith('.') || IGNORED_FOLDERS.includes(name);
/** Folders nested deeper than this are not searched: no repository of dossiers goes near it. */
const MAX_FOLDER_DEPTH = 32;
/** The name that stands for standard input. */
export const STDIN = '-';

/** A place named or found that could not be read, with the system's reason (EACCES…). */
export interface Unreadable {
  path: string;
  code: string;
}

/** A file named on the command line that is plainly not a dossier: a note, not a verdict. */
export interface Skipped {
  path: string;
  kind: NotADossier;
}

export type Inputs =
  | { ok: true; files: string[]; unreadable: Unreadable[]; skipped: Skipped[] }
  | { ok: false; missing: string }
  | { ok: false; noMatch: string };

/**
 * Files named on the command line (`-` for standard input), dossier files
 * found in the folders named (recursively, sorted, at most MAX_FOLDER_DEPTH
 * levels down) and those matching glob patterns (for shells that do not
 * expand them, or quoted ones). Folders and patterns find the same files:
 * neither enters an ignored folder, and both leave out files that are
 * plainly not dossiers (editions, schemas, tools' files); such a file named
 * on the command line is set aside with its kind, for a note. A file or
 * folder reached twice (named twice, matched twice, or through links) is
 * read once; a folder that cannot be read is reported, never skipped in silence.
 */
export function collectInputs(paths: readonly string[]): Inputs {
  const walk = new Walk();
  for (const path of paths) {
    if (path === STDIN) {
      walk.stdin();
      continue;
    }
    const kind = pathKind(path);
    if (kind === 'folder') walk.folder(path, 0);
    // A device or a pipe named is read, and refused there as not a regular file.
    else if (kind === 'file' || kind === 'other') walk.named(path);
    else if (isDynamicPattern(path)) {
      const matches = expandPattern(path);
      if (matches.length === 0) return { ok: false, noMatch: path };
      for (const match of matches) {
        if (pathKind(match) === 'folder') walk.folder(match, 0);
        else walk.file(match);
      }
    } else return { ok: false, missing: path };
  }
  return { ok: true, files: walk.files, unreadable: walk.unreadable, skipped: walk.skipped };
}

/**
 * A glob pattern's dossier files and folders, sorted, named from the pattern
 * as typed: an absolute pattern gives absolute names, a relative one names
 * relative to the working folder, as a folder named on the command line
 * does. The part before the first wildcard is taken as typed; the ignore
 * list applies to what the wildcards find. Symbolic links are not followed
 * by the pattern itself (a loop of links cannot trap it); the folders it
 * matches are searched like folders named on the command line.
 */
function expandPattern(pattern: string): string[] {
  const { base, rest } = splitPattern(pattern);
  let matches: string[];
  try {
    matches = globSync(rest, {
      cwd: base,
      onlyFiles: false,
      expandDirectories: false,
      followSymbolicLinks: false,
      dot: false,
      ignore: IGNORED_FOLDERS.flatMap((name) => [`**/${name}`, `**/${name}/**`]),
      deep: MAX_FOLDER_DEPTH,
    });
  } catch {
    // The part before the wildcards is not a folder: nothing matches.
    return [];
  }
  return matches
    .map((match) => join(base, match.replace(/\/$/, '')))
    .filter((match) => pathKind(match) === 'folder' || (DOSSIER_FILE.test(match) && notADossierByName(match) === undefined))
    .sort(byName);
}

/**
 * The folder before the first wildcard, as typed, and the pattern inside it:
 * `/srv/lot/*.yaml` → `/srv/lot`, `*.yaml`. A folder that exists under its
 * name is taken as named, even when the name would read as a pattern:
 * `Dossiers (2022)/*.yaml`.
 */
function splitPattern(pattern: string): { base: string; rest: string } {
  const segments = pattern.split('/');
  let count = 0;
  while (count < segments.length - 1) {
    const segment = segments[count]!;
    if (isDynamicPattern(segment) && pathKind(segments.slice(0, count + 1).join('/')) !== 'folder') break;
    count++;
  }
  const base = segments.slice(0, count).join('/') || (pattern.startsWith('/') ? '/' : '.');
  return { base, rest: segments.slice(count).join('/') };
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

class Walk {
  readonly files: string[] = [];
  readonly unreadable: Unreadable[] = [];
  readonly skipped: Skipped[] = [];
  private readonly seen = new Set<string>();

  /** A file named on the command line: checked, unless it is plainly not a dossier. */
  named(path: string): void {
    const kind = notADossierByName(path);
    if (kind === undefined) this.file(path);
    else if (this.firstVisit(path)) this.skipped.push({ path, kind });
  }

  file(path: string): void {
    if (this.firstVisit(path)) this.files.push(path);
  }

  stdin(): void {
    if (!this.seen.has(STDIN)) this.files.push(STDIN);
    this.seen.add(STDIN);
  }

  folder(path: string, depth: number): void {
    if (depth > MAX_FOLDER_DEPTH) {
      this.unreadable.push({ path, code: 'TROP-PROFOND' });
      return;
    }
    if (!this.firstVisit(path)) return;
    let entries;
    try {
      entries = readdirSync(path, { withFileTypes: true });
    } catch (error) {
      this.unreadable.push({ path, code: (error as NodeJS.ErrnoException).code ?? 'EIO' });
      return;
    }
    entries.sort((a, b) => byName(a.name, b.name));
    for (const entry of entries) {
      // A hidden file is a tool's (.gitlab-ci.yml, .pre-commit-config.yaml): left out like a hidden folder.
      if (ignoredFolder(entry.name)) continue;
      const child = join(path, entry.name);
      if (entry.isDirectory() || (entry.isSymbolicLink() && pathKind(child) === 'folder')) this.folder(child, depth + 1);
      else if (DOSSIER_FILE.test(entry.name) && notADossierByName(entry.name) === undefined) this.file(child);
    }
  }

  private firstVisit(path: string): boolean {
    let real: string;
    try {
      real = realpathSync(path);
    } catch {
      real = path;
    }
    if (this.seen.has(real)) return false;
    this.seen.add(real);
    return true;
  }
}
