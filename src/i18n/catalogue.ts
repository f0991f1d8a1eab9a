import type { NotADossier } from '../parse/not-a-dossier.js';
import type { Params } from '../vocabulary.js';

/** Helpers a message uses to write values the way its language does. */
export interface Writer {
  money(cents: unknown): string;
  date(isoDate: unknown): string;
  /** A VAT rate given in hundredths of a percent (2000 = 20 %). */
  vat(hundredths: unknown): string;
  percent(value: number): string;
  /** A whole number with the language's thousands separator. */
  integer(value: unknown): string;
  category(id: unknown): string;
  applicantType(id: unknown): string;
  /** The call's territory, e.g. "la Loire (42)". */
  territory(): string;
  /** A commune of the edition's territory, the example of a code and a name in messages, if it gives one. */
  exampleCommune(): { codeInsee: string; nom: string } | undefined;
  /** Who the edition counts as the authority's own people (its internal beneficiaries), joined with "ou" / "or". */
  internalUsers(preposition?: 'a'): string;
  /** The edition's last day (YYYY-MM-DD): the example of a date in messages. */
  lastDay(): string;
  /** Why the edition accepts an applicant type only once confirmed, if it says. */
  applicantNote(id: unknown): string | undefined;
  /** Words of a libellé, quoted: « a », « b ». */
  words(list: unknown): string;
  /** The reason of a line, from its code. */
  reason(code: unknown, params: Params): string;
  /** " (vouliez-vous dire « x » ?)" when there is a suggestion, else "". */
  didYouMean(suggestion: unknown): string;
  /** A field's dotted path with the number people give its list element: "depenses.3.montant_ht (dépense n° 4)". */
  field(path: unknown): string;
}

export type Message = (params: Params, write: Writer) => string;

