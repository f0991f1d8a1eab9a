import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, EXAMPLES } from '../cli/binary.js';

// npm pack → npm install -g into a temporary prefix → the installed binary and
// library, run from another folder. `npm test` has built the project; the pack
// runs no script (prepare would rebuild dist/ under the other tests' feet).
// The install is offline: the dependencies come from npm's cache, which
// `npm ci` has filled.

const ROOT = join(import.meta.dirname, '..', '..');
const EXAMPLE = join(EXAMPLES, 'commune-hors-delai.yaml');
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' };
// Node warns when NO_COLOR and FORCE_COLOR are both set: a program that embeds the library sets neither.
const libraryEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NO_COLOR' && name !== 'FORCE_COLOR'));

let work: string;
let prefix: string;
let installedBin: string;
let files: { path: string; size: number }[];
let tarballSize: number;
let tarball: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'dossier-check-pack-'));
  prefix = join(work, 'prefix');
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8' }),
  )[0];
  files = packed.files;
  tarballSize = packed.size;
  tarball = join(work, packed.filename);
  execFileSync('npm', ['install', '-g', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', tarball], {
    cwd: work,
    encoding: 'utf8',
    env,
  });
  installedBin = join(prefix, 'bin', 'dossier-check');
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm pack', () => {
  it('holds what runs and nothing of the tests nor the sources', () => {
    const paths = files.map((file) => file.path);
    for (const needed of [
      'bin/dossier-check.js',
      'dist/bundle/main.js',
      'dist/bundle/worker.js',
      'dist/cli/library.js',
      'dist/cli/library.d.ts',
      // The applicants' page's script, which `dossier-check page` puts in the page it writes.
      'dist/page/app.js',
      'generated/territoire/meta.json',
      'generated/territoire/departement-42.json',
      'generated/classify/real-words.json',
      'schema/dossier.schema.json',
      'package.json',
    ]) {
      expect(paths).toContain(needed);
    }
    expect(paths.filter((path) => /^(test|src|scripts|bench|examples|\.ci|node_modules|dist\/browser)\//.test(path))).toEqual([]);
    // The page the build writes is what `dossier-check page` writes on demand: not carried twice.
    expect(paths).not.toContain('dist/page/verifier.html');
  });

  it('is a tarball of less than 6 MB', () => {
    // Measured 4.0 MB at 0.1.0: the bundle with its source maps and code cache,
    // the library's tsc output (for its types), 2.2 MB of geography. A jump
    // past 6 MB means something was packed by mistake.
    expect(tarballSize).toBeLessThan(6_000_000);
  });
});

describe('the installed package', () => {
  it('checks an example from another folder, with the same JSON report as from the clone', () => {
    const args = ['check', EXAMPLE, '--format', 'json', '--date', '2022-07-28'];
    const installed = spawnSync(installedBin, args, { cwd: work, encoding: 'utf8', env });
    const clone = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env });
    expect(installed.stderr).toBe(clone.stderr);
    expect(installed.status).toBe(clone.status);
    expect(JSON.parse(installed.stdout)).toEqual(JSON.parse(clone.stdout));
    expect(JSON.parse(installed.stdout).dossiers).toHaveLength(1);
  });

  it('checks a batch in worker threads from another folder, with the same JSON report as from the clone', () => {
    // From 200 files the check runs in worker threads (src/cli/pool.ts), whose
    // script the installed package must find next to the bundle.
    const batch = join(work, 'batch');
    mkdirSync(batch);
    const text = readFileSync(EXAMPLE);
    for (let n = 0; n < 200; n++) writeFileSync(join(batch, `dossier-${n}.yaml`), text);
    const args = ['check', 'batch', '--format', 'json'];
    const threads = { ...env, DOSSIER_CHECK_THREADS: '2' };
    const installed = spawnSync(installedBin, args, { cwd: work, encoding: 'utf8', env: threads, maxBuffer: 256 * 1024 * 1024 });
    const clone = spawnSync(process.execPath, [BIN, ...args], { cwd: work, encoding: 'utf8', env: threads, maxBuffer: 256 * 1024 * 1024 });
    expect(installed.stderr).toBe(clone.stderr);
    expect(installed.status).toBe(1);
    const report = JSON.parse(installed.stdout);
    expect(report.dossiers).toHaveLength(200);
    expect(report).toEqual(JSON.parse(clone.stdout));
  });

  it.each([['rules'], ['schema'], ['classify', '10 PC portables pour les agents']])('runs `%s` from another folder', (...args) => {
    const installed = spawnSync(installedBin, args, { cwd: work, encoding: 'utf8', env });
    const clone = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env });
    expect(installed.status).toBe(0);
    expect(installed.stdout).not.toBe('');
    expect(installed.stdout).toBe(clone.stdout);
  });

  it('writes the applicants’ page from another folder, the same as the build’s', () => {
    const output = join(work, 'verifier.html');
    const installed = spawnSync(installedBin, ['page', '--output', output], { cwd: work, encoding: 'utf8', env });
    expect(installed.stderr).toBe('');
    expect(installed.status).toBe(0);
    expect(readFileSync(output)).toEqual(readFileSync(join(ROOT, 'dist', 'page', 'verifier.html')));
  });

  const library = `checkDossier(readFileSync(${JSON.stringify(EXAMPLE)}), 'commune-hors-delai.yaml', { date: '2022-07-28' })`;

  it('gives checkDossier to an ESM program', () => {
    // The script sits in <prefix>/lib, whose node_modules/ holds the installed package.
    const script = join(prefix, 'lib', 'embed.mjs');
    writeFileSync(
      script,
      `import { readFileSync } from 'node:fs';\nimport { checkDossier, checkDossiers, problemMessage } from 'dossier-check';\n` +
        `const report = ${library};\nconsole.log(JSON.stringify([report.verdict, report.problemes.map((p) => p.code), typeof checkDossiers, ` +
        `report.problemes.map((p) => problemMessage(p, report, { lang: 'en' }))]));\n`,
    );
    const run = spawnSync(process.execPath, [script], { cwd: work, encoding: 'utf8', env: libraryEnv });
    expect(run.stderr).toBe('');
    const [verdict, codes, checkDossiersType, messages] = JSON.parse(run.stdout);
    expect(verdict).toBe('ineligible');
    expect(codes).toContain('depot-hors-delai');
    expect(checkDossiersType).toBe('function');
    // The words come from the installed package's own catalogues.
    expect(messages.join('\n')).toMatch(/deadline/i);
  });

  // CommonJS reaches the ES module through require(esm): Node 20.19 and 22.12 or later.
  it.runIf(process.features.require_module)('gives checkDossier to a CommonJS program', () => {
    const script = join(prefix, 'lib', 'embed.cjs');
    writeFileSync(
      script,
      `const { readFileSync } = require('node:fs');\nconst { checkDossier } = require('dossier-check');\n` +
        `console.log(${library}.verdict);\n`,
    );
    const run = spawnSync(process.execPath, [script], { cwd: work, encoding: 'utf8', env: libraryEnv });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('ineligible');
  });

  it('types its API: the .d.ts names the options and the report', () => {
    const types = readFileSync(join(prefix, 'lib', 'node_modules', 'dossier-check', 'dist', 'cli', 'library.d.ts'), 'utf8');
    expect(types).toMatch(/export declare function checkDossier\(/);
    expect(types).toMatch(/export interface DossierCheckOptions/);
    expect(types).toMatch(/DossierReport/);
  });
});
