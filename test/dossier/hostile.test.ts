import { describe, expect, it } from 'vitest';
import { checkDossier } from '../helpers.js';
import { baseDossier, check, codes } from '../helpers.js';
import { installedData } from '../../src/cli/checker-data.js';

const options = { date: '2022-07-20', data: installedData };

describe('input that once broke the checker', () => {
  it('refuses JSON nested a thousand levels deep instead of crashing the process', () => {
    const deep = `${'['.repeat(1000)}${']'.repeat(1000)}`;
    for (const text of [`{"a":${deep},"b":${deep}}`, `{"a":${'['.repeat(10_000)}${']'.repeat(10_000)}}`]) {
      const report = checkDossier(text, 'deep.json', options);
      expect(report.verdict).toBe('illisible');
      expect(report.problemes[0]?.code).toBe('imbrication-excessive');
    }
  });

  it('refuses YAML nested by indentation past any dossier', () => {
    const text = Array.from({ length: 300 }, (_, level) => `${' '.repeat(level)}k${level}:`).join('\n');
    expect(checkDossier(text, 'deep.yaml', options).problemes[0]?.code).toBe('imbrication-excessive');
  });

  it('gives each alias its own copy, so that setting a bad value aside changes nothing else', () => {
    const text = [
      'porteur: {type: commune, siren: "214201477", code_insee: "42147"}',
      'projet: {axes: [innovant]}',
      'depenses:',
      '  - &ligne {libelle: tablettes, montant_ht: 1000, categorie: equipement-numerique}',
      'financement:',
      '  aide_sollicitee: 800',
      '  autres_aides: [*ligne]',
      'depot: {date: 2022-07-21}',
    ].join('\n');
    const report = checkDossier(text, 'alias.yaml', options);
    expect(report.depenses[0]).toMatchObject({ htCents: 100_000, categorie: 'equipement-numerique', statut: 'eligible' });
    expect(report.verdict).toBe('eligible');
  });

  it('keeps __proto__ and constructor keys as plain unknown keys', () => {
    const report = checkDossier('porteur:\n  __proto__: {type: commune}\n  constructor: x\n', 'proto.yaml', options);
    expect(report.problemes.filter((problem) => problem.code === 'cle-inconnue').map((problem) => problem.chemin)).toEqual(
      expect.arrayContaining(['porteur.__proto__', 'porteur.constructor']),
    );
    expect(({} as Record<string, unknown>).type).toBeUndefined();
    expect(report.porteur.type).toBeUndefined();
  });

  it('reads every value as written: no hexadecimal amounts, no lost leading zeros', () => {
    const hex = baseDossier();
    hex.depenses[0].montant_ht = '0x10';
    expect(codes(check(hex))).toContain('montant-invalide');
    const text = 'porteur:\n  type: commune\n  siren: 214201477\n  code_insee: 01053\n';
    const report = checkDossier(text, 'd.yaml', options);
    expect(report.porteur.code_insee).toBe('01053');
    expect(report.problemes.find((problem) => problem.chemin === 'porteur.code_insee')?.code).toBe('porteur-hors-territoire');
  });

  it('takes an empty field as absent', () => {
    const report = checkDossier('porteur:\n  type:\n  siren: "214201477"\n', 'd.yaml', options);
    expect(codes(report)).toContain('porteur-type-manquant');
    expect(codes(report)).not.toContain('type-invalide');
  });

  it('never calls eligible a line whose nature is mistyped', () => {
    const dossier = baseDossier();
    dossier.depenses[0].nature = 'fonctionement';
    const report = check(dossier);
    expect(report.depenses[0]?.statut).toBe('a-verifier');
    expect(report.verdict).not.toBe('eligible');
    dossier.depenses[0].nature = 'Fonctionnement';
    expect(check(dossier).depenses[0]?.statut).toBe('exclue');
  });

  it('reads values from closed lists whatever their case and accents', () => {
    const dossier = baseDossier();
    dossier.porteur.type = 'Commune';
    dossier.projet.axes = ['Simplifier le quotidien'];
    dossier.depenses[0].categorie = 'Équipement numérique';
    expect(check(dossier).verdict).toBe('eligible');
  });

  it('suggests the right applicant type for its common names', () => {
    const dossier = baseDossier();
    dossier.porteur.type = 'communauté de communes';
    const problem = check(dossier).problemes.find((candidate) => candidate.code === 'porteur-type-inconnu');
    expect(problem?.message).toContain('« epci »');
  });

  it('does not call a dossier late for a mistake in its depot section', () => {
    const shapes = ['depot: 2022-07-21', 'depot:\n  Date: 2022-07-21'];
    const [asText, mistypedKey] = shapes.map((depot) =>
      checkDossier(
        `porteur: {type: commune, siren: "214201477", code_insee: "42147"}\nprojet: {axes: [innovant]}\ndepenses: [{libelle: x, montant_ht: 10, categorie: logiciel}]\nfinancement: {aide_sollicitee: 8}\n${depot}\n`,
        'd.yaml',
        { data: installedData },
      ),
    );
    expect(asText?.verdict).toBe('a-completer');
    expect(codes(asText!)).not.toContain('depot-hors-delai');
    expect(mistypedKey?.verdict).toBe('eligible');
    expect(codes(mistypedKey!)).toContain('cle-corrigee');
  });

  it('blocks a request above a maximum of zero', () => {
    const dossier = baseDossier();
    dossier.depenses = [{ libelle: 'tablettes', montant_ht: 0.01, categorie: 'equipement-numerique' }];
    dossier.financement.aide_sollicitee = 800;
    const report = check(dossier);
    expect(report.verdict).toBe('a-completer');
    expect(codes(report)).toContain('aide-sollicitee-excessive');
  });

  it('says to confirm lines to verify when they would cover the request', () => {
    const dossier = baseDossier();
    dossier.depenses.push({ libelle: 'PC', montant_ht: 2400 });
    dossier.financement.aide_sollicitee = 3000;
    const problem = check(dossier).problemes.find((candidate) => candidate.code === 'aide-sollicitee-excessive');
    expect(problem?.message).toContain('Indiquez la catégorie de ces lignes');
  });

  it('only warns about an unreadable TTC or VAT rate when the HT amount is given', () => {
    const dossier = baseDossier();
    dossier.depenses[0].taux_tva = 'abc';
    dossier.depenses[0].montant_ttc = 'beaucoup';
    const report = check(dossier);
    expect(report.verdict).toBe('eligible');
    expect(report.problemes.filter((problem) => problem.chemin.startsWith('depenses.0.')).map((problem) => problem.gravite)).toEqual([
      'avertissement',
      'avertissement',
    ]);
  });

  it('refuses a SIREN of zeros, which passes the Luhn check', () => {
    const dossier = baseDossier();
    dossier.porteur.siren = '000 000 000';
    expect(codes(check(dossier))).toContain('siren-cle-invalide');
  });
});

