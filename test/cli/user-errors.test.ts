import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, runBinary } from './binary.js';

/**
 * A path the user named that the system refuses (missing folder, a folder
 * where a file is wanted, a device, a link loop, a read-only place) is the
 * user's to fix: exit 2, a message naming the path and saying why, never
 * "internal error, please report it", never "not found" for a path that exists.
 */
const INTERNAL = /Erreur interne|Internal error|merci de la signaler|please report/i;

function expectUserError(result: ReturnType<typeof runBinary>, ...expected: (string | RegExp)[]) {
  expect(result.stderr).not.toMatch(INTERNAL);
  expect(result.stderr).not.toMatch(/\bat .*\.js:\d+/);
  for (const text of expected) expect(result.stderr).toMatch(text);
  expect(result.code).toBe(2);
}

const EXAMPLE = join(EXAMPLES, 'commune-mediation.yaml');

describe('--output on a path the system refuses', () => {
  const folder = mkdtempSync(join(tmpdir(), 'user-errors-'));
  const aFile = join(folder, 'rapport.json');
  writeFileSync(aFile, '{}');

  it('names a missing folder (fr and en)', () => {
    const target = join(folder, 'absent', 'rapport.json');
    expectUserError(runBinary(['check', EXAMPLE, '-o', target]), join(folder, 'absent'), /n’existe pas/);
    expectUserError(runBinary(['check', EXAMPLE, '-o', target, '--lang', 'en']), join(folder, 'absent'), /does not exist/);
    expect(readdirSync(folder)).toEqual(['rapport.json']);
  });

  it('names a file used as a folder', () => {
    expectUserError(runBinary(['check', EXAMPLE, '-o', join(aFile, 'x.json')]), aFile, /n’est pas un répertoire/);
  });

  it('refuses a folder, even with --force or a trailing slash', () => {
    expectUserError(runBinary(['check', EXAMPLE, '-o', folder, '--force']), folder, /répertoire/);
    expectUserError(runBinary(['check', EXAMPLE, '-o', `${folder}/`, '--force']), folder);
    expectUserError(runBinary(['check', EXAMPLE, '-o', join(folder, 'nouveau') + '/']), join(folder, 'nouveau'));
  });

  it('says what --output needs when it is empty or names a folder that is not there', () => {
    const empty = runBinary(['check', EXAMPLE, '-o', '']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/--output demande le nom du fichier du rapport/);
    const slash = runBinary(['check', EXAMPLE, '-o', join(folder, 'absent') + '/']);
    expect(slash.code).toBe(2);
    // Not "c’est un répertoire": there is nothing there; the name only ends like a folder's.
    expect(slash.stderr).toMatch(/se termine par « \/ » : c’est un nom de répertoire/);
    expect(runBinary(['check', EXAMPLE, '-o', 'x/', '--lang', 'en']).stderr).toMatch(/ends with "\/": that names a folder/);
  });

  it('says when the system refuses to create the file (/proc)', () => {
    expectUserError(runBinary(['check', EXAMPLE, '-o', '/proc/rapport.json']), '/proc/rapport.json');
    expectUserError(runBinary(['check', EXAMPLE, '-o', '/proc/version', '--force']), '/proc/version');
  });

  it('says when a name is too long', () => {
    const long = join(folder, `${'a'.repeat(300)}.json`);
    expectUserError(runBinary(['check', EXAMPLE, '-o', long]), /trop long/);
  });
});

describe('--reglement on a path that exists but is not a file', () => {
  const folder = mkdtempSync(join(tmpdir(), 'user-errors-'));
  for (const command of [['check', EXAMPLE], ['classify', 'tablettes'], ['rules'], ['schema']]) {
    it(`${command[0]}: a folder is said to be a folder, a device a device, never "introuvable"`, () => {
      const onFolder = runBinary([...command, '--reglement', folder]);
      expectUserError(onFolder, folder, /est un répertoire/);
      expect(onFolder.stderr).not.toMatch(/introuvable/);
      const onDevice = runBinary([...command, '--reglement', '/dev/null']);
      expectUserError(onDevice, '/dev/null', /pas un fichier ordinaire/);
      expect(onDevice.stderr).not.toMatch(/introuvable/);
      expectUserError(runBinary([...command, '--reglement', join(folder, 'absent.yaml')]), /introuvable/);
    });
  }
});