export interface Catalogue {
  /** Problems, by code: what is wrong and how to fix it. */
  problems: Record<string, Message>;
  /** Why an amount is refused, by the code parseAmount gives (`detail`: its detail), with the fix. */
  amounts: Record<string, Message>;
  /** Why a date is refused, by the code whyNotADate gives. */
  dates: Record<string, string>;
  /** Why an expense line has its status, by code. */
  reasons: Record<string, Message>;
  /** What each rule checks, by rule id. */
  rules: Record<string, string>;
  verdicts: Record<'eligible' | 'a-completer' | 'ineligible' | 'illisible', string>;
  statuses: Record<'eligible' | 'exclue' | 'a-verifier', string>;
  gravities: Record<'bloquant' | 'avertissement' | 'info', string>;
  /** How the language writes numbers, quotes, lists and names: the writer's words, so that none is in code. */
  language: {
    thousandsSeparator: string;
    quote: (text: string) => string;
    /** " (vouliez-vous dire « x » ?)" after a refused value. */
    didYouMean: (suggestion: string) => string;
    /** Between the last two names of a list of alternatives: " ou ", " or ". */
    or: string;
    /** A name after "for": « aux agents », « au personnel », « à la mairie »; the name as it is in English. */
    forName: (name: string) => string;
    /** Who a line is for when the edition names no internal beneficiary. */
    authorityItself: (afterFor: boolean) => string;
  };
  ui: {
    /** The separator between a label and its value (" : " in French, ": " in English). */
    colon: string;
    applicant: string;
    project: string;
    axes: string;
    referenceDate: (source: string) => string;
    /** The header's label and value when the dossier's own date is unusable: nothing was checked against a date. */
    referenceDateUnusable: string;
    referenceDateUnusableValue: string;
    expenses: string;
    noExpenses: string;
    moreLines: (count: number) => string;
    columns: { index: string; label: string; amountHt: string; category: string; status: string };
    /**
     * An element of a list of the dossier as people number it, from 1 like
     * the tables ("dépense n° 4" for the path depenses.3), by the list's path.
     */
    listItem: Record<'depenses' | 'financement.autres_aides' | 'projet.axes' | 'projet.communes_associees', (number: number) => string>;
    derivedFromTtc: string;
    uncategorised: string;
    grant: string;
    eligibleBase: string;
    /** After an amount before tax: "HT", "excl. VAT". */
    beforeTax: string;
    capApplied: (cap: string) => string;
    capNotReached: (cap: string) => string;
    /** The grant equals the cap without being lowered by it. */
    capReached: (cap: string) => string;
    maximum: string;
    /** After the maximum when some lines lack their HT amount. */
    provisional: (lines: number) => string;
    /** After the maximum in the headline: the maximum if the lines to verify are accepted. */
    upTo: (amount: string) => string;
    /** After the grant heading when the dossier is ineligible. */
    forInformation: string;
    maximumIfVerified: (toVerify: string) => string;
    /** After the maximum (0) of an ineligible dossier. */
    ineligibleGetsNothing: string;
    /** After "maximum grant": the figure if the exclusion were lifted, given for information only. */
    ifAdmissible: string;
    requested: string;
    problems: (count: number) => string;
    noProblem: string;
    clause: string;
    rule: string;
    summary: (counts: { total: number; eligible: number; aCompleter: number; ineligible: number; illisible: number }) => string;
    progress: (done: number, total: number) => string;
    batch: {
      columns: {
        file: string;
        applicant: string;
        verdict: string;
        eligibleHt: string;
        maximum: string;
        requested: string;
        blocking: string;
        warnings: string;
      };
      total: string;
      /** The totals rows, each naming its set of dossiers. */
      grantableTotal: string;
      ineligibleTotal: string;
      unreadableTotal: string;
      /** Under the table: what the totals leave out or may understate. */
      withoutRequest: (count: number) => string;
      provisional: (count: number) => string;
      dossiers: (count: number) => string;
      detailHint: string;
    };
    whyLines: string;
    criteria: (documented: number, total: number) => string;
    criteriaAdvice: string;
    toDocument: (fields: string) => string;
    or: string;
    edition: string;
    missing: string;
    /** Before the words of a law a rule applies (CGCT), where the call's clauses have `clause`. */
    law: string;
    /** The financing plan, under the grant: its figures, each resource named. */
    financing: {
      heading: string;
      /** The project's cost, with which total it is: every line, HT (`fromTtc` lines derived from TTC). */
      cost: (fromTtc: number) => string;
      unknown: string;
      requested: string;
      /** An other aid whose funder is not named. */
      unnamedFunder: (number: number) => string;
      selfFinancing: string;
      declared: string;
      deduced: string;
      resources: string;
      balanced: string;
      /** `gap`: the size of resources − cost, written; `excess`: the resources exceed the cost. */
      unbalanced: (gap: string, excess: boolean) => string;
      /** Why the balance is not judged: a line lacks its HT amount, an aid lacks its amount. */
      notJudged: string;
      /** The share of self-financing in the public financing, and the least the law asks. */
      selfShare: string;
      selfShareValue: (share: string, minimum: string) => string;
    };
  };
  /** The JSON Schema of the dossier format (dossier-check schema). */
  schema: { title: (titre: string) => string; description: string };
  /** init's summary of the answers before the file is written, and the changes it offers. */
  interviewSummary: {
    heading: string;
    applicant: (nom: string, siren: string, codeInsee: string) => string;
    project: (titre: string) => string;
    description: (text: string) => string;
    axes: (axes: string) => string;
    expenses: string;
    /** `status`: what the check will make of the line, from `statuses`. */
    expense: (index: number, libelle: string, category: string, amount: string, status: string) => string;
    noCategory: string;
    statuses: Record<'eligible' | 'exclue' | 'a-verifier', string>;
    maximum: (amount: string) => string;
    maximumExcluded: (none: string) => string;
    /** The maximum of a dossier filed after the deadline: none, and what it would be were it admissible (as the report says). */
    maximumLate: (none: string, ifAdmissible: string) => string;
    requested: (amount: string) => string;
    date: (date: string) => string;
    /** A submission date after the deadline, kept by the person: said late in the summary, as the check will. */
    dateLate: (date: string, lastDay: string) => string;
    analysis: string;
    analysisText: (criterion: string, text: string) => string;
    next: string;
    write: string;
    changeApplicant: (nom: string) => string;
    changeTitle: string;
    changeDescription: string;
    changeAxes: string;
    changeExpense: (index: number, libelle: string) => string;
    deleteExpense: (index: number, libelle: string) => string;
    addExpense: string;
    changeRequested: string;
    changeDate: string;
    changeAnalysis: string;
    confirmDelete: (index: number, libelle: string) => string;
    lastExpense: string;
    /** The label question where an empty answer ends the list of expenses. */
    expenseLabelOrEnd: (index: number) => string;
    atLeastOneExpense: string;
    maximumChanged: (before: string, after: string) => string;
    requestWasMaximum: string;
    requestAboveMaximum: (requested: string) => string;
  };
  interview: {
    /** Refusals of an answer where it is typed; `example` is a date written DD/MM/YYYY. */
    answers: {
      required: string;
      negativeAmount: string;
      amountRefused: (reason: string) => string;
      dateRefused: (reason: string, example: string) => string;
    };
    /** The comment at the top of a dossier init writes; `check` is the command that checks it again. */
    fileHeader: (edition: string, today: string, check: string) => string;
    /** The same comment on a dossier the applicants' page writes: no command to check it again, the page. */
    pageFileHeader: (edition: string, today: string) => string;
    type: string;
    eligibility: Record<'eligible' | 'a-confirmer' | 'non-eligible', string>;
    notEligible: string;
    commune: string;
    communePrefix: string;
    epci: string;
    seat: string;
    name: string;
    siren: string;
    title: string;
    description: string;
    axes: string;
    atLeastOneAxis: string;
    expenseLabel: (index: number) => string;
    deduced: (reason: string) => string;
    notDeduced: string;
    category: string;
    excluded: string;
    amount: string;
    grantSoFar: (amount: string) => string;
    grantSoFarExcluded: (none: string, ifAdmitted: string) => string;
    another: string;
    requested: string;
    analysis: string;
    criteria: Record<
      'innovation' | 'accompagnement_usagers' | 'mutualisation' | 'mode_projet' | 'replicabilite' | 'association_usagers',
      string
    >;
    noTerminal: string;
    aborted: string;
    overwrite: (file: string) => string;
    notWritten: string;
    written: (file: string) => string;
    completeNothing: string;
    /** What `check` needs on its command line to speak this language: nothing for French, its default. */
    checkLangOption: string;
    /** A new file init could not create; its answers follow, to copy by hand. */
    notCreatedBecause: (reason: string) => string;
    /**
     * The closing words after init's check, as a town-hall secretary would say
     * them: what is left to do with the file, then how to check it again.
     * `lastDay` is the edition's last day for filing, as the language writes dates.
     */
    closing: {
      /** Nothing blocking: the dossier can be filed; `toVerify` lines still wait for a person's decision. */
      ready: (file: string, lastDay: string | undefined, toVerify: number) => string;
      /** Ineligible as it stands (the reasons are listed above): no answer to fix, no grant to expect. */
      ineligible: (file: string) => string;
      /** `blocking` problems, listed above, to fix before filing. */
      toFix: (file: string, blocking: number, toVerify: number) => string;
      /**
       * Filed after the deadline (`lastDay`, as the language writes dates): nothing to fix before filing, a
       * fact; `otherBlocking` problems besides, listed above.
       */
      late: (file: string, lastDay: string, otherBlocking: number) => string;
      /** `command` checks the file again, as it was typed (with --reglement FILE when one was used). */
      checkAgain: (command: string) => string;
    };
    users: string;
    usersUnknown: string;
    doubtKept: (reason: string) => string;
    fromSeveral: (count: number) => string;
    fromStandardInput: string;
    /** init --from FILE OTHER: the file is completed in place; how to complete a copy instead (both as shell words). */
    fromWithTarget: (from: string, target: string) => string;
    /** `at`: the first bytes of a UTF-8 file that are not UTF-8. */
    fromEncoding: (encoding: string, at?: { ligne: number; colonne: number; octets: string }) => string;
    notAFile: (file: string) => string;
    notWrittenBecause: (reason: string) => string;
    rereadDiffers: (paths: string) => string;
    changedMeanwhile: string;
    cannotEncode: (character: string, encoding: string) => string;
    cannotEdit: (path: string) => string;
    yourAnswers: string;
    // The submission date and the answers the check would block (filing-date.ts, answer-check.ts, complete.ts).
    /** `lastDay`: the edition's last day, as the language writes a date. */
    filingDate: (lastDay: string) => string;
    filingDeadlinePassed: (lastDay: string) => string;
    keepLateDate: string;
    keepIneligible: string;
    /** init --from asked nothing or changed nothing, and blocking problems remain (a fact, or an answer kept). */
    completeUnchanged: string;
  };
  rulesList: {
    or: string;
    figures: (rate: string, cap: string, lastDay: string, zone: string) => string;
    source: string;
    noClause: string;
    /** Where a rule without a clause comes from when it is not the dossier format, by rule id. */
    origins: Record<string, string>;
  };
  edition: {
    syntax: (detail: string) => string;
    /** `message`: the dossier's own message for the mistake, with its fix. */
    syntaxAt: (line: number, message: string) => string;
    notMapping: string;
    unknownBase: (id: string, ids: string) => string;
    missing: (path: string) => string;
    type: (path: string, expected: string) => string;
    /** `suggestion`: the key likely meant, for a single unknown key. */
    unknownKeys: (path: string, keys: string, suggestion?: string) => string;
    tooSmall: (path: string, minimum: string) => string;
    tooBig: (path: string, maximum: string) => string;
    choices: (path: string, values: string) => string;
    /** A choice not given: missing, and the values it may take. */
    missingChoice: (path: string, values: string) => string;
    format: (path: string, what: string) => string;
    unknownClause: (path: string, id: string) => string;
    unknownCategory: (path: string, id: string) => string;
    badZone: (path: string, zone: string) => string;
    unknownNature: (path: string, nature: string, suggestion: string | undefined) => string;
    duplicateId: (path: string, id: string, first: string) => string;
    unknownField: (path: string, field: string, suggestion: string | undefined, fields: string) => string;
    ownId: (base: string) => string;
    unknownRule: (path: string, rule: string, rules: string) => string;
    requiredCategory: (path: string, id: string) => string;
    rateDecimals: (path: string) => string;
    /** A rate written as a fraction (0.8) where a percent (80) is expected. */
    rateFraction: (path: string, percent: string) => string;
    /** The standard VAT rate is not among tauxTvaPourcent. */
    standardVatNotListed: (path: string, percent: string) => string;
    badDay: (path: string, day: string) => string;
    invalid: (file: string, count: number) => string;
  };
  /** Mistakes of a correspondence file (--colonnes), each after its path. */
  correspondance: {
    syntax: (detail: string) => string;
    syntaxAt: (line: number, message: string) => string;
    notMapping: string;
    missing: (path: string) => string;
    type: (path: string, expected: string) => string;
    unknownKey: (path: string, key: string, suggestion: string | undefined, keys: string) => string;
    /** A field of the dossier format no column can feed in this version. */
    notMappable: (path: string, field: string) => string;
    tooSmall: (path: string, minimum: string) => string;
    tooBig: (path: string, maximum: string) => string;
    version: (path: string) => string;
    model: (path: string) => string;
    format: (path: string, what: string) => string;
    /** `depenses` gives both a sheet of lines (colonnes) and numbered columns, or neither. */
    linesForm: (path: string) => string;
    joinMissing: (path: string) => string;
    separatorNotList: (path: string, lists: string) => string;
    unknownValue: (path: string, value: string, field: string, suggestion: string | undefined, values: string) => string;
    invalid: (file: string, count: number) => string;
  };
  html: {
    title: string;
    summary: string;
    /** The headline: requested and maximum grants over the dossiers that can still be granted something. */
    totals: (count: number, requested: string, maximum: string) => string;
    /** Apart: what ineligible dossiers request, which no one will grant. */
    ineligibleRequests: (count: number, requested: string) => string;
    byVerdict: string;
    count: string;
    requested: string;
    maximum: string;
    chart: string;
    chartTable: string;
    amount: Record<'eligible' | 'exclue' | 'a-verifier', string>;
    uncategorised: string;
    dossiers: string;
    dossiersCaption: string;
    details: string;
    why: string;
    criteria: string;
  };
  classify: {
    category: string;
    status: string;
    confidence: string;
    words: string;
    why: string;
    /** The population the answer was given for, and where it came from. */
    population: string;
    inhabitants: (count: string) => string;
    fromInsee: (commune: string, code: string, millesime: number) => string;
    fromOption: (option: string) => string;
    /** No population given: obligations with a threshold are left undecided. */
    noPopulation: string;
  };
  /** The workbook of `--format xlsx`: its sheets' names and their columns' titles. */
  xlsx: {
    sheets: { dossiers: string; lines: string; problems: string; totals: string };
    dossiers: {
      file: string;
      applicant: string;
      siren: string;
      verdict: string;
      eligibleHt: string;
      maximum: string;
      requested: string;
      blocking: string;
      warnings: string;
      criteria: string;
      /** The financing plan: its HT cost, its self-financing, whether it balances (`answers`). */
      cost: string;
      selfFinancing: string;
      balanced: string;
      /** The total of the other aid; whether the self-financing is the plan's remainder, not written (`answers`). */
      otherAids: string;
      selfFinancingDeduced: string;
    };
    /** A yes-or-no cell (the plan balances, the self-financing is deduced). */
    answers: { yes: string; no: string };
    lines: { dossier: string; index: string; label: string; amountHt: string; category: string; status: string; reason: string };
    problems: {
      dossier: string;
      gravity: string;
      code: string;
      field: string;
      position: string;
      /** The title of the cell's column in a spreadsheet export. */
      column: string;
      message: string;
      rule: string;
      clause: string;
    };
    totals: {
      set: string;
      verdicts: string;
      dossiers: string;
      eligibleHt: string;
      requested: string;
      maximum: string;
      maximumIfVerified: string;
      maximumIfAdmissible: string;
      withoutRequest: string;
      provisional: string;
      grantable: string;
      ineligible: string;
    };
  };
  usage: {
    noInput: string;
    /** `--format xlsx` to a terminal: a workbook is bytes, not text. */
    binaryToTerminal: (format: string) => string;
    notFound: (path: string) => string;
    noMatch: (pattern: string) => string;
    /** A file named that is plainly not a dossier, left out of the report: a note on standard error. */
    notADossier: (path: string, kind: NotADossier) => string;
    badDate: (value: string) => string;
    badSize: (value: string) => string;
    /** `reason`: why parseAmount refused it, with the fix. */
    badAmount: (value: string, reason?: string) => string;
    /** `option`: --habitants or --population, as typed. */
    badPopulation: (value: string, option: string) => string;
    /** `rates`: the edition's VAT rates, in percent. */
    badVat: (value: string, rates: readonly number[]) => string;
    /** `reason`: the check's own message on porteur.code_insee. */
    badInsee: (reason: string) => string;
    /** Two options that each give the population. */
    populationTwice: (first: string, second: string) => string;
    outputEmpty: string;
    outputFolderName: (file: string) => string;
    outputExists: (file: string) => string;
    outputIsInput: (file: string) => string;
    outputNotAFile: (file: string) => string;
    internalError: string;
  };
  /** The command line itself: files it was told to use, its help and commander's errors. */
  cli: CliTexts;
}

