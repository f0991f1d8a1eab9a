import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** LibreOffice, if this machine has it (apt-get install libreoffice-calc-nogui; .ci/run installs it). */
export const SOFFICE = ['soffice', 'libreoffice'].find((name) => spawnSync(name, ['--version'], { encoding: 'utf8' }).status === 0);

/** Says plainly, once per test file, that what it would open in a real spreadsheet is not opened here. */
export function warnIfNoSoffice(what: string): void {
  if (!SOFFICE)
    console.warn(
      `SKIPPED: ${what} is not opened in a real spreadsheet here (no soffice on the PATH; apt-get install libreoffice-calc-nogui)`,
    );
}

/**
 * Runs LibreOffice headless with `args`, with a profile and a HOME of its own
 * in `folder` (two runs never share one, and the user's is never touched).
 */
export function runSoffice(folder: string, args: string[]) {
  return spawnSync(
    SOFFICE!,
    ['--headless', '--norestore', `-env:UserInstallation=${pathToFileURL(join(folder, 'profile')).href}`, ...args],
    {
      encoding: 'utf8',
      env: { ...process.env, HOME: folder },
    },
  );
}
