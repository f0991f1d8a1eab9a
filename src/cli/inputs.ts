import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';

const DOSSIER_FILE = /\.(ya?ml|json)$/i;

/** A place named or found that could not be read, with the system's reason (EACCES…). */
export interface Unreadable {
  path: string;
  code: string;
}

export type Inputs = { ok: true; files: string[]; unreadable: Unreadable[] } | { ok: false; missing: string };

/**
 * Files named on the command line, and dossier files found in the folders
 * named (recursively, sorted, skipping hidden folders and node_modules). A
 * file or folder reached twice (named twice, or through links) is read once;
 * a folder that cannot be read is reported, never skipped in silence.
 */
export function collectInputs(paths: readonly string[]): Inputs {
  const walk = new Walk();
  for (const path of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch {
      return { ok: false, missing: path };
    }
    if (isDirectory) walk.folder(path);
    else walk.file(path);
  }
  return { ok: true, files: walk.files, unreadable: walk.unreadable };
}

class Walk {
  readonly files: string[] = [];
  readonly unreadable: Unreadable[] = [];
  private readonly seen = new Set<string>();

  file(path: string): void {
    if (this.firstVisit(path)) this.files.push(path);
  }

  folder(path: string): void {
    if (!this.firstVisit(path)) return;
    let entries;
    try {
      entries = readdirSync(path, { withFileTypes: true });
    } catch (error) {
      this.unreadable.push({ path, code: (error as NodeJS.ErrnoException).code ?? 'EIO' });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const child = join(path, entry.name);
      if (entry.isDirectory() || (entry.isSymbolicLink() && isFolder(child))) this.folder(child);
      else if (DOSSIER_FILE.test(entry.name)) this.file(child);
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

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
