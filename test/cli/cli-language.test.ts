import { describe, expect, it } from 'vitest';
import { runBinary } from './binary.js';

/**
 * Everything the command line says — commander's help and errors included —
 * is in the language asked for: French by default, English with --lang en.
 * Each text is searched for words of the other language.
 */
const ENGLISH_WORDS = new Set(
  (
    'error missing required unknown command commands usage display default choices choice allowed invalid did you mean ' +
    'too many expected got but the of and for with print file files folder folders language not is this which ' +
    'arguments? argument? preset env global'
  )
    .split(/\s+/)
    .filter((word) => !word.endsWith('?')),
);
const FRENCH_WORDS = new Set(
  (
    'erreur manquant manque inconnue inconnu commande commandes utilisation affiche aide défaut valeurs valeur possibles ' +
    'trop attendu attendus vouliez dire le les des du une et ou pour avec sans fichier fichiers dépôt langue est pas dans ' +
    'vérifie introuvable libellé chemins gravité quand aujourd’hui sur répertoire donnés reçu reçus officiel géographique'
  ).split(/\s+/),
);

/** The words a person reads: flags (`--taille-max`), which are typed as they are, are left out. */
function words(text: string): string[] {
  return text
    .split(/\s+/)
    .filter((token) => !/^["«“]?-/.test(token))
    .join(' ')
    .split(/[^\p{L}’']+/u)
    .flatMap((word) => word.split(/[’']/))
    .filter(Boolean)
    .map((word) => word.toLowerCase());
}

export function foreignWords(text: string, lang: 'fr' | 'en'): string[] {
  const foreign = lang === 'fr' ? ENGLISH_WORDS : FRENCH_WORDS;
  return [...new Set(words(text).filter((word) => foreign.has(word)))];
}

const COMMANDS = ['check', 'classify', 'rules', 'schema', 'init', 'page'];

/** What the tool says to a person for each help page and each command-line mistake. */
const SAYINGS: { name: string; args: string[]; code: number }[] = [
  { name: 'main help', args: ['--help'], code: 0 },
  { name: 'help command', args: ['help'], code: 0 },
  ...COMMANDS.flatMap((command) => [
    { name: `${command} --help`, args: [command, '--help'], code: 0 },
    { name: `help ${command}`, args: ['help', command], code: 0 },
  ]),
  { name: 'version', args: ['--version'], code: 0 },
  { name: 'missing argument', args: ['classify'], code: 2 },
  { name: 'unknown option with a suggestion', args: ['check', '--formt', 'json', 'examples'], code: 2 },
  { name: 'unknown option', args: ['rules', '--bogus'], code: 2 },
  { name: 'unknown command with a suggestion', args: ['chekc'], code: 2 },
  { name: 'invalid choice', args: ['check', '-f', 'pdf', 'examples'], code: 2 },
  { name: 'invalid choice (classify)', args: ['classify', 'tablettes', '-b', 'mairie'], code: 2 },
  { name: 'too many arguments', args: ['classify', 'logiciel', 'de', 'gestion'], code: 2 },
  { name: 'an argument to a command that takes none', args: ['rules', 'en-trop'], code: 2 },
  { name: 'option without its value', args: ['check', 'examples', '-o'], code: 2 },
  { name: 'help on an unknown command', args: ['help', 'chekc'], code: 2 },
];

describe.each(['fr', 'en'] as const)('in %s', (lang) => {
  const withLang = (args: string[]) => (lang === 'fr' ? args : [...args, '--lang', lang]);

  it.each(SAYINGS)('$name: no word of the other language, and the expected exit code', ({ args, code }) => {
    const result = runBinary(withLang(args));
    const said = result.stdout + result.stderr;
    expect(said.trim()).not.toBe('');
    expect(foreignWords(said, lang)).toEqual([]);
    expect(result.code).toBe(code);
    if (code === 2) expect(result.stdout).toBe('');
  });

  it('never starts a help line with punctuation that belongs to the line before', () => {
    for (const command of ['', ...COMMANDS]) {
      const help = runBinary(withLang([...(command ? [command] : []), '--help'])).stdout;
      expect(help).not.toMatch(/^\s+[:;!?»)]/m);
    }
  });
});

describe('what the errors say', () => {
  it('names the missing argument, in each language', () => {
    expect(runBinary(['classify']).stderr).toMatch(/manque.*« libellé »/);
    for (const lang of [['--lang', 'en'], ['--lang=en'], ['-l', 'en'], ['-len']]) {
      expect(runBinary(['classify', ...lang]).stderr).toMatch(/missing.*"label"/);
    }
  });

  it('suggests the command meant for a mistyped one, and the option meant', () => {
    expect(runBinary(['chekc']).stderr).toMatch(/vouliez-vous dire.*« check »/);
    expect(runBinary(['help', 'chekc']).stderr).toMatch(/commande inconnue « chekc » \(vouliez-vous dire « check » \?\)/);
    expect(runBinary(['help', 'chekc', '--lang', 'en']).stderr).toMatch(/unknown command "chekc" \(did you mean "check"\?\)/);
    expect(runBinary(['chekc', '--lang', 'en']).stderr).toMatch(/did you mean.*"check"/);
    expect(runBinary(['check', '--formt', 'json', 'examples']).stderr).toMatch(/vouliez-vous dire « --format »/);
    expect(runBinary(['check', '--formt', 'json', 'examples', '--lang', 'en']).stderr).toMatch(/did you mean "--format"/);
  });

  // Options before a command make it a path to check: say so, rather than suggest the very word typed.
  it('says a command written after options is a command, to write first', () => {
    const french = runBinary(['--lang', 'fr', 'rules']);
    expect(french.code).toBe(2);
    expect(french.stderr).toMatch(/« rules » est une commande : écrivez-la avant les options \(dossier-check rules --lang en\)/);
    expect(french.stderr).not.toMatch(/vouliez-vous dire/);
    const english = runBinary(['--lang', 'en', 'classify']);
    expect(english.stderr).toMatch(/"classify" is a command: write it before the options/);
    expect(english.stderr).not.toMatch(/did you mean/);
  });

  it('lists the allowed values of an invalid choice, and the help to read', () => {
    const { stderr } = runBinary(['check', '-f', 'pdf', 'examples']);
    expect(stderr).toMatch(/« pdf ».*--format/);
    expect(stderr).toMatch(/text, json, csv/);
    expect(stderr).toMatch(/dossier-check check --help/);
  });

  it('tells to quote a label given as several words', () => {
    expect(runBinary(['classify', 'logiciel', 'de', 'gestion']).stderr).toMatch(/guillemets/);
    expect(runBinary(['classify', 'logiciel', 'de', 'gestion', '--lang', 'en']).stderr).toMatch(/quotes/);
  });

  it('accepts --lang on every command', () => {
    for (const command of [['rules'], ['schema'], ['classify', 'tablettes']]) {
      for (const lang of ['fr', 'en']) expect(runBinary([...command, '--lang', lang]).code).toBe(0);
    }
    const schema = JSON.parse(runBinary(['schema', '--lang', 'en']).stdout);
    expect(foreignWords(`${schema.title} ${schema.description}`, 'en')).toEqual([]);
  });
});

describe('help wrapping', () => {
  it('never breaks a line before French closing punctuation nor after « , at any width', async () => {
    const { wrap } = await import('../../src/cli/commander-i18n.js');
    const text =
      'affiche le règlement tel que l’outil l’applique : chaque règle, ce qu’elle vérifie ; sa gravité ? « bloquant » ou « avertissement » !';
    for (let width = 8; width <= 120; width++) {
      const lines = wrap(text, width).split('\n');
      expect(lines.join(' ')).toBe(text);
      for (const line of lines) {
        expect(line).not.toMatch(/^[:;!?»]/);
        expect(line).not.toMatch(/«$/);
      }
      // A line too long for the width is one unbreakable unit.
      for (const line of lines.filter((line) => line.length > width)) expect(line).not.toMatch(/(?<!«) (?![:;!?»])/);
    }
  });
});
