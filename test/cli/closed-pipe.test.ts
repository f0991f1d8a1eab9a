import { closeSync, copyFileSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, runBinary, runWithClosingReader } from './binary.js';

/**
 * `dossier-check check … | head -c 100` under `set -o pipefail`: the reader
 * going away never changes the verdict, the exit code stays 1 for a batch
 * with dossiers not eligible (0 when all are), whatever the format, on one
 * thread or on worker threads. A report that could not be written for
 * another reason (a full disk) is exit 2, with a message.
 */
const batch = mkdtempSync(join(tmpdir(), 'closed-pipe-'));
const { generate } = await import('../../bench/generate.mjs');
generate(batch, 240);
// Far bigger than a pipe's buffer in every format: the reader goes away while the binary still writes.
const FORMATS = ['text', 'json', 'csv', 'csv-lignes', 'junit', 'sarif', 'github', 'html'];
const argsFor = (format: string, folder = batch) =>
  format === 'csv-lignes' ? ['check', folder, '-f', 'csv', '--csv-lignes'] : ['check', folder, '-f', format];

describe('a reader that closes standard output early', () => {
  for (const threads of ['1', '2']) {
    it.each(FORMATS)(`keeps the verdict's exit code (1), in %s, with ${threads} thread(s)`, async (format) => {
      const args = [...argsFor(format), '--date', '2022-07-20'];
      const env = { DOSSIER_CHECK_THREADS: threads };
      const full = runBinary(args, env);
      expect(full.code).toBe(1);
      // Closed before the first byte: every write meets a pipe without a reader (EPIPE), whatever the output's size.
      const closed = await runWithClosingReader(args, { env, atOnce: true });
      expect(closed.stderr).toBe('');
      expect(closed.signal).toBeNull();
      expect(closed.code).toBe(1);
      // Closed after the first chunk, as `| head -c 100` does. Past twice a pipe's buffer (64 KiB), the
      // binary is sure to be still writing when the reader goes.
      const head = await runWithClosingReader(args, { env });
      if (full.stdout.length > 128 * 1024) expect(head.stdout.length).toBeLessThan(full.stdout.length);
      expect(head.stderr).toBe('');
      expect(head.signal).toBeNull();
      expect(head.code).toBe(1);
    });
  }

  it('has outputs past a pipe buffer in most formats, so that the reader does go away mid-write', () => {
    const big = FORMATS.filter((format) => runBinary([...argsFor(format), '--date', '2022-07-20']).stdout.length > 128 * 1024);
    expect(big.length).toBeGreaterThanOrEqual(5);
  });

  it('keeps exit code 0 when every dossier is eligible', async () => {
    const eligible = mkdtempSync(join(tmpdir(), 'closed-pipe-ok-'));
    for (let index = 0; index < 60; index++) copyFileSync(join(EXAMPLES, 'commune-mediation.yaml'), join(eligible, `d${index}.yaml`));
    const full = runBinary(['check', eligible, '-f', 'json', '--date', '2022-07-20']);
    expect(full.code).toBe(0);
    const result = await runWithClosingReader(['check', eligible, '-f', 'json', '--date', '2022-07-20']);
    expect(result.stdout.length).toBeLessThan(full.stdout.length);
    expect(result.code).toBe(0);
  });

  it('writes --output whole and keeps the verdict when standard output is closed', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'closed-pipe-out-'));
    const file = join(folder, 'rapport.json');
    const result = await runWithClosingReader([...argsFor('json'), '--date', '2022-07-20', '-o', file], { atOnce: true });
    expect(result.code).toBe(1);
    expect(JSON.parse(readFileSync(file, 'utf8')).resume.total).toBe(240);
  });

  it.each([
    [['rules'], 0],
    [['rules', '-f', 'json'], 0],
    [['schema'], 0],
    [['classify', 'tablettes tactiles'], 0],
  ])('%j keeps its own exit code', async (args, code) => {
    const result = await runWithClosingReader(args, { atOnce: true });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(code);
  });
});

describe('a reader that closes standard error', () => {
  it('keeps the exit code of a usage error (2), instead of a crash', async () => {
    const result = await runWithClosingReader(['check', join(batch, 'absent.yaml')], { stream: 'stderr', atOnce: true });
    expect(result.code).toBe(2);
  });

  it('keeps the verdict of a check', async () => {
    const result = await runWithClosingReader([...argsFor('json'), '--date', '2022-07-20'], { stream: 'stderr', atOnce: true });
    expect(result.code).toBe(1);
  });
});

describe('a report that cannot be written whole', () => {
  it.each([
    [['check', EXAMPLES, '--date', '2022-07-20'], 'fr', /sortie n’a pas pu être écrite en entier : disque plein/],
    [['check', EXAMPLES, '--date', '2022-07-20', '--lang', 'en'], 'en', /output could not be written whole: disk full/],
    [['rules'], 'fr', /sortie n’a pas pu être écrite en entier : disque plein/],
  ])('on a full disk (/dev/full) is exit 2 with a message: %j', (args, _lang, message) => {
    const full = openSync('/dev/full', 'w');
    try {
      const result = runBinary(args, {}, ['ignore', full, 'pipe']);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/Erreur interne|Internal error/);
      expect(result.code).toBe(2);
    } finally {
      closeSync(full);
    }
  });
});
