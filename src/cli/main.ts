import { readFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { FORMATTERS } from '../format/index.js';
import { catalogue, LANGS, type Lang } from '../i18n/index.js';
import { suggest } from '../dossier/did-you-mean.js';
import { installedGeography } from './checker-data.js';
import { localizeCommander } from './commander-i18n.js';
import { checkConfig, classifyConfig, initConfig, langFromArgv, listingConfig, type CheckFlags, type ClassifyFlags } from './config.js';
import { editionsFor } from './editions.js';
import { EXIT, UsageError } from './errors.js';
import { processIO, writeFailure, writeOutputIncomplete, type CliIO } from './output.js';
import { runCheck } from './run-check.js';
import { runClassify } from './run-classify.js';
import { runRules, runSchema } from './run-listing.js';
import { watchStandardStreams } from './streams.js';

export { EXIT } from './errors.js';

/** The binary's entry: the command line's configuration, run, and its exit code; every failure said once here. */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const lang = langFromArgv(argv);
  const streams = watchStandardStreams();
  let exitCode: number;
  try {
    exitCode = await run(argv, lang, io);
  } catch (error) {
    exitCode = writeFailure(io, error, lang);
  }
  // The reader going away keeps the exit code; an output cut short otherwise (a full disk) is a failure.
  const cut = await streams.settle();
  if (cut) {
    writeOutputIncomplete(io, lang, cut.code);
    return EXIT.usage;
  }
  return exitCode;
}

