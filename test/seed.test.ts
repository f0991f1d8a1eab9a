import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { DEPTH, runs, SEED } from './fast-check.js';
import { describe, expect, it } from 'vitest';
import { currentCommit, depthFrom, seedFor } from './setup/seed.js';

const ROOT = join(import.meta.dirname, '..');
const A = '9f1c0e2b7d4a5f6e8c9b0a1d2e3f4a5b6c7d8e9f';
const B = '3b2e5a9c1d0f8e7a6b5c4d3e2f1a0b9c8d7e6f5a';
const DAY = new Date('2026-12-01T09:00:00Z');
const commit = currentCommit(ROOT);

describe('the seed of the randomised tests', () => {
  it('is the same for every run of one commit, and another for another commit', () => {
    expect(seedFor(undefined, A, DAY)).toEqual(seedFor(undefined, A, new Date('2030-01-01T00:00:00Z')));
    expect(seedFor(undefined, A, DAY)).toEqual({ seed: 0x9f1c0e2, source: 'commit 9f1c0e2' });
    expect(seedFor(undefined, B, DAY).seed).toBe(0x3b2e5a9);
    // The seed is the commit's first seven hex digits: two commits, two seeds.
    expect(seedFor(undefined, A, DAY).seed).not.toBe(seedFor(undefined, B, DAY).seed);
  });

  it('is FC_SEED when given, whatever the commit', () => {
    expect(seedFor('12345', A, DAY)).toEqual({ seed: 12345, source: 'FC_SEED' });
    expect(seedFor('0', undefined, DAY).seed).toBe(0);
    expect(seedFor(' ', A, DAY).source).toBe('commit 9f1c0e2');
    for (const wrong of ['abc', '1.5', '-3', String(2 ** 31)]) expect(() => seedFor(wrong, A, DAY), wrong).toThrow(/FC_SEED/);
  });

  it('is the day outside a git checkout', () => {
    expect(currentCommit(mkdtempSync(join(tmpdir(), 'no-git-')))).toBeUndefined();
    expect(seedFor(undefined, undefined, DAY)).toEqual({ seed: 20261201, source: 'date 2026-12-01, not a git checkout' });
  });

  it.skipIf(commit === undefined)('follows the commit checked out', () => {
    const head = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
    expect(commit).toBe(head);
    if (process.env.FC_SEED === undefined) expect(SEED).toBe(Number.parseInt(head.slice(0, 7), 16));
  });

  it('is the one fast-check uses, and a failure prints it with the path that replays it', () => {
    expect(SEED).toBe(seedFor(process.env.FC_SEED, commit, new Date()).seed);
    expect(fc.readConfigureGlobal().seed).toBe(SEED);
    expect(() => fc.assert(fc.property(fc.nat(), (n) => n < 0))).toThrow(new RegExp(`seed: ${SEED}, path: "\\d+`));
  });

  it('is printed at the start of a run, and FC_SEED replays it in one command', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run', 'test/fold.test.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, FC_SEED: '4242', NO_COLOR: '1' },
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Randomised tests: seed 4242 (FC_SEED). Replay: FC_SEED=4242 npm test');
  });
});

describe('the number of random cases', () => {
  it('is the ordinary one unless DOSSIER_CHECK_DEEP asks for more', () => {
    expect(depthFrom(undefined)).toBe(1);
    expect(depthFrom('')).toBe(1);
    expect(depthFrom('0')).toBe(1);
    expect(depthFrom('1')).toBe(10);
    expect(depthFrom('50')).toBe(50);
    expect(() => depthFrom('beaucoup')).toThrow(/DOSSIER_CHECK_DEEP/);
    expect(runs(300)).toBe(300 * DEPTH);
  });
});
