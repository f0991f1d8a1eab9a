import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'dossier-check.js');

describe('check on a bare list of expense lines', () => {
  it('reports one unreadable file with one problem that says depenses: is missing, and exits 1', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'shapes-')), 'devis.yaml');
    writeFileSync(
      file,
      '- libelle: Tablettes\n  montant_ht: 2400\n- libelle: Formation\n  montant_ht: 800\n- libelle: Logiciel\n  montant_ht: 300\n',
    );
    const result = spawnSync(process.execPath, [BIN, 'check', file, '--date', '2022-07-20'], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' },
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^ILLISIBLE {2}\S*devis\.yaml\n/);
    expect(result.stdout).toContain('1 problème');
    expect(result.stdout).toContain('il manque la rubrique depenses:');
    expect(result.stdout).not.toContain('#1');
    expect(result.stdout).not.toContain('inconnue');
  });

  // A JSON file is told the fix in JSON, not in YAML's "depenses:" and "-".
  it('says the fix in JSON for a .json file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'shapes-')), 'devis.json');
    writeFileSync(file, '[{"libelle": "Tablettes", "montant_ht": 2400}, {"libelle": "Formation", "montant_ht": 800}]\n');
    const result = spawnSync(process.execPath, [BIN, 'check', file, '--date', '2022-07-20'], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' },
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('sous "depenses": [ … ]');
    expect(result.stdout).not.toContain('« depenses: »');
  });
});
