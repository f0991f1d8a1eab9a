import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDossier } from '../helpers.js';
import { installedData } from '../../src/cli/checker-data.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'dossier-check.js');

function check(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [BIN, 'check', '--date', '2022-07-20', '--format', 'json', ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  const reports = result.stdout
    ? (JSON.parse(result.stdout) as { dossiers: { verdict: string; porteur: { nom?: string }; problemes: any[] }[] })
    : undefined;
  return { code: result.status, stderr: result.stderr, dossier: reports?.dossiers[0] };
}

describe('the format of standard input and of files without a known extension', () => {
  it('reads flow YAML on standard input as YAML, as it would in a .yaml file', () => {
    const { dossier } = check(['-'], '{porteur: {nom: X}}\n');
    expect(dossier?.verdict).not.toBe('illisible');
    expect(dossier?.porteur.nom).toBe('X');
  });

  it('reads JSON with a trailing comma on standard input (JSON is YAML)', () => {
    const { dossier } = check(['-'], '{"porteur": {"nom": "X",}}\n');
    expect(dossier?.porteur.nom).toBe('X');
  });

  it("gives JSON's precise error, at its position, for input plainly meant as JSON that reads neither way", () => {
    const { dossier } = check(['-'], '{\n  "porteur": {"nom": "X"} \n  "projet": {}\n}\n');
    expect(dossier?.verdict).toBe('illisible');
    expect(dossier?.problemes[0]).toMatchObject({ code: 'json-invalide', position: { ligne: 3, colonne: 3 } });
  });

  it('points an unfinished JSON input at its end', () => {
    const { dossier } = check(['-'], '{"porteur": {"nom": "X"}\n');
    expect(dossier?.problemes[0]).toMatchObject({ code: 'json-invalide', position: { ligne: 1, colonne: 25 } });
  });

  it('keeps YAML errors for YAML input that starts with a brace', () => {
    const report = checkDossier('{porteur: {nom: X}\n', 'dossier', { data: installedData });
    expect(report.problemes[0]?.code).toBe('yaml-invalide');
  });

  it('holds a .json file to JSON, and says when it is YAML written in a .json file', () => {
    const folder = mkdtempSync(join(tmpdir(), 'format-'));
    writeFileSync(join(folder, 'd.json'), '{porteur: {nom: X}}\n');
    const { dossier } = check([join(folder, 'd.json')]);
    expect(dossier?.verdict).toBe('illisible');
    expect(dossier?.problemes[0]?.code).toBe('json-invalide');
    expect(dossier?.problemes[0]?.message).toContain('.yaml');
  });
});

describe('a .json file with a slip', () => {
  it('gets JSON’s own error, not a word about YAML', () => {
    const report = checkDossier('{"porteur": {"type": "commune",}}', 'd.json', { data: installedData });
    expect(report.problemes[0]).toMatchObject({ code: 'json-invalide', position: { ligne: 1, colonne: 32 } });
    expect(report.problemes[0]?.message).toContain('« } » inattendu');
  });
});

describe('init --from -', () => {
  it('says that init --from completes a file, not standard input', () => {
    const result = spawnSync(process.execPath, [BIN, 'init', '--from', '-'], { encoding: 'utf8', input: 'porteur:\n  nom: X\n' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('pas l’entrée standard');
  });
});
