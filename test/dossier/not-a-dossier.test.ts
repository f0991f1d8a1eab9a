import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { notADossierByContent, notADossierByName } from '../../src/parse/not-a-dossier.js';
import { checkFile } from '../../src/engine/check.js';
import { dossierJsonSchema } from '../../src/format/json-schema.js';
import { DEFAULT_EDITION } from '../../src/reglement/index.js';
import { baseDossier } from '../helpers.js';
import { installedData } from '../../src/cli/checker-data.js';

const ROOT = join(import.meta.dirname, '..', '..');

describe('files that are plainly not dossiers', () => {
  it.each([
    ['examples/reglements/loire-connect-2024.reglement.yaml', 'edition'],
    ['Edition.Reglement.YML', 'edition'],
    ['schema/dossier.schema.json', 'schema'],
    ['package.json', 'outil'],
    ['sous/Package-Lock.json', 'outil'],
    ['tsconfig.build.json', 'outil'],
    ['.pre-commit-config.yaml', 'outil'],
    ['.gitlab-ci.yml', 'outil'],
    ['.github/workflows/dossiers.yml', 'outil'],
    ['C:\\depot\\.github\\dependabot.yml', 'outil'],
    ['lot/node_modules/paquet/a.yaml', 'outil'],
  ])('%s by its name: %s', (path, kind) => {
    expect(notADossierByName(path)).toBe(kind);
  });

  it.each(['dossiers/a.yaml', './a.yaml', '../lot/a.yml', 'package-montbrison.yaml', 'dossiers/tsconfig-ville.json', '/srv/.lot/a.yaml'])(
    '%s is a dossier by its name',
    (path) => {
      expect(notADossierByName(path)).toBeUndefined();
    },
  );

  it('knows an edition and a JSON Schema by their top-level keys', () => {
    const edition = parse(readFileSync(join(ROOT, 'examples', 'reglements', 'loire-connect-2024.reglement.yaml'), 'utf8'));
    expect(notADossierByContent(edition)).toBe('edition');
    expect(notADossierByContent(JSON.parse(JSON.stringify(DEFAULT_EDITION)))).toBe('edition');
    expect(notADossierByContent(dossierJsonSchema(DEFAULT_EDITION) as Record<string, unknown>)).toBe('schema');
  });

  it('knows the correspondence file of an export, whose depenses: section is its own', () => {
    for (const name of ['correspondance-plateforme.yaml', 'correspondance-csv.yaml']) {
      const correspondence = parse(readFileSync(join(ROOT, 'examples', 'exports', name), 'utf8'));
      expect(notADossierByContent(correspondence), name).toBe('correspondance');
    }
    // A dossier with a stray `dossiers:` and `version:` is still a dossier.
    expect(notADossierByContent({ ...baseDossier(), version: 1, dossiers: { identifiant: 'N°' } })).toBeUndefined();
    expect(notADossierByContent({ version: 1, dossiers: ['a'] })).toBeUndefined();
  });

  it('never takes a dossier for one, however incomplete or oddly written', () => {
    expect(notADossierByContent(baseDossier())).toBeUndefined();
    expect(notADossierByContent({})).toBeUndefined();
    // Sections left out, a field at the top: still a dossier to check (and to be told what is missing).
    expect(notADossierByContent({ titre: 'Bornes', axes: ['innovant'], aide: 1000, id: 'x' })).toBeUndefined();
    // A section with an accent or a capital keeps it a dossier, whatever else is there.
    expect(notADossierByContent({ Dépenses: [], categories: [], clauses: {} })).toBeUndefined();
    expect(notADossierByContent({ $schema: '../schema/dossier.schema.json', porteur: {} })).toBeUndefined();
    expect(notADossierByContent({ $schema: 'https://json-schema.org/draft/2020-12/schema', porteur: {} })).toBeUndefined();
  });

  it.each([
    [
      'organisme, territoire and fields at the top',
      { organisme: 'Commune de Feurs', territoire: 'Loire', nom_du_projet: 'Bornes', montant_total: 12000 },
    ],
    [
      'porteur_du_projet, territoire and categories',
      { porteur_du_projet: 'Commune de Feurs', territoire: 'Loire', categories: ['materiel'] },
    ],
    ['natures and naturesExclues as words', { natures: 'investissement', naturesExclues: 'fonctionnement', organisme: 'Mairie' }],
    [
      'an id and edition-like keys of the wrong shape',
      { id: 'feurs-2022', organisme: 'Commune de Feurs', territoire: 'Loire', categories: [] },
    ],
    ['a JSON Schema address alone', { $schema: 'https://json-schema.org/draft/2020-12/schema', nom: 'Commune de Feurs', montant: 12 }],
  ])('a badly written dossier (%s) is checked as a dossier', (_, tree) => {
    expect(notADossierByContent(tree)).toBeUndefined();
  });

  it('knows every example edition by its content, and the built-in one written as YAML', () => {
    const folder = join(ROOT, 'examples', 'reglements');
    const editions = readdirSync(folder).filter((name) => name.endsWith('.reglement.yaml'));
    expect(editions.length).toBeGreaterThan(0);
    for (const name of editions)
      expect([name, notADossierByContent(parse(readFileSync(join(folder, name), 'utf8')))]).toEqual([name, 'edition']);
    expect(notADossierByContent(parse(stringify(DEFAULT_EDITION)))).toBe('edition');
    // An edition that inherits and changes one thing.
    expect(
      notADossierByContent({
        herite: 'loire-connect-2022',
        id: 'loire-connect-2023',
        aide: { tauxPourcent: 70, plafondCentimes: 3_000_000 },
      }),
    ).toBe('edition');
  });

  it('reads a file as the checker does: the example editions are editions, the badly written dossiers dossiers', () => {
    const folder = join(ROOT, 'examples', 'reglements');
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.reglement.yaml'))) {
      expect(checkFile(readFileSync(join(folder, name), 'utf8'), 'edition.yaml', { data: installedData })).toEqual({
        notADossier: 'edition',
      });
      expect(checkFile(JSON.stringify(parse(readFileSync(join(folder, name), 'utf8'))), 'edition.json', { data: installedData })).toEqual({
        notADossier: 'edition',
      });
    }
    expect(checkFile(stringify(DEFAULT_EDITION), 'edition.yaml', { data: installedData })).toEqual({ notADossier: 'edition' });
    expect(checkFile(JSON.stringify(dossierJsonSchema(DEFAULT_EDITION)), 'schema.json', { data: installedData })).toEqual({
      notADossier: 'schema',
    });
    const feurs = checkFile('organisme: Commune de Feurs\nterritoire: Loire\nnom_du_projet: Bornes\nmontant_total: 12000\n', 'feurs.yaml', {
      data: installedData,
    });
    expect('dossiers' in feurs && feurs.dossiers.map((dossier) => dossier.verdict)).toEqual(['ineligible']);
  });
});
