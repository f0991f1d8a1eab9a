import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CORRESPONDANCE, dossierId, exportXlsx } from '../../bench/export.mjs';
import { generate } from '../../bench/generate.mjs';

/**
 * The bench compares an export with the YAML folder of the same dossiers:
 * the export must hold, through its correspondence, exactly what the YAML files do.
 */
describe('the bench’s export', () => {
  it('holds the dossiers of the bench’s YAML files, field by field, through its correspondence', async () => {
    const count = 13;
    const files = generate(mkdtempSync(join(tmpdir(), 'bench-yaml-')), count);
    const yaml = files.map((file) => parse(readFileSync(file, 'utf8')) as Record<string, any>);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await exportXlsx(count)) as unknown as ArrayBuffer);
    const correspondance = parse(CORRESPONDANCE) as Record<string, any>;

    /** A sheet's rows as records keyed by the correspondence's field names. */
    const records = (sheetName: string, columns: Record<string, string | { colonne: string }>, extra: string[]) => {
      const sheet = book.getWorksheet(sheetName)!;
      const titles = sheet.getRow(1).values as unknown[];
      const index = (title: string) => {
        expect(titles, title).toContain(title);
        return titles.indexOf(title);
      };
      const fields = Object.entries(columns).map(
        ([field, column]) => [field, index(typeof column === 'string' ? column : column.colonne)] as const,
      );
      const rows: Record<string, unknown>[] = [];
      sheet.eachRow((row, number) => {
        if (number === 1) return;
        const record: Record<string, unknown> = {};
        for (const [field, column] of fields) record[field] = row.getCell(column).value;
        for (const title of extra) record[title] = row.getCell(index(title)).value;
        rows.push(record);
      });
      return rows;
    };
    const dossiers = records('Dossiers', correspondance.dossiers.colonnes, [correspondance.dossiers.identifiant]);
    const lines = records('Dépenses', correspondance.depenses.colonnes, ['Dossier ID', 'Ligne']);
    expect(dossiers).toHaveLength(count);
    expect(lines).toHaveLength(count * 8);
    const euros = (value: unknown) => Math.round(Number(value) * 100);
    const types = correspondance.valeurs['porteur.type'] as Record<string, string>;
    const axes = correspondance.valeurs['projet.axes'] as Record<string, string>;
    yaml.forEach((dossier, rank) => {
      const row = dossiers[rank]!;
      expect(row['Dossier ID']).toBe(dossierId(rank));
      expect({
        nom: row['porteur.nom'],
        type: types[row['porteur.type'] as string],
        siren: row['porteur.siren'],
        code_insee: row['porteur.code_insee'],
      }).toEqual(dossier.porteur);
      expect(row['projet.titre']).toBe(dossier.projet.titre);
      expect((row['projet.axes'] as string).split(', ').map((axis) => axes[axis])).toEqual(dossier.projet.axes);
      expect(euros(row['financement.aide_sollicitee'])).toBe(euros(dossier.financement.aide_sollicitee));
      expect((row['depot.date'] as Date).toISOString().slice(0, 10)).toBe(dossier.depot.date);
      const own = lines.filter((line) => line['Dossier ID'] === dossierId(rank));
      expect(own.map((line) => line.Ligne)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(own.map((line) => [line.libelle, euros(line.montant_ht)])).toEqual(
        dossier.depenses.map((line: Record<string, string>) => [line.libelle, euros(line.montant_ht)]),
      );
    });
  });
});
