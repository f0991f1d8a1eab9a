import { readDate } from '../dates.js';
import type { ReportFormat } from '../format/index.js';
import { catalogue, isLang, writer, type Lang } from '../i18n/index.js';
import { parseAmount } from '../money/amount.js';
import { readVatRate } from '../money/vat.js';
import { DEFAULT_EDITION, type Reglement } from '../reglement/index.js';
import { acceptedVatHundredths } from '../rules/expense-lines.js';
import type { Correspondance } from '../tableur/correspondance.js';
import { CommandLineError, UsageError } from './errors.js';
import { MAX_INPUT_BYTES } from './read.js';

/**
 * What each command is asked to do, as plain data: commander's parsed options
 * and arguments in, a typed configuration out, every mistake a UsageError in
 * the user's language. Nothing here reads a file or writes anything; the
 * edition named by --reglement is read by the loader given (editions.ts).
 */

/** The edition applied, built in or read with --reglement, and those `appel:` may name. */
export interface Editions {
  reglement: Reglement;
  editions: ReadonlyMap<string, Reglement>;
}

/** Reads the edition file named by --reglement (none: the built-in ones); an invalid file is a UsageError. */
export type EditionLoader = (file: string | undefined, lang: Lang) => Editions;

/** Reads the correspondence file named by --colonnes, for the edition applied; an invalid file is a UsageError. */
export type CorrespondanceLoader = (file: string, reglement: Reglement, lang: Lang) => Correspondance;

export interface CheckConfig extends Editions {
  paths: string[];
  format: ReportFormat;
  lang: Lang;
  date?: string;
  color: boolean;
  /** With csv: one row per expense line instead of one per dossier. */
  csvLines: boolean;
  /** With csv: one row per problem instead of one per dossier. */
  csvProblems: boolean;
  /** How spreadsheet exports are read (--colonnes), and the file it was read from. */
  correspondance?: Correspondance;
  colonnesFile?: string;
  output?: string;
  /** Replace an existing --output file. */
  force: boolean;
  /** The least serious problem that makes the exit code 1. */
  failOn: 'bloquant' | 'avertissement';
  /** Larger inputs are refused unread. */
  maxBytes: number;
  explain: boolean;
}

/** `check`'s options as commander parses them. */
export interface CheckFlags {
  format: string;
  lang: string;
  date?: string;
  color: boolean;
  csvLignes?: boolean;
  csvProblemes?: boolean;
  colonnes?: string;
  output?: string;
  force?: boolean;
  failOn: string;
  tailleMax?: string;
  explain?: boolean;
  reglement?: string;
}

/** The language asked for; commander has checked it against the choices. */
function langOf(value: string | undefined): Lang {
  return value !== undefined && isLang(value) ? value : 'fr';
}

/** Options to a checked configuration; every mistake is a usage error. */
export function checkConfig(
  paths: string[],
  options: CheckFlags,
  loadEditions: EditionLoader,
  loadCorrespondance?: CorrespondanceLoader,
): CheckConfig {
  const lang = langOf(options.lang);
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
  if (options.csvLignes === true && options.csvProblemes === true) throw new UsageError(catalogue(lang).cli.exports.csvTablesTogether);
  const editions = loadEditions(options.reglement, lang);
  // Read once for the run, after the edition: its closed lists are the edition's.
  let correspondance: Correspondance | undefined;
  if (options.colonnes !== undefined) {
    if (!loadCorrespondance) throw new Error('checkConfig: --colonnes needs a correspondence loader');
    correspondance = loadCorrespondance(options.colonnes, editions.reglement, lang);
  }
  // commander has already checked --format against the formatters' names.
  return {
    paths,
    format: options.format as ReportFormat,
    lang,
    date,
    color: options.color,
    csvLines: options.csvLignes === true,
    csvProblems: options.csvProblemes === true,
    ...(correspondance ? { correspondance, colonnesFile: options.colonnes } : {}),
    output: options.output,
    force: options.force === true,
    failOn: options.failOn === 'avertissement' ? 'avertissement' : 'bloquant',
    maxBytes,
    explain: options.explain === true,
    ...editions,
  };
}

export interface ClassifyConfig {
  label: string;
  lang: Lang;
  htCents?: number;
  /** The line's VAT rate in percent (--taux-tva), one the edition lists. */
  tauxTva?: number;
  beneficiaires?: string;
  /** Given with --habitants or --population, and which one. */
  population?: { habitants: number; option: string };
  /** Given with --insee, as typed: read in the official geography by runClassify. */
  insee?: string;
  format: 'text' | 'json';
  color: boolean;
  /** The categories, lexicon and clauses are the edition's: an edition file may change them. */
  reglement: Reglement;
}

