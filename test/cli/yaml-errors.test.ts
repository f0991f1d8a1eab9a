import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseSources } from '../../src/parse/documents.js';
import { en } from '../../src/i18n/en.js';
import { fr } from '../../src/i18n/fr.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'dossier-check.js');

interface Case {
  /** The file as a person typing French text wrote it. */
  text: string;
  /** Where the report points: the line to change. */
  at: string;
  /** What the message must say: the fix, often the line corrected. */
  says: string[];
  /** The problem expected (a YAML error unless said). */
  code?: string;
}

/**
 * Each mistake the yaml package reports (its YAMLParseError.code in
 * parentheses), and the mistakes it reads without a word, as a person typing
 * French text makes them.
 */
const CASES: Record<string, Case> = {
  // BLOCK_AS_IMPLICIT_KEY: a French typographic colon in a value.
  'deux-points': {
    text: 'projet:\n  titre: Guichet\ndepenses:\n  - libelle: Logiciel : prise de rendez-vous\n    montant_ht: 100\n',
    at: '4:5',
    says: ['libelle: "Logiciel : prise de rendez-vous"', 'guillemets'],
  },
  'deux-points-final': { text: 'projet:\n  titre: Objet :\n', at: '2:3', says: ['titre: "Objet :"'] },
  // BLOCK_AS_IMPLICIT_KEY: a line indented one space too far.
  'indentation-trop': {
    text: 'depenses:\n  - libelle: PC\n     montant_ht: 100\n',
    at: '3:1',
    says: ['ligne 3', '5 espaces', '4 (ligne 2)'],
  },
  // MISSING_CHAR (sequence item without -): one space short.
  'indentation-moins': {
    text: 'depenses:\n  - libelle: PC\n   montant_ht: 100\n',
    at: '3:1',
    says: ['ligne 3', '3 espaces', '4 (ligne 2)'],
  },
  // BAD_INDENT: 3 spaces instead of 4.
  'indentation-cle': {
    text: 'porteur:\n    nom: Mairie\n   type: commune\n',
    at: '3:1',
    says: ['ligne 3', '3 espaces', '4 (ligne 2)'],
  },
  // BAD_INDENT (sequence items): a list item one space in.
  'indentation-tiret': {
    text: 'depenses:\n- libelle: PC\n  montant_ht: 1\n - libelle: Écran\n',
    at: '4:1',
    says: ['ligne 4', '1 espace', '0 (ligne 2)'],
  },
  // TAB_AS_INDENT
  tabulation: { text: 'porteur:\n\tnom: Mairie\n', at: '2:1', says: ['tabulation', 'espaces'] },
  // UNEXPECTED_TOKEN: an apostrophe closes a value opened by an apostrophe.
  apostrophe: {
    text: "porteur:\n  nom: 'Les amis de l'école'\n",
    at: '2:3',
    says: [`nom: "Les amis de l'école"`, 'guillemets doubles'],
  },
  // MISSING_CHAR (closing 'quote)
  'apostrophe-non-fermee': {
    text: "porteur:\n  nom: 'Les amis de l’école\n  type: commune\n",
    at: '2:3',
    says: ['ligne 2', "nom: 'Les amis de l’école'"],
  },
  // MISSING_CHAR (closing "quote)
  'guillemet-non-ferme': {
    text: 'porteur:\n  nom: "Mairie de Feurs\n  type: commune\n',
    at: '2:3',
    says: ['ligne 2', 'nom: "Mairie de Feurs"'],
  },
  // UNEXPECTED_TOKEN: text after a quoted value.
  'texte-apres-guillemets': {
    text: 'porteur:\n  nom: "Mairie" de Feurs\n',
    at: '2:3',
    says: [`nom: '"Mairie" de Feurs'`],
  },
  // BAD_INDENT (flow sequence must end with a ])
  'crochet-non-ferme': {
    text: 'projet:\n  axes: [simplifier-le-quotidien, inclusion\ndepot:\n  date: 2022-07-01\n',
    at: '2:3',
    says: ['ligne 2', 'axes: [simplifier-le-quotidien, inclusion]'],
  },
  // UNEXPECTED_TOKEN: a value that starts with a bracket.
  'texte-apres-crochet': {
    text: 'depenses:\n  - libelle: [Lot 1] Ordinateurs\n',
    at: '2:5',
    says: ['libelle: "[Lot 1] Ordinateurs"'],
  },
  // BAD_SCALAR_START
  arobase: { text: 'porteur:\n  referent:\n    email: @mairie-feurs.fr\n', at: '3:5', says: ['« @ »', 'email: "@mairie-feurs.fr"'] },
  pourcentage: { text: 'porteur:\n  nom: %Mairie\n', at: '2:3', says: ['« % »', 'nom: "%Mairie"'] },
  accent: { text: 'porteur:\n  nom: `Mairie`\n', at: '2:3', says: ['« ` »', 'nom: "`Mairie`"'] },
  virgule: { text: 'projet:\n  titre: , et voilà\n', at: '2:3', says: ['« , »', 'titre: ", et voilà"'] },
  // UNEXPECTED_TOKEN after an alias
  etoile: { text: 'porteur:\n  nom: *important* mairie\n', at: '2:3', says: ['« * »', 'nom: "*important* mairie"'] },
  // BAD_ALIAS (an empty anchor)
  esperluette: { text: 'porteur:\n  nom: & Co\n', at: '2:3', says: ['« & »', 'nom: "& Co"'] },
  // UNEXPECTED_TOKEN: block scalar indicators
  barre: { text: 'porteur:\n  nom: | Mairie\n', at: '2:3', says: ['« | »', 'nom: "| Mairie"'] },
  superieur: { text: 'projet:\n  titre: > 100 usagers\n', at: '2:3', says: ['« > »', 'titre: "> 100 usagers"'] },
  // TAG_RESOLVE_FAILED (a warning of the yaml package; the value would be lost)
  exclamation: { text: 'porteur:\n  nom: !Mairie\n', at: '2:3', says: ['« ! »', 'nom: "!Mairie"'] },
  // BLOCK_AS_IMPLICIT_KEY: a value starting with "?"
  'point-interrogation': { text: 'projet:\n  titre: ? pourquoi pas\n', at: '2:3', says: ['« ? »', 'titre: "? pourquoi pas"'] },
  // DUPLICATE_KEY
  'cle-en-double': { text: 'porteur:\n  nom: A\n  type: commune\n  nom: B\n', at: '4:3', says: ['« nom »', 'lignes 2 et 4'] },
  // MULTILINE_IMPLICIT_KEY / MISSING_CHAR: no space after the colon.
  'espace-apres-deux-points': { text: 'porteur:\n  nom:Mairie\n  type: commune\n', at: '2:3', says: ['nom: Mairie'] },
  'espace-apres-deux-points-liste': {
    text: 'depenses:\n  - libelle: PC\n    montant_ht:2400\n',
    at: '3:5',
    says: ['montant_ht: 2400'],
  },
  // MISSING_CHAR / MULTILINE_IMPLICIT_KEY: no colon after a key.
  'deux-points-manquant': { text: 'porteur:\n  nom: Mairie\n  type commune\n', at: '3:3', says: ['type: commune'] },
  // MULTILINE_IMPLICIT_KEY: a value continued on the next line.
  'valeur-sur-deux-lignes': {
    text: 'projet:\n  description: Un guichet\n  pour les usagers\n  titre: Guichet\n',
    at: '3:3',
    says: ['ligne 3', 'une seule ligne : description: Un guichet pour les usagers'],
  },
  // BLOCK_AS_IMPLICIT_KEY: a list item among keys.
  'liste-mal-placee': { text: 'projet:\n  titre: Guichet\n  - inclusion\n', at: '3:3', says: ['« - »', 'sous sa propre clé'] },
  // UNEXPECTED_TOKEN: "- " after a key on the same line.
  'tiret-sur-la-ligne': { text: 'projet:\n  axes: - inclusion\n', at: '2:3', says: ['axes: [inclusion]'] },
  // BAD_DQ_ESCAPE
  'barre-inverse': { text: 'analyse:\n  innovation: "C:\\Users\\mairie"\n', at: '2:3', says: ["innovation: 'C:\\Users\\mairie'"] },
  // BLOCK_IN_FLOW
  'tiret-entre-crochets': { text: 'projet:\n  axes: [\n    - inclusion\n  ]\n', at: '3:5', says: ['virgules'] },
  // MISSING_CHAR (directives-end): a line that starts with %
  directive: { text: '%Mairie\nporteur:\n  nom: X\n', at: '1:1', says: ['« % »'] },
  // KEY_OVER_1024_CHARS
  'cle-trop-longue': { text: `projet:\n  titre ${'x'.repeat(1100)}: y\n`, at: '2:3', says: ['1 024'] },
  // Read without a word by YAML: "#3" is a comment, the value stops before it.
  diese: {
    text: 'porteur:\n  nom: Mairie\nprojet:\n  titre: Licence n° #3\n',
    at: '4:21',
    says: ['« #3 »', 'titre: "Licence n° #3"'],
    code: 'commentaire-dans-valeur',
  },
};

