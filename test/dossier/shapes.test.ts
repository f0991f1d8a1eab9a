import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { readPlainYaml } from '../../src/parse/fast-yaml.js';
import { checkDossier, checkDossiers } from '../helpers.js';
import { baseDossier } from '../helpers.js';
import { installedData } from '../../src/cli/checker-data.js';

/**
 * A file of the wrong shape is one mistake, said once with its fix: not one
 * ineligible dossier per expense line, each with a dozen problems.
 */
const options = { date: '2022-07-20', data: installedData };
const LINES = [
  '# Devis reçus',
  '- libelle: 6 tablettes tactiles',
  '  montant_ht: 2400',
  '  categorie: equipement-numerique',
  '- libelle: Formation des usagers',
  '  montant_ht: 800',
  '',
].join('\n');

function only(reports: ReturnType<typeof checkDossiers>) {
  expect(reports).toHaveLength(1);
  return reports[0]!;
}

describe('a bare list of expense lines', () => {
  it('is one unreadable file saying that depenses: is missing, not one dossier per line', () => {
    const report = only(checkDossiers(LINES, 'devis.yaml', options));
    expect(report.fichier).toBe('devis.yaml');
    expect(report.verdict).toBe('illisible');
    expect(report.problemes).toHaveLength(1);
    const [problem] = report.problemes;
    expect(problem).toMatchObject({ gravite: 'bloquant', code: 'depenses-sans-dossier', chemin: '' });
    expect(problem!.position?.ligne).toBe(2);
    expect(problem!.message).toContain('2 lignes de dépenses');
    expect(problem!.message).toContain('il manque la rubrique depenses:');
    expect(problem!.message).toContain('porteur:');
  });

  it('says so in English too', () => {
    const [problem] = only(checkDossiers(LINES, 'devis.yaml', { ...options, lang: 'en', data: installedData })).problemes;
    expect(problem!.message).toMatch(/^The file holds a list of 2 expense lines .* the depenses: section that holds them is missing/);
  });

  it('is recognised in JSON, and by the full parser (an anchor keeps the fast one away)', () => {
    const json = JSON.stringify([
      { libelle: 'Tablettes', montant_ht: 2400 },
      { libelle: 'Formation', montant_ht: '800,00 €' },
    ]);
    expect(only(checkDossiers(json, 'devis.json', options)).problemes.map((problem) => problem.code)).toEqual(['depenses-sans-dossier']);
    const anchored = `${LINES}- { libelle: &ecrans Écrans, montant_ht: 300 }\n- { libelle: *ecrans, montant_ht: 10 }\n`;
    expect(readPlainYaml(anchored)).toBeUndefined();
    expect(only(checkDossiers(anchored, 'devis.yaml', options)).problemes[0]?.message).toContain('4 lignes');
  });

  it('is recognised in documents separated by ---', () => {
    const documents = 'libelle: Tablettes\nmontant_ht: 2400\n---\nlibelle: Formation\nmontant_ht: 800\n';
    expect(only(checkDossiers(documents, 'devis.yaml', options)).problemes.map((problem) => problem.code)).toEqual([
      'depenses-sans-dossier',
    ]);
  });

  it('is recognised where one dossier is expected (init --from), rather than "a list instead of a dossier"', () => {
    expect(checkDossier(LINES, 'devis.yaml', options).problemes.map((problem) => problem.code)).toEqual(['depenses-sans-dossier']);
  });

  it('with keys written otherwise (Libellé, Montant HT) and a stray field, still', () => {
    const text =
      '- Libellé: Tablettes\n  Montant HT: 2400\n  fournisseur: UGAP\n- libelle: Formation\n  montant_ttc: 960\n  taux_tva: 20\n';
    expect(only(checkDossiers(text, 'devis.yaml', options)).problemes.map((problem) => problem.code)).toEqual(['depenses-sans-dossier']);
  });
});

describe('a single expense line as the whole file', () => {
  it('is one problem that says where the line goes', () => {
    const report = checkDossier('libelle: Tablettes\nmontant_ht: 2400\n', 'ligne.yaml', options);
    expect(report.verdict).toBe('illisible');
    expect(report.problemes.map((problem) => problem.code)).toEqual(['depenses-sans-dossier']);
    expect(report.problemes[0]!.message).toMatch(
      /^Le fichier contient une ligne de dépense .* il manque la rubrique depenses: qui la contient/,
    );
    expect(report.problemes[0]!.position).toEqual({ ligne: 1, colonne: 1 });
  });
});

