import { describe, expect, it } from 'vitest';
import { checkExportReading } from '../../src/engine/export.js';
import { SourceMap } from '../../src/parse/source-map.js';
import type { ExportReading } from '../../src/tableur/rows.js';
import { cellPosition, type PlacedFinding } from '../../src/tableur/workbook.js';
import { blocking } from '../../src/vocabulary.js';
import { exportDossier, options } from './export-fixture.js';

const SHEETS = ['Dossiers', 'Dépenses'];

describe('checkExportReading', () => {
  it('names each dossier by the export’s number and carries the file, its rank and its number', () => {
    const reading: ExportReading = { dossiers: [exportDossier('1234', 1, 2, 2), exportDossier('1235', 2, 3, 3)], fileFindings: [] };
    const reports = checkExportReading(reading, 'export.xlsx', options, { sheets: SHEETS });
    expect(reports.map((report) => [report.fichier, report.verdict, report.document])).toEqual([
      ['export.xlsx#1234', 'eligible', { fichier: 'export.xlsx', numero: 1, identifiant: '1234' }],
      ['export.xlsx#1235', 'eligible', { fichier: 'export.xlsx', numero: 2, identifiant: '1235' }],
    ]);
    expect(reports[0]!.aide?.maximumCents).toBe(192000);
  });

  it('points a bad amount at its cell, with its sheet', () => {
    const bad = exportDossier('1234', 1, 2, 14, (tree) => ((tree.depenses as Record<string, unknown>[])[0]!.montant_ht = 'beaucoup'));
    const [report] = checkExportReading({ dossiers: [bad], fileFindings: [] }, 'export.xlsx', options, { sheets: SHEETS });
    const problem = report!.problemes.find((candidate) => candidate.chemin === 'depenses.0.montant_ht');
    expect(problem?.position).toEqual({ ligne: 14, colonne: 3, feuille: 'Dépenses', cellule: 'C14' });
    const line = report!.depenses[0];
    expect(line?.position).toEqual({ ligne: 14, colonne: 1, feuille: 'Dépenses', cellule: 'A14' });
  });

  it('sorts problems by sheet in the workbook’s order before line and column', () => {
    // Dossiers!D20 (a SIREN) and Dépenses!C3 (an amount): by line alone, the expense sheet's row 3 would come first.
    const bad = exportDossier('1234', 1, 20, 3, (tree) => {
      (tree.porteur as Record<string, unknown>).siren = '123';
      (tree.depenses as Record<string, unknown>[])[0]!.montant_ht = 'beaucoup';
    });
    const [report] = checkExportReading({ dossiers: [bad], fileFindings: [] }, 'export.xlsx', options, { sheets: SHEETS });
    const cells = report!.problemes
      .filter((problem) => problem.gravite === 'bloquant')
      .map((problem) => `${problem.position?.feuille}!${problem.position?.cellule}`);
    expect(cells).toContain('Dossiers!D20');
    expect(cells).toContain('Dépenses!C3');
    expect(cells.indexOf('Dossiers!D20')).toBeLessThan(cells.indexOf('Dépenses!C3'));
    // The order given wins over the order the cells were met in.
    const [reversed] = checkExportReading({ dossiers: [bad], fileFindings: [] }, 'export.xlsx', options, {
      sheets: ['Dépenses', 'Dossiers'],
    });
    const again = reversed!.problemes
      .filter((problem) => problem.gravite === 'bloquant')
      .map((problem) => `${problem.position?.feuille}!${problem.position?.cellule}`);
    expect(again.indexOf('Dépenses!C3')).toBeLessThan(again.indexOf('Dossiers!D20'));
  });

  it('reports what is wrong with the whole file once, named after the file, as unreadable', () => {
    const missing: PlacedFinding = {
      code: 'fichier-illisible',
      chemin: '',
      gravite: 'bloquant',
      effet: 'illisible',
      params: { erreur: 'EIO' },
      regle: 'dossier-lecture',
      position: cellPosition('Dépenses', 1, 1),
    };
    const reports = checkExportReading({ dossiers: [exportDossier('1234', 1, 2, 2)], fileFindings: [missing] }, 'export.xlsx', options);
    expect(reports.map((report) => [report.fichier, report.verdict])).toEqual([
      ['export.xlsx', 'illisible'],
      ['export.xlsx#1234', 'eligible'],
    ]);
    expect(reports[0]!.problemes[0]?.position?.cellule).toBe('A1');
  });

  it('lists expense lines whose dossier number matches no dossier as unreadable, with no rule run on an empty dossier', () => {
    const orphanMap = new SourceMap();
    const at = cellPosition('Dépenses', 9, 1);
    const orphan = {
      identifiant: '9999',
      fichier: 'export.xlsx#9999',
      numero: 2,
      tree: {},
      sourceMap: orphanMap,
      start: at,
      findings: [
        {
          ...blocking('illisible', 'depense-sans-dossier-export', '', { identifiant: '9999', nombre: 2 }),
          regle: 'export-lecture',
          position: at,
        },
      ],
      orphelin: true as const,
    };
    const reports = checkExportReading({ dossiers: [exportDossier('1234', 1, 2, 2), orphan], fileFindings: [] }, 'export.xlsx', options, {
      sheets: SHEETS,
    });
    // The financing plan's notes (self-financing deduced, cap not reached) are beside the point here.
    const notFinancing = (problem: { regle: string }) => !problem.regle.startsWith('financement');
    expect(
      reports.map((report) => [report.fichier, report.verdict, report.problemes.filter(notFinancing).map((problem) => problem.code)]),
    ).toEqual([
      ['export.xlsx#1234', 'eligible', []],
      ['export.xlsx#9999', 'illisible', ['depense-sans-dossier-export']],
    ]);
    expect(reports[1]!.document).toEqual({ fichier: 'export.xlsx', numero: 2, identifiant: '9999' });
    expect(reports[1]!.problemes[0]!.position?.cellule).toBe('A9');
  });

  it('never passes an export without a dossier in silence', () => {
    const reports = checkExportReading({ dossiers: [], fileFindings: [] }, 'export.xlsx', options);
    expect(reports.map((report) => [report.fichier, report.verdict, report.problemes.map((problem) => problem.code)])).toEqual([
      ['export.xlsx', 'illisible', ['liste-vide']],
    ]);
  });

  it('gives a finding of the reading to the dossier whose row holds its cell, and one elsewhere to every dossier', () => {
    const at = (row: number): PlacedFinding => ({
      code: 'encodage-converti',
      chemin: '',
      gravite: 'avertissement',
      params: { encodage: 'windows-1252' },
      regle: 'dossier-lecture',
      position: cellPosition('Dossiers', row, 9),
    });
    const reading: ExportReading = { dossiers: [exportDossier('1', 1, 2, 2), exportDossier('2', 2, 3, 3)], fileFindings: [] };
    const reports = checkExportReading(reading, 'export.xlsx', options, { readFindings: [at(3), at(40)] });
    const cells = reports.map((report) =>
      report.problemes.filter((problem) => problem.regle === 'dossier-lecture').map((problem) => problem.position?.cellule),
    );
    expect(cells).toEqual([['I40'], ['I3', 'I40']]);
  });
});

describe('SourceMap.compare', () => {
  it('orders positions without a sheet by line then column, as before', () => {
    const map = new SourceMap();
    // Wrapped: Array.prototype.sort puts undefined last without asking the comparator.
    const sorted = [{ at: { ligne: 3, colonne: 2 } }, { at: undefined }, { at: { ligne: 1, colonne: 9 } }, { at: { ligne: 3, colonne: 1 } }]
      .sort((a, b) => map.compare(a.at, b.at))
      .map(({ at }) => at);
    expect(sorted).toEqual([undefined, { ligne: 1, colonne: 9 }, { ligne: 3, colonne: 1 }, { ligne: 3, colonne: 2 }]);
  });

  it('ranks sheets as first met when the workbook’s order is not given', () => {
    const map = new SourceMap();
    map.set('a', cellPosition('Zèbre', 9, 1));
    map.set('b', cellPosition('Abeille', 1, 1));
    expect(map.compare(cellPosition('Zèbre', 9, 1), cellPosition('Abeille', 1, 1))).toBeLessThan(0);
    expect(map.compare(cellPosition('Inconnue', 1, 1), cellPosition('Abeille', 50, 1))).toBeGreaterThan(0);
  });
});
