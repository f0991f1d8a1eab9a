import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeXlsx } from '../../src/cli/xlsx.js';
import { formatCsv } from '../../src/format/csv.js';
import { workbookOf } from '../../src/format/xlsx.js';
import { catalogue } from '../../src/i18n/index.js';
import { DEFAULT_EDITION } from '../../src/reglement/index.js';
import { buildReport } from '../../src/report/build.js';
import type { Lang } from '../../src/vocabulary.js';
import { baseDossier, check } from '../helpers.js';

/** The workbook written for `dossiers`, read back by exceljs as a spreadsheet program would open it. */
async function writtenAndRead(dossiers: unknown[], lang: Lang = 'fr') {
  const reports = dossiers.map((dossier, index) => ({ ...check(dossier), fichier: `d${index}.yaml` }));
  const bytes = await writeXlsx(workbookOf(buildReport(reports, lang, DEFAULT_EDITION)));
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return { book, reports };
}

/** A dossier whose SIREN starts with 0 and whose lines have cents. */
function dossierWithCents(): Record<string, any> {
  const dossier = baseDossier();
  dossier.porteur.siren = '012 345 678';
  dossier.depenses = [
    {
      libelle: '10 tablettes tactiles pour le public',
      montant_ht: '2 400,10 €',
      categorie: 'equipement-numerique',
      beneficiaires: 'public',
    },
    { libelle: 'Formation des usagers à la tablette', montant_ht: 1234.56, categorie: 'formation' },
  ];
  return dossier;
}

describe('the xlsx workbook, read back', () => {
  it('has its four sheets named in the report’s language, each header frozen and filtered', async () => {
    for (const lang of ['fr', 'en'] as const) {
      const { book } = await writtenAndRead([dossierWithCents()], lang);
      const { sheets } = catalogue(lang).xlsx;
      expect(book.worksheets.map((sheet) => sheet.name)).toEqual([sheets.dossiers, sheets.lines, sheets.problems, sheets.totals]);
      for (const sheet of book.worksheets) {
        expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
        expect(sheet.autoFilter).toBeDefined();
        // Every column at least as wide as its title.
        sheet.getRow(1).eachCell((cell, column) => expect(sheet.getColumn(column).width).toBeGreaterThanOrEqual(String(cell.value).length));
      }
    }
    const { book } = await writtenAndRead([dossierWithCents()], 'en');
    expect(book.getWorksheet('Dossiers')!.getRow(1).values).toContain('Maximum grant');
  });

  it('writes amounts as numbers of euros to the cent with a euro format, and a SIREN as text with its leading 0', async () => {
    const { book, reports } = await writtenAndRead([dossierWithCents()]);
    const dossiers = book.getWorksheet('Dossiers')!;
    const siren = dossiers.getCell('C2');
    expect(siren.type).toBe(ExcelJS.ValueType.String);
    expect(siren.value).toBe('012345678');
    const [eligible, maximum] = [dossiers.getCell('E2'), dossiers.getCell('F2')];
    expect(eligible.type).toBe(ExcelJS.ValueType.Number);
    expect(eligible.value).toBe(3634.66);
    expect(maximum.value).toBe(reports[0]!.aide!.maximumCents / 100);
    expect(eligible.numFmt).toContain('€');
    const lines = book.getWorksheet('Lignes')!;
    expect([lines.getCell('D2').value, lines.getCell('D3').value]).toEqual([2400.1, 1234.56]);
    expect(lines.getCell('D2').type).toBe(ExcelJS.ValueType.Number);
    expect(lines.getCell('F2').value).toBe(catalogue('fr').statuses.eligible);
  });

  it('writes no formula anywhere, and codes and positions as text', async () => {
    const faulty = dossierWithCents();
    faulty.porteur.code_insee = '01053';
    const { book } = await writtenAndRead([faulty, { porteur: { siren: '123' } }]);
    let cells = 0;
    for (const sheet of book.worksheets)
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          cells++;
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          expect([ExcelJS.ValueType.String, ExcelJS.ValueType.Number]).toContain(cell.type);
        }),
      );
    expect(cells).toBeGreaterThan(50);
    const problems = book.getWorksheet('Problèmes')!;
    expect(problems.rowCount).toBeGreaterThan(1);
    problems.eachRow((row, number) => {
      if (number === 1) return;
      for (const column of [1, 2, 3, 5, 7]) {
        const cell = row.getCell(column);
        if (cell.value !== null) expect(cell.type, `${cell.address}`).toBe(ExcelJS.ValueType.String);
      }
    });
  });

  it('says each verdict in words, colour only added', async () => {
    const ineligible = baseDossier();
    ineligible.porteur.type = 'association';
    const { book } = await writtenAndRead([baseDossier(), ineligible]);
    const dossiers = book.getWorksheet('Dossiers')!;
    const [eligibleVerdict, ineligibleVerdict] = [dossiers.getCell('D2'), dossiers.getCell('D3')];
    expect([eligibleVerdict.value, ineligibleVerdict.value]).toEqual([
      catalogue('fr').verdicts.eligible,
      catalogue('fr').verdicts.ineligible,
    ]);
    const fill = (cell: ExcelJS.Cell) => (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect(fill(eligibleVerdict)).toBeDefined();
    expect(fill(ineligibleVerdict)).toBeDefined();
    expect(fill(ineligibleVerdict)).not.toBe(fill(eligibleVerdict));
    // Nothing else is coloured: the applicant's name is not.
    expect(fill(dossiers.getCell('B3'))).toBeUndefined();
  });

  it('totals the report’s own figures (resume.montants), by set of verdicts', async () => {
    const ineligible = baseDossier();
    ineligible.porteur.type = 'association';
    const { book } = await writtenAndRead([dossierWithCents(), dossierWithCents(), ineligible]);
    const report = buildReport(
      [dossierWithCents(), dossierWithCents(), ineligible].map((dossier) => check(dossier)),
      'fr',
      DEFAULT_EDITION,
    );
    const { grantable, ineligible: excluded } = report.resume.montants;
    const totals = book.getWorksheet('Totaux')!;
    expect(totals.getRow(2).values).toEqual([
      undefined,
      catalogue('fr').xlsx.totals.grantable,
      'ÉLIGIBLE, À COMPLÉTER',
      2,
      grantable.eligibleBaseCents / 100,
      grantable.requestedCents / 100,
      grantable.maximumCents / 100,
      grantable.maximumIfVerifiedCents / 100,
      undefined,
      grantable.withoutRequest,
      grantable.provisional,
    ]);
    expect(grantable.maximumCents).toBe(2 * report.dossiers[0]!.aide!.maximumCents);
    expect(totals.getCell('C3').value).toBe(1);
    expect(totals.getCell('F3').value).toBe(0);
    expect(totals.getCell('H3').value).toBe(excluded.maximumIfAdmissibleCents / 100);
  });
});

