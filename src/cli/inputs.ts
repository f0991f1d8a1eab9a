import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';

const DOSSIER_FILE = /\.(ya?ml|json)$/i;
/** Editions of the call (examples/reglements/), not dossiers: left out of folder searches. */
const EDITION_FILE = /\.reglement\.(ya?ml|json)$/i;
/** Folders nested deeper than this are not searched: no repository of dossiers goes near it. */
const MAX_FOLDER_DEPTH = 32;
/** The name that stands for standard input. */
export const STDIN = '-';

/** A place named or found that could not be read, with the system's reason (EACCES…). */
export interface Unreadable {
  path: string;
  code: string;
}

export type Inputs =
  { ok: true; files: string[]; unreadable: Unreadable[] } | { ok: false; missing: string } | { ok: false; noMatch: string };

/**
 * Files named on the command line (`-` for standard input), dossier files
 * found in the folders named (recursively, sorted, skipping hidden folders
 * and node_modules, at most MAX_FOLDER_DEPTH levels down) and those matching
 * glob patterns (for shells that do not expand them, or quoted ones). A file
 * or folder reached twice (named twice, matched twice, or through links) is
 * read once; a folder that cannot be read is reported, never skipped in silence.
 */
export function collectInputs(paths: readonly string[]): Inputs {
  const walk = new Walk();
  for (const path of paths) {
    if (path === STDIN) {
      walk.stdin();
      continue;
    }
    const kind = kindOf(path);
    if (kind === 'folder') walk.folder(path, 0);
    else if (kind === 'file') walk.file(path);
    else if (isDynamicPattern(path)) {
      const matches = expandPattern(path);
      if (matches.length === 0) return { ok: false, noMatch: path };
      for (const match of matches) {
        if (kindOf(match) === 'folder') walk.folder(match, 0);
        else walk.file(match);
      }
    } else return { ok: false, missing: path };
  }
  return { ok: true, files: walk.files, unreadable: walk.unreadable };
}

/**
 * A glob pattern's dossier files and folders, sorted. Symbolic links are not
 * followed by the pattern itself (a loop of links cannot trap it); the folders
 * it matches are searched like folders named on the command line.
 */
function expandPattern(pattern: string): string[] {
  const matches = globSync(pattern, {
    onlyFiles: false,
    expandDirectories: false,
    followSymbolicLinks: false,
    deep: MAX_FOLDER_DEPTH,
  });
  return matches
    .map((match) => match.replace(/\/$/, ''))
    .filter((match) => DOSSIER_FILE.test(match) || kindOf(match) === 'folder')
    .sort(byName);
}

function kindOf(path: string): 'file' | 'folder' | 'missing' {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'file';
  } catch {
    return 'missing';
  }
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

class Walk {
  readonly files: string[] = [];
  readonly unreadable: Unreadable[] = [];
  private readonly seen = new Set<string>();

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
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const child = join(path, entry.name);
      if (entry.isDirectory() || (entry.isSymbolicLink() && kindOf(child) === 'folder')) this.folder(child, depth + 1);
      else if (DOSSIER_FILE.test(entry.name) && !EDITION_FILE.test(entry.name)) this.file(child);
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
