import { readFileSync, statSync, type Stats } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { unreadableFileReport, type CheckOptions } from '../engine/check.js';
import { explainClassification } from '../engine/classify.js';
import { formatClassificationJson, formatClassificationText } from '../format/classification.js';
import { parseAmount } from '../money/amount.js';
import { dossierJsonSchema } from '../dossier/json-schema.js';
import { FORMATTERS, STREAMS, type FormatName } from '../format/index.js';
import { atomicFile, standardOutput } from './files.js';
import { readDate } from '../dates.js';
import { catalogue, isLang, LANGS, writer, type Lang } from '../i18n/index.js';
import { DEFAULT_EDITION, EDITIONS, type Reglement } from '../reglement/index.js';
import { loadEdition } from '../reglement/load.js';
import { ALL_RULES } from '../rules/index.js';
import { CLASSIFIER_CATEGORIES } from '../classify/classify.js';
import { decode } from '../dossier/decode.js';
import { buildReport, summarize, tally } from '../report/build.js';
import { buildRulesReport } from '../report/rules.js';
import { formatRulesJson, formatRulesText } from '../format/rules.js';
import { officialGeography } from '../territoire/geography.js';
import type { DossierReport } from '../report/types.js';
import { collectInputs, STDIN } from './inputs.js';
import { progressOn } from './progress.js';
import { MAX_INPUT_BYTES, readDossierFile, readStandardInput } from './read.js';
import { checkInput, toChecked, type CheckedDossier } from './check-file.js';
import { checkInParallel, MIN_FILES_FOR_WORKERS, threadCount, type WorkerSetup } from './pool.js';
import { terminalStyle } from './style.js';

/** The exit-code promise of shared/spec/report.md. */
export const EXIT = { ok: 0, notEligible: 1, usage: 2 } as const;

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

class UsageError extends Error {}