describe('paths to check, and init', () => {
  it('says a link loop is a link loop, not missing', () => {
    const folder = mkdtempSync(join(tmpdir(), 'user-errors-'));
    const loop = join(folder, 'boucle.yaml');
    symlinkSync(loop, loop);
    const result = runBinary(['check', loop]);
    expectUserError(result, loop, /boucle de liens/);
    expect(result.stderr).not.toMatch(/introuvable/);
  });

  it('init: a missing folder for the new file is said before any question', () => {
    const folder = mkdtempSync(join(tmpdir(), 'user-errors-'));
    const target = join(folder, 'absent', 'dossier.yaml');
    expectUserError(runBinary(['init', target], {}, ['ignore', 'pipe', 'pipe']), join(folder, 'absent'), /n’existe pas/);
  });

  it('init --from: a folder or a device is refused by name', () => {
    const folder = mkdtempSync(join(tmpdir(), 'user-errors-'));
    mkdirSync(join(folder, 'sub'));
    expectUserError(runBinary(['init', '--from', join(folder, 'sub')], {}, ['ignore', 'pipe', 'pipe']), join(folder, 'sub'));
    expectUserError(runBinary(['init', '--from', '/dev/null'], {}, ['ignore', 'pipe', 'pipe']), '/dev/null');
  });
});

describe('one classification, wherever the error is caught', () => {
  const systemError = (code: string, syscall: string) =>
    Object.assign(new Error(`${code}: ${syscall} '/somewhere/rapport.json'`), { code, syscall, path: '/somewhere/rapport.json' });

  it.each(['ENOENT', 'EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT', 'ENOTDIR', 'EISDIR', 'EEXIST', 'ENAMETOOLONG', 'ELOOP', 'EIO'])(
    'a system error %s on a path, even unwrapped, is the user’s: exit 2, the path and the reason in words',
    async (code) => {
      const { describeFailure } = await import('../../src/cli/errors.js');
      for (const [lang, internal] of [
        ['fr', /Erreur interne/],
        ['en', /Internal error/],
      ] as const) {
        for (const syscall of ['open', 'stat']) {
          const failure = describeFailure(systemError(code, syscall), lang);
          expect(failure.exitCode).toBe(2);
          expect(failure.internal).toBeFalsy();
          expect(failure.message).toContain('/somewhere/rapport.json');
          expect(failure.message).not.toMatch(internal);
          // The reason is in words, not only the code.
          expect(failure.message!.replace(code, '')).toMatch(/\p{L}{4,}.*\p{L}{4,}/u);
        }
      }
    },
  );

  // A missing file of the tool's own (its generated geography, its package.json) is not the user's doing.
  it('a system error on a file of the tool itself stays internal', async () => {
    const { describeFailure } = await import('../../src/cli/errors.js');
    const root = join(import.meta.dirname, '..', '..');
    for (const path of [
      join(root, 'generated', 'territoire', 'communes.json'),
      join(root, 'package.json'),
      join(root, 'dist', 'bundle', 'worker.js'),
    ]) {
      const failure = describeFailure(Object.assign(new Error(`ENOENT: open '${path}'`), { code: 'ENOENT', syscall: 'open', path }), 'fr');
      expect(failure).toMatchObject({ exitCode: 2, internal: true });
      expect(failure.message).toMatch(/Erreur interne/);
    }
  });

  it('a fault of the tool (a TypeError, a system error without a path) stays internal', async () => {
    const { describeFailure } = await import('../../src/cli/errors.js');
    expect(describeFailure(new TypeError("Cannot read properties of undefined (reading 'x')"), 'fr')).toMatchObject({
      exitCode: 2,
      internal: true,
    });
    expect(describeFailure(Object.assign(new Error('EBADF'), { code: 'EBADF', syscall: 'write' }), 'fr').internal).toBe(true);
    expect(describeFailure(Object.assign(new Error('EINVAL'), { code: 'EINVAL', syscall: 'open', path: '/x' }), 'fr').internal).toBe(true);
  });
});
