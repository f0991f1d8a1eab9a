import { readFileSync, statSync, type Stats } from 'node:fs';
import { Command, Option } from 'commander';
import { unreadableFileReport, type CheckOptions } from '../engine/check.js';
import { explainClassification } from '../engine/classify-label.js';
import { formatClassificationJson, formatClassificationText } from '../format/label-classification.js';
import { parseAmount } from '../money/amount.js';
import { dossierJsonSchema } from '../dossier/json-schema.js';
import { FORMATTERS, STREAMS, type FormatName } from '../format/index.js';
import { atomicFile, standardOutput } from './files.js';
import { readDate } from '../dates.js';
import { catalogue, isLang, LANGS, writer, type Lang } from '../i18n/index.js';
import { DEFAULT_EDITION, EDITIONS, type Reglement } from '../reglement/index.js';
import { loadEdition } from '../edition/load.js';
import { ALL_RULES } from '../rules/index.js';
import { CLASSIFIER_CATEGORIES } from '../classify/classifier.js';
import { decode } from '../parse/decode.js';
import { buildReport, summarize, tally } from '../report/build.js';
import { buildRulesReport } from '../report/rules-listing.js';
import { formatRulesJson, formatRulesText } from '../format/rules-listing.js';
import { installedData, installedGeography } from './checker-data.js';
import type { DossierReport } from '../report/types.js';
import { collectInputs, STDIN } from './inputs.js';
import { progressOn } from './progress.js';
import { MAX_INPUT_BYTES, readDossierFile, readStandardInput } from './read.js';
import { checkInput, toChecked, toCheckedFile, type CheckedDossier, type CheckedFile } from './check-input.js';
import type { NotADossier } from '../parse/not-a-dossier.js';
import { checkInParallel, MIN_FILES_FOR_WORKERS, threadCount, type WorkerSetup } from './pool.js';
import { terminalStyle } from './style.js';
import { describeFailure, EXIT, missingPathError, PathError, UsageError } from './errors.js';
import { localizeCommander } from './commander-i18n.js';
import { watchStandardStreams } from './streams.js';
import { suggest } from '../dossier/did-you-mean.js';

export { EXIT } from './errors.js';

/** How standard input is named in reports. */
const STDIN_NAME = '<stdin>';

interface CheckConfig {
  paths: string[];
  format: FormatName;
  lang: Lang;
  date?: string;
  color: boolean;
  /** With csv: one row per expense line instead of one per dossier. */
  csvLines: boolean;
  output?: string;
  /** Replace an existing --output file. */
  force: boolean;
  /** The least serious problem that makes the exit code 1. */
  failOn: 'bloquant' | 'avertissement';
  /** Larger inputs are refused unread. */
  maxBytes: number;
  explain: boolean;
  /** The edition applied, built in or read with --reglement, and those `appel:` may name. */
  reglement: Reglement;
  editions: ReadonlyMap<string, Reglement>;
}

interface CheckFlags {
  format: string;
  lang: string;
  date?: string;
  color: boolean;
  csvLignes?: boolean;
  output?: string;
  force?: boolean;
  failOn: string;
  tailleMax?: string;
  explain?: boolean;
  reglement?: string;
}

export async function main(argv: string[]): Promise<number> {
  const lang = langFromArgv(argv);
  const streams = watchStandardStreams();
  let exitCode: number;
  try {
    exitCode = await run(argv, lang);
  } catch (error) {
    const failure = describeFailure(error, lang);
    if (failure.message !== undefined) process.stderr.write(`${failure.message}\n`);
    if (failure.internal && process.env.DOSSIER_CHECK_DEBUG) process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
    exitCode = failure.exitCode;
  }
  // The reader going away keeps the exit code; an output cut short otherwise (a full disk) is a failure.
  const cut = await streams.settle();
  if (cut) {
    const t = catalogue(lang).cli;
    process.stderr.write(`dossier-check: ${t.outputIncomplete(t.systemError(cut.code ?? 'EIO'))}\n`);
    return EXIT.usage;
  }
  return exitCode;
}

