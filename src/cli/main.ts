import { Command, Option } from 'commander';
import { REPORT_FORMATS } from '../format/index.js';
import { catalogue, LANGS, type Lang } from '../i18n/index.js';
import { DEFAULT_EDITION } from '../reglement/index.js';
import { suggest } from '../did-you-mean.js';
import { localizeCommander } from './commander-i18n.js';
import {
  beneficiaryIds,
  checkConfig,
  classifyConfig,
  initConfig,
  langFromArgv,
  listingConfig,
  type CheckFlags,
  type ClassifyFlags,
} from './config.js';
import { correspondanceFor } from './correspondance.js';
import { editionsFor } from './editions.js';
import { EXIT, UsageError } from './errors.js';
import { processIO, writeFailure, writeOutputIncomplete, type CliIO } from './output.js';
import { runCheck } from './run-check.js';
import { runClassify } from './run-classify.js';
import { runRules, runSchema } from './run-listing.js';
import { runPage } from './run-page.js';
import { watchStandardStreams } from './streams.js';
import { version } from './version.js';

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
  const { help, commands: say, values: value } = catalogue(lang).cli;
  const langOption = (description: string) => new Option(`-l, --lang <${value.language}>`, description).choices(LANGS);
  const formatOption = (description: string, formats: string[]) =>
    new Option('-f, --format <format>', description).choices(formats).default('text');
  let exitCode: number = EXIT.ok;
  const program = localizeCommander(new Command('dossier-check'), lang, argv)
    .description(help.description(DEFAULT_EDITION.titre, DEFAULT_EDITION.organisme))
    .version(version(lang), '-V, --version', help.version)
    .helpOption('-h, --help', help.helpOption)
    // Commander's own usage line says "[command]".
    .usage(`[options] ${help.commandPlaceholder}`)
    // Declared below as a command of its own, so that `help chekc` is answered like any unknown command.
    .helpCommand(false);

  program
    .command('check', { isDefault: true })
    .description(say.check.description)
    .argument(`[${value.paths}...]`, say.check.paths)
    .addOption(formatOption(say.check.format, [...REPORT_FORMATS]))
    .addOption(langOption(say.check.lang).default('fr'))
    .option(`-d, --date <${value.date}>`, say.check.date)
    .option('--csv-lignes', say.check.csvLines)
    .option('--csv-problemes', catalogue(lang).cli.exports.csvProblemsOption)
    .option(`--colonnes <${value.file}>`, catalogue(lang).cli.exports.colonnesOption)
    .option(`-o, --output <${value.file}>`, say.check.output)
    .option('--force', say.check.force)
    .addOption(new Option(`--fail-on <${value.gravity}>`, say.check.failOn).choices(['bloquant', 'avertissement']).default('bloquant'))
    .option(`--reglement <${value.file}>`, say.reglement)
    .option('--explain', say.check.explain)
    .option(`--taille-max <${value.mebibytes}>`, say.check.maxSize)
    .option('--no-color', say.noColor)
    .action(async (paths: string[], options: CheckFlags) => {
      exitCode = await runCheck(checkConfig(paths, options, editionsFor, correspondanceFor), io);
    });

  program
    .command('classify')
    .description(say.classify.description)
    .argument(`<${value.label}>`, say.classify.label)
    .option(`-m, --montant <${value.amount}>`, say.classify.amount)
    .option(`--insee <${value.insee}>`, say.classify.insee)
    .option(`--population <${value.number}>`, say.classify.population)
    .option(`--habitants <${value.number}>`, say.classify.populationAlias)
    .option(`--taux-tva <${value.rate}>`, say.classify.vat)
    // The values are the edition's (usagers, agents, ecoles in the built-in one): checked once --reglement is read.
    .option(`-b, --beneficiaires <${value.who}>`, say.classify.beneficiaries(beneficiaryIds(DEFAULT_EDITION)))
    .addOption(formatOption(say.classify.format, ['text', 'json']))
    .addOption(langOption(say.classify.lang).default('fr'))
    .option(`--reglement <${value.file}>`, say.reglement)
    .option('--no-color', say.noColor)
    .action((label: string, options: ClassifyFlags) => {
      exitCode = runClassify(classifyConfig(label, options, editionsFor), io);
    });

  program
    .command('rules')
    .description(say.rules.description)
    .addOption(formatOption(say.rules.format, ['text', 'json']))
    .addOption(langOption(say.rules.lang).default('fr'))
    .option(`--reglement <${value.file}>`, say.reglement)
    .option('--no-color', say.noColor)
    .action((options: { format: string; lang: string; color: boolean; reglement?: string }) => {
      exitCode = runRules(listingConfig(options, editionsFor), io);
    });

  program
    .command('schema')
    .description(say.schema.description)
    .option(`--reglement <${value.file}>`, say.reglement)
    .addOption(langOption(say.schema.lang).default('fr'))
    .action((options: { reglement?: string; lang: string }) => {
      exitCode = runSchema(listingConfig(options, editionsFor), io);
    });

  program
    .command('init')
    .description(say.init.description)
    .argument(`[${value.file}]`, say.init.file, 'dossier.yaml')
    .addOption(langOption(say.init.lang).default('fr'))
    .option(`--from <${value.file}>`, say.init.from)
    .option(`--reglement <${value.file}>`, say.reglement)
    .option('--no-color', say.noColor)
    .action(async (file: string, options: { lang: string; color: boolean; from?: string; reglement?: string }, command: Command) => {
      // Read before any question: an invalid edition file is refused with every mistake, as check does.
      const config = initConfig(file, { ...options, fileGiven: command.args.length > 0 }, editionsFor);
      // Loaded only here: the prompts library is not needed to check a dossier.
      const { runInit } = await import('./init.js');
      exitCode = await runInit(config.file, config);
    });

  program
    .command('page')
    .description(say.page.description)
    .option(`-o, --output <${value.file}>`, say.page.output, 'verifier.html')
    .addOption(langOption(say.page.lang).default('fr'))
    .option(`--reglement <${value.file}>`, say.reglement)
    .option('--force', say.page.force)
    .action((options: { output: string; lang: string; reglement?: string; force?: boolean }) => {
      const config = listingConfig(options, editionsFor);
      exitCode = runPage(
        {
          output: options.output,
          lang: config.lang,
          reglement: config.reglement,
          reglementFile: options.reglement,
          force: options.force === true,
        },
        io,
      );
    });

  program
    .command('help')
    .description(help.helpCommand)
    .argument(`[${help.helpCommandArgument}]`)
    // Read before parsing (langFromArgv): declared so that `help check --lang en` is not refused.
    .addOption(langOption(say.help.lang))
    .action((name: string | undefined) => {
      if (name === undefined) program.help();
      const command = program.commands.find((candidate) => candidate.name() === name);
      if (command) command.help();
      const t = catalogue(lang).cli;
      const meant = suggest(
        name!,
        program.commands.map((command) => command.name()),
      );
      throw new UsageError(`${t.errors.unknownCommand(name!)}${meant ? catalogue(lang).language.didYouMean(meant) : ''}`);
    });

  await program.parseAsync(argv);
  return exitCode;
}
