import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { currentCommit, depthFrom, seedFor } from './seed.js';

/** Chooses the run's seed once, says it where the person running the tests sees it, and hands it to every test file. */
export default function setup(project: TestProject): void {
  const { seed, source } = seedFor(process.env.FC_SEED, currentCommit(join(import.meta.dirname, '..', '..')), new Date());
  const depth = depthFrom(process.env.DOSSIER_CHECK_DEEP);
  const cases = depth === 1 ? '' : `, ×${depth} cases (DOSSIER_CHECK_DEEP)`;
  console.log(`Randomised tests: seed ${seed} (${source})${cases}. Replay: FC_SEED=${seed} npm test`);
  project.provide('seed', seed);
}
