import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, EXAMPLES } from './binary.js';

/**
 * Permissions refused by the system (EACCES) on paths the user named, with
 * the real binary run as an unprivileged user (root is refused nothing):
 * exit 2, the path and "accès refusé", never "introuvable" nor "internal error".
 */
const NOBODY = 65534;
const asNobody = (args: string[]) => {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    uid: NOBODY,
    gid: NOBODY,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stderr: result.stderr ?? '' };
};
const canSwitchUser = process.getuid?.() === 0 && asNobody(['--version']).code === 0;
if (!canSwitchUser)
  console.warn(
    `permissions.test: cannot run ${process.execPath} as user ${NOBODY} (not root, or that Node is not readable by others): the permission tests are skipped.`,
  );

describe.skipIf(!canSwitchUser)('paths the system refuses to an unprivileged user', () => {
  const folder = mkdtempSync(join(tmpdir(), 'permissions-'));
  chmodSync(folder, 0o755);
  const closed = join(folder, 'ferme');
  mkdirSync(closed, { mode: 0o700 });
  copyFileSync(join(EXAMPLES, 'commune-mediation.yaml'), join(closed, 'dossier.yaml'));
  const secret = join(folder, 'edition.reglement.yaml');
  copyFileSync(join(EXAMPLES, 'reglements', readdirSync(join(EXAMPLES, 'reglements'))[0]!), secret);
  chmodSync(secret, 0o600);
  const readOnly = join(folder, 'lecture-seule');
  mkdirSync(readOnly, { mode: 0o755 });
  const example = join(EXAMPLES, 'commune-mediation.yaml');

  it.each([
    ['a dossier in a folder it may not enter', ['check', join(closed, 'dossier.yaml')], join(closed, 'dossier.yaml')],
    ['--reglement it may not read', ['check', example, '--reglement', secret], secret],
    ['--reglement it may not read (rules)', ['rules', '--reglement', secret], secret],
    ['--output in a folder it may not write', ['check', example, '-o', join(readOnly, 'rapport.json')], join(readOnly, 'rapport.json')],
    ['init --from it may not read', ['init', '--from', secret], secret],
  ])('%s', (_name, args, path) => {
    const result = asNobody(args);
    expect(result.stderr).toContain(path);
    expect(result.stderr).toMatch(/accès refusé/);
    expect(result.stderr).not.toMatch(/introuvable|Erreur interne/);
    expect(result.code).toBe(2);
  });
});
