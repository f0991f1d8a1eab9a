import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { MAX_INPUT_BYTES } from '../engine/check.js';

export { MAX_INPUT_BYTES };

export type InputRead = { ok: true; bytes: Uint8Array } | { ok: false; error: 'trop-volumineux' | 'non-regulier' | string };

/**
 * Reads a regular file of at most `maxBytes`. Devices, pipes and sockets
 * are refused before any read: /dev/zero never ends and a FIFO may never answer.
 */
export function readDossierFile(file: string, maxBytes = MAX_INPUT_BYTES): InputRead {
  let fd: number | undefined;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { ok: false, error: 'non-regulier' };
    if (stats.size > maxBytes) return { ok: false, error: 'trop-volumineux' };
    const bytes = readFileSync(fd);
    // A file that grew since fstat is judged on what was read.
    if (bytes.length > maxBytes) return { ok: false, error: 'trop-volumineux' };
    return { ok: true, bytes };
  } catch (error) {
    return { ok: false, error: (error as NodeJS.ErrnoException).code ?? 'EIO' };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Reads standard input to its end, stopping as soon as it passes `maxBytes`:
 * an endless stream (`yes | dossier-check -`) is refused, not held in memory.
 */
export async function readStandardInput(stream: NodeJS.ReadableStream, maxBytes = MAX_INPUT_BYTES): Promise<InputRead> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += buffer.length;
      if (size > maxBytes) return { ok: false, error: 'trop-volumineux' };
      chunks.push(buffer);
    }
  } catch (error) {
    return { ok: false, error: (error as NodeJS.ErrnoException).code ?? 'EIO' };
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}
