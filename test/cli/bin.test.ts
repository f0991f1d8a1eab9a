import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIN_FILES_FOR_WORKERS } from '../../src/cli/pool.js';
import { BIN } from './binary.js';

const ROOT = join(import.meta.dirname, '..', '..');
const PLANT = join(ROOT, 'test', 'fixtures', 'faults', 'plant-internal-fault.mjs');
const PROBE = join(ROOT, 'test', 'fixtures', 'probes', 'node-api-probe.mjs');
const EXAMPLE = ['check', join(ROOT, 'examples', 'commune-mediation.yaml'), '--date', '2022-07-20'];

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

interface ProbeReport {
  private: string[];
  cached: { filename: string; rejected: boolean }[];
}

/**
 * Not a bound on speed: a binary that loops for ever (as Node 24's compile cache can) is killed
 * then, since vitest's own time limit cannot stop a synchronous spawn.
 */
const HANG_GUARD_MS = 300_000;

/** Runs `bin` under test/fixtures/probes/node-api-probe.mjs, which reports what it did with Node's loader. */
function runProbed(bin: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', PROBE, bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', DOSSIER_CHECK_DEBUG: '', ...env },
    timeout: HANG_GUARD_MS,
    killSignal: 'SIGKILL',
  });
  expect(result.signal, 'the binary hung and was killed').toBeNull();
  const line = result.stderr.split('\n').find((text) => text.startsWith('node-api-probe '));
  expect(line, result.stderr).toBeDefined();
  const probe = JSON.parse(line!.slice('node-api-probe '.length)) as ProbeReport;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, probe };
}

/** Every file under `folder`, with its size and modification time. */
function listing(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => join(folder, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => `${relative(folder, path)} ${statSync(path).size} ${statSync(path).mtimeMs}`)
    .sort();
}

/** The installed package as `npm pack` would ship it to run: bin/, the bundle and generated/, with no code cache. */
function installWithoutCodeCache(): string {
  const root = mkdtempSync(join(tmpdir(), 'dossier-check-install-'));
  for (const part of ['bin', join('dist', 'bundle'), 'generated', 'package.json']) {
    cpSync(join(ROOT, part), join(root, part), { recursive: true, filter: (source) => !source.endsWith('.v8cache') });
  }
  return root;
}

describe('start-up', () => {
  let expected: ReturnType<typeof runProbed>;
  beforeAll(() => {
    expected = runProbed(BIN, EXAMPLE);
  });

  it('compiles the bundle from the code cache the build wrote for this Node, which V8 accepts', () => {
    expect(expected.code).toBe(0);
    const cached = expected.probe.cached.map((entry) => relative(join(ROOT, 'dist', 'bundle'), entry.filename));
    // Every chunk a check runs (not init's prompts, loaded only by init; not exceljs, loaded only by --format xlsx;
    // not the worker, run only in threads).
    const checkChunks = readdirSync(join(ROOT, 'dist', 'bundle')).filter(
      (name) => name.endsWith('.js') && !name.startsWith('init-') && !name.startsWith('excel-') && name !== 'worker.js',
    );
    expect(checkChunks).toContain('main.js');
    expect(checkChunks.length).toBeGreaterThan(1);
    expect([...cached].sort()).toEqual(checkChunks.sort());
    expect(expected.probe.cached.filter((entry) => entry.rejected)).toEqual([]);
  });

  it.each([
    ['from its code cache', {}, 1],
    ['with DOSSIER_CHECK_DEBUG', { DOSSIER_CHECK_DEBUG: '1' }, 1],
    ['with worker threads', { DOSSIER_CHECK_THREADS: '2' }, MIN_FILES_FOR_WORKERS],
  ])('replaces and calls no private API of Node, %s', (_, env, files) => {
    const folder = mkdtempSync(join(tmpdir(), 'dossier-check-probe-'));
    const eligible = readFileSync(join(ROOT, 'test', 'fixtures', 'eligible.yaml'), 'utf8');
    for (let index = 0; index < files; index++) writeFileSync(join(folder, `dossier-${index}.yaml`), eligible);
    const { code, stderr, probe } = runProbed(BIN, ['check', folder], env);
    expect(code, stderr).toBe(0);
    expect(probe.private).toEqual([]);
    rmSync(folder, { recursive: true, force: true });
  });

  describe('installed with no code cache for this Node (another Node built it)', () => {
    let install: string;
    let bin: string;
    let before: string[];
    beforeAll(() => {
      install = installWithoutCodeCache();
      bin = join(install, 'bin', 'dossier-check.js');
      before = listing(install);
    });
    afterAll(() => rmSync(install, { recursive: true, force: true }));

    it('checks as the build does, with no private API, writing nothing into its own folder', () => {
      const temp = mkdtempSync(join(tmpdir(), 'dossier-check-temp-'));
      const { code, stdout, probe } = runProbed(bin, EXAMPLE, { TMPDIR: temp });
      expect(code).toBe(0);
      expect(stdout).toBe(expected.stdout);
      expect(probe).toEqual({ private: [], cached: [] });
      expect(listing(install)).toEqual(before);
      // Node's own compile cache, where Node has it, in Node's default folder of the temp folder.
      expect(existsSync(join(temp, 'node-compile-cache'))).toBe('enableCompileCache' in module);
      rmSync(temp, { recursive: true, force: true });
    });

    // Node 24 loops for ever in enableCompileCache() when mkdir answers ENOENT under an existing parent, as in /proc.
    it.each([
      ['a temp folder that cannot be created (under /proc)', '/proc/dossier-check-no-such-folder'],
      ['a temp folder that is a file', join(ROOT, 'package.json')],
    ])('checks as the build does with %s', (_, temp) => {
      if (temp.startsWith('/proc/') && !existsSync('/proc')) return;
      const { code, stdout } = runProbed(bin, EXAMPLE, { TMPDIR: temp });
      expect(code).toBe(0);
      expect(stdout).toBe(expected.stdout);
      expect(listing(install)).toEqual(before);
    });

    it('checks as the build does when the compile cache folder is taken by a file', () => {
      const temp = mkdtempSync(join(tmpdir(), 'dossier-check-temp-'));
      writeFileSync(join(temp, 'node-compile-cache'), '');
      const { code, stdout } = runProbed(bin, EXAMPLE, { TMPDIR: temp });
      expect(code).toBe(0);
      expect(stdout).toBe(expected.stdout);
      rmSync(temp, { recursive: true, force: true });
    });
  });
});
