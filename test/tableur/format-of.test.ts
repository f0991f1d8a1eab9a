import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workbookFormatOf } from '../../src/tableur/read.js';

const EXPORTS = join(import.meta.dirname, '..', '..', 'examples', 'exports');
const TITLES = { expectedTitles: ['Dossier ID'] };

describe('workbookFormatOf, an input with no name to tell it (standard input)', () => {
  it('a ZIP that is no ODS is an XLSX; an ODS is an ODS', () => {
    expect(workbookFormatOf('<stdin>', readFileSync(join(EXPORTS, 'export-plateforme.xlsx')))).toBe('xlsx');
    expect(workbookFormatOf('<stdin>', readFileSync(join(EXPORTS, 'export-plateforme.ods')))).toBe('ods');
  });

  it('a CSV whose row of titles holds the expected title, under any delimiter, in any encoding', () => {
    const csv = readFileSync(join(EXPORTS, 'export-plateforme.csv'));
    expect(workbookFormatOf('<stdin>', csv, TITLES)).toBe('csv');
    expect(workbookFormatOf('<stdin>', new TextEncoder().encode('Titre\n"DOSSIER id"\tNom\n1\tA\n'), { ...TITLES, headerRow: 2 })).toBe(
      'csv',
    );
    // Without the titles to look for, or when they are not there: no guess.
    expect(workbookFormatOf('<stdin>', csv)).toBeUndefined();
    expect(workbookFormatOf('<stdin>', csv, { expectedTitles: ['N° de dossier'] })).toBeUndefined();
  });

  it('a YAML dossier is never taken for a CSV, nor a file named as a dossier', () => {
    const yaml = new TextEncoder().encode('porteur:\n  nom: Dossier ID\nprojet: { titre: "Dossier ID;x" }\n');
    expect(workbookFormatOf('<stdin>', yaml, TITLES)).toBeUndefined();
    expect(workbookFormatOf('dossier.yaml', new TextEncoder().encode('Dossier ID;Nom\n1;A\n'), TITLES)).toBeUndefined();
  });
});
