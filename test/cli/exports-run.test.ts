import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EXIT } from '../../src/cli/errors.js';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/output.js';
import type { WorkbookReadOptions } from '../../src/tableur/read.js';
import { exportDossier } from '../engine/export-fixture.js';

/**
 * The command line's side of an export, in process: the reader and the
 * mapping (other modules, tested on their own) are replaced by a hand-built
 * reading, to show what `check --colonnes` does with it: read once, bounds
 * passed down, each dossier reported at its cells, YAML untouched.
 */
const calls = vi.hoisted(() => ({ read: [] as { fichier: string; options: unknown }[], loaded: 0, errors: [] as string[] }));

vi.mock('../../src/tableur/read.js', async (original) => ({
  ...(await original<typeof import('../../src/tableur/read.js')>()),
  readWorkbook: (_bytes: Uint8Array, format: string, fichier: string, options: WorkbookReadOptions) => {
    calls.read.push({ fichier, options });
    const sheet = (name: string) => ({ name, hidden: false, rows: new Map(), hiddenRows: new Set(), merges: [] });
    return { ok: true, workbook: { format, sheets: [sheet('Dossiers'), sheet('Dépenses')], externalLinks: 0 }, findings: [] };
  },
}));

vi.mock('../../src/tableur/rows.js', () => ({
  dossiersOfWorkbook: (_workbook: unknown, _correspondance: unknown, fichier: string) => ({
    dossiers: [
      exportDossier('1234', 1, 2, 14, (tree) => ((tree.depenses as Record<string, unknown>[])[0]!.montant_ht = 'beaucoup'), {
        dossiers: 'Dossiers',
        depenses: 'Dépenses',
        fichier,
      }),
      exportDossier('1235', 2, 3, 15, () => {}, { dossiers: 'Dossiers', depenses: 'Dépenses', fichier }),
    ],
    fileFindings: [],
  }),
}));

vi.mock('../../src/edition/correspondance.js', () => ({
  loadCorrespondance: () => {
    calls.loaded++;
    return calls.errors.length > 0
      ? { ok: false, errors: calls.errors }
      : { ok: true, correspondance: { version: 1, dossiers: { identifiant: 'N°' } } };
  },
}));

function fakeIO(): CliIO & { out: () => string; err: () => string } {
  const written = { out: '', err: '' };
  const sink = (name: 'out' | 'err') => ({
    isTTY: false,
    write: (text: string | Uint8Array) => {
      written[name] += typeof text === 'string' ? text : Buffer.from(text).toString('utf8');
      return true;
    },
  });
  return { stdin: Readable.from([]), stdout: sink('out'), stderr: sink('err'), out: () => written.out, err: () => written.err };
}

const folder = mkdtempSync(join(tmpdir(), 'dossier-check-exports-run-'));
const EXPORT = join(folder, 'export.xlsx');
const SECOND = join(folder, 'second.ods');
const CORRESPONDANCE = join(folder, 'correspondance.yaml');
writeFileSync(EXPORT, 'PK\u0003\u0004 not read: the reader is replaced');
writeFileSync(SECOND, 'PK\u0003\u0004');
writeFileSync(CORRESPONDANCE, 'version: 1\n');
const YAML = join(import.meta.dirname, '..', '..', 'examples', 'commune-hors-delai.yaml');

async function run(...args: string[]) {
  const io = fakeIO();
  const code = await main(['node', 'dossier-check', 'check', '--date', '2022-07-20', ...args], io);
  return { code, stdout: io.out(), stderr: io.err() };
}

beforeEach(() => {
  calls.read.length = 0;
  calls.loaded = 0;
  calls.errors = [];
});