let reports: Map<
  string,
  { verdict: string; problemes: { code: string; message: string; position?: { ligne: number; colonne: number } }[] }
>;

beforeAll(() => {
  const folder = mkdtempSync(join(tmpdir(), 'yaml-'));
  for (const [name, { text }] of Object.entries(CASES)) writeFileSync(join(folder, `${name}.yaml`), text);
  const result = spawnSync(process.execPath, [BIN, 'check', folder, '--format', 'json', '--date', '2022-07-20'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const parsed = JSON.parse(result.stdout) as { dossiers: { fichier: string; verdict: string; problemes: never[] }[] };
  reports = new Map(parsed.dossiers.map((dossier) => [dossier.fichier.replace(/^.*[\\/]/, '').replace(/\.yaml$/, ''), dossier]));
});

describe('YAML mistakes say the likely fix, at the line to change (through the binary)', () => {
  it.each(Object.keys(CASES))('%s', (name) => {
    const { at, says, code = 'yaml-invalide' } = CASES[name]!;
    const problem = reports.get(name)?.problemes.find((candidate) => candidate.code === code);
    expect(problem, JSON.stringify(reports.get(name)?.problemes[0])).toBeDefined();
    expect(`${problem!.position?.ligne}:${problem!.position?.colonne}`).toBe(at);
    for (const fragment of says) expect(problem!.message).toContain(fragment);
  });
});

describe('the fast reader and the full parser agree on every mistake', () => {
  it.each(Object.keys(CASES))('%s', (name) => {
    const { text } = CASES[name]!;
    expect(parseSources(text, 'yaml', { several: true })).toEqual(parseSources(text, 'yaml', { several: true, fastPath: false }));
  });
});

describe('every error code of the yaml package has a fix in both catalogues', () => {
  // Read from the installed package, so that a code added by an upgrade fails here until it has its message.
  const declarations = readFileSync(join(import.meta.dirname, '..', '..', 'node_modules', 'yaml', 'dist', 'errors.d.ts'), 'utf8');
  const codes = [...(/type ErrorCode = ([^;]+);/.exec(declarations)?.[1] ?? '').matchAll(/'([A-Z_0-9]+)'/g)].map((match) => match[1]!);

  it('finds the codes', () => {
    expect(codes.length).toBeGreaterThan(20);
  });

  it.each([
    ['fr', fr, 'erreur de syntaxe'],
    ['en', en, ': undefined'],
  ] as const)('%s', (_lang, catalogue, generic) => {
    for (const cause of codes) {
      const message = catalogue.problems['yaml-invalide']!({ cause }, undefined as never);
      expect(message, cause).not.toContain(generic);
    }
  });
});
