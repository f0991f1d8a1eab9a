import { spawn, spawnSync, type StdioOptions } from 'node:child_process';
import { join } from 'node:path';

/** The built binary, run as a user would (after `npm run build`). */
export const BIN = join(import.meta.dirname, '..', '..', 'bin', 'dossier-check.js');
export const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');

/** Runs the binary to its end, without colour. */
export function runBinary(args: string[], env: Record<string, string> = {}, stdio?: StdioOptions) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...env },
    ...(stdio ? { stdio } : {}),
  });
  return { code: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

/**
 * Runs the binary with a reader that goes away: `stream` ('stdout' or
 * 'stderr') is closed after its first chunk (or at once with `atOnce`), as
 * `| head -c 100` does. Returns the exit code, what was read of each stream
 * before, and whether the reader closed before the binary was done writing.
 */
export async function runWithClosingReader(
  args: string[],
  options: { stream?: 'stdout' | 'stderr'; atOnce?: boolean; env?: Record<string, string> } = {},
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  const closing = options.stream ?? 'stdout';
  const child = spawn(process.execPath, [BIN, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...options.env },
  });
  const read = { stdout: '', stderr: '' };
  for (const name of ['stdout', 'stderr'] as const) {
    const stream = child[name];
    if (name === closing && options.atOnce) {
      stream.destroy();
      continue;
    }
    stream.on('data', (chunk: Buffer) => {
      read[name] += chunk.toString('utf8');
      if (name === closing) stream.destroy();
    });
  }
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.on('close', (exitCode, exitSignal) => resolve([exitCode, exitSignal])),
  );
  return { code, signal, ...read };
}