/** What the command line says about paths, its output, its help and its parsing errors. */
export interface CliTexts {
  /** The official geography's vintage, in --version. */
  geographyVintage: (millesime: number) => string;
  /** --version's lines after the version itself: the editions built in (each `id (title, organisme)`), and the geography. */
  builtInEditions: (editions: string[]) => string;
  geography: (vintage: string) => string;
  /** After `page`: the file written, its size ("1,2 Mo"), and what to do with it. */
  pageWritten: (file: string, size: string) => string;
  /** A system error code (ENOENT, EACCES…) in words; the code itself when it has none. */
  systemError: (code: string) => string;
  cannotRead: (path: string, reason: string) => string;
  cannotWrite: (path: string, reason: string) => string;
  /** Reasons, for cannotRead and cannotWrite. */
  folderMissing: (folder: string) => string;
  notAFolder: (path: string) => string;
  /** The folder exists, yet the system will not create a file in it (/proc). */
  createRefused: (code: string) => string;
  isAFolder: string;
  notRegular: string;
  tooBig: (max: string) => string;
  /** Standard output failed for another reason than its reader going away. */
  outputIncomplete: (reason: string) => string;
  /** After the name of a missing path that looks like a mistyped command. */
  /** Options written before a command made it a path to check. */
  commandFirst: (command: string) => string;
  commandMeant: (command: string) => string;
  /** Spreadsheet exports read with a correspondence (--colonnes), and the problem table (--csv-problemes). */
  exports: {
    /** Help of `check --colonnes`. */
    colonnesOption: string;
    /** Help of `check --csv-problemes`. */
    csvProblemsOption: string;
    /** A spreadsheet named without --colonnes. */
    colonnesMissing: (file: string) => string;
    /** The correspondence file has mistakes: listed after this line, one per line. */
    colonnesInvalid: (file: string, count: number) => string;
    /** --csv-lignes and --csv-problemes together. */
    csvTablesTogether: string;
  };
  /** The words of the prompt library of `init`, by its English key or message. */
  prompts: {
    keys: Record<string, string>;
    /** The checkbox's words: its space key ticks, and its letters for "all" and "invert". */
    checkbox: { toggle: string; all: string; invert: string };
    messages: Record<string, string>;
    yes: string;
    no: string;
    yesOrNo: string;
  };
  help: {
    /** What the tool does, naming the edition it applies without --reglement. */
    description: (titre: string, organisme: string) => string;
    titles: Record<'Usage:' | 'Arguments:' | 'Options:' | 'Commands:' | 'Global Options:', string>;
    /** Replaces commander's "[command]" in usage lines. */
    commandPlaceholder: string;
    choices: (values: string) => string;
    default: (value: string) => string;
    /** Between the choices and the default. */
    separator: string;
    helpOption: string;
    helpCommand: string;
    helpCommandArgument: string;
    version: string;
    /** Where to read more after an error: "dossier-check check --help". */
    hint: (command: string) => string;
  };
  /** What the help says of each command, its arguments and options (commander's declarations, main.ts). */
  commands: {
    /** Shared by several commands. */
    reglement: string;
    noColor: string;
    check: {
      description: string;
      paths: string;
      format: string;
      lang: string;
      date: string;
      csvLines: string;
      output: string;
      force: string;
      failOn: string;
      explain: string;
      maxSize: string;
    };
    classify: {
      description: string;
      label: string;
      amount: string;
      population: string;
      insee: string;
      populationAlias: string;
      vat: string;
      /** The built-in edition's values, listed in the help. */
      beneficiaries: (values: string) => string;
      format: string;
      lang: string;
    };
    rules: { description: string; format: string; lang: string };
    schema: { description: string; lang: string };
    init: { description: string; file: string; lang: string; from: string };
    page: { description: string; output: string; lang: string; force: string };
    help: { lang: string };
  };
  /**
   * Names of the values options and arguments take ("<fichier>"): read in the
   * help and in errors, in the user's language too.
   */
  values: {
    paths: string;
    label: string;
    file: string;
    language: string;
    date: string;
    gravity: string;
    mebibytes: string;
    amount: string;
    number: string;
    insee: string;
    who: string;
    rate: string;
  };
  errors: {
    prefix: string;
    missingArgument: (name: string) => string;
    optionMissingArgument: (flags: string) => string;
    missingMandatoryOption: (flags: string) => string;
    unknownOption: (flag: string) => string;
    unknownCommand: (name: string) => string;
    excessArguments: (command: string, expected: number, got: number) => string;
    /** After excessArguments for classify: several words make one label only between quotes. */
    quoteTheLabel: string;
    invalidChoice: (value: string, flags: string, choices: string) => string;
    /** Any other error of the command line, should commander add one. */
    other: string;
  };
}

/** A size limit as people read it: "10 Mio", "512 Kio" (en: MiB, KiB). */
export function binarySize(bytes: number, lang: 'fr' | 'en'): string {
  const [unit, divisor] = bytes >= 1024 * 1024 ? ['M', 1024 * 1024] : ['K', 1024];
  const value = Math.round((bytes / divisor) * 10) / 10;
  const text = lang === 'fr' ? String(value).replace('.', ',') : String(value);
  return `${text} ${unit}${lang === 'fr' ? 'io' : 'iB'}`;
}
