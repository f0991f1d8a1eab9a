import { describe, expect, it } from 'vitest';
import { checkExportReading } from '../../src/engine/export.js';
import { formatCsvLines, formatCsvProblems } from '../../src/format/csv.js';
import { formatGithub } from '../../src/format/github.js';
import { formatHtml } from '../../src/format/html.js';
import { formatJson } from '../../src/format/json.js';
import { formatJunit } from '../../src/format/junit.js';
import { formatSarif } from '../../src/format/sarif.js';
import { formatText } from '../../src/format/text.js';
import { cellReference, problemLocation } from '../../src/format/utils.js';
import { workbookOf } from '../../src/format/xlsx.js';
import { DEFAULT_EDITION } from '../../src/reglement/index.js';
import { buildReport } from '../../src/report/build.js';
import type { Tree } from '../../src/parse/documents.js';
import { exportDossier, options } from '../engine/export-fixture.js';
import { check, baseDossier } from '../helpers.js';

/** The rows of a CSV report as objects by header (`;`, quotes doubled, CRLF, a BOM): enough for what csv-stringify writes. */
function parseCsv(text: string): Record<string, string>[] {
  const records: string[][] = [[]];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\ufeff/, '');
  for (let at = 0; at < body.length; at++) {
    const char = body[at]!;
    if (quoted) {
      if (char === '"' && body[at + 1] === '"') {
        field += '"';
        at++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ';') {
      records.at(-1)!.push(field);
      field = '';
    } else if (char === '\r' && body[at + 1] === '\n') {
      records.at(-1)!.push(field);
      field = '';
      records.push([]);
      at++;
    } else field += char;
  }
  const [header, ...rows] = records.filter((record) => record.length > 0);
  return rows.map((row) => Object.fromEntries(header!.map((name, index) => [name, row[index] ?? ''])));
}

/** An amount no one can read, on row 14 of the expense sheet (cell C14), in a workbook or in a one-sheet CSV. */
const badAmount = (tree: Tree) => ((tree.depenses as Record<string, unknown>[])[0]!.montant_ht = 'beaucoup');

function workbookReport(sheet = 'Dépenses') {
  const dossier = exportDossier('1234', 1, 5, 14, badAmount, { dossiers: 'Dossiers', depenses: sheet });
  const reports = checkExportReading({ dossiers: [dossier], fileFindings: [] }, 'export.xlsx', options, { sheets: ['Dossiers', sheet] });
  return buildReport(reports, 'fr', DEFAULT_EDITION);
}

function csvReport() {
  // A CSV has no sheet: the line's amount is a numbered column of the dossier's own row (K7).
  const dossier = exportDossier('1234', 1, 7, 7, badAmount, { fichier: 'export.csv' });
  return buildReport(checkExportReading({ dossiers: [dossier], fileFindings: [] }, 'export.csv', options), 'fr', DEFAULT_EDITION);
}

const amountProblem = (report: ReturnType<typeof workbookReport>) =>
  report.dossiers[0]!.problemes.find((problem) => problem.chemin === 'depenses.0.montant_ht')!;

describe('cell references', () => {
  it.each([
    [{ ligne: 14, colonne: 3, feuille: 'Dépenses', cellule: 'C14' }, 'Dépenses!C14'],
    [{ ligne: 14, colonne: 3, feuille: 'Dépenses 2022', cellule: 'C14' }, "'Dépenses 2022'!C14"],
    [{ ligne: 2, colonne: 1, feuille: "L'export", cellule: 'A2' }, "'L''export'!A2"],
    [{ ligne: 2, colonne: 1, feuille: '2022', cellule: 'A2' }, "'2022'!A2"],
    [{ ligne: 2, colonne: 1, feuille: 'AB12', cellule: 'A2' }, "'AB12'!A2"],
    [{ ligne: 2, colonne: 5, cellule: 'E2' }, 'E2'],
    [{ ligne: 2, colonne: 5 }, undefined],
  ])('%j → %s', (position, expected) => {
    expect(cellReference(position)).toBe(expected);
  });
});