async function run(argv: string[], lang: Lang): Promise<number> {
  const fr = lang === 'fr';
  const help = catalogue(lang).cli.help;
  // Placeholders of values are words read in the help and in errors: in the user's language too.
  const value = (french: string, english: string) => (fr ? french : english);
  let exitCode: number = EXIT.ok;
  const program = localizeCommander(new Command('dossier-check'), lang)
    .description(help.description(DEFAULT_EDITION.titre, DEFAULT_EDITION.organisme))
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
      exitCode = await runCheck(toConfig(paths, options));
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
    // The values are the edition's (usagers, agents, ecoles in the built-in one): checked once --reglement is read.
    .option(
      `-b, --beneficiaires <${value('qui', 'who')}>`,
      fr
        ? `bénéficiaires de la ligne ; valeurs : ${beneficiaryIds(DEFAULT_EDITION)} (ou celles de --reglement)`
        : `who the line is for; choices: ${beneficiaryIds(DEFAULT_EDITION)} (or those of --reglement)`,
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
      exitCode = runClassify(libelle, options);
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
      const ruleLang = isLang(options.lang) ? options.lang : 'fr';
      const report = buildRulesReport(editionsFor(options.reglement, ruleLang).reglement, ruleLang);
      process.stdout.write(
        options.format === 'json' ? formatRulesJson(report) : formatRulesText(report, terminalStyle(options.color, process.stdout)),
      );
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
      const schemaLang = isLang(options.lang) ? options.lang : 'fr';
      const { reglement } = editionsFor(options.reglement, schemaLang);
      process.stdout.write(`${JSON.stringify(dossierJsonSchema(reglement, schemaLang), null, 2)}\n`);
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
    .option(
      `--reglement <${value('fichier', 'file')}>`,
      fr
        ? 'applique une autre édition de l’appel, décrite dans un fichier YAML (voir examples/reglements/)'
        : 'apply another edition of the call, described in a YAML file (see examples/reglements/)',
    )
    .option('--no-color', fr ? 'sans couleurs' : 'no colours')
    .action(async (file: string, options: { lang: string; color: boolean; from?: string; reglement?: string }) => {
      const initLang = isLang(options.lang) ? options.lang : 'fr';
      // Read before any question: an invalid edition file is refused with every mistake, as check does.
      const editions = editionsFor(options.reglement, initLang);
      // Loaded only here: the prompts library is not needed to check a dossier.
      const { runInit } = await import('./init.js');
      exitCode = await runInit(file, {
        lang: initLang,
        color: options.color,
        from: options.from,
        ...editions,
        reglementFile: options.reglement,
      });
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

/** Options to a checked configuration; every mistake is a usage error. */
function toConfig(paths: string[], options: CheckFlags): CheckConfig {
  const lang = isLang(options.lang) ? options.lang : 'fr';
  const t = catalogue(lang).usage;
  let date: string | undefined;
  if (options.date !== undefined) {
    // Checked here, read by the engine: an instant falls on a day of the zone of the edition applied to each dossier.
    if (readDate(options.date) === undefined) throw new UsageError(t.badDate(options.date));
    date = options.date.trim();
  }
  if (paths.length === 0) throw new UsageError(t.noInput);
  let maxBytes = MAX_INPUT_BYTES;
  if (options.tailleMax !== undefined) {
    const mebibytes = Number(options.tailleMax.replace(',', '.'));
    if (!/^\d+(?:[.,]\d+)?$/.test(options.tailleMax) || !(mebibytes >= 0.001 && mebibytes <= 1024)) {
      throw new UsageError(t.badSize(options.tailleMax));
    }
    maxBytes = Math.floor(mebibytes * 1024 * 1024);
  }
  // commander has already checked --format against the formatters' names.
  return {
    paths,
    format: options.format as FormatName,
    lang,
    date,
    color: options.color,
    csvLines: options.csvLignes === true,
    output: options.output,
    force: options.force === true,
    failOn: options.failOn === 'avertissement' ? 'avertissement' : 'bloquant',
    maxBytes,
    explain: options.explain === true,
    ...editionsFor(options.reglement, lang),
  };
}

async function runCheck(config: CheckConfig): Promise<number> {
  const t = catalogue(config.lang).usage;
  const inputs = collectInputs(config.paths);
  if (!inputs.ok) throw 'missing' in inputs ? missingInput(inputs.missing, config.lang) : new UsageError(t.noMatch(inputs.noMatch));
  if (inputs.files.length === 0 && inputs.unreadable.length === 0 && inputs.skipped.length === 0) throw new UsageError(t.noInput);
  // A file named that is plainly not a dossier (an edition, package.json) gets a note, never a verdict:
  // a pre-commit hook passes every file a commit changes.
  const note = (path: string, kind: NotADossier) => process.stderr.write(`dossier-check: ${t.notADossier(path, kind)}\n`);
  for (const { path, kind } of inputs.skipped) note(path, kind);
  // A file set aside is still one the user named: no report replaces it.
  const named = [...inputs.files, ...inputs.skipped.map(({ path }) => path)];
  if (config.output !== undefined) checkOutput(config.output, named, config.force, t);

  const now = new Date();
  const options: CheckOptions = {
    lang: config.lang,
    date: config.date,
    now,
    reglement: config.reglement,
    editions: config.editions,
    data: installedData,
  };
  const head = buildReport([], config.lang, config.reglement, installedGeography());
  const streamName = config.format === 'csv' && config.csvLines ? 'csv-lignes' : config.format;
  const stream = STREAMS[streamName]?.(head);
  const output = config.output === undefined ? standardOutput() : atomicFile(config.output);
  const kept: DossierReport[] = [];
  const resume = summarize([]);
  let failing = false;
  const take = (dossier: CheckedDossier) => {
    if (stream && dossier.text !== undefined) {
      if (resume.total > 0) output.write(stream.separator);
      output.write(dossier.text);
    } else if (dossier.report) kept.push(dossier.report);
    tally(resume, dossier.amounts);
    failing ||= dossier.verdict !== 'eligible' || (config.failOn === 'avertissement' && dossier.hasWarning);
  };
  // Files recognised by their content (an edition under another name): noted once the progress counter is gone.
  const notDossiers: { path: string; kind: NotADossier }[] = [];
  const takeFile = (path: string, file: CheckedFile) => {
    if (file.notADossier) notDossiers.push({ path, kind: file.notADossier });
    file.dossiers.forEach(take);
  };

  try {
    if (stream) output.write(stream.begin());
    for (const { path, code } of inputs.unreadable) {
      take(toChecked(unreadableFileReport(path, 'dossier-illisible', { erreur: code }, options), stream));
    }
    const progress = progressOn(process.stderr, inputs.files.length, catalogue(config.lang).ui.progress);
    if (inputs.files.length >= MIN_FILES_FOR_WORKERS && threadCount() > 1 && !inputs.files.includes(STDIN)) {
      const setup = {
        reglement: config.reglement === DEFAULT_EDITION ? undefined : config.reglement,
        maxBytes: config.maxBytes,
        lang: config.lang,
        date: config.date,
        now: now.toISOString(),
        stream: stream ? (streamName as WorkerSetup['stream']) : undefined,
      };
      let next = 0;
      await checkInParallel(inputs.files, setup, (file) => {
        takeFile(inputs.files[next++]!, file);
        progress.advance();
      });
    } else {
      for (const file of inputs.files) {
        const read = file === STDIN ? await readStandardInput(process.stdin, config.maxBytes) : readDossierFile(file, config.maxBytes);
        const name = file === STDIN ? STDIN_NAME : file;
        takeFile(name, toCheckedFile(checkInput(read, name, options, config.maxBytes), stream));
        progress.advance();
      }
    }
    progress.done();
    for (const { path, kind } of notDossiers) note(path, kind);
    if (stream) output.write(stream.end(resume));
    else {
      const formatter = FORMATTERS[config.format];
      const style = config.format === 'text' && config.output === undefined ? terminalStyle(config.color, process.stdout) : undefined;
      output.write(formatter({ ...head, dossiers: kept, resume }, { style, explain: config.explain }));
    }
  } catch (error) {
    output.abort();
    throw error;
  }
  output.commit();
  return failing ? EXIT.notEligible : EXIT.ok;
}

/**
 * A report never replaces a dossier it reads (`-o dossier.yaml --force` would
 * have put a report in its place), nor anything but a file; an existing file
 * only with --force.
 */
function checkOutput(output: string, inputs: readonly string[], force: boolean, t: ReturnType<typeof catalogue>['usage']): void {
  // `rapports/` names a folder, existing or not: said now, not after the whole batch is checked.
  if (output.trim() === '') throw new UsageError(t.outputEmpty);
  if (/[\\/]$/.test(output)) throw new UsageError(t.outputFolderName(output));
  let target: Stats;
  try {
    target = statSync(output);
  } catch {
    return;
  }
  if (!target.isFile()) throw new UsageError(t.outputNotAFile(output));
  // The same file under another name, through a link or a hard link, is the same file.
  const same = (input: string) => {
    try {
      const stats = statSync(input);
      return stats.ino === target.ino && stats.dev === target.dev;
    } catch {
      return false;
    }
  };
  if (inputs.some((input) => input !== STDIN && same(input))) throw new UsageError(t.outputIsInput(output));
  if (!force) throw new UsageError(t.outputExists(output));
}

interface ClassifyFlags {
  montant?: string;
  habitants?: string;
  beneficiaires?: string;
  format: string;
  lang: string;
  color: boolean;
  reglement?: string;
}

function runClassify(libelle: string, options: ClassifyFlags): number {
  const lang = isLang(options.lang) ? options.lang : 'fr';
  // The categories, lexicon and clauses are the edition's: an edition file may change them.
  const { reglement } = editionsFor(options.reglement, lang);
  if (options.beneficiaires !== undefined && !reglement.beneficiaires.some(({ id }) => id === options.beneficiaires)) {
    const t = catalogue(lang).cli;
    const said = t.errors.invalidChoice(options.beneficiaires, '-b, --beneficiaires', beneficiaryIds(reglement));
    throw new UsageError(`${said}\n${t.help.hint('dossier-check classify')}`);
  }
  let htCents: number | undefined;
  if (options.montant !== undefined) {
    // --montant is the line's amount before tax: "1 200 € HT" is read, "1 200 € TTC" refused with its reason.
    const amount = parseAmount(options.montant, { basis: 'HT' });
    if (!amount.ok || amount.cents < 0) {
      const reason = amount.ok
        ? undefined
        : catalogue(lang).amounts[amount.error]?.({ detail: amount.detail }, writer(lang, DEFAULT_EDITION));
      throw new UsageError(catalogue(lang).usage.badAmount(options.montant, reason));
    }
    htCents = amount.cents;
  }
  let population: number | undefined;
  if (options.habitants !== undefined) {
    // "3 500" as French writes it, with an ordinary or a narrow no-break space.
    const digits = options.habitants.replace(/[\s\u00a0\u202f]/g, '');
    if (!/^\d{1,9}$/.test(digits)) throw new UsageError(catalogue(lang).usage.badPopulation(options.habitants));
    population = Number(digits);
  }
  const report = explainClassification(libelle, {
    lang,
    htCents,
    beneficiaires: options.beneficiaires,
    population,
    reglement,
    realWords: installedData.realWords,
  });
  process.stdout.write(
    options.format === 'json'
      ? formatClassificationJson(report)
      : formatClassificationText(report, terminalStyle(options.color, process.stdout)),
  );
  return EXIT.ok;
}

function beneficiaryIds(reglement: Reglement): string {
  return reglement.beneficiaires.map(({ id }) => id).join(', ');
}

/**
 * The edition to apply: the built-in one, or the one read from --reglement
 * (which `appel:` may also name); an invalid file is a usage error listing
 * every mistake with its path.
 */
function editionsFor(file: string | undefined, lang: Lang): { reglement: Reglement; editions: ReadonlyMap<string, Reglement> } {
  if (file === undefined) return { reglement: DEFAULT_EDITION, editions: EDITIONS };
  const t = catalogue(lang);
  const read = readDossierFile(file);
  if (!read.ok) throw new PathError(file, 'read', read.error, MAX_INPUT_BYTES);
  const loaded = loadEdition(
    decode(read.bytes).text,
    { builtIns: EDITIONS, ruleIds: ALL_RULES.map((rule) => rule.id), requiredCategories: CLASSIFIER_CATEGORIES },
    lang,
  );
  if (!loaded.ok)
    throw new UsageError([t.edition.invalid(file, loaded.errors.length), ...loaded.errors.map((error) => `  - ${error}`)].join('\n'));
  return { reglement: loaded.reglement, editions: new Map([...EDITIONS, [loaded.reglement.id, loaded.reglement]]) };
}

/** Help and usage errors speak the report's language, chosen before commander parses anything. */
function langFromArgv(argv: readonly string[]): Lang {
  // Every way commander reads it: `--lang en`, `--lang=en`, `-l en`, `-len`; none after `--`.
  const end = argv.indexOf('--');
  const args = end === -1 ? argv : argv.slice(0, end);
  const index = args.findIndex((arg) => arg === '--lang' || arg === '-l' || arg.startsWith('--lang=') || /^-l(?:fr|en)$/.test(arg));
  if (index === -1) return 'fr';
  const arg = args[index]!;
  const value = arg.startsWith('--lang=')
    ? arg.slice('--lang='.length)
    : arg.length > 2 && !arg.startsWith('--')
      ? arg.slice(2)
      : args[index + 1];
  return value !== undefined && isLang(value) ? value : 'fr';
}

/** The commands, for "did you mean" when a path that is not there looks like a mistyped one (`chekc`). */
const COMMAND_NAMES = ['check', 'classify', 'rules', 'schema', 'init', 'help'];

function missingInput(path: string, lang: Lang): Error {
  const error = missingPathError(path);
  if (error.code !== 'ENOENT') return error;
  const t = catalogue(lang);
  // `dossier-check --lang en rules`: options before the command make it a path to check.
  if (COMMAND_NAMES.includes(path)) return new UsageError(`${t.usage.notFound(path)}${t.cli.commandFirst(path)}`);
  const meant = /^[a-z]+$/i.test(path) ? suggest(path, COMMAND_NAMES) : undefined;
  return meant ? new UsageError(`${t.usage.notFound(path)}${t.cli.commandMeant(meant)}`) : error;
}

/** The tool's version, and the vintage of the official geography it checks applicants against. */
function version(lang: Lang): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  const { nom, version: dataVersion, millesime } = installedGeography().source;
  const geography = lang === 'fr' ? `Code officiel géographique ${millesime}` : `INSEE geographic code ${millesime}`;
  return `${pkg.version} (${geography}, ${nom}@${dataVersion})`;
}
