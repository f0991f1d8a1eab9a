import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkDossier, checkDossiers } from '../helpers.js';
import { baseDossier } from '../helpers.js';
import { installedData } from '../../src/cli/checker-data.js';

const options = { now: new Date('2022-07-01T10:00:00Z'), data: installedData };

function late(): Record<string, any> {
  const dossier = baseDossier();
  dossier.depot.date = '2022-07-30';
  return dossier;
}

describe('several dossiers in one file', () => {
  it('reads each --- document as a dossier named file#n, positions in the whole file', () => {
    const text = `${stringify(baseDossier())}---\n${stringify(late())}---\n`;
    const reports = checkDossiers(text, 'lot.yaml', options);
    expect(reports.map((report) => [report.fichier, report.verdict])).toEqual([
      ['lot.yaml#1', 'eligible'],
      ['lot.yaml#2', 'ineligible'],
    ]);
    const lateDate = reports[1]!.problemes.find((problem) => problem.code === 'depot-hors-delai')!;
    const lines = text.split('\n');
    expect(lines[lateDate.position!.ligne - 1]).toContain('2022-07-30');
    expect(lateDate.position!.ligne).toBeGreaterThan(text.indexOf('---') === -1 ? 0 : stringify(baseDossier()).split('\n').length);
  });

  it('reads each element of a top-level JSON array as a dossier', () => {
    const text = JSON.stringify([baseDossier(), late(), 'pas un dossier'], null, 2);
    const reports = checkDossiers(text, 'export.json', options);
    expect(reports.map((report) => report.verdict)).toEqual(['eligible', 'ineligible', 'illisible']);
    expect(reports[2]!.fichier).toBe('export.json#3');
    expect(reports[2]!.problemes[0]).toMatchObject({ code: 'racine-invalide', position: { ligne: text.split('\n').length - 1 } });
  });

  it('keeps the name of a file that holds one dossier, even after a leading or trailing ---', () => {
    const reports = checkDossiers(`---\n${stringify(baseDossier())}---\n# fin\n`, 'un.yaml', options);
    expect(reports.map((report) => report.fichier)).toEqual(['un.yaml']);
    expect(reports[0]!.verdict).toBe('eligible');
  });

  it('reports a syntax error in one document without losing the others', () => {
    const text = `${stringify(baseDossier())}---\nporteur: [\n---\n${stringify(baseDossier())}`;
    const reports = checkDossiers(text, 'lot.yaml', options);
    expect(reports.map((report) => report.verdict)).toEqual(['eligible', 'illisible', 'eligible']);
    expect(reports[1]!.problemes[0]!.code).toBe('yaml-invalide');
  });

  it('refuses an empty list and files of more dossiers than any export', () => {
    expect(checkDossiers('[]', 'vide.json', options)[0]!.problemes[0]!.code).toBe('liste-vide');
    const many = checkDossiers(`[${'{},'.repeat(10_000)}{}]`, 'beaucoup.json', options);
    expect(many).toHaveLength(1);
    expect(many[0]!.problemes[0]!.code).toBe('trop-de-dossiers');
  });

  it('counts aliases over the whole file: a list of aliases is a bomb too', () => {
    const anchor = `- &a ${JSON.stringify({ porteur: { nom: 'x'.repeat(5), type: 'commune' }, depenses: Array(100).fill({ libelle: 'PC' }) })}\n`;
    const reports = checkDossiers(anchor + '- { copie: *a }\n'.repeat(1000), 'alias.yaml', options);
    expect(reports.some((report) => report.problemes.some((problem) => problem.code === 'alias-excessifs'))).toBe(true);
  });

  it('resolves an alias to the last anchor of its name before it, as YAML says', () => {
    const text = 'a: &nom Commune A\nporteur:\n  nom: *nom\nb: &nom Commune B\nprojet:\n  titre: *nom\n';
    const report = checkDossier(text, 'ancres.yaml', options);
    expect(report.porteur.nom).toBe('Commune A');
    expect(report.projet.titre).toBe('Commune B');
  });

  it('checkDossier expects exactly one dossier and says so', () => {
    const report = checkDossier(`${stringify(baseDossier())}---\n${stringify(late())}`, 'lot.yaml', options);
    expect(report.verdict).toBe('illisible');
    expect(report.problemes[0]).toMatchObject({ code: 'plusieurs-dossiers', position: { colonne: 1 } });
    expect(report.problemes[0]!.message).toContain('2 dossiers');
    expect(checkDossier('[{"porteur": {}}]', 'liste.json', options).problemes[0]!.code).toBe('racine-invalide');
  });
});
