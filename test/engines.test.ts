import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
/** npm's own range reader (a devDependency for this test; it has no types of its own). */
const semver = createRequire(import.meta.url)('semver') as {
  satisfies: (version: string, range: string) => boolean;
  valid: (version: string) => string | null;
};
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
const LOCK = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { dev?: boolean; link?: boolean; engines?: { node?: string } | string[] }>;
};

/** What the tool needs at run time: the lock file's packages that are not only for development, with the Node versions they accept. */
const runtimeRanges = Object.entries(LOCK.packages)
  .filter(([path, entry]) => path !== '' && !entry.dev && !entry.link)
  .flatMap(([path, entry]) => {
    const node = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
    return node ? [{ name: path.replace(/^.*node_modules\//, ''), node }] : [];
  });

/** Every version a range of the lock file names (its bounds), and the first release of each major: where ranges disagree. */
function probes(): string[] {
  const named = [PACKAGE.engines.node, ...runtimeRanges.map(({ node }) => node)].flatMap((range) => range.match(/\d+\.\d+\.\d+/g) ?? []);
  const majors = Array.from({ length: 12 }, (_, index) => `${16 + index}.0.0`);
  return [...new Set([...named, ...majors])].filter((version) => semver.valid(version));
}

describe('engines.node in package.json', () => {
  it('admits only Node versions every runtime dependency accepts', () => {
    expect(runtimeRanges.length).toBeGreaterThan(10);
    const refused = probes()
      .filter((version) => semver.satisfies(version, PACKAGE.engines.node))
      .flatMap((version) =>
        runtimeRanges.filter(({ node }) => !semver.satisfies(version, node)).map(({ name, node }) => `${version}: ${name} wants ${node}`),
      );
    expect(refused).toEqual([]);
  });

  it('admits the Node running the tests (CI runs them on 20 and on 24)', () => {
    expect(semver.satisfies(process.version, PACKAGE.engines.node)).toBe(true);
  });
});
