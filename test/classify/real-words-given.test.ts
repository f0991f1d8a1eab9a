import { describe, expect, it } from 'vitest';
import { installedData } from '../../src/cli/checker-data.js';
import { GeneratedGeography } from '../../src/index.js';
import { baseDossier, check } from '../helpers.js';

/**
 * The engine reads no file: the real words its classifier never "corrects"
 * and the geography are the caller's (CheckOptions.data), and it uses exactly
 * those. ("Afficha" is a real word one letter from "affiche", an operating cost; "Afficher" is one letter from "afficheur" too.)
 */
describe('the data a check is given', () => {
  const dossier = baseDossier();
  dossier.depenses.push({ libelle: 'Afficha les horaires', montant_ht: 800 });
  const line = (report: ReturnType<typeof check>) => report.depenses.find((expense) => expense.libelle === 'Afficha les horaires')!;

  it('reads a real word as written with the installed list, and "corrects" it without one', () => {
    expect(line(check(dossier)).statut).toBe('a-verifier');
    const withoutRealWords = check(dossier, { data: { geography: installedData.geography, realWords: new Set() } });
    expect(line(withoutRealWords)).toMatchObject({ categorie: 'fonctionnement', statut: 'exclue' });
  });

  it('looks communes up in the geography given, through the reader given', () => {
    const asked: string[] = [];
    const installed = installedData.geography;
    const geography = new GeneratedGeography((name) => {
      asked.push(name);
      // A geography that knows no département: the commune is unknown.
      return name === 'meta.json' ? { ...installed.source, source: installed.source.nom, departements: {} } : undefined;
    });
    const report = check(baseDossier(), { data: { geography, realWords: installedData.realWords } });
    expect(asked).toContain('meta.json');
    expect(report.problemes.map((problem) => problem.code)).toContain('code-insee-inconnu');
    expect(check(baseDossier()).problemes.map((problem) => problem.code)).not.toContain('code-insee-inconnu');
  });
});
