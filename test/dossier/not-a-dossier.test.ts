import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { notADossierByContent, notADossierByName } from '../../src/dossier/not-a-dossier.js';
import { dossierJsonSchema } from '../../src/dossier/json-schema.js';
import { DEFAULT_EDITION } from '../../src/reglement/index.js';
import { baseDossier } from '../helpers.js';

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
});
