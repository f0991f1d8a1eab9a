import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBinary } from './binary.js';

/**
 * The shipped example exports, checked through the built binary with their
 * correspondence files, give dossier by dossier what their YAML twins give:
 * the same verdict, maximum grant, eligible total, blocking problems and
 * line statuses. And a problem in an export names its cell.
 */

const EXPORTS = join(import.meta.dirname, '..', '..', 'examples', 'exports');
const DATE = ['--date', '2022-07-20'];

interface Report {
  dossiers: {
    fichier: string;
    verdict: string;
    aide: { assiette_eligible_ht: number | null; maximale: number | null; sollicitee: number | null };
    depenses: { statut: string }[];
    problemes: { gravite: string; code: string; chemin: string; position?: { feuille?: string; cellule?: string } }[];
  }[];
}

/** What the twins' comments announce (examples/exports/dossiers/NNNN-*.yaml): verdict, maximum grant, eligible HT. */
const ANNOUNCED: Record<string, [string, number, number]> = {
  '4127': ['eligible', 6269.2, 7836.5],
  '4133': ['eligible', 25000, 36770],
  '4151': ['eligible', 3409.6, 4262],
  '4168': ['ineligible', 0, 7310],
  '4170': ['ineligible', 0, 4140],
  '4192': ['ineligible', 0, 9650],
  '4205': ['a-completer', 7800, 9750],
  '4211': ['eligible', 8884.32, 11105.4],
  '4236': ['eligible', 1752, 2190],
  '4240': ['a-completer', 8280, 10350],
};

/** A JSON report of `args`, or a clear failure saying what the binary said instead. */
function jsonReport(args: string[]): Report {
  const { code, stdout, stderr } = runBinary(['check', ...args, ...DATE, '--format', 'json']);
  // Exit 1: some dossiers are ineligible or to complete. Anything else (2: a usage error, 3: a crash) is the failure to read.
  expect([0, 1], `exit ${code} for check ${args.join(' ')}:\n${stderr}`).toContain(code);
  return JSON.parse(stdout) as Report;
}

/** The platform's number of a report: 4127 from ".../4127-saint-just.yaml" or "export-plateforme.xlsx#4127". */
const numberOf = (fichier: string) => /(?:#|[\\/])(\d+)(?:-[^\\/]*\.yaml)?$/.exec(fichier)?.[1];

/** What must be the same in the twin and the export: not the reading's own notes (a code completed…). */
function outcome(dossier: Report['dossiers'][number]) {
  return {
    verdict: dossier.verdict,
    aide: dossier.aide,
    bloquants: dossier.problemes
      .filter((problem) => problem.gravite === 'bloquant')
      .map((problem) => `${problem.code} ${problem.chemin}`)
      // Sorted: problems are ordered by position, and a cell of a sheet is not a line of a YAML file.
      .sort(),
    lignes: dossier.depenses.map((line) => line.statut),
  };
}

const twins = () => new Map(jsonReport([join(EXPORTS, 'dossiers')]).dossiers.map((dossier) => [numberOf(dossier.fichier)!, dossier]));

describe('the example exports’ YAML twins', () => {
  it('give the verdicts, maximum grants and eligible totals their comments announce', () => {
    const found = twins();
    expect([...found.keys()]).toEqual(Object.keys(ANNOUNCED));
    for (const [id, [verdict, maximale, eligible]] of Object.entries(ANNOUNCED)) {
      const { aide } = found.get(id)!;
      expect([found.get(id)!.verdict, aide.maximale, aide.assiette_eligible_ht], id).toEqual([verdict, maximale, eligible]);
    }
  });
});

// These run once the export readers, the correspondence loader and `--colonnes` are in (issue 16).
describe.each([
  ['export-plateforme.xlsx', 'correspondance-plateforme.yaml', 'Dossiers', 'Dépenses'],
  ['export-plateforme.ods', 'correspondance-plateforme.yaml', 'Dossiers', 'Dépenses'],
  ['export-plateforme.csv', 'correspondance-csv.yaml', undefined, undefined],
])('check %s --colonnes %s', (file, correspondance, dossierSheet, lineSheet) => {
  const read = () => jsonReport([join(EXPORTS, file), '--colonnes', join(EXPORTS, correspondance)]);

  it('gives each dossier the verdict, grants, blocking problems and line statuses of its YAML twin', () => {
    const report = read();
    const expected = twins();
    expect(report.dossiers.map((dossier) => dossier.fichier)).toEqual(
      [...expected.keys()].map((id) => expect.stringMatching(new RegExp(`${file.replace('.', '\\.')}#${id}$`))),
    );
    for (const dossier of report.dossiers) {
      const id = numberOf(dossier.fichier)!;
      expect(outcome(dossier), `${file}#${id}`).toEqual(outcome(expected.get(id)!));
    }
  });

  it('points each blocking problem at its cell', () => {
    const report = read();
    const cell = (id: string, code: string) => {
      const problem = report.dossiers.find((dossier) => numberOf(dossier.fichier) === id)!.problemes.find((found) => found.code === code);
      return problem?.position && { feuille: problem.position.feuille, cellule: problem.position.cellule };
    };
    // 4168 is the 4th dossier (row 5), filed late: "Date de dépôt" is column C. 4205 is the 7th (row 8): its
    // requested grant (column W) is empty; its 2nd line has no VAT rate: in the XLSX, row 21 of Dépenses, column I;
    // in the CSV, "Dépense 2 – taux de TVA", the 38th column (AL).
    expect(cell('4168', 'depot-hors-delai')).toEqual({ feuille: dossierSheet, cellule: 'C5' });
    expect(cell('4205', 'aide-sollicitee-manquante')).toEqual({ feuille: dossierSheet, cellule: 'W8' });
    expect(cell('4205', 'taux-tva-manquant')).toEqual(
      lineSheet ? { feuille: lineSheet, cellule: 'I21' } : { feuille: undefined, cellule: 'AL8' },
    );
  });
});