async function run(argv: string[], lang: Lang, io: CliIO): Promise<number> {
  const fr = lang === 'fr';
  const help = catalogue(lang).cli.help;
  // Placeholders of values are words read in the help and in errors: in the user's language too.
  const value = (french: string, english: string) => (fr ? french : english);
  let exitCode: number = EXIT.ok;
  const program = localizeCommander(new Command('dossier-check'), lang, argv)
    .description(
      fr
        ? 'Vérifie les dossiers de candidature à l’appel à partenariat Loire Connect 2022 (Département de la Loire).'
        : 'Checks applications to the Loire Connect 2022 call for partnership (Département de la Loire).',
    )
    .version(version(lang), '-V, --version', help.version)
    .helpOption('-h, --help', help.helpOption)
    // Declared below as a command of its own, so that `help chekc` is answered like any unknown command.
    .helpCommand(false);

  program
    .command('check', { isDefault: true })
    .description(
      fr
        ? 'vérifie des dossiers (fichiers .yaml, .yml, .json, ou dossiers qui en contiennent)'
        : 'check dossiers (.yaml, .yml, .json files, or folders holding them)',
    )
    .argument(value('[chemins...]', '[paths...]'), fr ? 'fichiers ou dossiers à vérifier' : 'files or folders to check')
    .addOption(
      new Option('-f, --format <format>', fr ? 'format du rapport' : 'report format').choices(Object.keys(FORMATTERS)).default('text'),
    )
    .addOption(
      new Option(`-l, --lang <${value('langue', 'language')}>`, fr ? 'langue du rapport' : 'report language').choices(LANGS).default('fr'),
    )
    .option(
      `-d, --date <${value('AAAA-MM-JJ', 'YYYY-MM-DD')}>`,
      fr
        ? 'date de dépôt à vérifier quand le dossier n’en donne pas (par défaut : aujourd’hui)'
        : 'submission date to check when the dossier gives none (default: today)',
    )
    .option('--csv-lignes', fr ? 'avec --format csv : une ligne par dépense' : 'with --format csv: one row per expense line')
    .option(
      `-o, --output <${value('fichier', 'file')}>`,
      fr ? 'écrit le rapport dans un fichier (en une fois)' : 'write the report to a file (all at once)',
    )
    .option('--force', fr ? 'remplace le fichier de --output s’il existe' : 'replace the --output file if it exists')
    .addOption(
      new Option(`--fail-on <${value('gravite', 'gravity')}>`, fr ? 'gravité qui fait échouer (code 1)' : 'gravity that fails (exit 1)')
        .choices(['bloquant', 'avertissement'])
        .default('bloquant'),
    )
    .option(
      `--reglement <${value('fichier', 'file')}>`,
      fr
        ? 'applique une autre édition de l’appel, décrite dans un fichier YAML (voir examples/reglements/)'
        : 'apply another edition of the call, described in a YAML file (see examples/reglements/)',
    )
    .option(
      '--explain',
      fr
        ? 'sous chaque problème et chaque dépense, la règle et la clause de l’appel (format text)'
        : 'under each problem and each expense, the rule and the clause of the call (text format)',
    )
    .option(
      `--taille-max <${value('Mio', 'MiB')}>`,
      fr ? 'taille au-delà de laquelle un fichier n’est pas lu (par défaut : 10)' : 'size past which a file is not read (default: 10)',
    )
    .option('--no-color', fr ? 'sans couleurs' : 'no colours')
    .action(async (paths: string[], options: CheckFlags) => {
      exitCode = await runCheck(checkConfig(paths, options, editionsFor), io);
    });

  program
    .command('classify')
    .description(fr ? 'classe un libellé de dépense et dit pourquoi' : 'classify an expense label and say why')
    .argument(value('<libellé>', '<label>'), fr ? 'le libellé, entre guillemets' : 'the label, in quotes')
    .option(`-m, --montant <${value('montant', 'amount')}>`, fr ? 'montant HT de la ligne' : 'HT amount of the line')
    .option(
      `--habitants <${value('nombre', 'number')}>`,
      fr
        ? 'population de la commune qui dépose : décide des obligations légales à seuil'
        : 'population of the applicant commune: decides legal obligations with a threshold',
    )
    .addOption(
      new Option(`-b, --beneficiaires <${value('qui', 'who')}>`, fr ? 'bénéficiaires de la ligne' : 'who the line is for').choices([
        'usagers',
        'agents',
        'ecoles',
      ]),
    )
    .addOption(new Option('-f, --format <format>', fr ? 'format de la réponse' : 'answer format').choices(['text', 'json']).default('text'))
    .addOption(
      new Option(`-l, --lang <${value('langue', 'language')}>`, fr ? 'langue de la réponse' : 'answer language')
        .choices(['fr', 'en'])
        .default('fr'),
    )
    .option(
      `--reglement <${value('fichier', 'file')}>`,
      fr
        ? 'applique une autre édition de l’appel, décrite dans un fichier YAML (voir examples/reglements/)'
        : 'apply another edition of the call, described in a YAML file (see examples/reglements/)',
    )
    .option('--no-color', fr ? 'sans couleurs' : 'no colours')
    .action((libelle: string, options: ClassifyFlags) => {
      exitCode = runClassify(classifyConfig(libelle, options, editionsFor), io);
    });

  program
    .command('rules')
    .description(
      fr
        ? 'affiche le règlement tel que l’outil l’applique : chaque règle, ce qu’elle vérifie, sa gravité et sa clause'
        : 'print the call as the tool applies it: each rule, what it checks, its gravity and its clause',
    )
    .addOption(new Option('-f, --format <format>', fr ? 'format' : 'format').choices(['text', 'json']).default('text'))
    .addOption(new Option(`-l, --lang <${value('langue', 'language')}>`, fr ? 'langue' : 'language').choices(LANGS).default('fr'))
    .option(
      `--reglement <${value('fichier', 'file')}>`,
      fr
        ? 'applique une autre édition de l’appel, décrite dans un fichier YAML (voir examples/reglements/)'
        : 'apply another edition of the call, described in a YAML file (see examples/reglements/)',
    )
    .option('--no-color', fr ? 'sans couleurs' : 'no colours')
    .action((options: { format: string; lang: string; color: boolean; reglement?: string }) => {
      exitCode = runRules(listingConfig(options, editionsFor), io);
    });

  program
    .command('schema')
    .description(fr ? 'affiche le JSON Schema des dossiers (pour les éditeurs)' : 'print the JSON Schema of dossiers (for editors)')
    .option(
      `--reglement <${value('fichier', 'file')}>`,
      fr
        ? 'applique une autre édition de l’appel, décrite dans un fichier YAML (voir examples/reglements/)'
        : 'apply another edition of the call, described in a YAML file (see examples/reglements/)',
    )
    .addOption(
      new Option(
        `-l, --lang <${value('langue', 'language')}>`,
        fr ? 'langue du titre et de la description' : 'language of the title and description',
      )
        .choices(LANGS)
        .default('fr'),
    )
    .action((options: { reglement?: string; lang: string }) => {
      exitCode = runSchema(listingConfig(options, editionsFor), io);
    });

  program
    .command('init')
    .description(
      fr ? 'crée un dossier en répondant à des questions, puis le vérifie' : 'build a dossier by answering questions, then check it',
    )
    .argument(value('[fichier]', '[file]'), fr ? 'fichier à écrire' : 'file to write', 'dossier.yaml')
    .addOption(
      new Option(`-l, --lang <${value('langue', 'language')}>`, fr ? 'langue des questions' : 'language of the questions')
        .choices(LANGS)
        .default('fr'),
    )
    .option(
      `--from <${value('fichier', 'file')}>`,
      fr ? 'complète un dossier existant : ne demande que ce qui manque' : 'complete an existing dossier: ask only what is missing',
    )
    .option('--no-color', fr ? 'sans couleurs' : 'no colours')
    .action(async (file: string, options: { lang: string; color: boolean; from?: string }) => {
      // Loaded only here: the prompts library is not needed to check a dossier.
      const { runInit } = await import('./init.js');
      const config = initConfig(file, options);
      exitCode = await runInit(config.file, { lang: config.lang, color: config.color, from: config.from });
    });

  program
    .command('help')
    .description(help.helpCommand)
    .argument(`[${help.helpCommandArgument}]`)
    // Read before parsing (langFromArgv): declared so that `help check --lang en` is not refused.
    .addOption(new Option(`-l, --lang <${value('langue', 'language')}>`, fr ? 'langue de l’aide' : 'language of the help').choices(LANGS))
    .action((name: string | undefined) => {
      if (name === undefined) program.help();
      const command = program.commands.find((candidate) => candidate.name() === name);
      if (command) command.help();
      const t = catalogue(lang).cli;
      const meant = suggest(name!, commandNames(program));
      throw new UsageError(`${t.errors.unknownCommand(name!)}${meant ? t.errors.didYouMean(meant) : ''}`);
    });

  await program.parseAsync(argv);
  return exitCode;
}

function commandNames(program: Command): string[] {
  return program.commands.map((command) => command.name());
}

/** The tool's version, and the vintage of the official geography it checks applicants against. */
function version(lang: Lang): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  const { nom, version: dataVersion, millesime } = installedGeography().source;
  const geography = lang === 'fr' ? `Code officiel géographique ${millesime}` : `INSEE geographic code ${millesime}`;
  return `${pkg.version} (${geography}, ${nom}@${dataVersion})`;
}
