import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIN_FILES_FOR_WORKERS } from '../../src/cli/pool.js';
import { BIN } from './binary.js';

const ROOT = join(import.meta.dirname, '..', '..');
const PLANT = join(ROOT, 'test', 'fixtures', 'faults', 'plant-internal-fault.mjs');

/**
 * The binary, with a fault of the tool planted in the classifier by a module loaded first, on
 * `files` dossiers: from MIN_FILES_FOR_WORKERS on, worker threads check them.
 */
function runWithPlantedFault(env: Record<string, string>, files = 1) {
  const folder = mkdtempSync(join(tmpdir(), 'dossier-check-fault-'));
  const eligible = readFileSync(join(ROOT, 'test', 'fixtures', 'eligible.yaml'), 'utf8');
  const faulty = eligible.replace('libelle: 6 tablettes tactiles', 'libelle: 6 tablettes tactiles ☃');
  expect(faulty).not.toBe(eligible);
  for (let index = 0; index < files; index++) writeFileSync(join(folder, `dossier-${index}.yaml`), faulty);
  const result = spawnSync(process.execPath, ['--import', PLANT, BIN, 'check', folder], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  return { code: result.status, stderr: result.stderr };
}

describe('a fault of the tool, run by the built binary', () => {
  it.each([
    ['in the main thread', 1, '1'],
    ['in a worker thread', MIN_FILES_FOR_WORKERS, '2'],
  ])('shows with DOSSIER_CHECK_DEBUG=1 a stack that names the TypeScript sources, %s', (_, files, threads) => {
    const { code, stderr } = runWithPlantedFault({ DOSSIER_CHECK_DEBUG: '1', DOSSIER_CHECK_THREADS: threads }, files);
    expect(code).toBe(2);
    expect(stderr).toMatch(/TypeError: planted fault/);
    // The frames of the classifier, where the fault was planted, as written in src/.
    expect(stderr).toMatch(/\(.*[\\/]src[\\/]fold\.ts:\d+:\d+\)/);
    expect(stderr).toMatch(/\(.*[\\/]src[\\/]classify[\\/]\w+\.ts:\d+:\d+\)/);
    expect(stderr).not.toMatch(/dist[\\/]bundle/);
  });

  it('shows no stack without it', () => {
    const { code, stderr } = runWithPlantedFault({ DOSSIER_CHECK_DEBUG: '', DOSSIER_CHECK_THREADS: '1' });
    expect(code).toBe(2);
    expect(stderr).toMatch(/Erreur interne de dossier-check/);
    expect(stderr).not.toMatch(/planted fault|\bat .*:\d+/);
  });
});

describe('bin/', () => {
  // Node's private loader internals change between versions without notice: Node 22 passes
  // Module.prototype._compile an argument more than Node 20 did.
  const PRIVATE_NODE_API =
    /\bModule\.(?:prototype|wrap|_\w+)|\b_compile\b|\brequire\.cache\b|process\.binding|internalBinding|--expose-internals/;

  it.each(readdirSync(join(ROOT, 'bin')))('%s uses only supported Node APIs', (name) => {
    const code = readFileSync(join(ROOT, 'bin', name), 'utf8').replace(/^\s*\/\/.*$/gm, '');
    expect(code).not.toMatch(PRIVATE_NODE_API);
  });
});