export async function main(argv: string[]): Promise<number> {
  const lang = langFromArgv(argv);
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // The reader went away (`| head`): there is no one left to tell anything.
    if (error.code === 'EPIPE') process.exit(EXIT.ok);
    process.stderr.write(`dossier-check: ${catalogue(lang).usage.internalError}\n`);
    process.exit(EXIT.usage);
  });
  try {
    return await run(argv, lang);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`dossier-check: ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    process.stderr.write(`dossier-check: ${catalogue(lang).usage.internalError}\n`);
    if (process.env.DOSSIER_CHECK_DEBUG) process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
    return EXIT.usage;
  }
}

async function run(argv: string[], lang: Lang): Promise<number> {
  const fr = lang === 'fr';
  let exitCode: number = EXIT.ok;
  const program = new Command('dossier-check')
    .description(
      fr
        ? 'Vérifie les dossiers de candidature à l’appel à partenariat Loire Connect 2022 (Département de la Loire).'
        : 'Checks applications to the Loire Connect 2022 call for partnership (Département de la Loire).',
    )
    .version(version(), '-V, --version', fr ? 'affiche la version' : 'print the version')
    .helpOption('-h, --help', fr ? 'affiche l’aide' : 'print this help')
    .helpCommand(false)
    .exitOverride()
    .configureOutput({ outputError: (message, write) => write(translateCommanderError(message, lang)) });

  program
    .command('check', { isDefault: true })
    .description(
      fr
        ? 'vérifie des dossiers (fichiers .yaml, .yml, .json, ou dossiers qui en contiennent)'
        : 'check dossiers (.yaml, .yml, .json files, or folders holding them)',
    )
    .argument('[chemins...]', fr ? 'fichiers ou dossiers à vérifier' : 'files or folders to check')
    .addOption(
      new Option('-f, --format <format>', fr ? 'format du rapport' : 'report format').choices(Object.keys(FORMATTERS)).default('text'),
    )
    .addOption(new Option('-l, --lang <langue>', fr ? 'langue du rapport' : 'report language').choices(LANGS).default('fr'))
    .option(
      '-d, --date <AAAA-MM-JJ>',
      fr
        ? 'date de dépôt à vérifier quand le dossier n’en donne pas (défaut : aujourd’hui)'
        : 'submission date to check when the dossier gives none (default: today)',
    )
    .option('--csv-lignes', fr ? 'avec --format csv : une ligne par dépense' : 'with --format csv: one row per expense line')
    .option('-o, --output <fichier>', fr ? 'écrit le rapport dans un fichier (en une fois)' : 'write the report to a file (all at once)')
    .option('--force', fr ? 'remplace le fichier de --output s’il existe' : 'replace the --output file if it exists')
    .addOption(
      new Option('--fail-on <gravite>', fr ? 'gravité qui fait échouer (code 1)' : 'gravity that fails (exit 1)')
        .choices(['bloquant', 'avertissement'])
        .default('bloquant'),
    )
    .option(
      '--reglement <fichier>',
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
      '--taille-max <Mio>',
      fr ? 'taille au-delà de laquelle un fichier n’est pas lu (défaut : 10)' : 'size past which a file is not read (default: 10)',
    )
    .option('--no-color', fr ? 'sans couleurs' : 'no colours')
    .helpOption('-h, --help', fr ? 'affiche l’aide' : 'print this help')
    .action(async (paths: string[], options: CheckFlags) => {
      exitCode = await runCheck(toConfig(paths, options));
    });

  program
    .command('classify')
    .description(fr ? 'classe un libellé de dépense et dit pourquoi' : 'classify an expense label and say why')
    .argument('<libelle>', fr ? 'le libellé, entre guillemets' : 'the label, in quotes')
    .option('-m, --montant <montant>', fr ? 'montant HT de la ligne' : 'HT amount of the line')
    .option(
      '--habitants <nombre>',
      fr
        ? 'population de la commune qui dépose : décide des obligations légales à seuil'
        : 'population of the applicant commune: decides legal obligations with a threshold',
    )
    .addOption(
      new Option('-b, --beneficiaires <qui>', fr ? 'bénéficiaires de la ligne' : 'who the line is for').choices([
        'usagers',
        'agents',
        'ecoles',
      ]),
    )
    .addOption(new Option('-f, --format <format>', fr ? 'format de la réponse' : 'answer format').choices(['text', 'json']).default('text'))
    .addOption(new Option('-l, --lang <langue>', fr ? 'langue de la réponse' : 'answer language').choices(['fr', 'en']).default('fr'))
    .option(
      '--reglement <fichier>',
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
    .addOption(new Option('-l, --lang <langue>', fr ? 'langue' : 'language').choices(LANGS).default('fr'))
    .option(
      '--reglement <fichier>',
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
      '--reglement <fichier>',
      fr
        ? 'applique une autre édition de l’appel, décrite dans un fichier YAML (voir examples/reglements/)'
        : 'apply another edition of the call, described in a YAML file (see examples/reglements/)',
    )
    .action((options: { reglement?: string }) => {
      const { reglement } = editionsFor(options.reglement, lang);
      process.stdout.write(`${JSON.stringify(dossierJsonSchema(reglement), null, 2)}\n`);
    });

  program
    .command('init')
    .description(
      fr ? 'crée un dossier en répondant à des questions, puis le vérifie' : 'build a dossier by answering questions, then check it',
    )
    .argument('[fichier]', fr ? 'fichier à écrire' : 'file to write', 'dossier.yaml')
    .addOption(new Option('-l, --lang <langue>', fr ? 'langue des questions' : 'language of the questions').choices(LANGS).default('fr'))
    .option(
      '--from <fichier>',
      fr ? 'complète un dossier existant : ne demande que ce qui manque' : 'complete an existing dossier: ask only what is missing',
    )
    .option('--no-color', fr ? 'sans couleurs' : 'no colours')
    .action(async (file: string, options: { lang: string; color: boolean; from?: string }) => {
      // Loaded only here: the prompts library is not needed to check a dossier.
      const { runInit } = await import('./init.js');
      exitCode = await runInit(file, { lang: isLang(options.lang) ? options.lang : 'fr', color: options.color, from: options.from });
    });

  await program.parseAsync(argv);
  return exitCode;
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
  if (!inputs.ok) throw new UsageError('missing' in inputs ? t.notFound(inputs.missing) : t.noMatch(inputs.noMatch));
  if (inputs.files.length === 0 && inputs.unreadable.length === 0) throw new UsageError(t.noInput);
  if (config.output !== undefined) checkOutput(config.output, inputs.files, config.force, t);

  const now = new Date();
  const options: CheckOptions = { lang: config.lang, date: config.date, now, reglement: config.reglement, editions: config.editions };
  const head = buildReport([], config.lang, config.reglement, officialGeography());
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
      await checkInParallel(inputs.files, setup, (dossiers) => {
        dossiers.forEach(take);
        progress.advance();
      });
    } else {
      for (const file of inputs.files) {
        const read = file === STDIN ? await readStandardInput(process.stdin, config.maxBytes) : readDossierFile(file, config.maxBytes);
        for (const report of checkInput(read, file === STDIN ? STDIN_NAME : file, options, config.maxBytes))
          take(toChecked(report, stream));
        progress.advance();
      }
    }
    progress.done();
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
  const report = explainClassification(libelle, { lang, htCents, beneficiaires: options.beneficiaires, population, reglement });
  process.stdout.write(
    options.format === 'json'
      ? formatClassificationJson(report)
      : formatClassificationText(report, terminalStyle(options.color, process.stdout)),
  );
  return EXIT.ok;
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
  if (!read.ok) throw new UsageError(t.usage.notFound(file));
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
  const index = argv.findIndex((arg) => arg === '--lang' || arg === '-l' || arg.startsWith('--lang='));
  const value = index === -1 ? undefined : argv[index]!.includes('=') ? argv[index]!.split('=')[1] : argv[index + 1];
  return value !== undefined && isLang(value) ? value : 'fr';
}

function translateCommanderError(message: string, lang: Lang): string {
  if (lang === 'en') return message;
  const rules: [RegExp, string][] = [
    [/^error: unknown option '(.*)'/, 'erreur : option inconnue « $1 »'],
    [/^error: option '(.*)' argument missing/, 'erreur : l’option « $1 » attend une valeur'],
    [/^error: too many arguments/, 'erreur : trop d’arguments'],
    [/^error: unknown command '(.*)'/, 'erreur : commande inconnue « $1 »'],
    [
      /^error: option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\./,
      'erreur : valeur « $2 » invalide pour l’option « $1 ». Valeurs possibles : $3.',
    ],
  ];
  for (const [pattern, replacement] of rules) {
    if (pattern.test(message)) return `${message.replace(pattern, replacement).split('\n')[0]}\n(dossier-check --help pour l’aide)\n`;
  }
  return message;
}

/** The tool's version, and the vintage of the official geography it checks applicants against. */
function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  const { nom, version: dataVersion, millesime } = officialGeography().source;
  return `${pkg.version} (Code officiel géographique ${millesime}, ${nom}@${dataVersion})`;
}
