import { seatOf, seatPopulation } from './seat.js';
import { parse as parseYaml } from 'yaml';
import { boundRepeated } from './bound.js';
import { decode, stripBom } from '../parse/decode.js';
import { formatFromName, parseSource, parseSources, type ParsedFile, type ParseResult } from '../parse/documents.js';
import { notADossierByContent, type NotADossier } from '../parse/not-a-dossier.js';
import { commentsInValues } from '../parse/yaml-diagnosis.js';
import type { Dossier } from '../dossier/schema.js';
import { SourceMap } from '../parse/source-map.js';
import { keyReadAs } from '../dossier/keys.js';
import { validateDossier } from '../dossier/validate.js';
import { calendarDateIn, dayIn, parseCalendarDate } from '../dates.js';
import type { Lang } from '../vocabulary.js';
import { DEFAULT_EDITION, EDITIONS } from '../reglement/index.js';
import type { Reglement } from '../reglement/types.js';
import { attachmentOf, takesCommunePopulation } from '../reglement/applicant.js';
import type { DossierReport, LineReport, Problem, Verdict } from '../report/types.js';
import { summarizeEdition } from '../report/build.js';
import { evaluateExpenseLines, type ExpenseLine } from '../rules/expense-lines.js';
import { blocking, warning, type Finding, type Params, type Position } from '../vocabulary.js';
import { computeGrant } from '../rules/grant.js';
import { computeFinancingPlan } from '../rules/financing.js';
import { documentedCriteria } from '../rules/criteria.js';
import { AFTER_VERDICT_RULES, RULES, type ProblemCode } from '../rules/index.js';
import type { Geography } from '../territoire/geography.js';
import type { RuleContext } from '../rules/types.js';

/**
 * The reference data a check reads, given by the caller: the engine opens no
 * file. The CLI loads them from the package's generated/ folder
 * (src/cli/checker-data.ts); a web page or another program passes its own.
 */
/**
 * Larger inputs are refused before being read whole: no dossier comes near this.
 * The CLI's default (--taille-max changes it) and the page's bound on a file.
 */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

export interface CheckerData {
  /** The official geography, e.g. `new GeneratedGeography(read)` over the files of generated/territoire/. */
  geography: Geography;
  /** Real French words one letter away from the lexicon's, never "corrected" (generated/classify/real-words.json). */
  realWords: ReadonlySet<string>;
}

export interface CheckOptions {
  /**
   * Not read by the check: a report holds codes and values, in no language
   * (formatters write them, in the Report's language). Kept so that callers
   * that set it still compile.
   * @deprecated
   */
  lang?: Lang;
  /**
   * The submission date to check when the dossier gives none (--date): a day
   * (YYYY-MM-DD, DD/MM/YYYY) or an instant, read in the zone of the edition applied.
   */
  date?: string;
  /** The present instant, whose date in the zone of the edition applied is used when there is no other. */
  now?: Date;
  /** The edition to apply when the dossier does not name one. */
  reglement?: Reglement;
  /** The editions a dossier may name with `appel:`; by default the built-in ones. */
  editions?: ReadonlyMap<string, Reglement>;
  /** The geography and the real words: required, the engine reads no file to find them. */
  data: CheckerData;
}

export interface Located extends Finding {
  regle: string;
  /** Where the finding points when no field does (a byte of the file). */
  position?: Position;
}

/**
 * Checks one dossier: decode → parse → validate → rules → report, with no
 * file access and no colour. The clock is read only for a dossier with no
 * submission date checked without `options.date` nor `options.now`. The
 * text must hold exactly one dossier.
 */
export function checkDossier(input: string | Uint8Array, fichier: string, options: CheckOptions): DossierReport {
  const { text, findings } = readText(input, fichier);
  return checkParsed(parseSource(text, formatFromName(fichier)), fichier, findings, options);
}

