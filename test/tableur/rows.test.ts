import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../fast-check.js';
import { validateDossier } from '../../src/dossier/validate.js';
import { MAX_AMOUNT_CENTS } from '../../src/dossier/schema.js';
import { correspondanceSchema, type Correspondance } from '../../src/tableur/correspondance.js';
import { dossiersOfWorkbook, foldTitle, numberedColumnMatcher } from '../../src/tableur/rows.js';
import type { Cell, CellKind, CellRange, Sheet, Workbook } from '../../src/tableur/workbook.js';

type Written = string | number | { kind: CellKind; text: string; formula?: string } | null | undefined;

/** A sheet from a grid: row 1 first, column A first; null or undefined is an empty cell. */
function sheet(name: string, grid: Written[][], options: { hidden?: boolean; hiddenRows?: number[]; merges?: CellRange[] } = {}): Sheet {
  const rows = new Map<number, Cell[]>();
  grid.forEach((values, index) => {
    const cells: Cell[] = [];
    values.forEach((value, col) => {
      if (value === null || value === undefined) return;
      const cell: Omit<Cell, 'row' | 'col'> =
        typeof value === 'string'
          ? { kind: 'text', text: value }
          : typeof value === 'number'
            ? { kind: 'number', text: String(value) }
            : value;
      cells.push({ row: index + 1, col: col + 1, ...cell });
    });
    if (cells.length > 0) rows.set(index + 1, cells);
  });
  return { name, hidden: options.hidden ?? false, rows, hiddenRows: new Set(options.hiddenRows ?? []), merges: options.merges ?? [] };
}

const workbook = (...sheets: Sheet[]): Workbook => ({ format: 'xlsx', sheets, externalLinks: 0 });
const correspondance = (value: unknown): Correspondance => correspondanceSchema.parse(value);

const TWO_SHEETS = correspondance({
  version: 1,
  dossiers: {
    feuille: 'Dossiers',
    identifiant: 'Dossier ID',
    colonnes: {
      'porteur.nom': 'Nom de la collectivité',
      'porteur.type': 'Type de structure',
      'porteur.siren': 'SIREN',
      'porteur.code_insee': 'Code INSEE',
      'projet.axes': { colonne: 'Axe(s) prioritaire(s)', separateur: ', ' },
      'financement.aide_sollicitee': 'Aide sollicitée',
      'depot.date': 'Date de dépôt',
    },
  },
  depenses: {
    feuille: 'Dépenses',
    jointure: 'Dossier ID',
    ordre: 'Ligne',
    colonnes: { libelle: 'Libellé', montant_ht: 'Montant HT', categorie: 'Nature de la dépense' },
  },
  valeurs: {
    'porteur.type': { Commune: 'commune' },
    'projet.axes': { 'Projets numériques innovants': 'innovant' },
    'depenses.categorie': { 'Matériel informatique': 'equipement-numerique' },
  },
});

const DOSSIERS = sheet('Dossiers', [
  [
    'Dossier ID',
    'NOM DE LA COLLECTIVITE',
    'type  de structure',
    'Siren',
    'Code Insee',
    'Axe(s) prioritaires',
    'Aide sollicitée',
    'Date de dépôt',
  ],
  [
    1234,
    'Mairie de Roanne',
    'Commune',
    '214201477',
    '42187',
    'Projets numériques innovants, Responsable',
    1200,
    { kind: 'date', text: '2022-07-20' },
  ],
  [],
  [1235, 'Mairie de Feurs', 'Commune', 21420146, 1053, 'Projets numériques innovants', '2 400,50 €', 44762],
]);
const DEPENSES = sheet('Dépenses', [
  ['Dossier ID', 'Ligne', 'Libellé', 'Montant HT', 'Nature de la dépense'],
  [1234, 2, 'Formation', 500, 'Formation'],
  [1234, 1, 'Tablettes', 2400.1, 'Matériel informatique'],
  [1235, 1, 'Écrans', null, 'Matériel informatique'],
  [9999, 1, 'Perdue', 10, 'Formation'],
]);

const codes = (findings: { code: string }[]) => findings.map(({ code }) => code);

