import { installedData } from '../../src/cli/checker-data.js';
import type { Tree } from '../../src/parse/documents.js';
import { SourceMap } from '../../src/parse/source-map.js';
import type { ExportDossier } from '../../src/tableur/rows.js';
import { cellPosition } from '../../src/tableur/workbook.js';

export const options = { now: new Date('2022-07-01T10:00:00Z'), data: installedData };

/**
 * A dossier row as the mapping gives it (src/tableur/rows.ts), built by hand:
 * sheet `dossiers` row `row`, its expense lines on `depenses` from `firstLine`
 * (no sheet for a CSV export, whose lines are numbered columns of the same row).
 */
export function exportDossier(
  identifiant: string,
  numero: number,
  row: number,
  firstLine: number,
  change: (tree: Tree) => void = () => {},
  sheets: { dossiers?: string; depenses?: string; fichier?: string } = { dossiers: 'Dossiers', depenses: 'Dépenses' },
): ExportDossier {
  const tree: Tree = {
    porteur: { nom: 'Commune de Montbrison', type: 'commune', siren: '214201477', code_insee: '42147' },
    projet: { titre: 'Bornes interactives en mairie annexe', axes: ['simplifier-le-quotidien'] },
    depenses: [{ libelle: '6 tablettes tactiles', montant_ht: '2400', categorie: 'equipement-numerique' }],
    financement: { aide_sollicitee: '1920' },
    depot: { date: '2022-07-21' },
  };
  change(tree);
  const sourceMap = new SourceMap();
  const columns: [string, number][] = [
    ['porteur.nom', 2],
    ['porteur.type', 3],
    ['porteur.siren', 4],
    ['porteur.code_insee', 5],
    ['projet.titre', 6],
    ['projet.axes', 7],
    ['financement.aide_sollicitee', 8],
    ['depot.date', 9],
  ];
  for (const [path, col] of columns) sourceMap.set(path, cellPosition(sheets.dossiers, row, col));
  (tree.depenses as unknown[]).forEach((_, index) => {
    const line = sheets.depenses ? firstLine + index : row;
    sourceMap.set(`depenses.${index}`, cellPosition(sheets.depenses, line, sheets.depenses ? 1 : 10 + index * 3));
    sourceMap.set(`depenses.${index}.libelle`, cellPosition(sheets.depenses, line, sheets.depenses ? 2 : 10 + index * 3));
    sourceMap.set(`depenses.${index}.montant_ht`, cellPosition(sheets.depenses, line, sheets.depenses ? 3 : 11 + index * 3));
    sourceMap.set(`depenses.${index}.categorie`, cellPosition(sheets.depenses, line, sheets.depenses ? 4 : 12 + index * 3));
  });
  return {
    identifiant,
    fichier: `${sheets.fichier ?? 'export.xlsx'}#${identifiant}`,
    numero,
    tree,
    sourceMap,
    start: cellPosition(sheets.dossiers, row, 1),
    findings: [],
  };
}