/**
 * Checks every dossier of a file: one, or one per `---` document or element
 * of a top-level list, each reported as `file#n` (n from 1).
 */
export function checkDossiers(input: string | Uint8Array, fichier: string, options: CheckOptions): DossierReport[] {
  const { text, findings } = readText(input, fichier);
  const parsed = parseSources(text, formatFromName(fichier), { several: true });
  return reportsOf(parsed, fichier, findings, options);
}

function reportsOf(parsed: ParsedFile, fichier: string, findings: Located[], options: CheckOptions): DossierReport[] {
  if (!parsed.several) return [checkParsed(parsed.documents[0]!, fichier, findings, options)];
  // A finding at a line of the file goes to the dossier that holds that line; the others to every dossier.
  const starts = parsed.documents.map((document) => (document.ok ? document.start?.ligne : document.position?.ligne));
  const owner = (finding: Located) => {
    if (!finding.position) return undefined;
    let found: number | undefined;
    starts.forEach((start, index) => {
      if (start !== undefined && start <= finding.position!.ligne) found = index;
    });
    return found;
  };
  return parsed.documents.map((document, index) => ({
    ...checkParsed(
      document,
      `${fichier}#${index + 1}`,
      findings.filter((finding) => [undefined, index].includes(owner(finding))),
      options,
      document.ok ? document.start : undefined,
    ),
    document: { fichier, numero: index + 1 },
  }));
}

/** What a file holds: its dossiers, or what it plainly is instead (an edition of the call, a JSON Schema). */
export type FileCheck = { dossiers: DossierReport[] } | { notADossier: NotADossier };

/**
 * Like checkDossiers, for a file that may not be a dossier at all: an
 * edition or a JSON Schema, recognised by the keys at its top level, gets no
 * verdict. (The name is for the caller to judge, before reading the file.)
 */
export function checkFile(input: string | Uint8Array, fichier: string, options: CheckOptions): FileCheck {
  const { text, findings } = readText(input, fichier);
  const parsed = parseSources(text, formatFromName(fichier), { several: true });
  const first = parsed.documents[0]!;
  // An edition is recognised as the edition loader reads it: numbers as numbers (JSON is YAML).
  const readPlain = () => {
    try {
      return parseYaml(text, { maxAliasCount: 100 });
    } catch {
      return undefined;
    }
  };
  const notADossier = !parsed.several && first.ok ? notADossierByContent(first.tree, readPlain) : undefined;
  return notADossier ? { notADossier } : { dossiers: reportsOf(parsed, fichier, findings, options) };
}

/**
 * The text of the input, with a warning when it had to be converted to
 * UTF-8, or one at each sequence of bytes of a UTF-8 file that is not UTF-8.
 */
function readText(input: string | Uint8Array, fichier: string): { text: string; findings: Located[] } {
  const { text, findings } = decodeText(input);
  if (formatFromName(fichier) === 'json') return { text, findings };
  // Values YAML cuts short at a "#" without a word (`titre: Licence n° #3`).
  const comments: Located[] = commentsInValues(text).map(({ ligne, colonne, ...params }) => ({
    ...warning('commentaire-dans-valeur', '', params),
    regle: 'dossier-lecture',
    position: { ligne, colonne },
  }));
  const bounded = boundRepeated(comments, (first, nombre) => ({
    ...warning('commentaires-dans-valeurs-nombreux', '', { nombre }),
    regle: first.regle,
  }));
  return { text, findings: [...findings, ...bounded] };
}

function decodeText(input: string | Uint8Array): { text: string; findings: Located[] } {
  if (typeof input === 'string') return { text: stripBom(input), findings: [] };
  const decoded = decode(input);
  if (decoded.encoding !== 'utf-8')
    return {
      text: stripBom(decoded.text),
      findings: [{ ...warning('encodage-converti', '', { encodage: decoded.encoding }), regle: 'dossier-lecture' }],
    };
  const strays: Located[] = decoded.invalid.map(({ ligne, colonne, octets, caractere }) => ({
    ...warning('octet-non-utf8', '', { octets, caractere }),
    regle: 'dossier-lecture',
    position: { ligne, colonne },
  }));
  const findings = boundRepeated(strays, (first, nombre) => ({
    ...warning('octets-non-utf8-nombreux', '', { nombre }),
    regle: first.regle,
  }));
  return { text: stripBom(decoded.text), findings };
}