describe('dossiersOfWorkbook, two sheets', () => {
  const reading = dossiersOfWorkbook(workbook(DOSSIERS, DEPENSES), TWO_SHEETS, 'export.xlsx');
  const [first, second, orphan] = reading.dossiers;

  it('makes one dossier per non-empty row, named by its number, and an entry for the orphan line', () => {
    expect(reading.fileFindings).toEqual([]);
    expect(reading.dossiers.map(({ fichier, identifiant, numero }) => [fichier, identifiant, numero])).toEqual([
      ['export.xlsx#1234', '1234', 1],
      ['export.xlsx#1235', '1235', 2],
      ['export.xlsx#9999', '9999', 3],
    ]);
  });

  it('reads the fields with titles matched folded, values translated, lines joined and ordered', () => {
    expect(first!.tree).toEqual({
      porteur: { nom: 'Mairie de Roanne', type: 'commune', siren: '214201477', code_insee: '42187' },
      projet: { axes: ['innovant', 'Responsable'] },
      financement: { aide_sollicitee: '1200' },
      depot: { date: '2022-07-20' },
      depenses: [
        { libelle: 'Tablettes', montant_ht: '2400.1', categorie: 'equipement-numerique' },
        { libelle: 'Formation', montant_ht: '500', categorie: 'Formation' },
      ],
    });
    expect(first!.findings).toEqual([]);
  });

  it('points every field at its cell, an empty amount too', () => {
    expect(first!.start).toEqual({ ligne: 2, colonne: 1, feuille: 'Dossiers', cellule: 'A2', titre: 'Dossier ID' });
    // With the title of its column as the export writes it.
    expect(first!.sourceMap.locate('porteur.siren')).toEqual({ ligne: 2, colonne: 4, feuille: 'Dossiers', cellule: 'D2', titre: 'Siren' });
    // Ordered by Ligne: the sheet's row 3 is the first line.
    expect(first!.sourceMap.locate('depenses.0.montant_ht')).toMatchObject({ feuille: 'Dépenses', cellule: 'D3' });
    expect(first!.sourceMap.locate('depenses.1')).toMatchObject({ feuille: 'Dépenses', cellule: 'A2' });
    expect(second!.sourceMap.locate('depenses.0.montant_ht')).toMatchObject({ feuille: 'Dépenses', cellule: 'D4' });
    expect(second!.tree.depenses).toEqual([{ libelle: 'Écrans', categorie: 'equipement-numerique' }]);
  });

  it('repairs codes typed as numbers and reads a number in a date field as a serial, with warnings', () => {
    expect(second!.tree.porteur).toEqual({ nom: 'Mairie de Feurs', type: 'commune', siren: '021420146', code_insee: '01053' });
    expect(second!.tree.depot).toEqual({ date: '2022-07-20' });
    expect(second!.findings.map(({ code, chemin, position }) => [code, chemin, position?.cellule])).toEqual([
      ['code-complete', 'porteur.siren', 'D4'],
      ['code-complete', 'porteur.code_insee', 'E4'],
      ['date-nombre', 'depot.date', 'H4'],
    ]);
  });

  it('reports the line whose number matches no dossier, never drops it', () => {
    expect(orphan!.findings).toEqual([
      expect.objectContaining({
        code: 'depense-sans-dossier-export',
        gravite: 'bloquant',
        effet: 'illisible',
        regle: 'export-lecture',
        position: { ligne: 5, colonne: 1, feuille: 'Dépenses', cellule: 'A5', titre: 'Dossier ID' },
        params: { identifiant: '9999', nombre: 1 },
      }),
    ]);
  });

  it('gives amounts in cents end to end, without binary rounding', () => {
    const validated = validateDossier(structuredClone(first!.tree));
    expect(validated.dossier.depenses?.[0]?.montant_ht).toBe(240_010);
    expect(validateDossier(structuredClone(second!.tree)).dossier.financement?.aide_sollicitee).toBe(240_050);
  });
});