/** `classify`'s options as commander parses them. */
export interface ClassifyFlags {
  montant?: string;
  tauxTva?: string;
  habitants?: string;
  population?: string;
  insee?: string;
  beneficiaires?: string;
  format: string;
  lang: string;
  color: boolean;
  reglement?: string;
}

export function classifyConfig(label: string, options: ClassifyFlags, loadEditions: EditionLoader): ClassifyConfig {
  const lang = langOf(options.lang);
  const { reglement } = loadEditions(options.reglement, lang);
  // The values are the edition's: checked here, once --reglement is read, not by commander.
  if (options.beneficiaires !== undefined && !reglement.beneficiaires.some(({ id }) => id === options.beneficiaires)) {
    // Said as commander's own refusals are (commander-i18n.ts), with the option as the help names it.
    const said = catalogue(lang).cli.errors.invalidChoice(
      options.beneficiaires,
      `-b, --beneficiaires <${catalogue(lang).cli.values.who}>`,
      beneficiaryIds(reglement),
    );
    throw new CommandLineError(said, 'dossier-check classify', lang);
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
  let tauxTva: number | undefined;
  if (options.tauxTva !== undefined) {
    // Read as a dossier line's taux_tva ("5,5 %"); only a rate the edition lists computes money (0.2 or 55 would look right and be wrong).
    const read = readVatRate(options.tauxTva);
    const rate = read.ok ? read.rate : undefined;
    if (rate === undefined || acceptedVatHundredths(rate, reglement) === undefined) {
      throw new UsageError(catalogue(lang).usage.badVat(options.tauxTva, reglement.tauxTvaPourcent));
    }
    tauxTva = rate;
  }
  // Each gives the population: one only, or the answer would hide which was used.
  const given = (
    [
      ['--insee', options.insee],
      ['--habitants', options.habitants],
      ['--population', options.population],
    ] as const
  ).filter(([, value]) => value !== undefined);
  if (given.length > 1) throw new UsageError(catalogue(lang).usage.populationTwice(given[0]![0], given[1]![0]));
  let population: ClassifyConfig['population'];
  const [option, typed] = given[0] ?? [];
  if (option !== undefined && option !== '--insee' && typed !== undefined) {
    // "3 500" as French writes it, with an ordinary or a narrow no-break space; a commune has at least one inhabitant.
    const digits = typed.replace(/[\s\u00a0\u202f]/g, '');
    if (!/^\d{1,9}$/.test(digits) || Number(digits) < 1) throw new UsageError(catalogue(lang).usage.badPopulation(typed, option));
    population = { habitants: Number(digits), option };
  }
  return {
    label,
    lang,
    htCents,
    ...(tauxTva === undefined ? {} : { tauxTva }),
    beneficiaires: options.beneficiaires,
    population,
    insee: options.insee,
    format: options.format === 'json' ? 'json' : 'text',
    color: options.color,
    reglement,
  };
}

/** `rules` and `schema`: an edition, a language, a format. */
export interface ListingConfig {
  lang: Lang;
  format: 'text' | 'json';
  color: boolean;
  reglement: Reglement;
}

export function listingConfig(
  options: { lang: string; format?: string; color?: boolean; reglement?: string },
  loadEditions: EditionLoader,
): ListingConfig {
  const lang = langOf(options.lang);
  return {
    lang,
    format: options.format === 'json' ? 'json' : 'text',
    color: options.color !== false,
    reglement: loadEditions(options.reglement, lang).reglement,
  };
}

export interface InitConfig extends Editions {
  file: string;
  lang: Lang;
  color: boolean;
  from?: string;
  /** Whether the file to write was named on the command line (else it is the default). */
  fileGiven?: boolean;
  /** The edition file given with --reglement, named in the header of the dossier written. */
  reglementFile?: string;
}

export function initConfig(
  file: string,
  options: { lang: string; color: boolean; from?: string; reglement?: string; fileGiven?: boolean },
  loadEditions: EditionLoader,
): InitConfig {
  const lang = langOf(options.lang);
  return {
    file,
    lang,
    color: options.color,
    from: options.from,
    fileGiven: options.fileGiven,
    ...loadEditions(options.reglement, lang),
    reglementFile: options.reglement,
  };
}

/** The values `depenses[].beneficiaires` takes in an edition, as help and refusals list them. */
export function beneficiaryIds(reglement: Reglement): string {
  return reglement.beneficiaires.map(({ id }) => id).join(', ');
}

/** Help and usage errors speak the report's language, chosen before commander parses anything. */
export function langFromArgv(argv: readonly string[]): Lang {
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
