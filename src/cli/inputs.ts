import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';

const DOSSIER_FILE = /\.(ya?ml|json)$/i;

export type Inputs = { ok: true; files: string[] } | { ok: false; missing: string };

/**
 * Files named on the command line, and dossier files found in the folders
 * named (recursively, sorted, skipping hidden folders and node_modules; a
 * folder reached twice through links is read once).
 */
export function collectInputs(paths: readonly string[]): Inputs {
  const files: string[] = [];
  const seenFolders = new Set<string>();
  for (const path of paths) {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      return { ok: false, missing: path };
    }
    if (stats.isDirectory()) walk(path, files, seenFolders);
    else files.push(path);
  }
  return { ok: true, files };
}

function walk(folder: string, files: string[], seenFolders: Set<string>): void {
  let real: string;
  try {
    real = realpathSync(folder);
  } catch {
    return;
  }
  if (seenFolders.has(real)) return;
  seenFolders.add(real);
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    const isDirectory = entry.isDirectory() || (entry.isSymbolicLink() && isFolder(path));
    if (isDirectory) walk(path, files, seenFolders);
    else if (DOSSIER_FILE.test(entry.name)) files.push(path);
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