/** Problems about a key, not its value: the value may still be used. */
const ABOUT_KEYS: readonly ProblemCode[] = ['cle-inconnue', 'cle-corrigee'];

/** A dossier lists a few dozen expenses; thousands are an export gone wrong, checked in minutes for nothing. */
const MAX_EXPENSE_LINES = 1_000;

/**
 * `start`: where a dossier that shares its file with others begins, for its problems about the whole dossier.
 * Exported for the export reader (export.ts), which builds the parse result from a spreadsheet's row.
 */
export function checkParsed(
  parsed: ParseResult,
  fichier: string,
  findings: Located[],
  options: CheckOptions,
  start?: Position,
): DossierReport {
  let reglement = options.reglement ?? DEFAULT_EDITION;
  if (!parsed.ok) {
    const problems = [{ ...parsed.finding, regle: 'dossier-lecture' }, ...findings];
    return assemble({ fichier, reglement, dossier: {}, sourceMap: new SourceMap(), findings: problems, fallback: parsed.position });
  }
  // Counted before the validator reads `Dépenses:` as `depenses:`: the bound holds whatever the spelling.
  const expensesKey = keyReadAs(parsed.tree, 'depenses');
  const expenses = expensesKey === undefined ? undefined : parsed.tree[expensesKey];
  const lineCount = Array.isArray(expenses) ? expenses.length : 0;
  if (lineCount > MAX_EXPENSE_LINES) {
    if (expensesKey !== undefined && expensesKey !== 'depenses') parsed.sourceMap.rename('depenses', expensesKey);
    const tooMany = {
      ...blocking('illisible', 'trop-de-depenses', 'depenses', { nombre: lineCount, max: MAX_EXPENSE_LINES }),
      regle: 'dossier-lecture',
    };
    return assemble({ fichier, reglement, dossier: {}, sourceMap: parsed.sourceMap, findings: [tooMany, ...findings] });
  }

  const validation = validateDossier(parsed.tree);
  const dossier = validation.dossier;
  for (const finding of validation.findings) findings.push({ ...finding, regle: 'dossier-format' });
  // Rules name fields as read; their positions were recorded under the keys as written.
  for (const { path, written } of validation.renamed) parsed.sourceMap.rename(path, written);

  if (dossier.appel !== undefined && dossier.appel !== reglement.id) {
    const editions = options.editions ?? EDITIONS;
    const named = editions.get(dossier.appel);
    if (named) reglement = named;
    else {
      const params = { valeur: dossier.appel, applique: reglement.id, valeurs: [...editions.keys()].join(', ') };
      findings.push({ ...blocking('a-completer', 'appel-inconnu', 'appel', params), regle: 'dossier-format' });
    }
  }

  const { geography, realWords } = options.data;
  const seat = seatOf(dossier.porteur?.code_insee, geography);
  // Legal obligations of communes depend on their population (3 500 inhabitants for planning applications).
  const communeType = takesCommunePopulation(attachmentOf(reglement, dossier.porteur?.type));
  const population = communeType ? seatPopulation(seat) : undefined;
  const lines = evaluateExpenseLines(dossier, reglement, realWords, { population });
  // A field whose value was already reported as unusable (or that sits in a section reported
  // as unusable) is not reported again as missing: `depot: 2022-07-21` is one mistake, not a late filing.
  const unusable = findings.filter((finding) => !ABOUT_KEYS.includes(finding.code as ProblemCode)).map((finding) => finding.chemin);
  // A set and a walk up the path: comparing every finding with every reported path was quadratic.
  const unusablePaths = new Set(unusable);
  const alreadyReported = (path: string) => {
    for (let current = path; ; current = current.slice(0, current.lastIndexOf('.'))) {
      if (unusablePaths.has(current)) return true;
      if (!current.includes('.')) return false;
    }
  };
  // A field reported unusable, or one under it (`financement.autres_aides.0.montant`): the plan does not know it.
  const unusableAt = (path: string) => alreadyReported(path) || unusable.some((reported) => reported.startsWith(`${path}.`));
  const context: RuleContext = {
    geography,
    seat,
    reglement,
    referenceDate: referenceDate(dossier, options, reglement),
    lines,
    grant: computeGrant(lines, reglement),
    financing: computeFinancingPlan(dossier, lines, reglement, unusableAt),
  };
  for (const rule of RULES) {
    for (const finding of rule.check(dossier, context)) {
      if (!alreadyReported(finding.chemin)) findings.push({ ...finding, regle: rule.id });
    }
  }
  // Advice reads the verdict the findings so far lead to; being advice, it leaves that verdict as it is.
  const verdict = verdictOf(findings);
  for (const rule of AFTER_VERDICT_RULES) {
    for (const finding of rule.check(dossier, { ...context, verdict })) {
      if (!alreadyReported(finding.chemin)) findings.push({ ...finding, regle: rule.id });
    }
  }
  const bounded = boundRepeated(findings, countedRepetitions);
  const report = assemble({ fichier, reglement, dossier, sourceMap: parsed.sourceMap, findings: bounded, context, fallback: start });
  // The deadline rule's findings about an unusable depot.date were dropped above: the date shown is not a checked one.
  if (report.referenceDate && alreadyReported('depot.date')) report.referenceDate = { ...report.referenceDate, unusable: true };
  // Named by `appel:`, another edition than the run's: the report carries its clauses.
  return reglement === (options.reglement ?? DEFAULT_EDITION) ? report : { ...report, edition: summarizeEdition(reglement) };
}

