import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { BIN, EXAMPLES, runBinary } from './binary.js';

/** An officer's mistakes with an export, through the built binary: what the report says and where. */
const CORRESPONDANCE_CSV = join(EXAMPLES, 'exports', 'correspondance-csv.yaml');

function folderWith(files: Record<string, string | Uint8Array>): string {
  const folder = mkdtempSync(join(tmpdir(), 'dossier-check-review-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
  return folder;
}

describe('a file that is not the export the correspondence describes', () => {
  it.each([
    ['an empty CSV', 'export.csv', ''],
    ['a YAML dossier named .csv', 'dossier.csv', 'porteur:\n  nom: Commune de Feurs\n  type: commune\n'],
    ['a CSV separated by "|"', 'export.csv', 'Dossier ID|Nom de la collectivité|Type de structure\n4127|Commune de Feurs|Commune\n'],
  ])('%s: one problem that says so, not one per column of the correspondence', (_, name, content) => {
    const folder = folderWith({ [name]: content });
    const result = runBinary(['check', join(folder, name), '--colonnes', CORRESPONDANCE_CSV, '--format', 'json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { dossiers: { verdict: string; problemes: { code: string; chemin: string }[] }[] };
    expect(report.dossiers.map(({ verdict }) => verdict)).toEqual(['illisible']);
    expect(report.dossiers[0]!.problemes.map(({ code, chemin }) => [code, chemin])).toEqual([
      ['titres-introuvables', 'dossiers.ligne_titres'],
    ]);
  });

  it('said once for a CSV read through a correspondence with a sheet of lines (the same row)', () => {
    const folder = folderWith({ 'export.csv': '' });
    const correspondance = join(EXAMPLES, 'exports', 'correspondance-plateforme.yaml');
    const result = runBinary(['check', join(folder, 'export.csv'), '--colonnes', correspondance, '--format', 'json']);
    const report = JSON.parse(result.stdout) as { dossiers: { problemes: { code: string; chemin: string }[] }[] };
    expect(report.dossiers[0]!.problemes.map(({ code, chemin }) => [code, chemin])).toEqual([
      ['titres-introuvables', 'dossiers.ligne_titres'],
    ]);
  });

  it('says it in French and in English, with the titles found and the row', () => {
    const folder = folderWith({ 'export.csv': 'Dossier ID|Nom\n4127|Feurs\n' });
    const fr = runBinary(['check', join(folder, 'export.csv'), '--colonnes', CORRESPONDANCE_CSV]);
    expect(fr.stdout).toContain('La ligne 1 ne contient aucun des titres du fichier de correspondance (titres trouvés : Dossier ID|Nom)');
    const en = runBinary(['check', join(folder, 'export.csv'), '--colonnes', CORRESPONDANCE_CSV, '--lang', 'en']);
    expect(en.stdout).toContain('Row 1 holds none of the titles of the correspondence file (titles found: Dossier ID|Nom)');
  });

  it('a column renamed in the export is still one problem naming it, the others read', () => {
    const csv = readFileSync(join(EXAMPLES, 'exports', 'export-plateforme.csv'), 'latin1').replace(
      'Type de structure',
      'Nature du porteur',
    );
    const folder = folderWith({ 'export.csv': Buffer.from(csv, 'latin1') });
    copyFileSync(CORRESPONDANCE_CSV, join(folder, 'c.yaml'));
    const result = runBinary(['check', join(folder, 'export.csv'), '--colonnes', join(folder, 'c.yaml'), '--format', 'json']);
    const report = JSON.parse(result.stdout) as {
      dossiers: { problemes: { code: string; chemin: string; position?: Record<string, unknown> }[] }[];
    };
    expect(report.dossiers[0]!.problemes.map(({ code, chemin }) => [code, chemin])).toEqual([['colonne-introuvable', 'porteur.type']]);
    // A problem of the row of titles names no column's title: it is about the row.
    expect(report.dossiers[0]!.problemes[0]!.position).toEqual({ ligne: 1, colonne: 1, cellule: 'A1' });
  });
});

describe('an export on standard input, with --colonnes', () => {
  const exports = join(EXAMPLES, 'exports');
  const stdin = (file: string, correspondance: string) => {
    const result = spawnSync(process.execPath, [BIN, 'check', '-', '--colonnes', join(exports, correspondance), '--format', 'json'], {
      input: readFileSync(join(exports, file)),
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    return JSON.parse(result.stdout) as { dossiers: { fichier: string; verdict: string }[] };
  };

  it.each([
    ['export-plateforme.xlsx', 'correspondance-plateforme.yaml'],
    ['export-plateforme.ods', 'correspondance-plateforme.yaml'],
    ['export-plateforme.csv', 'correspondance-csv.yaml'],
  ])('%s is read as the export it is, not as a YAML dossier', (file, correspondance) => {
    const report = stdin(file, correspondance);
    expect(report.dossiers.map(({ fichier }) => fichier)).toHaveLength(10);
    expect(report.dossiers[0]).toMatchObject({ fichier: '<stdin>#4127', verdict: 'eligible' });
  });

  it('a YAML dossier on standard input is still checked as a dossier', () => {
    const dossier = join(exports, 'dossiers');
    const result = spawnSync(
      process.execPath,
      [BIN, 'check', '-', '--colonnes', join(exports, 'correspondance-csv.yaml'), '--format', 'json'],
      {
        input: readFileSync(
          join(
            EXAMPLES,
            'exports',
            'dossiers',
            readdirSync(dossier).find((name) => name.endsWith('.yaml'))!,
          ),
        ),
        encoding: 'utf8',
      },
    );
    const report = JSON.parse(result.stdout) as { dossiers: { fichier: string; verdict: string }[] };
    expect(report.dossiers.map(({ fichier }) => fichier)).toEqual(['<stdin>']);
    expect(report.dossiers[0]!.verdict).not.toBe('illisible');
  });
});

describe('a problem of an export names the column as the officer sees it', () => {
  const exports = join(EXAMPLES, 'exports');
  const args = [join(exports, 'export-plateforme.xlsx'), '--colonnes', join(exports, 'correspondance-plateforme.yaml')];

  it('text, in both languages: the cell, then the title of its column', () => {
    for (const lang of ['fr', 'en']) {
      const { stdout } = runBinary(['check', ...args, '--lang', lang]);
      expect(stdout).toContain("export-plateforme.xlsx#4205 Dossiers!W8 (Montant de l'aide sollicitée)  financement.aide_sollicitee");
      expect(stdout).toContain('export-plateforme.xlsx#4205 Dépenses!I21 (Taux de TVA)  depenses.1.taux_tva');
    }
  });

  it('JSON: the position carries the title; a problem about the file (no column) has none', () => {
    const report = JSON.parse(runBinary(['check', ...args, '--format', 'json']).stdout) as {
      dossiers: { fichier: string; problemes: { chemin: string; position?: Record<string, unknown> }[] }[];
    };
    const dossier = report.dossiers.find(({ fichier }) => fichier.endsWith('#4205'))!;
    expect(dossier.problemes.find(({ chemin }) => chemin === 'financement.aide_sollicitee')!.position).toEqual({
      ligne: 8,
      colonne: 23,
      feuille: 'Dossiers',
      cellule: 'W8',
      titre: "Montant de l'aide sollicitée",
    });
  });

  it('GitHub annotations and a CSV export (numbered columns) too', () => {
    const github = runBinary(['check', ...args, '--format', 'github']).stdout;
    expect(github).toContain("Dossiers!W8 (Montant de l'aide sollicitée) — ");
    const csv = runBinary(['check', join(exports, 'export-plateforme.csv'), '--colonnes', join(exports, 'correspondance-csv.yaml')]).stdout;
    expect(csv).toMatch(/export-plateforme\.csv#4205 [A-Z]+\d+ \(Dépense 2 – taux de TVA\) {2}depenses\.1\.taux_tva/);
  });
});

describe('an expense line without a dossier number', () => {
  it('says it has no number (never « »), in both languages', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Dossiers').addRow(['Dossier ID', 'Nom de la collectivité']);
    book.getWorksheet('Dossiers')!.addRow(['4127', 'Commune de Feurs']);
    const lines = book.addWorksheet('Dépenses');
    lines.addRow(['Dossier ID', 'Libellé de la dépense', 'Montant HT']);
    lines.addRow(['', 'Tablettes', 1500]);
    const folder = folderWith({ 'export.xlsx': new Uint8Array(await book.xlsx.writeBuffer()) });
    writeFileSync(
      join(folder, 'c.yaml'),
      'version: 1\ndossiers: { feuille: Dossiers, identifiant: Dossier ID, colonnes: { porteur.nom: Nom de la collectivité } }\n' +
        'depenses: { feuille: Dépenses, jointure: Dossier ID, colonnes: { libelle: Libellé de la dépense, montant_ht: Montant HT } }\n',
    );
    const fr = runBinary(['check', join(folder, 'export.xlsx'), '--colonnes', join(folder, 'c.yaml')]).stdout;
    expect(fr).toContain('export.xlsx#ligne-2 Dépenses!A2 (Dossier ID)  depenses');
    expect(fr).toContain('Une ligne de dépense n’a pas de numéro de dossier : elle n’est comptée dans aucun dossier.');
    expect(fr).not.toContain('«  »');
    const en = runBinary(['check', join(folder, 'export.xlsx'), '--colonnes', join(folder, 'c.yaml'), '--lang', 'en']).stdout;
    expect(en).toContain('An expense line has no dossier number: it is counted in no dossier.');
  });
});

describe('an export over --taille-max', () => {
  it('is not read, and the message does not take it for a dossier', () => {
    const args = [
      'check',
      join(EXAMPLES, 'exports', 'export-plateforme.xlsx'),
      '--colonnes',
      join(EXAMPLES, 'exports', 'correspondance-plateforme.yaml'),
    ];
    const fr = runBinary([...args, '--taille-max', '0.001']);
    expect(fr.code).toBe(1);
    expect(fr.stdout).toContain('si c’est bien un dossier ou un export, relevez la limite avec --taille-max');
    expect(runBinary([...args, '--taille-max', '0.001', '--lang', 'en']).stdout).toContain(
      'if it really is a dossier or an export, raise the limit',
    );
  });
});

describe('a hidden sheet of dossiers', () => {
  it('is read with an info on each dossier, never counted as a dossier of its own', async () => {
    const book = new ExcelJS.Workbook();
    const dossiers = book.addWorksheet('Dossiers');
    dossiers.state = 'hidden';
    dossiers.addRow(['Dossier ID', 'Nom de la collectivité']);
    dossiers.addRow(['4127', 'Commune de Feurs']);
    dossiers.addRow(['4128', 'Commune de Roanne']);
    book.addWorksheet('Dépenses').addRow(['Dossier ID', 'Libellé de la dépense']);
    const folder = folderWith({ 'export.xlsx': new Uint8Array(await book.xlsx.writeBuffer()) });
    writeFileSync(
      join(folder, 'c.yaml'),
      'version: 1\ndossiers: { feuille: Dossiers, identifiant: Dossier ID, colonnes: { porteur.nom: Nom de la collectivité } }\n' +
        'depenses: { feuille: Dépenses, jointure: Dossier ID, colonnes: { libelle: Libellé de la dépense } }\n',
    );
    const result = runBinary(['check', join(folder, 'export.xlsx'), '--colonnes', join(folder, 'c.yaml'), '--format', 'json']);
    const report = JSON.parse(result.stdout) as {
      dossiers: { fichier: string; problemes: { code: string }[] }[];
      resume: { total: number };
    };
    expect(report.dossiers.map(({ fichier }) => fichier.replace(/.*[\\/]/, ''))).toEqual(['export.xlsx#4127', 'export.xlsx#4128']);
    expect(report.resume.total).toBe(2);
    for (const dossier of report.dossiers) expect(dossier.problemes.map(({ code }) => code)).toContain('feuille-masquee');
  });
});

describe('Excel’s "Unicode text" (.txt, UTF-16, tab-separated)', () => {
  it('is read as the CSV export it is when named with --colonnes', () => {
    const text = readFileSync(join(EXAMPLES, 'exports', 'export-plateforme.csv'), 'latin1')
      .replace(/\u0096/g, '–')
      .replace(/\u0080/g, '€')
      .split('\r\n')
      .map((line) => line.split(';').join('\t'))
      .join('\r\n');
    // The example's fields hold no ";" inside quotes, so splitting on it is enough to retab the file.
    const folder = folderWith({ 'export.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) });
    const result = runBinary(['check', join(folder, 'export.txt'), '--colonnes', CORRESPONDANCE_CSV, '--format', 'json']);
    const report = JSON.parse(result.stdout) as { resume: { total: number; eligible: number; illisible: number } };
    expect(report.resume).toMatchObject({ total: 10, eligible: 5, illisible: 0 });
  });
});

describe('a damaged workbook', () => {
  it('says in the officer’s language what likely happened and what to do, the library’s English only as a technical detail', () => {
    const whole = readFileSync(join(EXAMPLES, 'exports', 'export-plateforme.xlsx'));
    const folder = folderWith({ 'export.xlsx': whole.subarray(0, 3000) });
    const correspondance = join(EXAMPLES, 'exports', 'correspondance-plateforme.yaml');
    const fr = runBinary(['check', join(folder, 'export.xlsx'), '--colonnes', correspondance, '--no-color']);
    expect(fr.code).toBe(1);
    expect(fr.stdout).toContain('il est peut-être incomplet (téléchargement interrompu) ou abîmé');
    expect(fr.stdout).toMatch(/\(Détail technique, en anglais : [^)]+\.\)/);
    const en = runBinary(['check', join(folder, 'export.xlsx'), '--colonnes', correspondance, '--no-color', '--lang', 'en']);
    expect(en.stdout).toContain('it may be incomplete (an interrupted download) or damaged');
  });
});

describe('a workbook on standard input without --colonnes', () => {
  it('is said to be a workbook to read with --colonnes, never read as a YAML dossier', () => {
    const bytes = readFileSync(join(EXAMPLES, 'exports', 'export-plateforme.xlsx'));
    const result = spawnSync(process.execPath, [BIN, 'check', '-', '--format', 'json'], { input: bytes, encoding: 'utf8' });
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as { dossiers: { verdict: string; problemes: { code: string; message: string }[] }[] };
    expect(report.dossiers.map(({ verdict }) => verdict)).toEqual(['illisible']);
    expect(report.dossiers[0]!.problemes.map(({ code }) => code)).toEqual(['classeur-sans-correspondance']);
    expect(report.dossiers[0]!.problemes[0]!.message).toContain('--colonnes');
  });
});
