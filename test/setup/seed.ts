import { execFileSync } from 'node:child_process';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absent when a test file runs without the global setup. */
    seed?: number;
  }
}

/**
 * The seed of the randomised tests (fast-check properties and the fuzzer).
 * It changes with the commit, so that each commit explores new cases, and is
 * the same for every run of one commit, so that CI is repeatable. FC_SEED
 * replays any run: `FC_SEED=<seed> npm test`.
 */
export interface Seed {
  seed: number;
  /** Where the seed came from, for the line printed at the start of a run. */
  source: string;
}

/** The commit checked out in `folder`, or undefined outside a git checkout (an unpacked tarball, a copy). */
export function currentCommit(folder: string): string | undefined {
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], {
      cwd: folder,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return /^[0-9a-f]{40,64}$/.test(commit) ? commit : undefined;
  } catch {
    return undefined;
  }
}

/**
 * FC_SEED when given; otherwise the commit's first seven hex digits read as
 * a number (as distinct as git's short hashes); outside git, the day (UTC)
 * as YYYYMMDD. Always a non-negative integer below 2³¹, which fast-check and
 * the fuzzer take as is.
 */
export function seedFor(override: string | undefined, commit: string | undefined, today: Date): Seed {
  if (override !== undefined && override.trim() !== '') {
    const seed = Number(override);
    if (!Number.isSafeInteger(seed) || seed < 0 || seed >= 2 ** 31)
      throw new Error(`FC_SEED must be a whole number from 0 to ${2 ** 31 - 1}, not "${override}"`);
    return { seed, source: 'FC_SEED' };
  }
  if (commit !== undefined) return { seed: Number.parseInt(commit.slice(0, 7), 16), source: `commit ${commit.slice(0, 7)}` };
  const day = today.toISOString().slice(0, 10);
  return { seed: Number(day.replaceAll('-', '')), source: `date ${day}, not a git checkout` };
}

/**
 * The factor DOSSIER_CHECK_DEEP puts on the number of random cases: unset
 * (or 0), 1; set to 1 ("yes"), 10; set to a larger whole number, that number.
 */
export function depthFrom(value: string | undefined): number {
  if (value === undefined || value.trim() === '' || value.trim() === '0') return 1;
  const factor = Number(value);
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`DOSSIER_CHECK_DEEP must be a whole number, not "${value}"`);
  return factor === 1 ? 10 : factor;
}