/** One problem for the repetitions of a kind past the first examples, as grave as they are. */
function countedRepetitions(first: Located, nombre: number, list: string): Located {
  const { code, chemin, gravite, effet, regle } = first;
  return {
    code: 'problemes-similaires-nombreux',
    chemin: list,
    gravite,
    ...(effet ? { effet } : {}),
    regle,
    params: { nombre, code, exemple: chemin },
  };
}

/** The report of a file that could not even be read (missing, unreadable, too large). */
export function unreadableFileReport(
  fichier: string,
  code: string,
  params: Params,
  options: Pick<CheckOptions, 'lang' | 'reglement'> = {},
): DossierReport {
  const finding = { ...blocking('illisible', code, '', params), regle: 'dossier-lecture' };
  return assemble({
    fichier,
    reglement: options.reglement ?? DEFAULT_EDITION,
    dossier: {},
    sourceMap: new SourceMap(),
    findings: [finding],
  });
}

/**
 * The report of a file read only in part (a spreadsheet export whose sheet
 * or column is not found): its findings, no dossier. `sourceMap` orders them
 * (a workbook's sheets, rankSheets).
 */
export function fileFindingsReport(
  fichier: string,
  findings: Located[],
  options: Pick<CheckOptions, 'reglement'> = {},
  sourceMap = new SourceMap(),
): DossierReport {
  return assemble({ fichier, reglement: options.reglement ?? DEFAULT_EDITION, dossier: {}, sourceMap, findings });
}

/** Every date is read in the time zone of the edition applied to the dossier, whatever the run's default. */
function referenceDate(dossier: Dossier, options: CheckOptions, reglement: Reglement): RuleContext['referenceDate'] {
  const zone = reglement.dateLimite.fuseau;
  if (dossier.depot?.date) return { date: dayIn(dossier.depot.date, zone), source: 'depot' };
  if (options.date) {
    const given = parseCalendarDate(options.date, zone);
    return { date: given.ok ? given.date : options.date, source: 'option' };
  }
  return { date: calendarDateIn(options.now ?? new Date(), zone), source: 'aujourdhui' };
}

