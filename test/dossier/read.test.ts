import { describe, expect, it } from 'vitest';
import { checkDossier, checkDossiers } from '../helpers.js';
import { installedData } from '../../src/cli/checker-data.js';

const options = { date: '2022-07-20', data: installedData };

describe('reading a dossier', () => {
  it('points each problem at the line and column of its field', () => {
    const text = [
      'porteur:',
      '  nom: Commune de Montbrison',
      '  type: commune',
      '  siren: "214201478"',
      '  code_insee: "42147"',
      'projet:',
      '  titre: Bornes',
      '  axes: [simplifier-le-quotidien]',
      'depenses:',
      '  - libelle: tablettes',
      '    montant_ht: "12.500"',
      '    categorie: equipement-numerique',
      'financement:',
      '  aide_sollicitee: 100',
      'depot:',
      '  date: 2022-07-21',
    ].join('\n');
    const report = checkDossier(text, 'd.yaml', options);
    const byCode = Object.fromEntries(report.problemes.map((problem) => [problem.code, problem]));
    expect(byCode['siren-cle-invalide']).toMatchObject({ chemin: 'porteur.siren', position: { ligne: 4, colonne: 10 } });
    expect(byCode['montant-invalide']).toMatchObject({ chemin: 'depenses.0.montant_ht', position: { ligne: 11, colonne: 17 } });
    expect(report.depenses[0]?.position).toEqual({ ligne: 10, colonne: 5 });
  });

  it('points a missing field at the line that opens its section', () => {
    const report = checkDossier('# x\nporteur:\n  nom: X\n  siren: "214201477"\n  code_insee: "42147"\n', 'd.yaml', options);
    expect(report.problemes.find((problem) => problem.code === 'porteur-type-manquant')?.position).toEqual({ ligne: 2, colonne: 1 });
  });

  it('suggests the key meant by a mistyped one, and ignores it', () => {
    const report = checkDossier('depences:\n  - libelle: PC\nporteur:\n  type: commune\n', 'd.yaml', options);
    const unknown = report.problemes.find((problem) => problem.code === 'cle-inconnue');
    expect(unknown).toMatchObject({ gravite: 'avertissement', chemin: 'depences', position: { ligne: 1, colonne: 1 } });
    expect(unknown?.message).toContain('« depenses »');
  });

  it('suggests keys inside nested sections', () => {
    const report = checkDossier('depenses:\n  - libelle: PC\n    montant_hr: 100\n', 'd.yaml', options);
    expect(report.problemes.find((problem) => problem.code === 'cle-inconnue')).toMatchObject({ chemin: 'depenses.0.montant_hr' });
    expect(report.problemes.find((problem) => problem.code === 'cle-inconnue')?.message).toContain('« montant_ht »');
  });

  it('reads JSON with the same positions', () => {
    const text = '{\n  "porteur": {\n    "type": "mairie"\n  }\n}\n';
    const report = checkDossier(text, 'd.json', options);
    expect(report.problemes.find((problem) => problem.code === 'porteur-type-inconnu')?.position).toEqual({ ligne: 3, colonne: 13 });
  });

  it('keeps reading the rest of the dossier when a value has the wrong shape', () => {
    const report = checkDossier(
      'porteur:\n  type: [commune]\n  siren: "214201477"\n  code_insee: "42147"\nprojet:\n  axes: [innovant]\ndepenses: "beaucoup"\n',
      'd.yaml',
      options,
    );
    const shapes = report.problemes.filter((problem) => problem.code === 'type-invalide').map((problem) => problem.chemin);
    expect(shapes).toEqual(expect.arrayContaining(['porteur.type', 'depenses']));
    // Reported once as unusable, not again as missing.
    expect(report.problemes.map((problem) => problem.code)).not.toContain('porteur-type-manquant');
    expect(report.verdict).toBe('a-completer');
  });

  it.each([
    ['', 'd.yaml', 'fichier-vide'],
    ['   \n\n', 'd.yaml', 'fichier-vide'],
    ['- a\n- b\n', 'd.yaml', 'racine-invalide'],
    ['"juste un texte"', 'd.yaml', 'racine-invalide'],
    ['[1, 2]', 'd.json', 'racine-invalide'],
    ['porteur:\n  type: commune\n type: x\n', 'd.yaml', 'yaml-invalide'],
    ['porteur:\n  type: commune\n  type: epci\n', 'd.yaml', 'yaml-invalide'],
    ['{"porteur": {"type": "commune",}}', 'd.json', 'json-invalide'],
    ['{"porteur": {"type": "commune"}, "porteur": {}}', 'd.json', 'json-invalide'],
  ])('gives an unreadable verdict with a reason for %j', (text, name, code) => {
    const report = checkDossier(text, name, options);
    expect(report.verdict).toBe('illisible');
    expect(report.problemes[0]).toMatchObject({ gravite: 'bloquant', code, chemin: '', effet: 'illisible' });
  });

  // An empty root (a lone "~", an empty element of a list of dossiers) is an empty dossier: it carries no parameter its
  // rule does not declare (the fuzz test found "trouve", the parameter of racine-invalide, on it).
  it.each(['~\n', '# rien\n', '- porteur:\n    type: commune\n- ~\n'])('says %j holds an empty dossier, with no parameter', (text) => {
    const reports = checkDossiers(text, 'd.yaml', options);
    const empty = reports.flatMap((report) => report.problemes).find((problem) => problem.code === 'fichier-vide');
    expect(empty).toBeDefined();
    expect(empty!.params ?? {}).toEqual({});
  });

  it('gives the position of a syntax error', () => {
    const report = checkDossier('{\n  "porteur": {\n    "type": "commune",\n  }\n}', 'd.json', options);
    expect(report.problemes[0]?.position?.ligne).toBe(4);
  });

  it('refuses alias bombs instead of expanding them', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    const report = checkDossier(lines.join('\n'), 'bomb.yaml', options);
    expect(report.verdict).toBe('illisible');
    expect(report.problemes[0]?.code).toBe('alias-excessifs');
  });

  it('accepts a UTF-8 BOM and CRLF line ends', () => {
    const text = '\ufeffporteur:\r\n  type: association\r\n';
    const report = checkDossier(new TextEncoder().encode(text), 'd.yaml', options);
    expect(report.problemes.find((problem) => problem.code === 'porteur-type-non-eligible')?.position).toEqual({ ligne: 2, colonne: 9 });
  });

  it.each(['utf-16le', 'utf-16be'] as const)('reads %s files with a byte order mark (Notepad’s "Unicode")', (encoding) => {
    const text = '\ufeffporteur:\n  nom: Commune de Fécurs\ndepenses:\n  - libelle: L’atelier\n    montant_ht: 1 000,00 €\n';
    const units = [...text].map((char) => char.charCodeAt(0));
    const bytes = Uint8Array.from(units.flatMap((unit) => (encoding === 'utf-16le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff])));
    const report = checkDossier(bytes, 'd.yaml', options);
    expect(report.porteur.nom).toBe('Commune de Fécurs');
    expect(report.depenses[0]).toMatchObject({ libelle: 'L’atelier', htCents: 100_000, position: { ligne: 4, colonne: 5 } });
    expect(report.problemes.find((problem) => problem.code === 'encodage-converti')?.message).toContain(encoding);
  });

  it('decodes Windows-1252 files instead of showing mojibake, euro sign and curly quotes included', () => {
    // "Commune de Fécurs", "L’atelier" and "1 000,00 €" as Windows-1252 bytes: é = E9, ’ = 92, € = 80.
    const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));
    const bytes = Uint8Array.from([
      ...ascii('porteur:\n  nom: Commune de F'),
      0xe9,
      ...ascii('curs\ndepenses:\n  - libelle: L'),
      0x92,
      ...ascii('atelier\n    montant_ht: 1 000,00 '),
      0x80,
      ...ascii('\n    categorie: formation\n'),
    ]);
    const report = checkDossier(bytes, 'd.yaml', options);
    expect(report.porteur.nom).toBe('Commune de Fécurs');
    expect(report.depenses[0]).toMatchObject({ libelle: 'L’atelier', htCents: 100_000 });
    expect(report.problemes.map((problem) => problem.code)).toContain('encodage-converti');
  });
});