describe('the financing plan in the spreadsheets an officer shares', () => {
  /** 10 000 € of eligible expense: 8 000 € requested, 1 000 € of DETR, the self-financing given or left to deduce. */
  function financedDossier(autofinancement?: number): Record<string, any> {
    const dossier = baseDossier();
    dossier.depenses = [{ libelle: 'Bornes interactives pour le public', montant_ht: 10_000, categorie: 'equipement-numerique' }];
    dossier.financement = {
      aide_sollicitee: 8_000,
      autres_aides: [{ financeur: 'État (DETR)', montant: 1_000 }],
      ...(autofinancement === undefined ? {} : { autofinancement }),
    };
    return dossier;
  }

  it('gives the other aid and whether the self-financing was written or deduced, in the workbook', async () => {
    const { book } = await writtenAndRead([financedDossier(1_000), financedDossier()]);
    const sheet = book.getWorksheet('Dossiers')!;
    const titles = sheet.getRow(1).values as unknown[];
    const column = (title: string) => titles.indexOf(title);
    expect(sheet.getRow(2).getCell(column('Autres aides')).value).toBe(1_000);
    expect(sheet.getRow(2).getCell(column('Autofinancement déduit')).value).toBe('non');
    expect(sheet.getRow(3).getCell(column('Autofinancement')).value).toBe(1_000);
    expect(sheet.getRow(3).getCell(column('Autofinancement déduit')).value).toBe('oui');
  });

  it('gives the same in the CSV, after its earlier columns', () => {
    const reports = [financedDossier(1_000), financedDossier()].map((dossier, index) => ({ ...check(dossier), fichier: `d${index}.yaml` }));
    const rows = formatCsv(buildReport(reports, 'fr', DEFAULT_EDITION))
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .map((row) => row.split(';'));
    expect(rows[0]!.slice(-2)).toEqual(['part_autofinancement', 'autofinancement_origine']);
    expect(rows.slice(1).map((row) => row.at(-1))).toEqual(['declare', 'deduit']);
  });

  it('says that a clause of the law is the law, not the call, in the Problèmes sheet', async () => {
    const dossier = financedDossier(500);
    dossier.financement.aide_sollicitee = 8_000;
    dossier.financement.autres_aides = [{ financeur: 'État (DETR)', montant: 1_500 }];
    const { book, reports } = await writtenAndRead([dossier]);
    expect(reports[0]!.problemes.map((problem) => problem.code)).toContain('autofinancement-insuffisant');
    const clauses: string[] = [];
    book.getWorksheet('Problèmes')!.eachRow((row) => clauses.push(String(row.getCell(9).value)));
    expect(clauses.find((clause) => clause.includes('L1111-10'))).toMatch(/^Loi — Code général des collectivités territoriales/);
  });
});
