import { describe, expect, it } from 'vitest';
import { runBinary } from './binary.js';

/**
 * Commander's mistakes are said from what the command line holds (the
 * option, the value, the argument), never read back out of commander's
 * English sentence: a value or a flag with an apostrophe is quoted whole.
 */
describe('commander mistakes, said from the command line itself', () => {
  it('quotes a refused value whole, apostrophe included', () => {
    const french = runBinary(['check', '-f', "pd'f", 'examples']);
    expect(french.code).toBe(2);
    expect(french.stderr).toMatch(/valeur « pd'f » invalide pour l’option « -f, --format <format> »/);
    const english = runBinary(['classify', 'tablettes', '-b', "l'école", '--lang', 'en']);
    expect(english.code).toBe(2);
    expect(english.stderr).toMatch(/"l'école"/);
    expect(english.stderr).toMatch(/usagers, agents, ecoles/);
  });

  it('quotes an unknown option whole, apostrophe included', () => {
    const { code, stderr, stdout } = runBinary(['check', "--l'autre", 'examples']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/option inconnue « --l'autre »/);
  });

  it('names the option left without its value, and the command whose help to read', () => {
    const { stderr } = runBinary(['classify', 'tablettes', '--montant']);
    expect(stderr).toMatch(/l’option « -m, --montant <montant> » attend une valeur/);
    expect(stderr).toMatch(/dossier-check classify --help/);
  });

  it('says too many arguments with the counts, in each language', () => {
    expect(runBinary(['rules', 'a', 'b']).stderr).toMatch(/« rules » ne prend pas d’argument \(2 donnés\)/);
    const english = runBinary(['schema', 'x', '--lang', 'en']).stderr;
    expect(english).toMatch(/"schema"/);
    expect(english).toMatch(/2 given|1 given|given/);
    expect(english).not.toMatch(/donnés?|argument d|commande/);
  });

  it('refuses a beneficiary the edition does not know, once the edition is read, with its values', () => {
    const { code, stderr } = runBinary(['classify', 'x', '-bm']);
    expect(code).toBe(2);
    // Said as commander's own refusals are: the same prefix, the option as the help names it.
    expect(stderr).toMatch(
      /^erreur : valeur « m » invalide pour l’option « -b, --beneficiaires <qui> » ; valeurs possibles : usagers, agents, ecoles\n/,
    );
    expect(runBinary(['classify', 'x', '-bm', '--lang', 'en']).stderr).toMatch(
      /^error: invalid value "m" for option "-b, --beneficiaires <who>"; choices: usagers, agents, ecoles\n/,
    );
  });

  it('suggests the option meant when a value is glued to a mistyped name', () => {
    expect(runBinary(['check', '--formt=json', 'examples']).stderr).toMatch(
      /option inconnue « --formt=json » \(vouliez-vous dire « --format » \?\)/,
    );
  });

  // Commander's English, word by word: none of it reaches a French reader, whatever the mistake.
  const COMMANDER_ENGLISH = /\b(?:error|missing|required|unknown|allowed|choices|invalid|too many|expected|got|did you mean)\b/i;
  it.each([
    ['check', "--l'x", 'examples'],
    ['check', '-f', "pd'f", 'examples'],
    ['classify', 'x', '-fm'],
    ['check', '-lde', 'examples'],
    ['check', '--formt=json', 'examples'],
    ['classify', 'tablettes', '--montant'],
    ['schema', 'x', 'y'],
  ])('in French, no word of commander’s English: %s %s', (...args) => {
    const { code, stdout, stderr } = runBinary(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^erreur : /);
    expect(stderr).not.toMatch(COMMANDER_ENGLISH);
  });
});