describe('check --colonnes', () => {
  it('reads the correspondence once for every export, and reports each dossier at its cells', async () => {
    const { code, stdout, stderr } = await run(EXPORT, SECOND, '--colonnes', CORRESPONDANCE);
    expect(stderr).toBe('');
    expect(code).toBe(EXIT.notEligible);
    expect(calls.loaded).toBe(1);
    expect(calls.read.map(({ fichier }) => fichier)).toEqual([EXPORT, SECOND]);
    expect(stdout).toContain(`${EXPORT}#1234 Dépenses!C14`);
    expect(stdout).toContain(`${SECOND}#1235`);
  });

  it('passes down 16 × --taille-max as the inflated bound, and a cell bound', async () => {
    await run(EXPORT, '--colonnes', CORRESPONDANCE, '--taille-max', '2');
    expect(calls.read[0]!.options).toMatchObject({ limits: { maxInflatedBytes: 16 * 2 * 1024 * 1024, maxCells: 2_000_000 } });
    await run(EXPORT, '--colonnes', CORRESPONDANCE);
    expect(calls.read[1]!.options).toMatchObject({ limits: { maxInflatedBytes: 16 * 10 * 1024 * 1024 } });
  });

  it('JSON: each report names the export, its rank and its number; positions whole', async () => {
    const { stdout } = await run(EXPORT, '--colonnes', CORRESPONDANCE, '--format', 'json');
    const report = JSON.parse(stdout);
    expect(report.dossiers.map((dossier: { fichier: string; document: unknown }) => [dossier.fichier, dossier.document])).toEqual([
      [`${EXPORT}#1234`, { fichier: EXPORT, numero: 1, identifiant: '1234' }],
      [`${EXPORT}#1235`, { fichier: EXPORT, numero: 2, identifiant: '1235' }],
    ]);
    const amount = report.dossiers[0].problemes.find((problem: { chemin: string }) => problem.chemin === 'depenses.0.montant_ht');
    expect(amount.position).toEqual({ ligne: 14, colonne: 3, feuille: 'Dépenses', cellule: 'C14' });
  });

  it('an export too large for --taille-max is refused unread, with the bound', async () => {
    const big = join(folder, 'big.csv');
    writeFileSync(big, 'x'.repeat(2000));
    const { stdout } = await run(big, '--colonnes', CORRESPONDANCE, '--taille-max', '0.001', '--format', 'json');
    expect(calls.read).toEqual([]);
    const [dossier] = JSON.parse(stdout).dossiers;
    expect([dossier.fichier, dossier.verdict, dossier.problemes[0].code]).toEqual([big, 'illisible', 'fichier-trop-volumineux']);
  });

  it('a YAML dossier checks byte for byte as without --colonnes', async () => {
    for (const format of ['text', 'json', 'csv']) {
      const without = await run(YAML, '--format', format);
      const withColonnes = await run(YAML, '--colonnes', CORRESPONDANCE, '--format', format);
      expect(withColonnes).toEqual(without);
    }
    expect(calls.read).toEqual([]);
  });

  it('a correspondence with mistakes: a usage error listing every one, nothing checked', async () => {
    calls.errors = ['dossiers.identifiant: manquant', 'valeurs.porteur.type.Commune: « mairie » inconnu'];
    const { code, stdout, stderr } = await run(EXPORT, '--colonnes', CORRESPONDANCE);
    expect(code).toBe(EXIT.usage);
    expect(stdout).toBe('');
    expect(stderr).toContain(`Fichier de correspondance ${CORRESPONDANCE} invalide (2 erreurs) :`);
    expect(stderr).toContain('  - dossiers.identifiant: manquant');
    expect(stderr).toContain('  - valeurs.porteur.type.Commune: « mairie » inconnu');
    expect(calls.read).toEqual([]);
  });

  it('--output never replaces the correspondence file', async () => {
    const { code, stderr } = await run(EXPORT, '--colonnes', CORRESPONDANCE, '--output', CORRESPONDANCE, '--force');
    expect(code).toBe(EXIT.usage);
    expect(stderr).toContain(CORRESPONDANCE);
    // Named as what it is: not "one of the dossiers to check".
    expect(stderr).toContain('un export ou son fichier de correspondance');
  });

  it('--csv-problemes: one row per problem, with its cell', async () => {
    const { stdout } = await run(EXPORT, '--colonnes', CORRESPONDANCE, '--format', 'csv', '--csv-problemes');
    const lines = stdout.split('\r\n');
    expect(lines[0]).toBe('\ufefffichier;gravite;code;chemin;message;regle;clause;cellule;ligne;colonne;titre');
    expect(lines.find((line) => line.includes(';depenses.0.montant_ht;'))).toMatch(/;Dépenses!C14;14;3;$/);
  });
});