interface Assembly {
  fichier: string;
  reglement: Reglement;
  dossier: Dossier;
  sourceMap: SourceMap;
  findings: Located[];
  context?: RuleContext;
  /** Where to point problems about the whole file (a parse error's position). */
  fallback?: { ligne: number; colonne: number };
}

const GRAVITY_ORDER = { bloquant: 0, avertissement: 1, info: 2 } as const;

function assemble({ fichier, reglement, dossier, sourceMap, findings, context, fallback }: Assembly): DossierReport {
  const verdict = verdictOf(findings);
  const problems: Problem[] = findings.map((finding) => {
    const position = finding.position ?? sourceMap.locate(finding.chemin, finding.pointsAt) ?? fallback;
    return {
      gravite: finding.gravite,
      // Declared by its rule: checked when compiled for the call's rules (defineRule), by test/rules/metadata.test.ts
      // for those parse/ and dossier/ report in the name of dossier-lecture and dossier-format.
      code: finding.code as ProblemCode,
      chemin: finding.chemin,
      params: finding.params ?? {},
      ...(position ? { position } : {}),
      regle: finding.regle,
      clause: finding.clause ?? reglement.regles[finding.regle]?.clause,
      ...(finding.effet ? { effet: finding.effet } : {}),
    };
  });
  // By sheet first (the workbook's order), then line and column: two sheets of an export never interleave.
  problems.sort((a, b) => GRAVITY_ORDER[a.gravite] - GRAVITY_ORDER[b.gravite] || sourceMap.compare(a.position, b.position));

  const grant = context?.grant;
  return {
    fichier,
    verdict,
    porteur: {
      nom: dossier.porteur?.nom,
      type: dossier.porteur?.type,
      siren: dossier.porteur?.siren,
      code_insee: dossier.porteur?.code_insee,
    },
    projet: { titre: dossier.projet?.titre, axes: (dossier.projet?.axes ?? []).filter((axis): axis is string => axis !== undefined) },
    ...(context ? { referenceDate: context.referenceDate } : {}),
    ...(grant
      ? {
          aide: {
            ...grant,
            ...(dossier.financement?.aide_sollicitee !== undefined ? { requestedCents: dossier.financement.aide_sollicitee } : {}),
          },
        }
      : {}),
    ...(context ? { financement: context.financing } : {}),
    depenses: (context?.lines ?? []).map((line) => lineReport(line, sourceMap)),
    problemes: problems,
    ...(context ? { criteres: documentedCriteria(dossier, reglement) } : {}),
  };
}

function lineReport(line: ExpenseLine, sourceMap: SourceMap): LineReport {
  const position = sourceMap.locate(`depenses.${line.index}`);
  return {
    index: line.index,
    libelle: line.libelle,
    ...(line.htCents !== undefined ? { htCents: line.htCents } : {}),
    amountSource: line.amountSource,
    ...(line.category ? { categorie: line.category.id } : {}),
    ...(!line.category && line.input.categorie !== undefined ? { categorieInconnue: line.input.categorie } : {}),
    statut: line.status,
    origine: line.origin,
    motif: line.reason,
    clause: line.clause,
    ...(line.classification ? { confiance: line.classification.confidence, mots: line.classification.words } : {}),
    ...(position ? { position } : {}),
  };
}

/** The verdict follows from the problems: the most serious effect wins. */
function verdictOf(findings: readonly Finding[]): Verdict {
  const effects = new Set(findings.map((finding) => finding.effet));
  if (effects.has('illisible')) return 'illisible';
  if (effects.has('ineligible')) return 'ineligible';
  if (effects.has('a-completer')) return 'a-completer';
  return 'eligible';
}
