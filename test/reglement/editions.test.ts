import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDITIONS } from '../../src/reglement/index.js';
import { CLASSIFIER_CATEGORIES } from '../../src/classify/classifier.js';
import { loadEdition } from '../../src/edition/load.js';
import { ALL_RULES } from '../../src/rules/index.js';

const CONTEXT = { builtIns: EDITIONS, ruleIds: ALL_RULES.map((rule) => rule.id), requiredCategories: CLASSIFIER_CATEGORIES };

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'dossier-check.js');
const EDITION_2024 = join(ROOT, 'examples', 'reglements', 'loire-connect-2024.reglement.yaml');
const DOSSIER_2024 = join(ROOT, 'test', 'fixtures', 'editions', 'dossier-2024.yaml');

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('editions read from a file', () => {
  it('reads the fictitious 2024 example: its own rate, cap and deadline, the rest inherited', () => {
    const loaded = loadEdition(readFileSync(EDITION_2024, 'utf8'), CONTEXT, 'fr');
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    const { reglement } = loaded;
    expect(reglement.id).toBe('loire-connect-2024');
    expect(reglement.aide).toEqual({ tauxPourcent: 70, plafondCentimes: 3_000_000 });
    expect(reglement.dateLimite.dernierJour).toBe('2024-09-30');
    expect(reglement.clauses['date-limite']!.texte).toContain('30 septembre 2024');
    // Inherited whole, or entry by entry for clauses.
    expect(reglement.clauses.porteurs).toEqual(EDITIONS.get('loire-connect-2022')!.clauses.porteurs);
    expect(reglement.lexique).toEqual(EDITIONS.get('loire-connect-2022')!.lexique);
  });

  it('lists every mistake of an invalid edition with its path, in French or English', () => {
    const text = [
      'herite: loire-connect-2022',
      'id: Mon Édition',
      'aides: {}',
      'aide: { tauxPourcent: beaucoup, plafondCentimes: 100 }',
      'dateLimite: { dernierJour: "30/09/2024", fuseau: Europe/Pariss }',
      'criteres: { clause: inconnue, liste: [] }',
    ].join('\n');
    const fr = loadEdition(text, CONTEXT, 'fr');
    expect(fr.ok).toBe(false);
    const errors = fr.ok ? [] : fr.errors.join('\n');
    expect(errors).toContain('(racine) : clé inconnue (aides) (vouliez-vous dire « aide » ?)');
    expect(errors).toContain('id : format attendu : identifiant');
    expect(errors).toContain('aide.tauxPourcent : un nombre attendu');
    expect(errors).toContain('dateLimite.dernierJour : format attendu : date AAAA-MM-JJ');
    const en = loadEdition('herite: loire-connect-1999\nid: later\n', CONTEXT, 'en');
    expect(en.ok ? '' : en.errors[0]).toBe('herite: unknown edition "loire-connect-1999" (built-in editions: loire-connect-2022)');
    const references = loadEdition(
      'herite: loire-connect-2022\nid: essai\ncriteres: { clause: inconnue, liste: [] }\ndateLimite: { dernierJour: "2024-09-30", fuseau: Europe/Pariss }\n',
      CONTEXT,
      'fr',
    );
    expect(references.ok ? [] : references.errors).toEqual([
      'criteres.clause : clause « inconnue » absente de clauses',
      'dateLimite.fuseau : fuseau horaire « Europe/Pariss » inconnu (par exemple Europe/Paris)',
    ]);
  });

  it('refuses what the structure cannot see: no own id, unknown rules, missing categories, odd rates and days', () => {
    const text = [
      'herite: loire-connect-2022',
      'id: essai',
      'aide: { tauxPourcent: 33.333, plafondCentimes: 100 }',
      'dateLimite: { dernierJour: "2024-02-30", fuseau: Europe/Paris }',
      'regles: { depot-delay: { clause: date-limite } }',
      'categories: [{ id: formation, libelle: { fr: Formation, en: Training }, eligible: true, clause: depenses-eligibles }]',
    ].join('\n');
    const loaded = loadEdition(text, CONTEXT, 'fr');
    const errors = loaded.ok ? [] : loaded.errors;
    expect(errors).toContain('aide.tauxPourcent : au plus deux décimales (par exemple 72.5)');
    expect(errors).toContain('dateLimite.dernierJour : le 2024-02-30 n’existe pas');
    expect(errors.some((error) => error.startsWith('regles.depot-delay : règle « depot-delay » inconnue'))).toBe(true);
    expect(errors).toContain('categories : la catégorie « equipement-numerique » est nécessaire au classement des dépenses');
    const noId = loadEdition('herite: loire-connect-2022\naide: { tauxPourcent: 50, plafondCentimes: 100 }\n', CONTEXT, 'fr');
    expect(noId.ok ? [] : noId.errors).toEqual([
      'id : une édition qui hérite d’une autre doit avoir son propre identifiant (par exemple loire-connect-2022-bis)',
    ]);
  });

  it('carries the VAT rates a dossier may use, and refuses rates written as fractions', () => {
    const loaded = loadEdition(readFileSync(EDITION_2024, 'utf8'), CONTEXT, 'fr');
    expect(loaded.ok && loaded.reglement.tauxTvaPourcent).toEqual([20, 10, 5.5, 2.1, 0]);
    const fractions = loadEdition(
      'herite: loire-connect-2022\nid: essai\naide: { tauxPourcent: 0.8, plafondCentimes: 2500000 }\ntauxTvaPourcent: [0.2, 0.1, 0.055, 0]\n',
      CONTEXT,
      'fr',
    );
    expect(fractions.ok ? [] : fractions.errors).toEqual([
      'aide.tauxPourcent : un taux s’écrit en pourcentage (80 pour 80 %), pas en fraction',
      'tauxTvaPourcent : un taux s’écrit en pourcentage (20, 10, 5.5 pour 20, 10, 5.5 %), pas en fraction',
      'tauxTvaPourcent.2 : au plus deux décimales (par exemple 72.5)',
    ]);
    // An edition that lists its own rates gives its own standard rate, one of them.
    const inherited = loadEdition('herite: loire-connect-2022\nid: essai-tgc\ntauxTvaPourcent: [22, 11, 6, 3, 0]\n', CONTEXT, 'fr');
    expect(inherited.ok ? [] : inherited.errors).toEqual([
      'tauxTvaNormalPourcent : le taux normal (20) doit être un des taux de tauxTvaPourcent ; ajoutez-le à la liste ou donnez le taux normal de la liste',
    ]);
    const own = loadEdition(
      'herite: loire-connect-2022\nid: essai-tgc\ntauxTvaPourcent: [22, 11, 6, 3, 0]\ntauxTvaNormalPourcent: 22\n',
      CONTEXT,
      'fr',
    );
    expect(own.ok && own.reglement.tauxTvaNormalPourcent).toBe(22);
    const missing = loadEdition('id: seule\n', CONTEXT, 'fr');
    expect(missing.ok ? [] : missing.errors).toContain('tauxTvaPourcent : champ manquant');
  });

  it('applies --reglement to check, rules and schema, and refuses an invalid file with exit 2', () => {
    const checked = run(['check', DOSSIER_2024, '--reglement', EDITION_2024, '-f', 'json']);
    expect(checked.code).toBe(0);
    const dossier = JSON.parse(checked.stdout).dossiers[0];
    expect(dossier.aide).toMatchObject({ maximale: 30000, taux: 0.7, plafond: 30000, aide_avant_plafond: 35000 });
    // Under the built-in 2022 edition, the same dossier names an unknown edition and is filed late.
    expect(run(['check', DOSSIER_2024]).code).toBe(1);
    expect(run(['rules', '--reglement', EDITION_2024]).stdout).toContain('Aide : 70 % des dépenses éligibles HT, plafonnée à 30 000,00 €');
    expect(JSON.parse(run(['schema', '--reglement', EDITION_2024]).stdout).type).toBe('object');
    const folder = mkdtempSync(join(tmpdir(), 'edition-'));
    writeFileSync(
      join(folder, 'faux.reglement.yaml'),
      'herite: loire-connect-2022\nid: faux\naide: { tauxPourcent: 120, plafondCentimes: 1 }\n',
    );
    const refused = run(['check', DOSSIER_2024, '--reglement', join(folder, 'faux.reglement.yaml')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('invalide (1 erreur)');
    expect(refused.stderr).toContain('aide.tauxPourcent : trop grand (maximum 100)');
  });

  it('reads an edition file with a UTF-8 byte order mark and a stray byte as UTF-8, its first key intact', () => {
    const folder = mkdtempSync(join(tmpdir(), 'edition-bom-'));
    const file = join(folder, 'essai.reglement.yaml');
    // Saved as UTF-8 with a BOM by Notepad, with an apostrophe pasted from Word (0x92).
    writeFileSync(
      file,
      Uint8Array.from([
        0xef,
        0xbb,
        0xbf,
        ...Buffer.from('herite: loire-connect-2022\nid: essai-bom\ntitre: Essai d'),
        0x92,
        ...Buffer.from('une edition\n'),
      ]),
    );
    const rules = run(['rules', '--reglement', file]);
    expect(rules.stderr).toBe('');
    expect(rules.code).toBe(0);
    expect(rules.stdout).toContain('Essai d’une edition (essai-bom)');
  });

  it('lets a dossier name a built-in edition with appel:, and says which one it was checked against', () => {
    const folder = mkdtempSync(join(tmpdir(), 'appel-'));
    const file = join(folder, 'dossier-2022.yaml');
    writeFileSync(
      file,
      readFileSync(DOSSIER_2024, 'utf8')
        .replace('appel: loire-connect-2024', 'appel: loire-connect-2022')
        .replace('2024-09-15', '2022-07-20'),
    );
    const text = run(['check', file, '--reglement', EDITION_2024]);
    expect(text.stdout).toContain('Règlement appliqué : Appel à partenariat 2022 « Loire Connect » (loire-connect-2022)');
    expect(text.stdout).toContain('× 80 %');
    const json = JSON.parse(run(['check', file, '--reglement', EDITION_2024, '-f', 'json']).stdout);
    expect(json.reglement.id).toBe('loire-connect-2024');
    expect(json.dossiers[0].reglement_applique.id).toBe('loire-connect-2022');
  });

  it('applies the edition in worker threads too', () => {
    const folder = mkdtempSync(join(tmpdir(), 'edition-batch-'));
    for (let index = 0; index < 210; index++) copyFileSync(DOSSIER_2024, join(folder, `d${String(index).padStart(3, '0')}.yaml`));
    const batch = run(['check', folder, '--reglement', EDITION_2024, '-f', 'csv'], { DOSSIER_CHECK_THREADS: '2' });
    expect(batch.code).toBe(0);
    const rows = batch.stdout.split('\r\n').slice(1, -1);
    expect(rows).toHaveLength(210);
    expect(rows.every((row) => row.split(';')[7] === '30000,00')).toBe(true);
  });

  it('leaves edition files out of folder searches: they are not dossiers', () => {
    const { stdout } = run(['check', join(ROOT, 'examples'), '-f', 'csv', '--date', '2022-07-20']);
    expect(stdout).not.toContain('reglement.yaml');
  });
});

describe('an edition file with a YAML mistake', () => {
  it('says the fix, in the language of the run, at its line', () => {
    const text = 'herite: loire-connect-2022\nid: loire-connect-2026\nclauses:\n  porteurs:\n    titre: Porteurs : communes et EPCI\n';
    const fr = loadEdition(text, CONTEXT, 'fr');
    expect(fr.ok).toBe(false);
    if (fr.ok) return;
    expect(fr.errors[0]).toContain('ligne 5');
    expect(fr.errors[0]).toContain('titre: "Porteurs : communes et EPCI"');
    const en = loadEdition(text, CONTEXT, 'en');
    expect(!en.ok && en.errors[0]).toContain('Put the value in quotes');
    expect(!en.ok && en.errors[0]).not.toMatch(/Nested mappings/);
  });
});

describe('every mistake of an edition file in one run', () => {
  const SEVERAL_MISTAKES = [
    'herite: loire-connect-2022',
    'id: essai-erreurs',
    // structure: a rate above 100 %
    'aide: { tauxPourcent: 120, plafondCentimes: 2500000 }',
    // references: a clause and a time zone that do not exist
    'dateLimite: { dernierJour: "2024-09-30", fuseau: Europe/Pariss }',
    'criteres:',
    '  clause: criteres-inconnus',
    '  liste:',
    '    - { id: innovation, libelle: { fr: Innovation, en: Innovation }, champs: [analyse.inovation] }',
    '    - { id: communes, libelle: { fr: Communes, en: Towns }, champs: [projet.communes_associees, analyse.mutualisation] }',
    // a closed-list value: an excluded nature that no expense can have
    'naturesExclues: [fonctionement]',
  ].join('\n');

  it('lists the structure, reference, criterion-field and nature mistakes together through check --reglement, each with its path', () => {
    const folder = mkdtempSync(join(tmpdir(), 'edition-errors-'));
    const file = join(folder, 'erreurs.reglement.yaml');
    writeFileSync(file, SEVERAL_MISTAKES);
    const fr = run(['check', DOSSIER_2024, '--reglement', file]);
    expect(fr.code).toBe(2);
    expect(fr.stderr).toContain('invalide (5 erreurs)');
    expect(fr.stderr).toContain('aide.tauxPourcent : trop grand (maximum 100)');
    expect(fr.stderr).toContain('dateLimite.fuseau : fuseau horaire « Europe/Pariss » inconnu');
    expect(fr.stderr).toContain('criteres.clause : clause « criteres-inconnus » absente de clauses');
    expect(fr.stderr).toContain(
      'criteres.liste.0.champs.0 : le champ « analyse.inovation » ne désigne aucun texte ni aucune liste d’un dossier, le critère ne serait jamais compté (vouliez-vous dire analyse.innovation ?)',
    );
    expect(fr.stderr).toContain('naturesExclues.0 : nature « fonctionement » absente de natures (vouliez-vous dire fonctionnement ?)');
    const en = run(['check', DOSSIER_2024, '--reglement', file, '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(
      'criteres.liste.0.champs.0: field "analyse.inovation" names no text or list of a dossier, so the criterion could never count (did you mean analyse.innovation?)',
    );
    expect(en.stderr).toContain('naturesExclues.0: nature "fonctionement" is not in natures (did you mean fonctionnement?)');
  });

  it('names the possible fields when no one is close, and refuses a field that holds other fields', () => {
    const text = [
      'id: essai-champs',
      'criteres:',
      '  clause: x',
      '  liste:',
      '    - { id: a, libelle: { fr: A, en: A }, champs: [analyse.zzz, analyse, budget.total, Analyse.Inovation] }',
    ].join('\n');
    const loaded = loadEdition(text, CONTEXT, 'fr');
    const errors = loaded.ok ? [] : loaded.errors;
    expect(errors.find((error) => error.startsWith('criteres.liste.0.champs.0 :'))).toContain(
      '(champs possibles : analyse.innovation, analyse.accompagnement_usagers',
    );
    expect(errors.find((error) => error.startsWith('criteres.liste.0.champs.1 :'))).toContain('« analyse »');
    expect(errors.find((error) => error.startsWith('criteres.liste.0.champs.2 :'))).toContain('« budget.total »');
    expect(errors.find((error) => error.startsWith('criteres.liste.0.champs.3 :'))).toContain('(vouliez-vous dire analyse.innovation ?)');
  });

  it('refuses a second entry with the id of an earlier one, which would never be read', () => {
    const text = [
      'herite: loire-connect-2022',
      'id: essai-doublons',
      'axes: [{ id: usages, libelle: { fr: A, en: A } }, { id: usages, libelle: { fr: B, en: B } }]',
    ].join('\n');
    const loaded = loadEdition(text, CONTEXT, 'en');
    expect(loaded.ok ? [] : loaded.errors).toEqual(['axes.1.id: id "usages" already given at axes.0, so this entry would never be read']);
  });

  it('still checks the rest when the edition has no own id or inherits from an unknown one', () => {
    const noId = loadEdition('herite: loire-connect-2022\naide: { tauxPourcent: 500, plafondCentimes: 100 }\n', CONTEXT, 'fr');
    expect(noId.ok ? [] : noId.errors).toEqual([
      'id : une édition qui hérite d’une autre doit avoir son propre identifiant (par exemple loire-connect-2022-bis)',
      'aide.tauxPourcent : trop grand (maximum 100)',
    ]);
    const unknownBase = loadEdition(
      'herite: loire-connect-1999\nid: essai\naide: { tauxPourcent: 500, plafondCentimes: 100 }\n',
      CONTEXT,
      'fr',
    );
    expect(unknownBase.ok ? [] : unknownBase.errors).toEqual([
      'herite : édition « loire-connect-1999 » inconnue (éditions intégrées : loire-connect-2022)',
      'aide.tauxPourcent : trop grand (maximum 100)',
    ]);
  });
});

describe('an unknown key of an edition file', () => {
  it('is told the key it likely meant, at any depth, in French or English', () => {
    const text =
      'herite: loire-connect-2022\nid: essai\naide: { tauxPourcnt: 80, plafondCentimes: 100 }\ndateLimite: { dernierJour: "2024-09-30", fuseu: Europe/Paris }\n';
    const fr = loadEdition(text, CONTEXT, 'fr');
    expect(fr.ok ? [] : fr.errors).toEqual(
      expect.arrayContaining([
        'aide : clé inconnue (tauxPourcnt) (vouliez-vous dire « tauxPourcent » ?)',
        'dateLimite : clé inconnue (fuseu) (vouliez-vous dire « fuseau » ?)',
      ]),
    );
    const en = loadEdition(text, CONTEXT, 'en');
    expect(en.ok ? [] : en.errors).toContain('aide: unknown key (tauxPourcnt) (did you mean "tauxPourcent"?)');
  });
});