describe('dossiersOfWorkbook, what it reports', () => {
  it('a missing sheet or column, with did-you-mean, and no dossier', () => {
    const reading = dossiersOfWorkbook(
      workbook(
        sheet('Dossier', [['Dossier ID']]),
        sheet('Depenses', [['Dossier ID', 'Ligne', 'Libellé', 'Montant HTT', 'Nature de la dépense']]),
      ),
      TWO_SHEETS,
      'export.xlsx',
    );
    expect(reading.dossiers).toEqual([]);
    expect(reading.fileFindings.map(({ code, params }) => [code, params?.suggestion])).toEqual([
      ['feuille-introuvable', 'Dossier'],
      ['colonne-introuvable', 'Montant HTT'],
    ]);
    expect(reading.fileFindings[1]).toMatchObject({ gravite: 'bloquant', effet: 'illisible', chemin: 'depenses.montant_ht' });
  });

  it('a missing column on the dossiers sheet', () => {
    const reading = dossiersOfWorkbook(
      workbook(
        sheet('Dossiers', [
          ['Dossier ID', 'Nom'],
          [1, 'x'],
        ]),
        DEPENSES,
      ),
      TWO_SHEETS,
      'export.xlsx',
    );
    expect(reading.fileFindings.map(({ code, chemin, params }) => [code, chemin, params?.colonne])).toContainEqual([
      'colonne-introuvable',
      'porteur.nom',
      'Nom de la collectivité',
    ]);
  });

  it('an empty or repeated number', () => {
    const simple = correspondance({ version: 1, dossiers: { identifiant: 'N°', colonnes: { 'porteur.nom': 'Nom' } } });
    const reading = dossiersOfWorkbook(
      workbook(
        sheet('Feuil1', [
          ['N°', 'Nom'],
          ['12', 'a'],
          [null, 'b'],
          [12, 'c'],
        ]),
      ),
      simple,
      'export.xlsx',
    );
    expect(reading.dossiers.map(({ fichier }) => fichier)).toEqual(['export.xlsx#12', 'export.xlsx#ligne-3', 'export.xlsx#12 (2)']);
    expect(reading.dossiers.map(({ findings }) => codes(findings))).toEqual([
      ['identifiant-en-double'],
      ['identifiant-manquant'],
      ['identifiant-en-double'],
    ]);
  });

  it('a number on two dossiers: its expense lines go to neither (the money would be another dossier’s), blocking on both', () => {
    const reading = dossiersOfWorkbook(
      workbook(
        sheet('Dossiers', [
          ['Dossier ID', 'Nom de la collectivité'],
          [1, 'Commune de Feurs'],
          [1, 'Commune de Montbrison'],
          [2, 'Commune de Roanne'],
        ]),
        sheet('Dépenses', [
          ['Dossier ID', 'Libellé', 'Montant HT'],
          [1, 'Tablettes', 1000],
          [1, 'Bornes', 20000],
          [2, 'Écrans', 500],
        ]),
      ),
      correspondance({
        version: 1,
        dossiers: { feuille: 'Dossiers', identifiant: 'Dossier ID', colonnes: { 'porteur.nom': 'Nom de la collectivité' } },
        depenses: { feuille: 'Dépenses', jointure: 'Dossier ID', colonnes: { libelle: 'Libellé', montant_ht: 'Montant HT' } },
      }),
      'export.xlsx',
    );
    expect(reading.fileFindings).toEqual([]);
    const [feurs, montbrison, roanne] = reading.dossiers;
    expect(feurs!.tree.depenses).toBeUndefined();
    expect(montbrison!.tree.depenses).toBeUndefined();
    expect(roanne!.tree.depenses).toEqual([{ libelle: 'Écrans', montant_ht: '500' }]);
    for (const dossier of [feurs!, montbrison!]) {
      const repeated = dossier.findings.find(({ code }) => code === 'identifiant-en-double')!;
      expect(repeated).toMatchObject({ gravite: 'bloquant', effet: 'a-completer', params: { identifiant: '1', nombre: 2, lignes: 2 } });
    }
  });

  it('never offers as "did you mean" a column another field reads, and still offers a near title', () => {
    const reading = dossiersOfWorkbook(
      workbook(
        sheet('Dossiers', [['Dossier ID', 'Montant de l’aide sollicitée', 'Libellé de la dépense']]),
        sheet('Dépenses', [['Dossier ID', 'Libellé']]),
      ),
      correspondance({
        version: 1,
        dossiers: {
          feuille: 'Dossiers',
          identifiant: 'Dossier ID',
          colonnes: { 'financement.aide_sollicitee': 'Montant de l’aide sollicitée' },
        },
        depenses: {
          feuille: 'Dossiers',
          jointure: 'Dossier ID',
          colonnes: { montant_ht: 'Montant HT', libelle: 'Libelé de la dépens' },
        },
      }),
      'export.xlsx',
    );
    const suggestions = Object.fromEntries(
      reading.fileFindings.filter(({ code }) => code === 'colonne-introuvable').map(({ params }) => [params!.colonne, params!.suggestion]),
    );
    expect(suggestions).toEqual({ 'Montant HT': undefined, 'Libelé de la dépens': 'Libellé de la dépense' });
  });

  it('a date and time typed as text (a CSV) gives its day, as a date cell does', () => {
    const reading = dossiersOfWorkbook(
      {
        ...workbook(
          sheet('export.csv', [
            ['N°', 'Déposé le'],
            ['1', '21/07/2022 14:05'],
            ['2', '2022-07-29 23:30:12'],
            ['3', 'le 21 juillet'],
          ]),
        ),
        format: 'csv',
      },
      correspondance({ version: 1, dossiers: { identifiant: 'N°', colonnes: { 'depot.date': 'Déposé le' } } }),
      'export.csv',
    );
    expect(reading.dossiers.map(({ tree }) => (tree.depot as { date: string }).date)).toEqual([
      '21/07/2022',
      '2022-07-29',
      'le 21 juillet',
    ]);
  });

  it('a formula without value and an error cell, at their cell, as grave as the field', () => {
    const simple = correspondance({
      version: 1,
      dossiers: { identifiant: 'N°', colonnes: { 'porteur.nom': 'Nom', 'financement.aide_sollicitee': 'Aide' } },
    });
    const reading = dossiersOfWorkbook(
      workbook(
        sheet('Feuil1', [
          ['N°', 'Nom', 'Aide'],
          [1, { kind: 'error', text: '#REF!' }, { kind: 'formula-without-value', text: '', formula: 'B2*2' }],
        ]),
      ),
      simple,
      'export.xlsx',
    );
    const [dossier] = reading.dossiers;
    expect(dossier!.tree).toEqual({});
    expect(
      dossier!.findings.map(({ code, gravite, chemin, position, params }) => [code, gravite, chemin, position?.cellule, params]),
    ).toEqual([
      ['cellule-erreur', 'avertissement', 'porteur.nom', 'B2', { valeur: '#REF!' }],
      ['formule-sans-valeur', 'bloquant', 'financement.aide_sollicitee', 'C2', { formule: 'B2*2' }],
    ]);
  });

  it('merged cells copied over their range, one warning per range; hidden sheets and rows noted', () => {
    const reading = dossiersOfWorkbook(
      workbook(
        sheet(
          'Dossiers',
          [
            ['Dossier ID', 'Nom de la collectivité'],
            [1, 'Mairie'],
            [2, null],
            [3, null],
          ],
          { hidden: true, hiddenRows: [3], merges: [{ top: 2, left: 2, bottom: 4, right: 2 }] },
        ),
      ),
      correspondance({ version: 1, dossiers: { identifiant: 'Dossier ID', colonnes: { 'porteur.nom': 'Nom de la collectivité' } } }),
      'export.xlsx',
    );
    expect(reading.dossiers.map(({ tree }) => tree)).toEqual([
      { porteur: { nom: 'Mairie' } },
      { porteur: { nom: 'Mairie' } },
      { porteur: { nom: 'Mairie' } },
    ]);
    expect(reading.dossiers.map(({ findings }) => codes(findings))).toEqual([['cellules-fusionnees'], ['ligne-masquee'], []]);
    expect(reading.fileFindings).toEqual([expect.objectContaining({ code: 'feuille-masquee', gravite: 'info' })]);
  });
});

