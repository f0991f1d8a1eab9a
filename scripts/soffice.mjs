import { spawnSync } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** LibreOffice, if this machine has it (apt-get install libreoffice-calc-nogui), as test/soffice.ts finds it. */
export const SOFFICE = ['soffice', 'libreoffice'].find((name) => spawnSync(name, ['--version'], { encoding: 'utf8' }).status === 0);

/**
 * Converts `file` to an ODS at `target`, with a LibreOffice profile and a
 * HOME of its own (two runs never share one, and the user's is never touched).
 */
export function convertToOds(file, target) {
  if (!SOFFICE) throw new Error('LibreOffice (soffice) is needed for the ODS: apt-get install libreoffice-calc-nogui');
  const profile = mkdtempSync(join(tmpdir(), 'dossier-check-soffice-'));
  try {
    const converted = spawnSync(
      SOFFICE,
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=${pathToFileURL(join(profile, 'profile')).href}`,
        '--convert-to',
        'ods',
        '--outdir',
        profile,
        file,
      ],
      { encoding: 'utf8', env: { ...process.env, HOME: profile } },
    );
    if (converted.status !== 0) throw new Error(`soffice failed: ${converted.stderr}`);
    renameSync(join(profile, `${basename(file, extname(file))}.ods`), target);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