describe('positions of an export in every format', () => {
  it('text, HTML and JUnit name the dossier and its cell', () => {
    const report = workbookReport();
    expect(problemLocation(report.dossiers[0]!, amountProblem(report))).toBe('export.xlsx#1234 Dépenses!C14');
    expect(formatText(report)).toContain('export.xlsx#1234 Dépenses!C14');
    expect(formatHtml(report)).toContain('export.xlsx#1234 Dépenses!C14');
    expect(formatJunit(report)).toContain('export.xlsx#1234 Dépenses!C14');
    expect(formatText(workbookReport('Dépenses 2022'))).toContain("export.xlsx#1234 'Dépenses 2022'!C14");
    expect(formatText(csvReport())).toContain('export.csv#1234 K7');
  });

  it('a YAML dossier keeps file:line:column', () => {
    const dossier = baseDossier();
    dossier.depenses[0].montant_ht = 'beaucoup';
    const report = buildReport([check(dossier)], 'fr', DEFAULT_EDITION);
    const problem = report.dossiers[0]!.problemes.find((candidate) => candidate.chemin === 'depenses.0.montant_ht')!;
    expect(problemLocation(report.dossiers[0]!, problem)).toMatch(/^dossier\.yaml:\d+:\d+$/);
  });

  it('JSON copies the position whole, and the document its number', () => {
    const json = JSON.parse(formatJson(workbookReport()));
    const dossier = json.dossiers[0];
    expect(dossier.document).toEqual({ fichier: 'export.xlsx', numero: 1, identifiant: '1234' });
    const problem = dossier.problemes.find((candidate: { chemin: string }) => candidate.chemin === 'depenses.0.montant_ht');
    expect(problem.position).toEqual({ ligne: 14, colonne: 3, feuille: 'Dépenses', cellule: 'C14' });
  });

  it('GitHub: a workbook has no line to show, the cell goes in the message; a CSV gives its line only', () => {
    const workbookLine = formatGithub(workbookReport())
      .split('\n')
      .find((line) => line.includes('C14'))!;
    expect(workbookLine).toMatch(/^::error file=export\.xlsx,title=/);
    expect(workbookLine).not.toMatch(/line=|col=/);
    expect(workbookLine).toContain('::Dépenses!C14 — ');
    const csvLine = formatGithub(csvReport())
      .split('\n')
      .find((line) => line.includes('K7'))!;
    expect(csvLine).toMatch(/^::error file=export\.csv,line=7,title=/);
    expect(csvLine).toContain('::K7 — ');
  });

  it('SARIF: a workbook cell is a logical location with no region; a CSV cell a start line only', () => {
    const result = (report: ReturnType<typeof workbookReport>) =>
      JSON.parse(formatSarif(report)).runs[0].results.find(
        (candidate: { locations: { logicalLocations: { fullyQualifiedName: string }[] }[] }) =>
          candidate.locations[0]!.logicalLocations.some((location) => location.fullyQualifiedName === 'depenses.0.montant_ht'),
      );
    const workbook = result(workbookReport());
    expect(workbook.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'export.xlsx' } });
    expect(workbook.locations[0].logicalLocations).toContainEqual({ fullyQualifiedName: 'Dépenses!C14', kind: 'element' });
    expect(workbook.properties).toMatchObject({ feuille: 'Dépenses', cellule: 'C14' });
    const csv = result(csvReport());
    expect(csv.locations[0].physicalLocation.region).toEqual({ startLine: 7 });
    expect(csv.locations[0].logicalLocations).toContainEqual({ fullyQualifiedName: 'K7', kind: 'element' });
  });

  it('CSV: the lines table ends with the line’s cell, the problems table gives cell, line and column', () => {
    const lines = parseCsv(formatCsvLines(workbookReport()));
    expect(lines[0]?.cellule).toBe('Dépenses!A14');
    const problems = parseCsv(formatCsvProblems(workbookReport()));
    const amount = problems.find((row) => row.chemin === 'depenses.0.montant_ht')!;
    expect(amount).toMatchObject({ fichier: 'export.xlsx#1234', gravite: 'bloquant', cellule: 'Dépenses!C14', ligne: '14', colonne: '3' });
    expect(Object.keys(amount)).toEqual([
      'fichier',
      'gravite',
      'code',
      'chemin',
      'message',
      'regle',
      'clause',
      'cellule',
      'ligne',
      'colonne',
      'titre',
    ]);
  });

  it('the workbook’s Problèmes sheet shows the source cell and its column, the CSV of problems the same', () => {
    const report = workbookReport();
    const amount = report.dossiers[0]!.problemes.find((problem) => problem.chemin === 'depenses.0.montant_ht')!;
    amount.position = { ...amount.position!, titre: 'Montant HT' };
    const sheet = workbookOf(report).sheets[2]!;
    const row = sheet.rows.find((cells) => cells[3] === 'depenses.0.montant_ht')!;
    expect(row[4]).toBe('Dépenses!C14');
    expect(row[5]).toBe('Montant HT');
    const problems = parseCsv(formatCsvProblems(report));
    const csv = problems.find((candidate) => candidate.chemin === 'depenses.0.montant_ht')!;
    expect(csv.message).toBe(row[6]);
    expect(csv.titre).toBe('Montant HT');
  });
});