describe('dossiersOfWorkbook, numbered columns (CSV)', () => {
  const numbered = correspondance({
    version: 1,
    dossiers: { identifiant: 'N° de dossier', colonnes: { 'porteur.nom': 'Collectivité' } },
    depenses: { colonnes_numerotees: { modele: 'Dépense {n} – {champ}', champs: { libelle: 'libellé', montant_ht: 'montant HT' } } },
  });
  const csv = sheet('export.csv', [
    [
      'N° de dossier',
      'Collectivité',
      'Dépense 1 – libellé',
      'Dépense 1 – montant HT',
      'Dépense 2 – libellé',
      'Dépense 2 – montant HT',
      'Dépense 10 - Montant HT',
    ],
    ['7', 'Mairie', 'Tablettes', '2 400,50 €', '', '', '12'],
  ]);
  const reading = dossiersOfWorkbook({ format: 'csv', sheets: [csv], externalLinks: 0 }, numbered, 'export.csv');

  it('reads each number as a line, skips empty ones, points at the cells with no sheet', () => {
    const [dossier] = reading.dossiers;
    expect(dossier!.fichier).toBe('export.csv#7');
    expect(dossier!.tree.depenses).toEqual([{ libelle: 'Tablettes', montant_ht: '2 400,50 €' }, { montant_ht: '12' }]);
    const g2 = { ligne: 2, colonne: 7, cellule: 'G2', titre: 'Dépense 10 - Montant HT' };
    expect(dossier!.sourceMap.locate('depenses.1.montant_ht')).toEqual(g2);
    expect(dossier!.sourceMap.locate('depenses.1')).toEqual(g2);
    expect(dossier!.start).toEqual({ ligne: 2, colonne: 1, cellule: 'A2', titre: 'N° de dossier' });
  });

  it('says when no column follows the model', () => {
    const bad = correspondance({
      ...numbered,
      depenses: { colonnes_numerotees: { modele: 'Ligne {n} {champ}', champs: { libelle: 'libellé' } } },
    });
    expect(codes(dossiersOfWorkbook({ format: 'csv', sheets: [csv], externalLinks: 0 }, bad, 'export.csv').fileFindings)).toEqual([
      'colonnes-numerotees-introuvables',
    ]);
  });
});

