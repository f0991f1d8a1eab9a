import { describe, expect, it } from 'vitest';
import { checkExport } from '../../src/engine/export.js';
import { loadCorrespondance } from '../../src/edition/correspondance.js';
import { DEFAULT_EDITION } from '../../src/reglement/index.js';
import { options } from './export-fixture.js';

const CORRESPONDENCE = `
version: 1
dossiers:
  identifiant: N°
  colonnes:
    porteur.nom: Collectivité
    projet.description: Description
    financement.aide_sollicitee: Aide
depenses:
  colonnes_numerotees:
    modele: "Dépense {n} – {champ}"
    champs: { libelle: libellé, montant_ht: montant HT }
`;

describe('a CSV export whose quoted field holds line breaks', () => {
  it('points at the line where the record starts in the file, and at the cell as a spreadsheet numbers it', () => {
    const loaded = loadCorrespondance(CORRESPONDENCE, DEFAULT_EDITION, 'fr');
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    const csv = [
      'N°;Collectivité;Description;Aide;Dépense 1 – libellé;Dépense 1 – montant HT',
      '1;Commune de Feurs;"Une description',
      'sur trois lignes',
      'du fichier";800;Tablettes;1000',
      '2;Commune de Montbrison;Courte;800;Tablettes;beaucoup',
    ].join('\n');
    const check = checkExport(new TextEncoder().encode(csv), 'export.csv', loaded.correspondance, options);
    if (!('dossiers' in check)) throw new Error('not read as dossiers');
    const second = check.dossiers.find((report) => report.fichier === 'export.csv#2')!;
    const amount = second.problemes.find((problem) => problem.chemin === 'depenses.0.montant_ht');
    // Record 3 of the sheet (F3) starts on line 5 of the file, after the three lines of the first record.
    expect(amount?.position).toEqual({ ligne: 5, colonne: 6, cellule: 'F3', titre: 'Dépense 1 – montant HT' });
  });
});
