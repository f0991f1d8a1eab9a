import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkConfig, type CheckFlags } from '../../src/cli/config.js';
import { editionsFor } from '../../src/cli/editions.js';
import { UsageError } from '../../src/cli/errors.js';
import type { CliIO } from '../../src/cli/output.js';
import { runCheck } from '../../src/cli/run-check.js';
import { catalogue } from '../../src/i18n/index.js';
import { DEFAULT_EDITION } from '../../src/reglement/index.js';
import { runSoffice, SOFFICE, warnIfNoSoffice } from '../soffice.js';
import { BIN, EXAMPLES } from './binary.js';

/** `check --format xlsx` through the built binary, as an officer runs it. */

const DATE = ['--date', '2022-07-20'];

function run(args: string[], cwd?: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.toString('utf8') };
}

/** Standard error holds nothing but the one-line notes on files set aside as not dossiers. */
function notesOnly(stderr: string): boolean {
  return stderr.split('\n').every((line) => line === '' || line.includes('n’est pas un dossier'));
}

describe('check --format xlsx, end to end', () => {
  it('writes the examples’ workbook to --output, and the same workbook to a pipe', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'xlsx-'));
    const file = join(folder, 'rapport.xlsx');
    const written = run(['check', EXAMPLES, ...DATE, '--format', 'xlsx', '--output', file]);
    // Three examples are ineligible: exit 1, as every format.
    expect(written.code).toBe(1);
    // Only the notes on the correspondence files of examples/exports/, set aside as not dossiers.
    expect(notesOnly(written.stderr)).toBe(true);
    expect(written.stdout.length).toBe(0);
    // No temporary file is left beside it.
    expect(readdirSync(folder)).toEqual(['rapport.xlsx']);
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const piped = run(['check', EXAMPLES, ...DATE, '--format', 'xlsx']);
    expect(piped.code).toBe(1);
    expect(notesOnly(piped.stderr)).toBe(true);

    // The zip's entries carry the time they were written: the cells, not the bytes, are the same.
    const cells = async (workbook: Buffer) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(workbook as unknown as ArrayBuffer);
      return book.worksheets.map((sheet) => ({ name: sheet.name, values: sheet.getSheetValues() }));
    };
    const fromFile = await cells(bytes);
    expect(await cells(piped.stdout)).toEqual(fromFile);
    // A header, then one row per example (examples/exports/dossiers/ included).
    const examples = readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' }).filter(
      (name) => /\.(ya?ml|json)$/.test(name) && !/reglement|correspondance|(^|\/)ci\//.test(name),
    );
    expect(examples.length).toBeGreaterThan(10);
    expect(fromFile[0]!.values.filter(Boolean)).toHaveLength(1 + examples.length);
  });

  it('refuses a terminal before checking anything, with a usage error that names --output', async () => {
    const io: CliIO = {
      stdin: process.stdin,
      stdout: { isTTY: true, write: () => expect.unreachable('nothing is written to the terminal') },
      stderr: { isTTY: true, write: () => true },
    };
    const flags: CheckFlags = { format: 'xlsx', lang: 'fr', color: false, failOn: 'bloquant' };
    const refused = runCheck(checkConfig([EXAMPLES], flags, editionsFor), io);
    await expect(refused).rejects.toBeInstanceOf(UsageError);
    await expect(refused).rejects.toThrow(catalogue('fr').usage.binaryToTerminal('xlsx'));
    await expect(runCheck(checkConfig([EXAMPLES], { ...flags, lang: 'en' }, editionsFor), io)).rejects.toThrow(/--output report\.xlsx/);
  });

  // A real terminal: script(1) gives the binary a pseudo-terminal as standard output.
  const hasScript = spawnSync('script', ['--version']).status === 0;
  it.skipIf(!hasScript)('refuses a real terminal: exit 2, the message, no bytes', () => {
    const command = `${process.execPath} ${BIN} check ${join(EXAMPLES, 'ccas-lignes-mixtes.yaml')} --format xlsx`;
    const result = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stdout).toContain('--output rapport.xlsx');
    expect(result.stdout).not.toContain('PK');
  });

  it('leaves an existing file alone without --force, as every format', () => {
    const folder = mkdtempSync(join(tmpdir(), 'xlsx-'));
    const file = join(folder, 'rapport.xlsx');
    writeFileSync(file, 'ancien');
    const result = run(['check', join(EXAMPLES, 'ccas-lignes-mixtes.yaml'), '--format', 'xlsx', '-o', file]);
    expect(result.code).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe('ancien');
  });
});

warnIfNoSoffice('the xlsx workbook');

interface JsonReport {
  dossiers: {
    fichier: string;
    verdict: 'eligible' | 'a-completer' | 'ineligible' | 'illisible';
    porteur: { nom?: string; siren?: string };
    aide: { assiette_eligible_ht: number | null; maximale: number | null; sollicitee: number | null };
    depenses: {
      index: number;
      libelle: string;
      montant_ht: number | null;
      categorie?: string;
      statut: 'eligible' | 'exclue' | 'a-verifier';
      motif: string;
    }[];
    criteres_analyse?: { documentes: number; total: number };
    financement: {
      cout_total_ht: number | null;
      autofinancement: number | null;
      equilibre: boolean | null;
      total_autres_aides: number | null;
      autofinancement_origine: 'declare' | 'deduit' | null;
    } | null;
    problemes: {
      gravite: 'bloquant' | 'avertissement' | 'info';
      code: string;
      chemin: string;
      message: string;
      position?: { ligne: number; colonne: number };
      regle: string;
    }[];
  }[];
  resume: {
    aide: Record<'eligibles_ou_a_completer' | 'ineligibles', Record<string, number | string[] | undefined>>;
  };
}