describe('properties', () => {
  const simple = correspondance({
    version: 1,
    dossiers: { identifiant: 'N°', colonnes: { 'financement.aide_sollicitee': 'Aide' } },
  });
  const amountOf = (cell: Written) =>
    validateDossier(
      dossiersOfWorkbook(
        workbook(
          sheet('F', [
            ['N°', 'Aide'],
            [1, cell],
          ]),
        ),
        simple,
        'x.xlsx',
      ).dossiers[0]!.tree,
    ).dossier.financement?.aide_sollicitee;

  it('any amount in cents, as a number cell or as French text, reads back exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_AMOUNT_CENTS }), (cents) => {
        const euros = Math.floor(cents / 100);
        const rest = cents % 100;
        // As a spreadsheet gives a number cell: its value to 15 significant digits.
        const asNumber = String(Number((cents / 100).toPrecision(15)));
        const grouped = String(euros).replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
        const asFrench = `${grouped},${String(rest).padStart(2, '0')} €`;
        expect(amountOf({ kind: 'number', text: asNumber })).toBe(cents);
        expect(amountOf(asFrench)).toBe(cents);
      }),
      { numRuns: runs(200) },
    );
  });

  it('a title matches whatever its case, accents, spaces and punctuation', () => {
    const variant = (title: string) =>
      fc
        .array(fc.constantFrom('upper', 'lower', 'strip', 'space', 'dot'), { minLength: title.length, maxLength: title.length })
        .map((changes) =>
          [...title]
            .map((char, index) => {
              switch (changes[index]) {
                case 'upper':
                  return char.toUpperCase();
                case 'lower':
                  return char.toLowerCase();
                case 'strip':
                  return char.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
                case 'space':
                  return ` ${char}  `;
                default:
                  return `${char}.`;
              }
            })
            .join(''),
        );
    const titles = fc.constantFrom(
      'Montant HT',
      'Nature de la dépense',
      'Code INSEE de la commune',
      'Axe(s) prioritaire(s)',
      'Intitulé du projet',
    );
    fc.assert(
      fc.property(
        titles.chain((title) => fc.tuple(fc.constant(title), variant(title))),
        ([title, written]) => foldTitle(written) === foldTitle(title),
      ),
      { numRuns: runs(300) },
    );
  });

  it('a numbered column matches its number and field, whatever its spelling', () => {
    const match = numberedColumnMatcher('Dépense {n} – {champ}', {
      libelle: 'libellé',
      montant_ht: 'montant HT',
      montant_ttc: 'montant TTC',
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.constantFrom(['libelle', 'libellé'], ['montant_ht', 'montant HT'], ['montant_ttc', 'Montant T.T.C.']),
        fc.constantFrom(' – ', ' - ', '-', ' : '),
        (n, [field, name], dash) => {
          expect(match(`DÉPENSE ${n}${dash}${name}`)).toEqual({ n, field });
          expect(match(`Dépenses ${n}${dash}${name}`)).toBeUndefined();
          expect(match(`Dépense ${n}${dash}${name} bis`)).toBeUndefined();
        },
      ),
      { numRuns: runs(300) },
    );
  });

  it('the numbered-column matcher takes time linear in the title', () => {
    const match = numberedColumnMatcher('Dépense {n} – {champ}', { libelle: 'libellé' });
    const time = (length: number) => {
      const title = `Dépense ${'1'.repeat(length)} – ${'1'.repeat(length)}x`;
      const start = process.hrtime.bigint();
      for (let i = 0; i < 20; i++) match(title);
      return Number(process.hrtime.bigint() - start);
    };
    time(1000);
    expect(time(100_000) / Math.max(1, time(10_000))).toBeLessThan(30);
  });
});

