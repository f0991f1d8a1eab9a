import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const readJson = (name: string) => JSON.parse(readFileSync(join(ROOT, name), 'utf8'));

describe('the package does not depend on itself', () => {
  const pkg = readJson('package.json');
  const lock = readJson('package-lock.json');

  it('lists no dependency on its own name nor on the project folder', () => {
    for (const field of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']) {
      const deps: Record<string, string> = pkg[field] ?? {};
      expect(Object.keys(deps), field).not.toContain(pkg.name);
      expect(
        Object.values(deps).filter((spec) => spec.startsWith('file:')),
        field,
      ).toEqual([]);
    }
  });

  it('has no link back to the project in its lock file', () => {
    // A link from node_modules/ to the project makes a loop for tools that walk node_modules.
    const linked = Object.entries(lock.packages as Record<string, { link?: boolean }>)
      .filter(([, entry]) => entry.link)
      .map(([path]) => path);
    expect(linked).toEqual([]);
    expect(Object.keys(lock.packages)).not.toContain(`node_modules/${pkg.name}`);
  });
});

describe("the README's first command", () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const quickStart = /## Quick start[\s\S]*?```sh\n(?<first>[^\n]+)\n/.exec(readme)?.groups?.first ?? '';

  it('installs with npm ci, then runs the tool without asking the registry for a package of that name', () => {
    expect(quickStart).toMatch(/^npm ci && /);
    // Without the self-link, `npx dossier-check` in a clone may fetch whatever the registry holds under that name.
    expect(quickStart).not.toMatch(/\bnpx\b/);
  });

  it('checks the examples once installed: a table of the 23 dossiers, exit code 1', () => {
    const run = quickStart.replace(/^npm ci && /, '');
    const result = spawnSync('sh', ['-c', run], {
      cwd: ROOT,
      encoding: 'utf8',
      // Offline: the command must not need the registry once the clone is installed.
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', npm_config_offline: 'true' },
    });
    expect(result.stderr).not.toMatch(/npm (error|warn)/i);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/23 dossiers/);
  });
});