/** RFC 4180 with `,`, as LibreOffice writes it: the records and their fields. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    record.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (char === '"') quoted = !quoted;
    else if (quoted || (char !== ',' && char !== '\n' && char !== '\r')) field += char;
    else if (char === ',') endField();
    else {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endField();
      records.push(record);
      record = [];
    }
  }
  if (field !== '' || record.length > 0) {
    endField();
    records.push(record);
  }
  return records;
}

describe.skipIf(!SOFFICE)('the xlsx workbook opened in LibreOffice Calc', () => {
  it('reads back, cell by cell, what the JSON report of the same run says', () => {
    const folder = mkdtempSync(join(tmpdir(), 'xlsx-calc-'));
    const file = join(folder, 'rapport.xlsx');
    // The examples, and one whose SIREN starts with 0: a number would lose it.
    const zero = join(folder, 'siren-zero.yaml');
    writeFileSync(zero, readFileSync(join(EXAMPLES, 'ccas-lignes-mixtes.yaml'), 'utf8').replace(/siren: .*/, 'siren: "012 345 678"'));
    const inputs = [EXAMPLES, zero, ...DATE];
    expect(run(['check', ...inputs, '-f', 'xlsx', '-o', file]).code).toBe(1);
    const json = JSON.parse(run(['check', ...inputs, '-f', 'json']).stdout.toString('utf8')) as JsonReport;
    expect(json.dossiers.at(-1)!.porteur.siren).toBe('012 345 678');
    // Every sheet to its CSV (sheet index -1): `,` (44), `"` (34), UTF-8 (76), values as stored, not as shown.
    const converted = runSoffice(folder, [
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
      '--outdir',
      join(folder, 'out'),
      file,
    ]);
    expect(converted.status, converted.stderr).toBe(0);
    const t = catalogue('fr');
    const sheet = (name: string) => {
      const path = join(folder, 'out', `rapport-${name}.csv`);
      expect(existsSync(path), `${name}: ${readdirSync(join(folder, 'out')).join(', ')}`).toBe(true);
      return parseCsv(readFileSync(path, 'utf8'));
    };
    // A number as LibreOffice writes a stored value (5299.9, 0): read back to the cent; an empty cell for none.
    const amount = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

    const dossiers = sheet('Dossiers');
    expect(dossiers[0]).toEqual(Object.values(t.xlsx.dossiers));
    expect(dossiers.slice(1)).toEqual(
      json.dossiers.map((dossier) => [
        dossier.fichier,
        dossier.porteur.nom ?? '',
        dossier.porteur.siren?.replace(/\s/g, '') ?? '',
        t.verdicts[dossier.verdict],
        amount(dossier.aide.assiette_eligible_ht),
        amount(dossier.aide.maximale),
        amount(dossier.aide.sollicitee),
        String(dossier.problemes.filter((problem) => problem.gravite === 'bloquant').length),
        String(dossier.problemes.filter((problem) => problem.gravite === 'avertissement').length),
        dossier.criteres_analyse ? `${dossier.criteres_analyse.documentes}/${dossier.criteres_analyse.total}` : '',
        amount(dossier.financement?.cout_total_ht),
        amount(dossier.financement?.autofinancement),
        dossier.financement?.equilibre === null || dossier.financement === null ? '' : dossier.financement.equilibre ? 'oui' : 'non',
        amount(dossier.financement?.total_autres_aides),
        dossier.financement === null || dossier.financement.autofinancement_origine === null
          ? ''
          : dossier.financement.autofinancement_origine === 'deduit'
            ? 'oui'
            : 'non',
      ]),
    );
    // Not read as numbers: a SIREN keeps nine digits.
    expect(dossiers.slice(1).every((row) => /^\d{9}$/.test(row[2]!))).toBe(true);

    const category = (id: string | undefined) =>
      id ? (DEFAULT_EDITION.categories.find((known) => known.id === id)?.libelle.fr ?? id) : '';
    const lines = sheet('Lignes');
    expect(lines[0]).toEqual(Object.values(t.xlsx.lines));
    expect(lines.slice(1)).toEqual(
      json.dossiers.flatMap((dossier) =>
        dossier.depenses.map((line) => [
          dossier.fichier,
          String(line.index + 1),
          line.libelle,
          amount(line.montant_ht),
          category(line.categorie),
          t.statuses[line.statut],
          line.motif,
        ]),
      ),
    );

    const problems = sheet('Problèmes');
    expect(problems[0]).toEqual(Object.values(t.xlsx.problems));
    expect(problems.slice(1).map((row) => row.slice(0, 8))).toEqual(
      json.dossiers.flatMap((dossier) =>
        dossier.problemes.map((problem) => [
          dossier.fichier,
          t.gravities[problem.gravite],
          problem.code,
          problem.chemin,
          problem.position ? `${problem.position.ligne}:${problem.position.colonne}` : '',
          // The column of an export: none for a YAML dossier.
          '',
          problem.message,
          problem.regle,
        ]),
      ),
    );

    const totals = sheet('Totaux');
    const { eligibles_ou_a_completer: grantable, ineligibles: ineligible } = json.resume.aide;
    expect(totals.slice(1).map((row) => row.slice(2, 6))).toEqual(
      [grantable, ineligible].map((set) => [
        String(set.dossiers),
        amount(set.assiette_eligible_ht as number),
        amount(set.sollicitee as number),
        amount(set.maximale as number),
      ]),
    );
    expect(totals[1]![6]).toBe(amount(grantable.maximale_si_a_verifier_retenues as number));
    expect(totals[2]![7]).toBe(amount(ineligible.maximale_si_recevable as number));
  });
});
