import { statSync } from 'node:fs';

/** What a path names on disk, following links: a folder, a regular file, something else (a device, a pipe), or nothing. */
export function pathKind(path: string): 'file' | 'folder' | 'other' | 'missing' {
  try {
    const stats = statSync(path);
    return stats.isDirectory() ? 'folder' : stats.isFile() ? 'file' : 'other';
  } catch {
    return 'missing';
  }
}
