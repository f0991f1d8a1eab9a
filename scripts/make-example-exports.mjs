#!/usr/bin/env node
// Writes the shipped example exports (examples/exports/) from their YAML
// twins (examples/exports/dossiers/NNNN-*.yaml), as the Département's grant
// platform would export the same ten dossiers:
//
//   export-plateforme.xlsx  a sheet "Dossiers" (one row per dossier) and a
//                           sheet "Dépenses" (one row per expense line, joined
//                           by "Dossier ID"); amounts as numbers with a euro
//                           format, or as text when the twin writes them so;
//                           dates as date cells; codes as text
//   export-plateforme.ods   the same workbook converted by LibreOffice
//   export-plateforme.csv   one sheet with numbered expense columns, ";",
//                           Windows-1252, CRLF, as a French Excel saves it
//
//   node scripts/make-example-exports.mjs                 # into examples/exports
//   node scripts/make-example-exports.mjs DIR [--no-ods]  # elsewhere (the tests)
//
// Deterministic: the same twins give the same cells and the same CSV bytes
// (the XLSX and ODS archives carry the time they were zipped, so compare
// their cells, not their bytes).
import { Buffer } from 'node:buffer';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { convertToOds } from './soffice.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const EXPORTS = join(ROOT, 'examples', 'exports');
export const TWINS = join(EXPORTS, 'dossiers');

/** How the platform writes the closed lists (the correspondence files map them back). */
const TYPE_LABELS = { commune: 'Commune', ccas: 'CCAS', syndicat: 'Syndicat mixte', association: 'Association' };
const AXIS_LABELS = {
  innovant: 'Projets numériques innovants',
  responsable: 'Projets numériques responsables',
  'simplifier-le-quotidien': 'Simplifier le quotidien',
};
const CATEGORY_LABELS = {
  'equipement-numerique': 'Équipement numérique',
  formation: "Formation à l'usage",
  'etude-developpement': 'Étude et développement',
  logiciel: 'Logiciel',
  mobilier: 'Mobilier',
  travaux: 'Travaux',
};
const capitalised = (word) => (word ? word[0].toUpperCase() + word.slice(1) : word);

function typeLabel(porteur) {
  if (porteur.type !== 'epci') return TYPE_LABELS[porteur.type];
  if (/agglom/i.test(porteur.nom)) return "Communauté d'agglomération";
  if (/métropole/i.test(porteur.nom)) return 'Métropole';
  return 'Communauté de communes';
}

/** The ten twins, in the order of their platform number. */
export function readTwins(folder = TWINS) {
  return readdirSync(folder)
    .filter((name) => /^\d+-.+\.yaml$/.test(name))
    .sort()
    .map((name) => ({ id: Number(name.split('-')[0]), file: name, dossier: parse(readFileSync(join(folder, name), 'utf8')) }));
}

/**
 * The dossier columns, in the platform's order: title and value. A value is
 * { number }, { text }, { date: 'YYYY-MM-DD' }, or undefined for an empty cell.
 */
function dossierColumns({ id, dossier }) {
  const { porteur, projet, analyse = {}, financement = {}, depot = {} } = dossier;
  const text = (value) => (value === undefined ? undefined : { text: String(value) });
  const date = (value) => (value === undefined ? undefined : { date: String(value) });
  const list = (values, labels) => (values === undefined ? undefined : { text: values.map((v) => labels?.[v] ?? v).join(', ') });
  return [
    ['Dossier ID', { number: id }],
    ['Statut du dossier', { text: 'Déposé' }],
    ['Date de dépôt', date(depot.date)],
    ['Nom de la collectivité', text(porteur.nom)],
    ['Type de structure', text(typeLabel(porteur))],
    ['SIREN de la collectivité', text(porteur.siren)],
    ['Code INSEE de la commune', text(porteur.code_insee)],
    ['Nom du référent', text(porteur.referent?.nom)],
    ['Courriel du référent', text(porteur.referent?.email)],
    ['Téléphone du référent', text(porteur.referent?.telephone)],
    ['Intitulé du projet', text(projet.titre)],
    ['Description du projet', text(projet.description)],
    ['Axe(s) prioritaire(s)', list(projet.axes, AXIS_LABELS)],
    ['Date de début', date(projet.debut)],
    ['Date de fin', date(projet.fin)],
    ['Communes associées (codes INSEE)', list(projet.communes_associees)],
    ['En quoi le projet est-il innovant ?', text(analyse.innovation)],
    ['Accompagnement des usagers', text(analyse.accompagnement_usagers)],
    ['Mutualisation', text(analyse.mutualisation)],
    ['Mode projet', text(analyse.mode_projet)],
    ['Réplicabilité', text(analyse.replicabilite)],
    ['Association des usagers', text(analyse.association_usagers)],
    ["Montant de l'aide sollicitée", amount(financement.aide_sollicitee)],
    ['Autofinancement', amount(financement.autofinancement)],
  ];
}

/** An amount as the twin writes it: a number stays a number, a French text stays text. */
function amount(value) {
  if (value === undefined) return undefined;
  return typeof value === 'number' ? { number: value, euros: true } : { text: value };
}