describe('an expense line among dossiers', () => {
  it('is that element unreadable, with the likely cause; the dossiers are checked', () => {
    const dossier = baseDossier();
    const text = `${stringify([dossier])}- libelle: Formation\n  montant_ht: 800\n${stringify([dossier])}`;
    const reports = checkDossiers(text, 'lot.yaml', options);
    expect(reports.map((report) => report.verdict)).toEqual(['eligible', 'illisible', 'eligible']);
    expect(reports[1]!.problemes.map((problem) => problem.code)).toEqual(['depense-hors-dossier']);
    expect(reports[1]!.problemes[0]!.message).toContain('alignez son « - »');
  });
});

describe('dossiers under an extra key', () => {
  it('a dossier under `dossier:` is one problem at that key, saying to remove the level', () => {
    const text = `dossier:\n${stringify(baseDossier())
      .split('\n')
      .map((line) => (line === '' ? line : `  ${line}`))
      .join('\n')}`;
    const report = checkDossier(text, 'd.yaml', options);
    expect(report.verdict).toBe('illisible');
    expect(report.problemes).toHaveLength(1);
    expect(report.problemes[0]).toMatchObject({ code: 'dossier-sous-cle', position: { ligne: 1, colonne: 1 } });
    expect(report.problemes[0]!.message).toContain('supprimez la ligne « dossier: »');
  });

  it('a platform export {"dossiers": [...]} is one problem naming the key and the count', () => {
    const json = JSON.stringify({ dossiers: [baseDossier(), baseDossier()] }, null, 2);
    const report = only(checkDossiers(json, 'export.json', { ...options, lang: 'en', data: installedData }));
    expect(report.problemes.map((problem) => problem.code)).toEqual(['dossiers-sous-cle']);
    expect(report.problemes[0]!.message).toContain('a list of 2 dossiers under the key "dossiers"');
    expect(report.problemes[0]!.position).toEqual({ ligne: 2, colonne: 3 });
    // A list of one: removing the level fixes it as for one dossier.
    const single = checkDossier(JSON.stringify({ dossiers: [baseDossier()] }), 'export.json', options);
    expect(single.problemes.map((problem) => problem.code)).toEqual(['dossier-sous-cle']);
  });
});

describe('files of the right shape are read as before', () => {
  it('a dossier with one section only, a dossier with a stray line field, a list of dossiers', () => {
    expect(checkDossier('porteur:\n  nom: X\n', 'd.yaml', options).verdict).not.toBe('illisible');
    const stray = checkDossier(`${stringify(baseDossier())}libelle: Tablettes\n`, 'd.yaml', options);
    // Beside the financing plan's notes (self-financing deduced, cap not reached), which every base dossier gets.
    const notFinancing = stray.problemes.filter((problem) => !problem.regle.startsWith('financement'));
    expect(notFinancing.map((problem) => problem.code)).toEqual(['cle-inconnue']);
    expect(checkDossiers(stringify([baseDossier(), baseDossier()]), 'lot.yaml', options).map((report) => report.verdict)).toEqual([
      'eligible',
      'eligible',
    ]);
  });

  it('a file of unknown keys only, which is not an expense line', () => {
    expect(checkDossier('categorie: formation\nremarque: x\n', 'd.yaml', options).problemes.map((problem) => problem.code)).toContain(
      'cle-inconnue',
    );
  });
});

describe('a list written as a single field, or fields written as a list', () => {
  const problemAt = (text: string, path: string, lang: 'fr' | 'en' = 'fr') =>
    checkDossier(text, 'd.yaml', { ...options, lang, data: installedData }).problemes.find((problem) => problem.chemin === path);

  it('depenses: with its line not preceded by "-" says to add the dash', () => {
    const text = stringify(baseDossier()).replace('depenses:\n  - libelle', 'depenses:\n    libelle');
    expect(problemAt(text, 'depenses')?.message).toContain('précédé de « - »');
    expect(problemAt(text, 'depenses', 'en')?.message).toContain('preceded by "-"');
  });

  it('axes: written as a single text says to use brackets', () => {
    const text = stringify(baseDossier()).replace('axes:\n    - simplifier-le-quotidien', 'axes: simplifier-le-quotidien');
    expect(problemAt(text, 'projet.axes')?.message).toContain('entre crochets, [premier, second]');
  });

  it('porteur: written as a list says to remove the dashes', () => {
    const text = 'porteur:\n  - nom: Commune de Montbrison\n    type: commune\n';
    expect(problemAt(text, 'porteur')?.message).toContain('Retirez les « - »');
  });
});
