import { closeSync, existsSync, fchmodSync, fsyncSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { PathError } from './errors.js';

/**
 * Writes a file whole or not at all: into a temporary file beside it, then a
 * rename, which replaces the target in one step. An interrupted write leaves
 * the old file (or none), never half of the new one.
 */
export function writeFileAtomically(path: string, text: string | Uint8Array): void {
  const file = atomicFile(path);
  try {
    file.write(text);
  } catch (error) {
    file.abort();
    throw error;
  }
  file.commit();
}

export { existsSync };

/** Where a report goes, chunk by chunk: standard output, or a file that appears whole on commit. */
export interface Output {
  write(text: string | Uint8Array): void;
  /** The output is complete: the file takes its place. */
  commit(): void;
  /** Something failed: no file is left behind. */
  abort(): void;
}

/** Once its reader has gone (`| head`), the rest is not written: the run goes on for its verdict (streams.ts). */
export function standardOutput(stream: { write(text: string | Uint8Array): unknown; destroyed?: boolean } = process.stdout): Output {
  return {
    write: (text) => void (stream.destroyed || stream.write(text)),
    commit: () => {},
    abort: () => {},
  };
}

/**
 * Like writeFileAtomically, for a report written in pieces. The system's
 * refusals (a missing folder, a full disk) are PathErrors naming `path`, the
 * file the user asked for, never the temporary file beside it.
 */
export function atomicFile(path: string): Output {
  const named = <T>(step: () => T): T => {
    try {
      return step();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw typeof code === 'string' && code.startsWith('E') ? new PathError(path, 'write', code) : error;
    }
  };
  const file = named(() => openAtomicFile(path));
  return {
    write: (text) => named(() => file.write(text)),
    commit: () => named(() => file.commit()),
    abort: () => file.abort(),
  };
}

function openAtomicFile(path: string): Output {
  // A link is followed: the file it points to is replaced, not the link by a copy.
  const target = existingTarget(path);
  // Random, not the process id: a run killed midway leaves its file, and in a container every run is pid 1.
  const temporary = join(dirname(target.path), `.${basename(target.path)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined = openSync(temporary, 'wx', 0o644);
  // A replaced file keeps its permissions: a dossier readable by its owner only must not become readable by all.
  if (target.mode !== undefined) fchmodSync(fd, target.mode);
  const close = () => {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
  };
  return {
    write(text) {
      if (fd !== undefined && text.length > 0) writeWhole(fd, typeof text === 'string' ? Buffer.from(text) : text);
    },
    commit() {
      try {
        if (fd !== undefined) fsyncSync(fd);
        close();
        renameSync(temporary, target.path);
        syncFolder(dirname(target.path));
      } catch (error) {
        close();
        rmSync(temporary, { force: true });
        throw error;
      }
    },
    abort() {
      close();
      rmSync(temporary, { force: true });
    },
  };
}

/** writeSync may write part of what it is given. */
function writeWhole(fd: number, bytes: Uint8Array): void {
  for (let written = 0; written < bytes.length;) written += writeSync(fd, bytes, written);
}

/** The file a path names once links are followed, and its permissions when it exists. */
function existingTarget(path: string): { path: string; mode?: number } {
  try {
    const real = realpathSync(path);
    return { path: real, mode: statSync(real).mode & 0o7777 };
  } catch {
    return { path };
  }
}

/** The rename itself reaches the disk: after a crash the folder holds the old file or the new one. */
function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // Some systems cannot sync a folder; the rename stays atomic.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
