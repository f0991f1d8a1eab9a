import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** A fault of the tool itself (here, simulated in the engine) is reported as such: no stack trace, exit 2. */
vi.mock('../../src/engine/check.js', async (original) => ({
  ...(await original<typeof import('../../src/engine/check.js')>()),
  // The CLI checks each file with checkFile.
  checkFile: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'x')");
  },
}));

const { main } = await import('../../src/cli/main.js');
const FILE = join(import.meta.dirname, '..', 'fixtures', 'eligible.yaml');

describe('an internal fault', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    ['fr', /Erreur interne de dossier-check : ce n’est pas votre dossier qui est en cause\. Merci de la signaler/],
    ['en', /internal error/i],
  ])('is said in %s, with a hint to report it, and exits 2', async (lang, message) => {
    const stderr: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => stderr.push(String(chunk)) > 0);
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const code = await main(['node', 'dossier-check', 'check', FILE, '--lang', lang]);
    expect(code).toBe(2);
    expect(stderr.join('')).toMatch(message);
    expect(stderr.join('')).not.toMatch(/TypeError|\bat .*:\d+/);
  });
});
