import { Command, Option } from 'commander';
import { describe, expect, it } from 'vitest';
import { localizeCommander } from '../../src/cli/commander-i18n.js';
import { CommandLineError } from '../../src/cli/errors.js';

/**
 * Commander's mistakes in the user's words, from a small program parsed in
 * the test's own process: what each says is built from the command's state,
 * never from commander's English sentence.
 */
function program(argv: string[], lang: 'fr' | 'en' = 'fr') {
  const root = localizeCommander(new Command('outil'), lang, argv).helpCommand(false);
  root
    .command('trie')
    .argument('<libellé>', 'le libellé')
    .addOption(new Option('-f, --format <format>', 'format').choices(['text', 'json']).default('text'))
    .option('-m, --montant <montant>', 'montant')
    .action(() => {});
  root
    .command('exige')
    .requiredOption('--jeton <valeur>', 'obligatoire')
    .addOption(new Option('--seul', 'seul').conflicts('avec'))
    .option('--avec', 'avec')
    .action(() => {});
  return root;
}

async function said(argv: string[], lang: 'fr' | 'en' = 'fr'): Promise<string> {
  try {
    await program(argv, lang).parseAsync(argv, { from: 'user' });
  } catch (error) {
    expect(error).toBeInstanceOf(CommandLineError);
    return (error as Error).message;
  }
  throw new Error('expected a command-line mistake');
}

describe('localizeCommander', () => {
  it('names the missing argument', async () => {
    expect(await said(['trie'])).toBe('erreur : il manque l’argument « libellé »\n(outil trie --help pour l’aide)');
    expect(await said(['trie'], 'en')).toMatch(/^error: missing .*"libellé"\n\(outil trie --help for help\)$/);
  });

  it('names the option left without its value, long or short, alone or after flags', async () => {
    expect(await said(['trie', 'x', '--montant'])).toMatch(/l’option « -m, --montant <montant> » attend une valeur/);
    expect(await said(['trie', 'x', '-m'])).toMatch(/« -m, --montant <montant> »/);
  });

  it('names the unknown option whole and suggests the one meant', async () => {
    expect(await said(['trie', 'x', '--formta'])).toMatch(/option inconnue « --formta » \(vouliez-vous dire « --format » \?\)/);
    expect(await said(['trie', 'x', "--d'où"])).toMatch(/option inconnue « --d'où »\n/);
    expect(await said(['trie', 'x', '--zzz'], 'en')).toMatch(/unknown option "--zzz"\n/);
  });

  it('refuses a value outside the choices with the option and the whole value', async () => {
    expect(await said(['trie', 'x', '-f', "l'autre"])).toMatch(
      /valeur « l'autre » invalide pour l’option « -f, --format <format> » ; valeurs possibles : text, json/,
    );
  });

  it('counts the arguments given', async () => {
    expect(await said(['trie', 'a', 'b'])).toMatch(/« trie » : 1 attendu, 2 donnés/);
  });

  it('names a mandatory option not given', async () => {
    expect(await said(['exige'])).toBe('erreur : l’option « --jeton <valeur> » est obligatoire\n(outil exige --help pour l’aide)');
  });

  // Not declared by dossier-check: no two options conflict; commander's English is still never shown.
  it('says conflicting options as a plain "invalid command line", with the help to read', async () => {
    expect(await said(['exige', '--jeton', 'j', '--seul', '--avec'])).toBe(
      'erreur : ligne de commande invalide\n(outil exige --help pour l’aide)',
    );
  });

  it('lets help through as help, not as a mistake', async () => {
    let written = '';
    const root = program(['trie', '--help']);
    // The help is written by the subcommand, whose output settings were copied when it was created.
    for (const command of [root, ...root.commands])
      command.configureOutput({ writeOut: (text) => (written += text), outputError: () => {} });
    await expect(root.parseAsync(['trie', '--help'], { from: 'user' })).rejects.toMatchObject({ exitCode: 0 });
    expect(written).toMatch(/trie/);
  });
});
