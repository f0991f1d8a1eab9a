import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EDITION } from '../../src/reglement/index.js';
import type { Reglement } from '../../src/reglement/types.js';
import { baseDossier, check } from '../helpers.js';

/** Whatever an edition sets, the checks read from the edition, not from a copy of the 2022 one. */

const hauteLoire: Reglement = {
  ...DEFAULT_EDITION,
  id: 'essai-43',
  territoire: { departements: ['43'], nom: { fr: 'la Haute-Loire (43)', en: 'the Haute-Loire (43)' } },
  typesPorteur: DEFAULT_EDITION.typesPorteur.map((type) =>
    type.id === 'ccas' || type.id === 'syndicat' ? { ...type, eligibilite: 'non-eligible' as const } : type,
  ),
};

describe('texts about the territory and the applicants come from the edition', () => {
  it('an ineligible applicant is told the edition’s territory and eligible types', () => {
    const dossier = baseDossier();
    dossier.porteur.type = 'association';
    for (const lang of ['fr', 'en'] as const) {
      const report = check(dossier, { reglement: hauteLoire, lang });
      const message = report.problemes.find((problem) => problem.code === 'porteur-type-non-eligible')!.message;
      expect(message).toContain('Haute-Loire (43)');
      expect(message).not.toContain('CCAS');
      expect(message).toContain(lang === 'fr' ? 'commune, EPCI (intercommunalité)' : 'commune, EPCI (inter-municipal body)');
    }
  });

  it('an applicant outside the territory is not told the call is for the Loire', () => {
    const report = check(baseDossier(), { reglement: hauteLoire });
    const message = report.problemes.find((problem) => problem.code === 'porteur-hors-territoire')!.message;
    expect(message).toContain('hors de la Haute-Loire (43)');
    expect(message).not.toMatch(/collectivités de la Loire/);
  });
});

describe('clauses cited are the edition’s', () => {
  it('an operating expense cites the clause the edition gives its operating category', () => {
    const edition: Reglement = {
      ...DEFAULT_EDITION,
      id: 'essai-clauses',
      categories: DEFAULT_EDITION.categories.map((category) =>
        category.id === 'fonctionnement' ? { ...category, clause: 'exclusions-2024' } : category,
      ),
      clauses: { ...DEFAULT_EDITION.clauses, 'exclusions-2024': { section: 'Exclusions', texte: 'Le fonctionnement est exclu.' } },
    };
    const dossier = baseDossier();
    dossier.depenses.push({ libelle: 'Maintenance annuelle', montant_ht: 500, nature: 'fonctionnement' });
    dossier.depenses.push({ libelle: 'Tablettes', montant_ht: 500, nature: 'fonctionement' });
    const report = check(dossier, { reglement: edition });
    expect(report.depenses[1]!.clause).toBe('exclusions-2024');
    expect(report.depenses[2]!.clause).toBe('exclusions-2024');
    expect(report.problemes.find((problem) => problem.chemin === 'depenses.1')?.clause).toBe('exclusions-2024');
  });
});

describe('classify reads --reglement', () => {
  it('cites the clause of the edition file', () => {
    const folder = mkdtempSync(join(tmpdir(), 'classify-edition-'));
    const file = join(folder, 'essai.reglement.yaml');
    writeFileSync(
      file,
      [
        'herite: loire-connect-2022',
        'id: essai-classify',
        'clauses:',
        '  depenses-eligibles:',
        '    section: Modalités financières (essai)',
        '    texte: Texte propre à cette édition.',
      ].join('\n'),
    );
    const bin = join(import.meta.dirname, '..', '..', 'bin', 'dossier-check.js');
    const result = spawnSync(process.execPath, [bin, 'classify', 'Logiciel de gestion', '--reglement', file, '-f', 'json'], {
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).clause.texte).toBe('Texte propre à cette édition.');
  });
});