describe('amounts and keys that cannot be trusted', () => {
  const withAmount = (amount: string) =>
    `porteur:\n  type: commune\n  siren: "214201477"\n  code_insee: "42147"\n  nom: Commune de Montbrison\nprojet:\n  titre: T\n  axes: [innovant]\ndepenses:\n  - libelle: Formation des usagers\n    categorie: formation\n    montant_ht: ${amount}\nfinancement:\n  aide_sollicitee: 100\ndepot:\n  date: 2022-07-20\n`;

  it.each([
    ['NaN', 'montant-invalide'],
    ['.inf', 'montant-invalide'],
    ['-.inf', 'montant-invalide'],
    ['1e3', 'montant-invalide'],
    ['12.345', 'montant-invalide'],
    ['0x10', 'montant-invalide'],
    ['-100', 'montant-negatif'],
    ['150000000', 'montant-excessif'],
    ['"150 000 000,00 €"', 'montant-excessif'],
  ])('refuses the amount %s at its line, and the dossier is to complete', (amount, code) => {
    const report = checkDossier(withAmount(amount), 'd.yaml', options);
    expect(report.verdict).toBe('a-completer');
    expect(report.problemes.find((problem) => problem.gravite === 'bloquant')).toMatchObject({
      code,
      chemin: 'depenses.0.montant_ht',
      position: { ligne: 12 },
    });
  });

  it.each([
    ['d.yaml', 'porteur:\n  type: commune\n  type: epci\n', 'yaml-invalide', { ligne: 3, colonne: 3 }],
    ['d.json', '{"porteur": {"type": "commune", "type": "epci"}}', 'json-invalide', { ligne: 1, colonne: 33 }],
  ])('refuses duplicate keys in %s at the second one, instead of keeping either', (name, text, code, position) => {
    const report = checkDossier(text, name, options);
    expect(report.verdict).toBe('illisible');
    expect(report.problemes[0]).toMatchObject({ code, position });
    expect(report.problemes[0]!.message).toMatch(/clé en double/);
  });
});

describe('inputs built to exhaust the checker', () => {
  it('refuses a dossier of more than 1 000 expense lines instead of checking them all', () => {
    const dossier = baseDossier();
    dossier.depenses = Array.from({ length: 1001 }, () => ({ libelle: 'PC', montant_ht: 1 }));
    const report = check(dossier);
    expect(report.verdict).toBe('illisible');
    expect(report.problemes).toHaveLength(1);
    expect(report.problemes[0]).toMatchObject({ code: 'trop-de-depenses', chemin: 'depenses', position: { ligne: expect.any(Number) } });
    expect(report.aide).toBeUndefined();
  });

  it('reports 50 unknown keys one by one, then counts the rest in one problem', () => {
    const dossier: Record<string, unknown> = baseDossier();
    for (let index = 0; index < 120; index++) dossier[`inconnue_${index}`] = 'x';
    const report = check(dossier);
    expect(codes(report).filter((code) => code === 'cle-inconnue')).toHaveLength(50);
    const rest = report.problemes.find((problem) => problem.code === 'cles-inconnues-nombreuses')!;
    expect(rest.message).toContain('70 autres rubriques inconnues');
    expect(report.verdict).toBe('eligible');
  });

  it('refuses a file of more than 1 000 aliases before the YAML parser sees it', () => {
    const text = `a: &a [x]\n${Array.from({ length: 1001 }, (_, index) => `b${index}: *a\n`).join('')}`;
    expect(codes(checkDossier(text, 'alias.yaml', options))).toEqual(['alias-excessifs']);
  });
});
