import { chmodSync, lstatSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../src/cli/files.js';

describe.skipIf(process.platform === 'win32')('replacing a file whole', () => {
  it('keeps the permissions of the file it replaces (a dossier readable by its owner only stays so)', () => {
    const folder = mkdtempSync(join(tmpdir(), 'files-'));
    const file = join(folder, 'dossier.yaml');
    writeFileSync(file, 'porteur: {}\n');
    chmodSync(file, 0o600);
    writeFileAtomically(file, new TextEncoder().encode('porteur: { nom: A }\n'));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toBe('porteur: { nom: A }\n');
    expect(readdirSync(folder)).toEqual(['dossier.yaml']);
  });

  it('replaces the file a link points to, and leaves the link a link', () => {
    const folder = mkdtempSync(join(tmpdir(), 'files-'));
    const real = join(folder, 'vrai.yaml');
    const link = join(folder, 'lien.yaml');
    writeFileSync(real, 'a: 1\n');
    symlinkSync(real, link);
    writeFileAtomically(link, 'a: 2\n');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe('a: 2\n');
  });
});