/** The expense columns of one line, without "Dossier ID" and "Ligne". */
function lineColumns(line) {
  return [
    ['Libellé de la dépense', 'libellé', line.libelle === undefined ? undefined : { text: line.libelle }],
    ['Catégorie', 'catégorie', line.categorie === undefined ? undefined : { text: CATEGORY_LABELS[line.categorie] }],
    ['Nature', 'nature', line.nature === undefined ? undefined : { text: capitalised(line.nature) }],
    ['Bénéficiaires', 'bénéficiaires', line.beneficiaires === undefined ? undefined : { text: capitalised(line.beneficiaires) }],
    ['Montant HT', 'montant HT', amount(line.montant_ht)],
    ['Montant TTC', 'montant TTC', amount(line.montant_ttc)],
    ['Taux de TVA', 'taux de TVA', line.taux_tva === undefined ? undefined : { number: line.taux_tva }],
  ];
}

const EUROS = '#,##0.00 "€"';
const DAY = 'dd/mm/yyyy';

function put(cell, value) {
  if (value === undefined) return;
  if ('date' in value) {
    const [year, month, day] = value.date.split('-').map(Number);
    cell.value = new Date(Date.UTC(year, month - 1, day));
    cell.numFmt = DAY;
  } else if ('number' in value) {
    cell.value = value.number;
    if (value.euros) cell.numFmt = EUROS;
  } else cell.value = value.text;
}

function addSheet(book, name, titles, rows, widths) {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(titles).font = { bold: true };
  for (const values of rows) {
    const row = sheet.addRow([]);
    values.forEach((value, index) => put(row.getCell(index + 1), value));
  }
  titles.forEach((title, index) => (sheet.getColumn(index + 1).width = widths(title)));
  return sheet;
}

/** The XLSX workbook of the twins, as bytes. */
export async function xlsxOf(twins) {
  const book = new ExcelJS.Workbook();
  book.creator = 'Plateforme des subventions du Département de la Loire';
  // Fixed, so that the cells and the document's properties are the same on every run.
  book.created = book.modified = new Date(Date.UTC(2022, 7, 1, 8, 0, 0));
  const dossierTitles = dossierColumns(twins[0]).map(([title]) => title);
  const wide = (title) => (/Description|innovant|usagers|Mutualisation|Mode|Réplicabilité|Intitulé|Libellé/.test(title) ? 48 : 22);
  addSheet(
    book,
    'Dossiers',
    dossierTitles,
    twins.map((twin) => dossierColumns(twin).map(([, value]) => value)),
    wide,
  );
  const lineTitles = ['Dossier ID', 'Ligne', ...lineColumns({}).map(([title]) => title)];
  const lines = twins.flatMap(({ id, dossier }) =>
    dossier.depenses.map((line, index) => [{ number: id }, { number: index + 1 }, ...lineColumns(line).map(([, , value]) => value)]),
  );
  addSheet(book, 'Dépenses', lineTitles, lines, (title) => (title === 'Ligne' ? 8 : wide(title)));
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** "3 596,00 €" with a no-break space between thousands, as a French Excel displays and saves it. */
function frenchEuros(number) {
  const [units, cents] = number.toFixed(2).split('.');
  return `${units.replace(/\B(?=(\d{3})+$)/g, '\u00a0')},${cents} €`;
}

function csvText(value) {
  if (value === undefined) return '';
  if ('date' in value) return value.date.split('-').reverse().join('/');
  if ('number' in value) return value.euros ? frenchEuros(value.number) : String(value.number).replace('.', ',');
  return value.text;
}

const csvField = (text) => (/[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/** The one-sheet CSV: dossier columns, then numbered expense columns, as UTF-16 text (encoded by windows1252()). */
export function csvOf(twins) {
  const most = Math.max(...twins.map(({ dossier }) => dossier.depenses.length));
  const titles = dossierColumns(twins[0]).map(([title]) => title);
  for (let n = 1; n <= most; n++) for (const [, field] of lineColumns({})) titles.push(`Dépense ${n} – ${field}`);
  const records = [titles];
  for (const twin of twins) {
    const record = dossierColumns(twin).map(([, value]) => csvText(value));
    for (let n = 0; n < most; n++) {
      const line = twin.dossier.depenses[n];
      for (const [, , value] of lineColumns(line ?? {})) record.push(line ? csvText(value) : '');
    }
    records.push(record);
  }
  return records.map((record) => record.map(csvField).join(';') + '\r\n').join('');
}

/** Windows-1252's characters at 0x80–0x9F; 0xA0–0xFF are Latin-1's. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Encodes text as Windows-1252, refusing any character it cannot hold (never a silent "?"). */
export function windows1252(text) {
  const bytes = Buffer.alloc(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const high = CP1252_HIGH.indexOf(text[i]);
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes[i] = code;
    else if (high >= 0) bytes[i] = 0x80 + high;
    else throw new Error(`« ${text[i]} » (U+${code.toString(16)}) has no Windows-1252 byte`);
  }
  return bytes;
}

export async function makeExports(outDir, { ods = true } = {}) {
  mkdirSync(outDir, { recursive: true });
  const twins = readTwins();
  const xlsx = join(outDir, 'export-plateforme.xlsx');
  writeFileSync(xlsx, await xlsxOf(twins));
  writeFileSync(join(outDir, 'export-plateforme.csv'), windows1252(csvOf(twins)));
  if (ods) convertToOds(xlsx, join(outDir, 'export-plateforme.ods'));
  return twins;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const outDir = args.find((arg) => !arg.startsWith('--')) ?? EXPORTS;
  const twins = await makeExports(outDir, { ods: !args.includes('--no-ods') });
  console.log(`${twins.length} dossiers written to ${outDir}`);
}