describe('dossiersOfWorkbook, more situations', () => {
  it('a CSV has no types: a code that lost its zero there is repaired too; lists translated item by item', () => {
    const simple = correspondance({
      version: 1,
      dossiers: {
        identifiant: 'N°',
        colonnes: {
          'porteur.code_insee': 'INSEE',
          'projet.communes_associees': { colonne: 'Communes', separateur: ';' },
          'projet.axes': { colonne: 'Axes', separateur: ';' },
        },
      },
      valeurs: { 'projet.axes': { 'Simplifier le quotidien': 'simplifier-le-quotidien' } },
    });
    const grid = sheet('e.csv', [
      ['N°', 'INSEE', 'Communes', 'Axes'],
      ['1', '1053', '1053; 42218 ;', 'SIMPLIFIER le quotidien ; innovant'],
    ]);
    const [dossier] = dossiersOfWorkbook({ format: 'csv', sheets: [grid], externalLinks: 0 }, simple, 'e.csv').dossiers;
    expect(dossier!.tree).toEqual({
      porteur: { code_insee: '01053' },
      projet: { communes_associees: ['01053', '42218'], axes: ['simplifier-le-quotidien', 'innovant'] },
    });
    expect(codes(dossier!.findings)).toEqual(['code-complete', 'code-complete']);
    // Typed as text in a workbook, "1053" is what was typed: the rules say what is wrong with it.
    const [typed] = dossiersOfWorkbook(workbook(grid), simple, 'e.xlsx').dossiers;
    expect(typed!.tree.porteur).toEqual({ code_insee: '1053' });
  });

  it('a SIREN of 8 digits is completed only when the check digit then holds', () => {
    const simple = correspondance({ version: 1, dossiers: { identifiant: 'N°', colonnes: { 'porteur.siren': 'SIREN' } } });
    const [dossier] = dossiersOfWorkbook(
      workbook(
        sheet('F', [
          ['N°', 'SIREN'],
          [1, 21420147],
        ]),
      ),
      simple,
      'x.xlsx',
    ).dossiers;
    expect(dossier!.tree).toEqual({ porteur: { siren: '21420147' } });
    expect(dossier!.findings).toEqual([]);
  });

  it('lines without an order column keep the sheet order; orphans with the same number are one entry, without a number one each', () => {
    const lines = correspondance({
      version: 1,
      dossiers: { feuille: 'D', identifiant: 'N', colonnes: {} },
      depenses: { feuille: 'L', jointure: 'N', colonnes: { libelle: 'Libellé' } },
    });
    const reading = dossiersOfWorkbook(
      workbook(
        sheet('D', [['N'], [1]]),
        sheet('L', [
          ['N', 'Libellé'],
          [1, 'b'],
          [1, 'a'],
          [5, 'x'],
          [null, 'y'],
          [5, 'z'],
          [null, 'w'],
        ]),
      ),
      lines,
      'x.xlsx',
    );
    expect(reading.dossiers.map(({ fichier, tree, findings }) => [fichier, tree, codes(findings), findings[0]?.params])).toEqual([
      ['x.xlsx#1', { depenses: [{ libelle: 'b' }, { libelle: 'a' }] }, [], undefined],
      ['x.xlsx#5', {}, ['depense-sans-dossier-export'], { identifiant: '5', nombre: 2 }],
      ['x.xlsx#ligne-5', {}, ['depense-sans-dossier-export'], { identifiant: '', nombre: 1 }],
      ['x.xlsx#ligne-7', {}, ['depense-sans-dossier-export'], { identifiant: '', nombre: 1 }],
    ]);
    expect(reading.dossiers.map(({ orphelin }) => orphelin)).toEqual([undefined, true, true, true]);
  });

  it('reports only codes, gravités and parameters its rule declares', async () => {
    const { exportReading } = await import('../../src/rules/export-lecture.js');
    const problems: Record<string, { bloquant?: readonly string[]; avertissement?: true; info?: true; params: Record<string, string> }> =
      exportReading.meta.problems;
    const readings = [
      dossiersOfWorkbook(workbook(DOSSIERS, DEPENSES), TWO_SHEETS, 'export.xlsx'),
      dossiersOfWorkbook(workbook(sheet('X', [['Y']])), TWO_SHEETS, 'export.xlsx'),
      dossiersOfWorkbook(
        workbook(sheet('Dossiers', [['Dossier ID', 'Dossier ID', 'Nom']]), sheet('Autre', [['a']])),
        correspondance({ ...TWO_SHEETS, depenses: { colonnes_numerotees: { modele: '{n} {champ}', champs: { libelle: 'l' } } } }),
        'export.xlsx',
      ),
      dossiersOfWorkbook(workbook(sheet('Dossiers', [['a', 'b']]), sheet('Dépenses', [['c']])), TWO_SHEETS, 'export.xlsx'),
    ];
    const findings = readings.flatMap((reading) => [...reading.fileFindings, ...reading.dossiers.flatMap((dossier) => dossier.findings)]);
    expect(new Set(findings.map(({ code }) => code)).size).toBeGreaterThanOrEqual(7);
    expect(findings.filter(({ code }) => code === 'titres-introuvables').map(({ chemin }) => chemin)).toEqual([
      'dossiers.ligne_titres',
      'depenses.ligne_titres',
    ]);
    for (const finding of findings) {
      const spec = problems[finding.code];
      expect(spec, finding.code).toBeDefined();
      expect(finding.regle).toBe('export-lecture');
      if (finding.gravite === 'bloquant') expect(spec!.bloquant, finding.code).toContain(finding.effet);
      else expect(spec![finding.gravite], finding.code).toBe(true);
      for (const name of Object.keys(finding.params ?? {})) expect(Object.keys(spec!.params), `${finding.code} ${name}`).toContain(name);
    }
  });
});

