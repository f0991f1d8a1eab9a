// Writes the bench's dossiers (the same ones generate() writes as YAML files)
// as one spreadsheet export, the way a grant platform gives them to an
// officer: a sheet "Dossiers" (one row per dossier) and a sheet "Dépenses"
// (one row per expense line, 8 per dossier, joined by "Dossier ID"), with the
// correspondence file that maps its columns. Deterministic: the same count
// gives the same cells. The ODS is LibreOffice's conversion of the XLSX.
import { Buffer } from 'node:buffer';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { dossiers } from './generate.mjs';
import { convertToOds, SOFFICE } from '../scripts/soffice.mjs';

export { SOFFICE };

const TYPES = { commune: 'Commune', epci: 'Métropole', ccas: 'CCAS' };
const AXES = { 'simplifier-le-quotidien': 'Simplifier le quotidien' };

export const CORRESPONDANCE = `version: 1
dossiers:
  feuille: Dossiers
  identifiant: Dossier ID
  colonnes:
    porteur.nom: Nom de la collectivité
    porteur.type: Type de structure
    porteur.siren: SIREN de la collectivité
    porteur.code_insee: Code INSEE de la commune
    projet.titre: Intitulé du projet
    projet.axes: { colonne: Axe(s) prioritaire(s), separateur: ", " }
    financement.aide_sollicitee: Montant de l'aide sollicitée
    depot.date: Date de dépôt
depenses:
  feuille: Dépenses
  jointure: Dossier ID
  ordre: Ligne
  colonnes:
    libelle: Libellé de la dépense
    montant_ht: Montant HT
valeurs:
  porteur.type: { Commune: commune, Métropole: epci, CCAS: ccas }
  projet.axes: { Simplifier le quotidien: simplifier-le-quotidien }
`;

/** The platform's number of the dossier of rank `index` (from 0). */
export const dossierId = (index) => 10_001 + index;

const EUROS = '#,##0.00 "€"';

/** The XLSX export of `count` dossiers, as bytes. */
export async function exportXlsx(count) {
  const book = new ExcelJS.Workbook();
  book.created = book.modified = new Date(Date.UTC(2022, 7, 1));
  const sheet = book.addWorksheet('Dossiers');
  sheet.addRow([
    'Dossier ID',
    'Date de dépôt',
    'Nom de la collectivité',
    'Type de structure',
    'SIREN de la collectivité',
    'Code INSEE de la commune',
    'Intitulé du projet',
    'Axe(s) prioritaire(s)',
    "Montant de l'aide sollicitée",
  ]);
  const lines = book.addWorksheet('Dépenses');
  lines.addRow(['Dossier ID', 'Ligne', 'Libellé de la dépense', 'Montant HT']);
  dossiers(count).forEach((dossier, index) => {
    const [year, month, day] = dossier.depot.split('-').map(Number);
    const { porteur } = dossier;
    const row = sheet.addRow([
      dossierId(index),
      new Date(Date.UTC(year, month - 1, day)),
      porteur.nom,
      TYPES[porteur.type],
      porteur.siren,
      porteur.code_insee,
      dossier.titre,
      dossier.axes.map((axis) => AXES[axis]).join(', '),
      Number(dossier.aide_sollicitee),
    ]);
    row.getCell(2).numFmt = 'dd/mm/yyyy';
    row.getCell(9).numFmt = EUROS;
    dossier.depenses.forEach((line, rank) => {
      lines.addRow([dossierId(index), rank + 1, line.libelle, Number(line.montant_ht)]).getCell(4).numFmt = EUROS;
    });
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}

/**
 * Writes export.xlsx, colonnes.yaml and, when LibreOffice is there, export.ods
 * into `folder`; returns their paths (ods undefined without LibreOffice).
 */
export async function writeExport(folder, count) {
  mkdirSync(folder, { recursive: true });
  const xlsx = join(folder, 'export.xlsx');
  const colonnes = join(folder, 'colonnes.yaml');
  writeFileSync(xlsx, await exportXlsx(count));
  writeFileSync(colonnes, CORRESPONDANCE);
  if (!SOFFICE) return { xlsx, colonnes, ods: undefined };
  const ods = join(folder, 'export.ods');
  convertToOds(xlsx, ods);
  return { xlsx, colonnes, ods };
}
