import { unzipSync } from 'fflate';
import type { Params } from '../vocabulary.js';

/** At most this many files in an export's archive: a real XLSX or ODS holds a few dozen. */
export const MAX_ARCHIVE_ENTRIES = 10_000;

export type ArchiveFailure = { ok: false; code: string; params: Params };

export interface Archive {
  ok: true;
  /** Every file's name, in the archive's order. */
  names: readonly string[];
  /** The files asked for, inflated. */
  parts: ReadonlyMap<string, Uint8Array>;
}

/** An OLE compound file: an .xls, or an XLSX saved with a password (Office encrypts it into one). */
export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

class TooMany {}

/**
 * The files of an archive that `wanted` asks for, inflated, when the sizes
 * their headers declare add up to at most `maxInflatedBytes`: checked before
 * a single byte is inflated, and fflate writes no byte past a declared size,
 * so a header that lies gives a cut part (then malformed XML), never a bomb.
 */
export function readArchive(bytes: Uint8Array, wanted: (name: string) => boolean, maxInflatedBytes: number): Archive | ArchiveFailure {
  const names: string[] = [];
  let declared = 0;
  try {
    // First pass: the central directory only (the filter refuses every file, so nothing is inflated).
    unzipSync(bytes, {
      filter(file) {
        if (names.length >= MAX_ARCHIVE_ENTRIES) throw new TooMany();
        names.push(file.name);
        if (wanted(file.name)) declared += file.originalSize;
        return false;
      },
    });
  } catch (error) {
    if (error instanceof TooMany) return { ok: false, code: 'archive-trop-de-fichiers', params: { max: MAX_ARCHIVE_ENTRIES } };
    return unreadable(error);
  }
  if (declared > maxInflatedBytes) return { ok: false, code: 'archive-trop-grande', params: { max: maxInflatedBytes, taille: declared } };
  try {
    // fflate inflates each part into a buffer of its declared size and never past it: the sum checked above bounds the whole.
    const parts = unzipSync(bytes, { filter: (file) => wanted(file.name) });
    return { ok: true, names, parts: new Map(Object.entries(parts)) };
  } catch (error) {
    return unreadable(error);
  }
}

function unreadable(error: unknown): ArchiveFailure {
  return { ok: false, code: 'classeur-illisible', params: { detail: error instanceof Error ? error.message : String(error) } };
}