describe('dossiersOfWorkbook, defensive', () => {
  it('a sheet of lines without jointure (a correspondence built in code) is reported, not read as no line', () => {
    const { jointure, ...withoutJoin } = TWO_SHEETS.depenses!;
    void jointure;
    const reading = dossiersOfWorkbook(workbook(DOSSIERS, DEPENSES), { ...TWO_SHEETS, depenses: withoutJoin }, 'export.xlsx');
    expect(reading.dossiers).toEqual([]);
    expect(reading.fileFindings.map(({ code, chemin }) => [code, chemin])).toEqual([['colonne-introuvable', 'depenses.jointure']]);
  });

  it('joins 20 000 lines to one dossier, all of them', () => {
    const lines = correspondance({
      version: 1,
      dossiers: { feuille: 'D', identifiant: 'N', colonnes: {} },
      depenses: { feuille: 'L', jointure: 'N', colonnes: { libelle: 'Libellé' } },
    });
    const read = (count: number) =>
      dossiersOfWorkbook(
        workbook(sheet('D', [['N'], [1]]), sheet('L', [['N', 'Libellé'], ...Array.from({ length: count }, (_, i) => [1, `l${i}`])])),
        lines,
        'x.xlsx',
      );
    expect((read(20_000).dossiers[0]!.tree.depenses as unknown[]).length).toBe(20_000);
  });
});

describe('dossiersOfWorkbook, merged cells in number', () => {
  it('finds the merged range of every row among thousands, the value of each copied down its own range', () => {
    const rows: Written[][] = [['N', 'Nom']];
    const merges: CellRange[] = [];
    for (let index = 0; index < 3_000; index++) {
      const top = 2 + index * 2;
      rows.push([top, `commune ${index}`], [top + 1, null]);
      merges.push({ top, left: 2, bottom: top + 1, right: 2 });
    }
    const reading = dossiersOfWorkbook(
      workbook(sheet('F', rows, { merges: [...merges].reverse() })),
      correspondance({ version: 1, dossiers: { identifiant: 'N', colonnes: { 'porteur.nom': 'Nom' } } }),
      'x.xlsx',
    );
    expect(reading.dossiers).toHaveLength(6_000);
    expect(reading.dossiers[4_001]!.tree).toEqual({ porteur: { nom: 'commune 2000' } });
    expect(reading.dossiers.flatMap(({ findings }) => codes(findings)).filter((code) => code === 'cellules-fusionnees')).toHaveLength(
      3_000,
    );
  });
});
