import { join } from 'node:path';
import fc from 'fast-check';
import { inject } from 'vitest';
import { currentCommit, depthFrom, seedFor } from './setup/seed.js';

/**
 * Every randomised test imports this file. The seed comes from the run's
 * global setup (test/setup/global.ts), which prints it: it follows the commit,
 * and FC_SEED replays a run. A failure prints its seed and path, which
 * `fc.assert(..., { seed, path })` replays alone.
 */
export const SEED = inject('seed') ?? seedFor(process.env.FC_SEED, currentCommit(join(import.meta.dirname, '..')), new Date()).seed;

/**
 * How many times more cases than a loaded two-core machine affords in an
 * ordinary run (see depthFrom): the sizes in the tests are what CI can
 * afford on every commit; the seed changing with the commit does the rest.
 */
export const DEPTH = depthFrom(process.env.DOSSIER_CHECK_DEEP);

/** The number of cases for a randomised test sized `cases` for an ordinary run. */
export const runs = (cases: number): number => cases * DEPTH;

fc.configureGlobal({ seed: SEED });
