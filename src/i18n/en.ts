import { binarySize, type Catalogue, type Message, type Writer } from './catalogue.js';
import type { Params } from '../vocabulary.js';

/** A population read in the label, not given by the dossier: the officer checks it. */
const writtenPopulationEn = (p: Params): string =>
  p.populationLue === undefined ? '' : ` — population read in the label ("${p.populationLue}"): check it`;

const SOURCES: Record<string, string> = {
  depot: 'submission date of the dossier',
  option: 'date given with --date',
  aujourdhui: "today's date",
};

/**
 * The yaml package's error codes with their likeliest fix, when no situation
 * of yaml-diagnosis.ts was recognised.
 */
const YAML_ERRORS: Record<string, string> = {
  BAD_INDENT: 'wrong indentation: align each key with its siblings of the same section, with spaces (2 more per level)',
  TAB_AS_INDENT: 'a tab in the indentation: replace it with spaces',
  DUPLICATE_KEY: 'duplicate key: keep only one per section',
  MULTIPLE_DOCS: 'several documents in the same file ("---"): one dossier per file here',
  MISSING_CHAR: 'missing character: close the open quote, bracket or brace, or add ":" after the key',
  UNEXPECTED_TOKEN: 'unexpected content: if the value holds special characters, put it in quotes',
  BLOCK_AS_IMPLICIT_KEY: 'misplaced key: if the value holds ":", put it in quotes; otherwise check the indentation',
  MULTILINE_IMPLICIT_KEY: 'key over several lines: add ":" after the key, or write the value on one line',
  BAD_SCALAR_START: 'a value starting with a reserved character: put it in quotes',
  BAD_DQ_ESCAPE: 'a backslash "\\" between double quotes: put the value in single quotes',
  BAD_ALIAS: 'a value starting with "*" or "&": put it in quotes',
  ALIAS_PROPS: 'a value starting with "*": put it in quotes',
  BAD_PROP_ORDER: 'a value starting with "&" or "!": put it in quotes',
  KEY_OVER_1024_CHARS: 'more than 1,024 characters before ":": is a line break missing?',
  BLOCK_IN_FLOW: '"-" between brackets: separate the items with commas',
  MULTIPLE_ANCHORS: 'a value starting with "&": put it in quotes',
  MULTIPLE_TAGS: 'a value starting with "!": put it in quotes',
  TAG_RESOLVE_FAILED: 'a value starting with "!": put it in quotes',
  BAD_DIRECTIVE: 'a line starting with "%": put the value in quotes',
  NON_STRING_KEY: 'a key that is not a plain word: write the key alone before ":"',
  BAD_COLLECTION_TYPE: 'a list or section badly written: start from an example in the examples/ folder',
  IMPOSSIBLE: 'unreadable structure: start from an example in the examples/ folder',
  RESOURCE_EXHAUSTION: 'file too complex: write the values out, without aliases',
};

const plural = (count: unknown, word: string) => `${count} ${word}${Number(count) === 1 ? '' : 's'}`;

/** What the person most likely did (src/parse/yaml-diagnosis.ts), with the fix. */
const YAML_SITUATIONS: Record<string, (p: Params) => string> = {
  'deux-points': (p) =>
    `":" in the value of line ${p.ligne} ("${p.extrait}"): YAML reads a new key there. Put the value in quotes: ${p.correction}`,
  indentation: (p) =>
    `line ${p.ligne} is indented by ${plural(p.espaces, 'space')}, its siblings by ${p.attendu} (line ${p.voisine}): ${Number(p.espaces) > Number(p.attendu) ? `remove ${plural(Number(p.espaces) - Number(p.attendu), 'space')}` : `add ${plural(Number(p.attendu) - Number(p.espaces), 'space')}`} at the start of line ${p.ligne}.`,
  tabulation: (p) =>
    `a tab at the start of line ${p.ligne}: YAML indents with spaces only. Replace the tab with spaces, as many as on the lines around it.`,
  'caractere-reserve': (p) =>
    `the value of line ${p.ligne} starts with "${p.caractere}", a character YAML reserves. Put the value in quotes: ${p.correction}`,
  apostrophe: (p) =>
    `the apostrophe inside the value of line ${p.ligne} closes the one that opens it. Put the value in double quotes: ${p.correction}`,
  'guillemet-non-ferme': (p) => `the quote opened on line ${p.ligne} is never closed. Close it at the end of the value: ${p.correction}`,
  'crochet-non-ferme': (p) =>
    `the ${p.crochet === '{' ? 'brace "{"' : 'bracket "["'} opened on line ${p.ligne} is not closed. Close it on the same line: ${p.correction}`,
  'texte-apres-guillemets': (p) => `text follows the quoted value on line ${p.ligne}. Put the whole value in quotes: ${p.correction}`,
  'texte-apres-crochet': (p) =>
    `text follows "]" on line ${p.ligne}: YAML reads "[ … ]" as a list. Put the whole value in quotes: ${p.correction}`,
  'espace-apres-deux-points': (p) => `a space is missing after ":" on line ${p.ligne}. Write: ${p.correction}`,
  'deux-points-manquant': (p) =>
    p.suite
      ? `line ${p.ligne} ("${p.extrait}") has no ":". If it goes on with the value of line ${p.precedente}, write the value on one line: ${p.suite} — if it is a key, add ":" after it: ${p.correction}`
      : `line ${p.ligne} ("${p.extrait}") has no ":" after its key. Write: ${p.correction}`,
  'cle-en-double': (p) =>
    `duplicate key "${p.cle}": it appears twice in the same section (lines ${p.premiere} and ${p.ligne}). Keep only one, or rename the one too many.`,
  'liste-mal-placee': (p) =>
    `a list item ("-") on line ${p.ligne} follows a key that already has its value. Put the list under its own key, indented further, or remove the dash.`,
  'tiret-sur-la-ligne': (p) =>
    `"-" after ":" on line ${p.ligne}. Write the list between brackets (${p.correction}), or each item on its own line, after "-".`,
  'barre-inverse': (p) =>
    `a backslash "\\" between double quotes on line ${p.ligne}: YAML expects a special character after it. Put the value in single quotes${p.correction ? `: ${p.correction}` : '.'}`,
  'cle-trop-longue': (p) => `more than 1,024 characters before ":" on line ${p.ligne}: is a line break missing?`,
  'tiret-entre-crochets': (p) =>
    `"-" between brackets on line ${p.ligne}: between brackets, separate the items with commas; otherwise remove the brackets and put one item per line.`,
};

/** Why a VAT rate is refused (schema.ts). */
const RATE_ERRORS: Record<string, (p: Params) => string> = {
  vide: () => 'no rate is written',
  negatif: () => 'a VAT rate is not negative',
  lettres: () => 'words come with the rate: write only the number, followed by "%" if you wish',
  plusieurs: () => 'several rates: an expense line has one rate (one line per rate)',
  caractere: (p) => `unexpected character "${p.detail}"`,
  chiffres: () => 'too many digits or decimals for a rate',
};

/** Why a date is refused (dates.ts, whyNotADate). */
/** A phrase that gives the edition's example commune, or nothing when the edition gives none. */
function withExample(w: Writer, phrase: (commune: { codeInsee: string; nom: string }) => string): string {
  const commune = w.exampleCommune();
  return commune ? phrase(commune) : '';
}

const DATE_ERRORS: Record<string, string> = {
  vide: 'no date is written',
  inexistante: 'this day does not exist in the calendar',
  inverse: 'the month comes before the day, the American way; in France the day comes first',
  'annee-courte': 'the year has two digits: write it in full, with four digits',
  separateur: 'separate the day, month and year with slashes',
  lettres: 'month in words or extra words: write the date in figures',
  fuseau: 'a date with a time must give its time zone (Z or +02:00); otherwise write the date alone',
  format: 'unknown form of date',
};

/** The SIREN the official geography gives for the applicant's commune, when the check knows it. */
const communeSiren = (p: Params): string =>
  p.attendu === undefined ? '' : `; the official geography gives the commune of ${p.commune} the SIREN "${p.attendu}"`;

/** The INSEE code of the commune whose SIREN the applicant gave, when the check knows it. */
const communeCode = (p: Params): string =>
  p.attendu === undefined ? '' : `; by the SIREN given, it is the commune of ${p.commune}, code "${p.attendu}"`;

const AMOUNTS: Record<string, Message> = {
  type: () => 'it is neither a number nor a text: write one amount, such as 2400 or "2 400,50 €"',
  'non-fini': () => 'it is not a finite number: write the amount in figures',
  vide: () => 'no amount is written: give it in figures, or remove the field while it is not known',
  decimales: () => 'more than two decimals: an amount stops at cents, such as 2 400,50',
  ambigu: () => 'it is unclear whether the point or comma separates thousands or cents: write 12 500 (thousands) or 12,50 (cents)',
  'trop-grand': () => 'too many digits for an amount: check what was typed',
  devise: () => 'this amount is not in euros: convert it and write it in euros (€)',
  multiple: () => 'write the whole amount in euros, without k€ or M€: 12 000, not 12 k€',
  pourcentage: () => 'this is a percentage, not an amount: write the amount in euros',
  lettres: () => 'words come with the amount: write only the number, followed by "€" if you wish; details go in the label',
  plusieurs: () => 'several amounts: write only one (add them up, or give one expense line per amount)',
  separateurs: () =>
    'thousands and decimal separators mixed up or misplaced: write 1 234 567,89 (spaces between thousands, a comma before the cents)',
  groupes: () => 'digits badly grouped: thousands are separated in groups of three digits, such as 12 500,00 (or are these two amounts?)',
  caractere: (p) => `unexpected character "${p.detail}": write the amount in figures, such as 2 400,50 €`,
  'mention-ht': () => 'amount marked HT (before tax) where the amount including tax (TTC) is expected: give the amount including tax',
  'mention-ttc': () => 'amount marked TTC (including tax) where the amount before tax (HT) is expected: give the amount before tax',
  'mention-taxe': (p) => `this amount is neither before nor including tax: remove "${p.detail}"`,
};

const SYSTEM_ERRORS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'no such file',
  EISDIR: 'it is a folder',
  'TROP-PROFOND': 'more than 32 levels of sub-folders',
  ELOOP: 'symbolic link loop',
  EMFILE: 'too many open files',
  EIO: 'read error',
  ENOTDIR: 'a part of the path is not a folder',
  EEXIST: 'the file already exists',
  EROFS: 'read-only file system',
  ENOSPC: 'disk full',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large for the system',
  ENAMETOOLONG: 'name too long',
  ENFILE: 'too many open files on the system',
  EBUSY: 'file busy',
  ETXTBSY: 'file busy',
  ENXIO: 'no such device',
  ENODEV: 'no such device',
  EAGAIN: 'resource temporarily unavailable',
  EPIPE: 'the reader went away',
};

/** How to turn the shape written into the shape expected, by "expected/written". */
const SHAPE_FIXES: Record<string, string> = {
  'array/object':
    'Write each element on a line of its own, indented under this key and preceded by "-" (one "-" per element, before its first field).',
  'array/string': 'Write its elements in brackets, [first, second], or each on a line of its own, indented and preceded by "-".',
  'object/array': 'Remove the "-" before its fields: they are written "key: value", indented under this key.',
};

const TYPES: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  object: 'a set of fields (key: value)',
  array: 'a list',
  'number|string': 'a number or a text',
  boolean: 'true or false',
  null: 'empty',
};

/** After a project's cost: the lines whose excl. VAT amount was derived from incl. VAT, so that the reader knows it is still excl. VAT. */
function ttcNote(lines: unknown): string {
  const count = Number(lines ?? 0);
  if (count === 0) return '';
  return count === 1
    ? '; 1 line has its excl. VAT amount derived from incl. VAT'
    : `; ${count} lines have their excl. VAT amount derived from incl. VAT`;
}

/** After "lower the request": the self-financing the dossier gives must grow by as much, or the plan no longer balances. */
function rebalanceEn(p: Params): string {
  return p.reequilibrer ? ', and raise the self-financing (or another aid) by as much so that the financing plan stays balanced' : '';
}

/** The edition's VAT rates ("20;10;5.5"), as "20%, 10% or 5.5%". */
function rateList(rates: unknown, w: Writer): string {
  const written = String(rates)
    .split(';')
    .map((rate) => w.percent(Number(rate)));
  return written.length > 1 ? `${written.slice(0, -1).join(', ')} or ${written[written.length - 1]}` : written.join('');
}

/** Expense lines a person must still decide on, as the closing words of init say it. */
function stillToVerifyEn(count: number): string {
  return count === 1 ? '1 expense is still “to verify” (see above)' : `${count} expenses are still “to verify” (see above)`;
}

export const en: Catalogue = {
  amounts: AMOUNTS,
  dates: DATE_ERRORS,
  problems: {
    'fichier-vide': () => 'The file is empty. Start from an example in the examples/ folder and fill it in.',
    'plusieurs-dossiers': (p) =>
      `The file holds ${p.nombre} dossiers separated by "---" where only one is expected. Put each dossier in a file of its own (dossier-check check checks them all).`,
    'liste-vide': () => 'The file holds an empty list: no dossier to check. Put at least one dossier in it.',
    'trop-de-dossiers': (p) =>
      `The file holds ${p.nombre} dossiers, more than the ${p.max} accepted in one file: split it into several files.`,
    'trop-de-depenses': (p) =>
      `The dossier has ${p.nombre} expense lines, more than the ${p.max} a dossier can have: it is not checked. Group the expenses by kind (one line per quote or per piece of equipment).`,
    'problemes-similaires-nombreux': (p, w) =>
      `And ${w.integer(p.nombre)} more problems of the same kind (${p.code}) in ${p.chemin}, as at ${w.field(p.exemple)}, not listed one by one: correct them as those above, then check again.`,
    'cles-inconnues-nombreuses': (p) =>
      `And ${p.nombre} more unknown keys, ignored too: is the file really a dossier? Start from an example in the examples/ folder.`,
    'depenses-sans-dossier': (p) =>
      `The file holds ${Number(p.nombre) === 1 ? 'an expense line (libelle, montant_ht…)' : `a list of ${p.nombre} expense lines (libelle, montant_ht…)`} but no dossier: the depenses: section that holds ${Number(p.nombre) === 1 ? 'it' : 'them'} is missing, and so is the rest of the dossier (porteur:, projet:, financement:, depot:). ${p.syntaxe === 'json' ? `Put ${Number(p.nombre) === 1 ? 'this line' : 'these lines'} in an object, under "depenses": [ … ], beside "porteur", "projet", "financement" and "depot": start from the example examples/epci-roannais.json.` : `Put ${Number(p.nombre) === 1 ? 'this line' : 'these lines'} under a "depenses:" line, indented and ${Number(p.nombre) === 1 ? 'preceded' : 'each preceded'} by "-", then add the other sections: start from an example in the examples/ folder, or run dossier-check init.`}`,
    'depense-hors-dossier': () =>
      'This element of the list is an expense line (libelle, montant_ht…), not a dossier: it belongs under the depenses: section of a dossier. Most often its indentation took it out of the dossier before it: align its "-" with those of the other lines of depenses:.',
    'dossier-sous-cle': (p) =>
      `The dossier sits under the key "${p.cle}", which the format does not know: its sections (porteur, projet, depenses, financement…) must be at the top level of the file. Remove that level: delete the line "${p.cle}:" and unindent the lines below it by one step.`,
    'dossiers-sous-cle': (p) =>
      `The file holds a list of ${p.nombre} dossiers under the key "${p.cle}", which the format does not know: dossier-check reads a list of dossiers at the top level of the file. Remove that level (the file must start with the list), or put each dossier in a file of its own.`,
    'racine-invalide': (p) =>
      `The file holds ${p.trouve === 'liste' ? 'a list' : 'a single value'} instead of a dossier. A dossier starts with the sections porteur:, projet:, depenses:, financement:.`,
    'yaml-invalide': (p) =>
      `The file is not valid YAML: ${YAML_SITUATIONS[String(p.situation)]?.(p) ?? `${YAML_ERRORS[String(p.cause)] ?? `${p.cause}: ${p.detail}`}. Fix the syntax at the position shown (indent with spaces, ": " after each key).`}`,
    'commentaires-dans-valeurs-nombreux': (p, w) =>
      `And ${w.integer(p.nombre)} more values cut short by "#", not listed one by one: put the values that hold "#" in quotes.`,
    'commentaire-dans-valeur': (p) =>
      `"${p.commentaire}" is read as a comment, and the value stops at "${p.valeur}". If it is part of the value, put the value in quotes: ${p.correction}`,
    'json-invalide': (p) =>
      p.yaml
        ? 'The .json file is written in YAML (keys or text without double quotes, comments, a trailing comma…), which JSON tools will not read. Rename it .yaml, or put every key and every text in double quotes.'
        : `The file is not valid JSON${p.caractere ? `: unexpected character "${p.caractere}"` : ''}${p.fin ? ': the text stops too early (a closing brace, bracket or quote forgotten?)' : ''}${p.cause === 'DUPLICATE_KEY' ? ': duplicate key' : ''}. Fix the syntax at the position shown (double quotes, a comma between items, no trailing comma).`,
    'alias-excessifs': (p) =>
      `The file expands more than ${p.max} values through YAML aliases: it is not read, for safety. Write the values out in full.`,
    'imbrication-excessive': (p) =>
      `The file is nested more than ${p.max} levels deep: it is not a dossier. Check that it is the right file.`,
    'fichier-trop-volumineux': (p) =>
      `File over ${binarySize(Number(p.max), 'en')}: past the limit, it is not read. Check the file; if it really is a dossier or an export, raise the limit with --taille-max (in MiB).`,
    'fichier-non-regulier': () => 'Not a regular file (device, pipe or socket): it is not read. Name a dossier file.',
    'fichier-illisible': (p) => `The file cannot be read (${SYSTEM_ERRORS[String(p.erreur)] ?? p.erreur}). Check its path and permissions.`,
    'dossier-illisible': (p) =>
      `This folder cannot be read (${SYSTEM_ERRORS[String(p.erreur)] ?? p.erreur}): the dossiers it holds are not checked. Check its permissions.`,
    'encodage-converti': (p) => `File encoded in ${p.encodage}, not UTF-8: it was converted. Save it as UTF-8 to avoid garbled accents.`,
    'octet-non-utf8': (p) =>
      `Byte${String(p.octets).includes(' ') ? 's' : ''} ${p.octets} not UTF-8 in a UTF-8 file (a character pasted from other software?): read as "${p.caractere}". Check this character, type it again and save the file as UTF-8.`,
    'octets-non-utf8-nombreux': (p, w) =>
      `And ${w.integer(p.nombre)} more bytes that are not UTF-8, not listed one by one: save the file as UTF-8 from your editor, then check again.`,
    // Spreadsheet exports (src/tableur/read.ts).
    'classeur-illisible': (p) =>
      `The file does not read as an XLSX, ODS or CSV workbook${p.partie ? ` (part ${p.partie})` : ''}${p.ligne ? ` (line ${p.ligne})` : ''}: it may be incomplete (an interrupted download) or damaged. Open it again in your spreadsheet and save it as .xlsx, .ods or .csv. (Technical detail: ${p.detail}.)`,
    'classeur-sans-correspondance': () =>
      'This file is a workbook (XLSX, ODS or XLS), not a dossier: it is read with its correspondence file, given with --colonnes (for example --colonnes correspondance.yaml).',
    'classeur-chiffre': () =>
      'An .xls workbook, or one protected by a password: it cannot be read. Open it in your spreadsheet and save it as .xlsx (or .ods), without a password.',
    'archive-trop-grande': (p) =>
      `Once inflated, the workbook would take ${binarySize(Number(p.taille), 'en')}, over the limit of ${binarySize(Number(p.max), 'en')} (16 times --taille-max): it is not read. Check the file; if it really is an export, raise the limit with --taille-max (in MiB).`,
    'archive-trop-de-fichiers': (p, w) =>
      `The workbook holds more than ${w.integer(p.max)} internal files: it is not a spreadsheet export, and it is not read. Check that it is the right file.`,
    'trop-de-cellules': (p, w) =>
      `The workbook holds more than ${w.integer(p.max)} filled cells: it is not read. Check that no value was copied over whole rows or columns, or split the export.`,
    'xml-dtd-refusee': (p) =>
      `Part ${p.partie} of the workbook declares a DOCTYPE (XML entities), which no spreadsheet writes and which can serve an attack: the file is not read. Export the workbook again from the platform or your spreadsheet.`,
    'ligne-csv-trop-longue': (p, w) =>
      `Line ${p.ligne}: a record of the CSV is longer than ${w.integer(p.max)} characters (a quote never closed?): the file is not read. Check the quotes around this line.`,
    'liens-externes': (p, w) =>
      `The workbook holds ${w.integer(p.nombre)} link${Number(p.nombre) > 1 ? 's' : ''} to other files, never followed: the values read are those saved in the workbook. If they must be up to date, open it in your spreadsheet, update the links and save it.`,
    'cle-corrigee': (p) => `Key "${p.cle}" read as "${p.correcte}". Write "${p.correcte}" so that every tool recognises it.`,
    'cle-inconnue': (p, w) => `Unknown key "${p.cle}", ignored${w.didYouMean(p.suggestion)}.`,
    'type-invalide': (p) =>
      `This value must be ${TYPES[String(p.attendu)] ?? p.attendu}, not ${TYPES[String(p.recu)] ?? p.recu}. ${SHAPE_FIXES[`${p.attendu}/${p.recu}`] ?? 'Correct it.'}`,
    'montant-invalide': (p, w) =>
      `Amount${p.valeur === undefined ? '' : ` "${p.valeur}"`} refused: ${AMOUNTS[String(p.raison)]?.(p, w) ?? p.raison}.`,
    'montant-mention-taxe': (p) =>
      p.attendu === 'HT'
        ? `Amount marked ${p.mention} in montant_ht, which holds the amount before tax (the grant is computed on it). Give the amount before tax here, or move this amount to montant_ttc with taux_tva so that the amount before tax is computed.`
        : p.attendu === 'TTC'
          ? `Amount marked ${p.mention} in montant_ttc, which holds the amount including tax. Move this amount to montant_ht, or give the amount including tax here.`
          : `Amount marked ${p.mention}: this amount is neither before nor including tax. Remove "${p.mention}".`,
    'montant-negatif': () => 'An amount cannot be negative. Give it as a positive value.',
    'montant-excessif': (p, w) => `Amount above ${w.money(p.max)}: most likely a typing mistake. Check it.`,
    'taux-tva-invalide': (p) =>
      `VAT rate${p.valeur === undefined ? '' : ` "${p.valeur}"`} refused${p.raison === undefined ? '' : `: ${RATE_ERRORS[String(p.raison)]?.(p) ?? p.raison}`}. Give it in percent, for example 20, 10 or 5.5.`,
    'date-invalide': (p, w) =>
      `Date "${p.valeur}" refused: ${DATE_ERRORS[String(p.raison)] ?? 'invalid date, or one that does not exist'}. Write it YYYY-MM-DD (${w.lastDay()}) or DD/MM/YYYY (${w.lastDay().split('-').reverse().join('/')}).`,
    'structure-invalide': () => 'The structure of the dossier cannot be used. Start from an example in the examples/ folder.',
    'appel-inconnu': (p) => `Unknown call "${p.valeur}": the dossier is checked against "${p.applique}". Known calls: ${p.valeurs}.`,
    'porteur-type-manquant': (p) => `The applicant type is missing. Set porteur.type: ${p.valeurs}.`,
    'porteur-type-inconnu': (p, w) => `Unknown applicant type "${p.valeur}"${w.didYouMean(p.suggestion)}. Possible values: ${p.valeurs}.`,
    'porteur-type-non-eligible': (p, w) =>
      `An applicant of type "${w.applicantType(p.type)}" is not eligible: in ${w.territory()}, the call is open only to these applicants: ${String(p.valeurs).split(',').map(w.applicantType).join(', ')}. One of them must carry the project.`,
    'porteur-type-a-confirmer': (p, w) =>
      `The call does not name the ${w.applicantType(p.type)} among applicants: ${w.applicantNote(p.type) ?? 'it is accepted only provisionally'}. Have the Département confirm it before filing.`,
    'code-insee-manquant': (p, w) =>
      `The INSEE code of the applicant's commune (its seat, for a grouping) is missing. Set porteur.code_insee${p.attendu !== undefined ? communeCode(p) : withExample(w, (commune) => `, for example "${commune.codeInsee}"`)}.`,
    'code-insee-invalide': (p, w) =>
      `Malformed INSEE code "${p.valeur}": it has 5 characters${p.attendu !== undefined ? communeCode(p) : withExample(w, (commune) => `, for example "${commune.codeInsee}" (${commune.nom})`)}. Do not mistake it for the postcode.`,
    'porteur-hors-territoire': (p, w) =>
      `${p.nom} (${p.valeur}) is in département ${p.departementNom ?? p.departement} (${p.departement}), outside ${w.territory()}: the call is open only to local authorities of that territory.`,
    'code-insee-inconnu': (p) =>
      `INSEE code "${p.valeur}" does not exist in the ${p.millesime} Code officiel géographique${communeCode(p)}. Check it: it is not the postcode.`,
    'code-insee-ancien': (p) =>
      `Code "${p.valeur}"${p.ancienNom ? ` (${p.ancienNom})` : ''} is that of a former commune, now ${p.nom} (${p.code}): the dossier is checked for ${p.nom}. Set porteur.code_insee: "${p.code}".`,
    'siren-autre-commune': (p) =>
      `SIREN "${p.valeur}" is not that of ${p.nom} (${p.attendu})${p.autre ? `: it is that of ${p.autre}` : ''}. Give the SIREN of the commune filing the dossier, or check porteur.code_insee.`,
    'nom-non-officiel': (p) =>
      `Name "${p.nom}" does not match the official name "${p.officiel}". Write the official name, or check the INSEE code and the SIREN.`,
    'siren-epci-inconnu': (p) =>
      `SIREN "${p.valeur}" is not that of any EPCI à fiscalité propre in the ${p.millesime} official list${p.commune ? `: it is that of the commune of ${p.commune}` : ''}. Give the EPCI's SIREN, or the applicant type that fits (commune, syndicat…).`,
    'epci-en-partie-hors-territoire': (p, w) =>
      `${p.nom} has only ${p.dedans} of its ${p.total} member communes in ${w.territory()}: it is eligible, but the project must serve that territory; say so in the dossier.`,
    'siege-hors-epci': (p) =>
      `${p.commune} (porteur.code_insee) is not a member of ${p.nom}: give the INSEE code of the EPCI's seat commune.`,
    'siren-manquant': (p) =>
      `The applicant's SIREN is missing. Set porteur.siren (9 digits), as shown on the SIRENE registration notice${communeSiren(p)}.`,
    'siren-est-un-siret': (p) => `"${p.valeur}" is a SIRET (14 digits). Give the SIREN, its first 9 digits: "${p.siren}".`,
    'siren-format': (p) => `Malformed SIREN "${p.valeur}": it has exactly 9 digits (spaces are allowed)${communeSiren(p)}.`,
    'siren-cle-invalide': (p) =>
      `Invalid SIREN "${p.valeur}": its check digit does not match. Check each digit against the SIRENE registration notice${communeSiren(p)}.`,
    'axe-manquant': (p) => `The project answers none of the call's priority axes. List in projet.axes at least one of: ${p.valeurs}.`,
    'axe-inconnu': (p, w) => `Unknown axis "${p.valeur}"${w.didYouMean(p.suggestion)}. Axes of the call: ${p.valeurs}.`,
    'porteur-nom-manquant': (_p, w) =>
      `The applicant name is missing. Set porteur.nom${withExample(w, (commune) => `, for example "Commune de ${commune.nom}"`)}.`,
    'projet-titre-manquant': () => 'The project title is missing. Set projet.titre.',
    'projet-dates-inversees': (p, w) =>
      `The project ends (${w.date(p.fin)}) before it starts (${w.date(p.debut)}). Check projet.debut and projet.fin.`,
    'date-depot-absente': (p, w) =>
      `No submission date in the dossier: the deadline is checked against the ${SOURCES[String(p.source)]}, ${w.date(p.date)}. Set depot.date to check another date.`,
    'depot-hors-delai': (p, w) =>
      `Filed on ${w.date(p.date)} (${SOURCES[String(p.source)]}), after the deadline of ${w.date(p.limite)} at midnight (${p.fuseau}): the application is late.`,
    'taux-tva-manquant': (p, w) =>
      `Only the amount including VAT (${w.money(p.ttc)}) is given: the grant is computed on amounts excluding VAT. Set montant_ht, or taux_tva so that it can be derived.`,
    'taux-tva-inconnu': (p, w) =>
      `VAT rate of ${w.percent(Number(p.valeur))}: not a rate France applies${p.probable === undefined ? '' : `, probably ${w.percent(Number(p.probable))} (${p.erreur === 'fraction' ? 'written as a fraction' : 'decimal point left out'})`}. No amount excluding VAT is derived from it. Set taux_tva in percent: ${rateList(p.valeurs, w)}.`,
    'montant-ht-manquant': () => 'The amount excluding VAT is missing. Set montant_ht, or montant_ttc and taux_tva.',
    'montant-ht-calcule': (p, w) =>
      `Amount excluding VAT derived: ${w.money(p.ttc)} incl. VAT at ${w.vat(p.taux)} = ${w.money(p.ht)} excl. VAT. Set montant_ht if it differs (rounding on the quote).`,
    'montant-ttc-incoherent': (p, w) =>
      `The amount including VAT (${w.money(p.ttc)}) does not match the amount excluding VAT (${w.money(p.ht)}) at ${w.vat(p.taux)}, which gives ${w.money(p.attendu)}. The amount excluding VAT is used; check the quote.`,
    'montant-ttc-inferieur-ht': (p, w) =>
      `The amount excluding VAT (${w.money(p.ht)}) exceeds the amount including VAT (${w.money(p.ttc)}): the two are likely swapped. The amount excluding VAT is used for the grant; check montant_ht and montant_ttc on the quote.`,
    'montant-nul': () => 'Expense of zero. Give its amount or remove the line.',
    'nature-inconnue': (p, w) =>
      `Unknown nature "${p.valeur}"${w.didYouMean(p.suggestion)}: the line is to be verified and does not count in the grant. Possible values: ${p.valeurs}.`,
    'beneficiaires-inconnus': (p, w) =>
      `Unknown beneficiaries "${p.valeur}"${w.didYouMean(p.suggestion)}, value ignored. Possible values: ${p.valeurs}.`,
    'categorie-inconnue': (p, w) =>
      `Unknown category "${p.valeur}"${w.didYouMean(p.suggestion)}: the line is classified from its label. Categories: ${p.valeurs}.`,
    'depense-a-verifier': (p, w) =>
      `Line to verify: ${w.reason(p.motif, p)}. It does not count in the maximum grant until its category is confirmed: set categorie (and beneficiaires for equipment).`,
    'categorie-deduite': (p, w) => `Category deduced: ${w.reason(p.motif, p)}. Set categorie if it is another.`,
    'depense-exclue': (p, w) => `Expense not retained (${w.reason(p.motif, p)}): it does not count in the grant base.`,
    'depenses-absentes': () => 'The dossier lists no expense. List the project expenses under depenses:, with libelle and montant_ht.',
    'aucune-depense-confirmee': () =>
      'No expense is recognised as eligible: the lines to verify might be. Set their category so that the grant can be computed.',
    'aucune-depense-eligible': (p, w) =>
      `No eligible expense: the call funds only investment in these categories: ${String(p.categories).split(',').map(w.category).join(', ')}.`,
    'aide-sollicitee-manquante': (p, w) =>
      p.ineligible
        ? `The requested grant is missing. Set financement.aide_sollicitee (at most ${w.money(p.maximale)} given the eligible expenses, if the dossier were admissible).`
        : `The requested grant is missing. Set financement.aide_sollicitee (at most ${w.money(p.maximale)} given the eligible expenses).`,
    'aide-sollicitee-excessive': (p, w) =>
      p.ineligible
        ? `The requested grant (${w.money(p.sollicitee)}) exceeds the maximum grant if the dossier were admissible (${w.money(p.maximale)}); ineligible, it can receive nothing. Also lower financement.aide_sollicitee to ${w.money(p.maximale)} at most.`
        : Number(p.sollicitee) <= Number(p.maximaleSiRetenues)
          ? `The requested grant (${w.money(p.sollicitee)}) exceeds the confirmed maximum (${w.money(p.maximale)}), but not the one that would count the lines to verify (${w.money(p.maximaleSiRetenues)}). Set the category of those lines, or lower financement.aide_sollicitee to ${w.money(p.maximale)}${rebalanceEn(p)}.`
          : `The requested grant (${w.money(p.sollicitee)}) exceeds the maximum grant (${w.money(p.maximale)}). Lower financement.aide_sollicitee to ${w.money(p.maximale)} at most${rebalanceEn(p)}.`,
    'financement-desequilibre': (p, w) => {
      const cost = `${w.money(p.cout)} excl. VAT, the total of every expense: eligible, excluded and to verify${ttcNote(p.lignesTtc)}`;
      if (p.sansAutofinancement)
        return `Unbalanced financing plan: the aid (requested grant and other aid: ${w.money(p.ressources)}) exceeds the project's cost (${cost}) by ${w.money(p.ecart)}, with no self-financing at all. Check the amounts of the aid (financement) and of the expenses.`;
      return p.sens === 'excedent'
        ? `Unbalanced financing plan: the resources (requested grant, other aid and self-financing: ${w.money(p.ressources)}) exceed the project's cost (${cost}) by ${w.money(p.ecart)}. Lower the self-financing (financement.autofinancement) or an aid so that the total equals the cost, within €1.`
        : `Unbalanced financing plan: the resources (requested grant, other aid and self-financing: ${w.money(p.ressources)}) fall ${w.money(p.ecart)} short of the project's cost (${cost}). Raise the self-financing (financement.autofinancement) or add the missing aid so that the total equals the cost, within €1.`;
    },
    'autofinancement-deduit': (p, w) =>
      `Self-financing not given: it is read as the rest of the cost, ${w.money(p.autofinancement)} = ${w.money(p.cout)} excl. VAT (every expense${ttcNote(p.lignesTtc)}) − ${w.money(p.aides)} of aid. Set financement.autofinancement to confirm it.`,
    'autre-aide-financeur-manquant': (p, w) =>
      `Other aid without a funder${p.montant !== undefined ? ` (${w.money(p.montant)})` : ''}: set financeur, for example "État (DETR)", "Région" or "Europe (FEDER)".`,
    'autre-aide-montant-manquant': (p) =>
      `Missing amount for the other aid${p.financeur !== undefined ? ` "${p.financeur}"` : ''}: set montant (0 if it is not applied for yet). Without it, the financing plan is not checked.`,
    'autofinancement-insuffisant': (p, w) =>
      `The self-financing${p.deduit ? ' (deduced from the plan)' : ''} of ${w.money(p.autofinancement)} is only ${w.percent(Number(p.part) / 100)} of the project's public financing (${w.money(p.total)}: self-financing and ${w.money(p.aides)} of aid, every other aid counted as public). The CGCT (art. L1111-10 III) asks the applicant, as project owner, for at least ${w.percent(Number(p.minimum) / 100)}. ${p.deduit ? 'The cost staying the same, lower the aid (the requested grant or other aid) and give the self-financing (financement.autofinancement)' : 'Raise the self-financing or lower the aid'}; derogations exist (the préfet's decision, public disasters, protected monuments, some EU programmes): if the project has one, attach it to the dossier.`,
    'plafond-non-atteint': (p, w) =>
      `The cap of ${w.money(p.plafond)} is not reached: it would take ${w.money(p.complement)} more of eligible expenses excl. VAT (${w.money(p.base)} in all, against ${w.money(p.assiette)} retained). Only eligible expenses of the project count${p.aVerifier === undefined ? '' : `: the ${w.money(p.aVerifier)} excl. VAT of lines to verify will be among them if they are found eligible`}.`,
    'aide-sollicitee-inferieure': (p, w) =>
      p.limiteAutofinancement
        ? `The requested grant (${w.money(p.sollicitee)}) is below the maximum grant (${w.money(p.maximale)}): you may request up to ${w.money(p.jusqua)}, lowering the self-financing by as much, which then stays at least 20 % of the public financing (CGCT art. L1111-10 III).`
        : `The requested grant (${w.money(p.sollicitee)}) is below the maximum grant (${w.money(p.maximale)}): you may request up to ${w.money(p.jusqua)}, adjusting the financing plan.`,
    // Reading a spreadsheet export through its correspondence file (export-lecture).
    'feuille-introuvable': (p) =>
      p.feuille
        ? `The workbook has no sheet "${p.feuille}"${p.suggestion ? ` (did you mean "${p.suggestion}"?)` : ''}: its sheets are ${p.feuilles}. Correct the sheet's name in the correspondence file.`
        : `The workbook has no sheet besides the dossiers' (sheets: ${p.feuilles}). Name the expenses' sheet (depenses.feuille) in the correspondence file.`,
    'colonne-introuvable': (p) =>
      `No column "${p.colonne}" in row ${p.ligne} of titles${p.feuille ? ` of sheet ${p.feuille}` : ''}${p.suggestion ? ` (did you mean "${p.suggestion}"?)` : ''}. Titles found: ${p.colonnes || 'none'}. Correct the title in the correspondence file, or its row (ligne_titres).`,
    'titres-introuvables': (p) =>
      p.colonnes
        ? `Row ${p.ligne}${p.feuille ? ` of sheet ${p.feuille}` : ''} holds none of the titles of the correspondence file (titles found: ${p.colonnes}): this is not the export it describes, or the titles are on another row. Check the file (a CSV is separated by ";", "," or a tab) and the row of titles (ligne_titres).`
        : `Row ${p.ligne}${p.feuille ? ` of sheet ${p.feuille}` : ''} is empty: the correspondence file expects the columns' titles there. Check that the file is the export, and the row of titles (ligne_titres).`,
    'colonne-en-double': (p) =>
      `Several columns are titled "${p.colonne}"${p.feuille ? ` in sheet ${p.feuille}` : ''} (${p.cellules}): which one to read is unknown. Rename one of them in the export.`,
    'colonnes-numerotees-introuvables': (p) =>
      `No column title follows the model "${p.modele}": the expenses cannot be read. Copy a title of the export into the model, with the number replaced by {n} and the field's name by {champ}.`,
    'depense-sans-dossier-export': (p, w) =>
      p.identifiant === ''
        ? 'An expense line has no dossier number: it is counted in no dossier. Give the number of the dossier it belongs to.'
        : `${p.nombre === 1 ? 'An expense line holds' : `${w.integer(p.nombre)} expense lines hold`} dossier number "${p.identifiant}", which no dossier of the export holds: ${p.nombre === 1 ? 'it is' : 'they are'} counted in no dossier. Correct the number, or add the dossier to the export.`,
    'identifiant-manquant': (p) =>
      `This dossier has no number (row ${p.ligne}): it is named by its row. Check the export: no expense line can be joined to it.`,
    'identifiant-en-double': (p, w) =>
      p.lignes === undefined
        ? `Dossier number "${p.identifiant}" is held by ${w.integer(p.nombre)} dossier rows; each keeps its own expense lines. Check that the export does not hold a duplicate.`
        : `Dossier number "${p.identifiant}" is held by ${w.integer(p.nombre)} dossier rows: the ${w.integer(p.lignes)} expense line(s) holding it cannot be joined to any of them and are not counted. Give each dossier its own number in the export.`,
    'formule-sans-valeur': (p) =>
      `Cell computed by a formula (${p.formule || 'formula'}) with no saved value: the tool never computes formulas. Open the export in a spreadsheet and save it, or paste the value over the formula.`,
    'cellule-erreur': (p) =>
      `The cell shows a spreadsheet error (${p.valeur}): its value is unusable. Correct the formula or type the value.`,
    'date-nombre': (p, w) =>
      `Date written as a number (${p.valeur}): read as ${w.date(p.date)}, in spreadsheet days. Check it, and format the column as dates in the export.`,
    'code-complete': (p) =>
      `Code "${p.valeur}" typed as a number: its leading zero was lost, read as "${p.code}". Check it, and format the column as text in the export.`,
    'cellules-fusionnees': (p) =>
      `Merged cells (${p.plage}): the value "${p.valeur}" holds for each of them. Check that it does, or unmerge them in the export.`,
    'feuille-masquee': (p) => `Sheet "${p.feuille}" is hidden in the workbook: it was read like the others.`,
    'ligne-masquee': (p) => `Row ${p.ligne} is hidden in the workbook: it was read like the others.`,
  },
  reasons: {
    'nature-exclue': () => 'operating expense, outside the call',
    'nature-illisible': (p) => `unreadable nature "${p.nature}"`,
    'categorie-eligible': (p, w) => `category "${w.category(p.categorie)}", eligible`,
    'categorie-exclue': (p, w) => `category "${w.category(p.categorie)}", excluded by the call`,
    'categorie-contredite': (p, w) =>
      `declared "${w.category(p.declaree)}", but the label points to "${w.category(p.categorie)}", excluded by the call (${w.words(p.mots)})`,
    'classe-eligible': (p, w) =>
      `"${w.category(p.categorie)}" from the label (${w.words(p.mots)}; confidence ${w.percent(Math.round(Number(p.confiance) * 100))})`,
    'classe-eligible-par-nature': (p, w) =>
      `"${w.category(p.categorie)}" from the label (${w.words(p.mots)}; confidence ${w.percent(Math.round(Number(p.confiance) * 100))}): equipment with no users (a sensor, a meter, a display, an outdoor kiosk…) serves the territory, no beneficiaires need be given`,
    'classe-exclue': (p, w) => `"${w.category(p.categorie)}" from the label (${w.words(p.mots)}), excluded by the call`,
    'classe-obligation-sous-seuil': (p, w) =>
      p.sousLeSeuilEn === undefined
        ? `${p.obligationEn} is mandatory only from ${w.integer(p.seuil)} inhabitants, and the commune has ${w.integer(p.population)} (${w.words(p.mots)}): it is no obligation for it; give the category of what the line buys${writtenPopulationEn(p)}`
        : `${p.obligationEn} is mandatory only from ${w.integer(p.seuil)} inhabitants, and the commune has ${w.integer(p.population)} (${w.words(p.mots)}): the line may be eligible if it goes beyond ${p.sousLeSeuilEn}${writtenPopulationEn(p)}`,
    'classe-eligible-hors-obligation': (p, w) =>
      `"${w.category(p.categorie)}" from the label (${w.words(p.mots)}): ${p.obligationEn} is mandatory only from ${w.integer(p.seuil)} inhabitants, and the commune has ${w.integer(p.population)}; what it chooses to offer is not excluded as a legal obligation${writtenPopulationEn(p)}`,
    'classe-obligation-population-inconnue': (p, w) =>
      `legal obligation from ${w.integer(p.seuil)} inhabitants (${p.obligationEn}, ${p.source}; ${w.words(p.mots)}), and the applicant's population is not known: excluded by the call if it reaches that threshold, unless the line goes beyond`,
    'classe-obligation-condition': (p, w) =>
      `${p.obligationEn} (${p.source}) is mandatory ${p.seuil === undefined ? '' : `from ${w.integer(p.seuil)} inhabitants and `}from ${p.conditionEn}, which the dossier does not say (${w.words(p.mots)}): excluded by the call if the applicant is bound, unless the line goes beyond`,
    'classe-obligation-presumee': (p, w) =>
      `legal obligation (${p.obligationEn}, ${p.source}; ${w.words(p.mots)}), excluded by the call: it binds from ${p.seuil === undefined ? '' : `${w.integer(p.seuil)} inhabitants and `}${p.conditionEn}, ${p.presomptionEn}${writtenPopulationEn(p)}`,
    'classe-obligation-a-confirmer': (p, w) =>
      `perhaps a legal obligation (${p.obligationEn}, ${p.source}; ${w.words(p.mots)}), to be confirmed: excluded by the call if it binds the applicant`,
    'classe-obligation-seuil-atteint': (p, w) =>
      `legal obligation for a commune of ${w.integer(p.population)} inhabitants${p.agents === undefined ? '' : ` and ${w.integer(p.agents)} agents (read in the label)`} (${p.obligationEn}, from ${w.integer(p.seuil)} inhabitants${p.agents === undefined ? '' : ` and ${p.conditionEn}`}; ${w.words(p.mots)}), excluded by the call${writtenPopulationEn(p)}`,
    'classe-obligation-partielle': (p, w) =>
      `the line names a legal obligation (${p.obligationEn}; ${w.words(p.mots)}), excluded by the call, and "${p.partieInconnue}", which the classifier does not recognise: split it into one line per item, each with its own amount, rather than excluding the whole amount`,
    'classe-aucun-signal': () => 'no word of the label names a category of the call',
    'classe-faible': (p, w) => `perhaps "${w.category(p.categorie)}", but the clues are weak (${w.words(p.mots)})`,
    'classe-ligne-mixte': (p, w) =>
      `the line brings together items the call treats differently (${w.words(p.mots)}): split it into one line per item, each with its own amount, rather than one status for the whole amount`,
    'classe-conflit': (p, w) =>
      `the label points both to "${w.category(p.categorie)}" (${w.words(p.mots)}) and to "${w.category(p.autre)}" (${w.words(p.motsAutre)})`,
    'classe-destination-inconnue': (p, w) =>
      `digital equipment (${w.words(p.mots)}) whose users are not stated: eligible for the public, excluded for ${w.internalUsers()}`,
    'classe-destination-mixte': (p, w) =>
      `digital equipment meant both for the public and for ${w.internalUsers()} (${w.words(p.mots)}): split the line into one for the public and one for ${w.internalUsers()}, each with its own amount`,
    'classe-accessoires': (p, w) =>
      `accessories alone (${w.words(p.mots)}) at ${w.money(p.prixUnitaire)} incl. VAT each${p.quantite === undefined ? '' : ` (${w.integer(p.quantite)} units)`}, under ${w.money(p.seuil)} incl. VAT per unit: rather an operating cost, unless they protect equipment of the project`,
  },
  rules: {
    'dossier-lecture': 'The file reads as a dossier (YAML or JSON).',
    'export-lecture': 'A spreadsheet export reads through its correspondence file: its sheets, its columns, its dossier numbers.',
    'dossier-format': 'Each section of the dossier has the expected shape.',
    'porteur-type': 'The applicant is a local authority, a grouping or a CCAS.',
    'porteur-territoire': 'The applicant exists and is in the territory of the call (official geographic code).',
    'porteur-siren': "The applicant's SIREN is present and valid.",
    'porteur-identite': "The applicant's SIREN and name are those of the official commune or EPCI.",
    'projet-axes': 'The project answers at least one priority axis.',
    'depot-delai': 'The dossier is filed by the deadline.',
    'depense-montant': 'Each expense has an amount excluding VAT.',
    'depense-categorie': 'Each expense is of an eligible category.',
    'depenses-eligibles': 'The project has at least one eligible expense.',
    'aide-sollicitee': 'The requested grant does not exceed the maximum grant.',
    'dossier-completude': 'The dossier names its applicant and its project.',
    'financement-plan':
      'The financing plan balances (requested grant + other aid + self-financing = the excl. VAT cost of every expense, within €1) and names each other funder with its amount.',
    'financement-autofinancement': 'The applicant funds at least 20 % of the public financing of its project (CGCT art. L1111-10 III).',
    'financement-conseil': 'Advice: the eligible expenses that would reach the cap, a requested grant below the maximum.',
  },
  verdicts: { eligible: 'ELIGIBLE', 'a-completer': 'TO COMPLETE', ineligible: 'INELIGIBLE', illisible: 'UNREADABLE' },
  statuses: { eligible: 'eligible', exclue: 'excluded', 'a-verifier': 'to verify' },
  gravities: { bloquant: 'blocking', avertissement: 'warning', info: 'info' },
  language: {
    thousandsSeparator: ',',
    quote: (text) => `"${text}"`,
    didYouMean: (suggestion) => ` (did you mean "${suggestion}"?)`,
    or: ' or ',
    forName: (name) => name,
    authorityItself: () => 'the authority itself',
  },
  ui: {
    colon: ': ',
    applicant: 'Applicant',
    project: 'Project',
    axes: 'Axes',
    referenceDate: (source) => `Submission date used (${SOURCES[source] ?? source})`,
    referenceDateUnusable: 'Submission date',
    referenceDateUnusableValue: 'unreadable (see the problems), so the deadline is not checked',
    expenses: 'Expenses',
    noExpenses: 'No readable expense.',
    moreLines: (count) => `… and ${count} more lines: the JSON report (--format json) has them all.`,
    columns: { index: 'no.', label: 'Label', amountHt: 'Amount excl. VAT', category: 'Category', status: 'Status' },
    listItem: {
      depenses: (n) => `expense no. ${n}`,
      'financement.autres_aides': (n) => `other aid no. ${n}`,
      'projet.axes': (n) => `axis no. ${n}`,
      'projet.communes_associees': (n) => `associated commune no. ${n}`,
    },
    derivedFromTtc: '(derived from incl. VAT)',
    uncategorised: '—',
    grant: 'Grant computation',
    eligibleBase: 'Eligible base',
    beforeTax: 'excl. VAT',
    capApplied: (cap) => `Cap of ${cap} applied`,
    capNotReached: (cap) => `Cap of ${cap} not reached`,
    capReached: (cap) => `Cap of ${cap} reached`,
    maximum: 'Maximum grant',
    provisional: (lines) => `provisional: ${lines === 1 ? '1 line has' : `${lines} lines have`} no amount excluding VAT`,
    upTo: (amount) => `up to ${amount} if the lines to verify are accepted`,
    forInformation: 'for information: the dossier is ineligible',
    maximumIfVerified: (toVerify) => `if the lines to verify (${toVerify} excl. VAT) are accepted`,
    ineligibleGetsNothing: 'the dossier is ineligible: no grant',
    ifAdmissible: 'if the dossier were admissible',
    requested: 'Requested grant',
    problems: (count) => (count === 1 ? '1 problem' : `${count} problems`),
    noProblem: 'No problem.',
    clause: 'Call',
    rule: 'rule',
    summary: (c) =>
      `${c.total} dossier${c.total > 1 ? 's' : ''}: ${c.eligible} eligible, ${c.aCompleter} to complete, ${c.ineligible} ineligible, ${c.illisible} unreadable.`,
    progress: (done, total) => `Checking: ${done}/${total} files…`,
    batch: {
      columns: {
        file: 'File',
        applicant: 'Applicant',
        verdict: 'Verdict',
        eligibleHt: 'Eligible',
        maximum: 'Max. grant',
        requested: 'Requested',
        blocking: 'Block.',
        warnings: 'Warn.',
      },
      total: 'Total',
      grantableTotal: 'Total eligible or to complete',
      ineligibleTotal: 'Ineligible (no grant)',
      unreadableTotal: 'Unreadable',
      withoutRequest: (count) =>
        count === 1
          ? 'Requested: 1 dossier eligible or to complete gives no requested grant; the total leaves it out.'
          : `Requested: ${count} dossiers eligible or to complete give no requested grant; the total leaves them out.`,
      provisional: (count) =>
        `Max. grant: provisional for ${count === 1 ? '1 dossier' : `${count} dossiers`} (a line without its amount excl. VAT); the total may rise.`,
      dossiers: (count) => `${count} dossier${count > 1 ? 's' : ''}`,
      detailHint: 'Detailed report of one dossier, with the clauses of the call: dossier-check check FILE',
    },
    whyLines: 'Why each line',
    criteria: (documented, total) => `Analysis criteria: ${documented} of ${total} documented`,
    criteriaAdvice: '(advice to strengthen the application; the verdict does not depend on it)',
    toDocument: (fields) => `describe it in ${fields}`,
    or: ' or ',
    edition: 'Edition applied',
    missing: '(not given)',
    law: 'Law',
    financing: {
      heading: 'Financing plan',
      cost: (fromTtc) =>
        `Project cost (every expense, excl. VAT${fromTtc > 0 ? `; ${fromTtc === 1 ? '1 line derived' : `${fromTtc} lines derived`} from incl. VAT` : ''})`,
      unknown: 'unknown',
      requested: 'Requested grant (Département)',
      unnamedFunder: (n) => `Other aid no. ${n} (funder not given)`,
      selfFinancing: 'Self-financing',
      declared: 'declared',
      deduced: 'deduced: the rest of the cost',
      resources: 'Total resources',
      balanced: 'balanced',
      unbalanced: (gap, excess) => (excess ? `unbalanced: ${gap} above the cost` : `unbalanced: ${gap} short of the cost`),
      notJudged: 'not checked: an amount is missing or could not be read',
      selfShare: 'Self-financing share of the public financing',
      selfShareValue: (share, minimum) => `${share} (minimum ${minimum}, CGCT art. L1111-10 III)`,
    },
  },
  schema: {
    title: (titre) => `Application dossier — ${titre}`,
    description: 'Format of the dossiers read by dossier-check, described field by field in docs/dossier.md.',
  },
  interviewSummary: {
    heading: 'Summary before the dossier is written:',
    applicant: (nom, siren, codeInsee) => `  Applicant: ${nom} (SIREN ${siren}, INSEE code ${codeInsee})`,
    project: (titre) => `  Project: ${titre}`,
    description: (text) => `  Description: ${text}`,
    axes: (axes) => `  Axes: ${axes}`,
    expenses: '  Expenses:',
    expense: (index, libelle, category, amount, status) => `    ${index}. ${libelle} — ${category} — ${amount} excl. VAT — ${status}`,
    noCategory: 'category to choose',
    statuses: {
      eligible: 'eligible, counts in the grant',
      'a-verifier': 'to be verified by the Département, not counted in the maximum grant',
      exclue: 'not funded by the call',
    },
    maximum: (amount) => `  Maximum grant: ${amount}`,
    maximumExcluded: (none) => `  Maximum grant: ${none} (this type of applicant is not eligible)`,
    maximumLate: (none, ifAdmissible) => `  Maximum grant: ${none} (late: no grant; ${ifAdmissible} if the dossier were admissible)`,
    requested: (amount) => `  Grant requested: ${amount}`,
    date: (date) => `  Submission date: ${date}`,
    dateLate: (date, lastDay) => `  Submission date: ${date} — after the deadline of ${lastDay}: late`,
    analysis: '  Analysis criteria:',
    analysisText: (criterion, text) => `    ${criterion}: ${text}`,
    next: 'Write the dossier, or change an answer?',
    write: 'Write the dossier',
    changeApplicant: (nom) => `Change the applicant (${nom})`,
    changeTitle: 'Change the project title',
    changeDescription: 'Change the description',
    changeAxes: 'Change the axes',
    changeExpense: (index, libelle) => `Change expense no. ${index} (${libelle})`,
    deleteExpense: (index, libelle) => `Delete expense no. ${index} (${libelle})`,
    addExpense: 'Add an expense',
    changeRequested: 'Change the grant requested',
    changeDate: 'Change the submission date',
    changeAnalysis: 'Change the analysis criteria',
    confirmDelete: (index, libelle) => `Delete expense no. ${index} (${libelle})?`,
    lastExpense: '→ This is the only expense, and a dossier needs at least one: change it, or add another one first.',
    expenseLabelOrEnd: (index) => `Expense no. ${index}: label (as on the quote; Enter with nothing typed to end the list):`,
    atLeastOneExpense: 'At least one expense is needed: type its label, as on the quote.',
    maximumChanged: (before, after) => `→ The maximum grant goes from ${before} to ${after}.`,
    requestWasMaximum: '→ You were requesting the maximum grant: the new maximum is offered.',
    requestAboveMaximum: (requested) =>
      `→ The grant requested (${requested}) is now above the maximum grant, which the check would block: the new maximum is offered.`,
  },
  interview: {
    answers: {
      required: 'An answer is needed.',
      negativeAmount: 'An amount is not negative: write it without a sign.',
      amountRefused: (reason) => `Amount refused: ${reason}.`,
      dateRefused: (reason, example) => `Date refused: ${reason}. Write DD/MM/YYYY, for example ${example}.`,
    },
    fileHeader: (edition, today, check) =>
      ` Application dossier: ${edition},\n created by dossier-check init on ${today}.\n To check it again: ${check} <this file>`,
    pageFileHeader: (edition, today) =>
      ` Application dossier: ${edition},\n created with the dossier-check checking page on ${today}.\n To check it again: open it in the page, part "Check a dossier".`,
    type: 'Who is filing the dossier?',
    eligibility: { eligible: 'eligible', 'a-confirmer': 'to confirm with the Département', 'non-eligible': 'not eligible to this call' },
    notEligible: 'Warning: this type of applicant is not eligible to the call. The dossier will be "ineligible".',
    commune: 'Your commune (type part of its name):',
    communePrefix: 'Commune de ',
    epci: 'Your inter-municipal body (type part of its name):',
    seat: 'Seat commune (type part of its name):',
    name: 'Applicant name:',
    siren: 'Applicant SIREN (9 digits):',
    title: 'Project title:',
    description: 'Project description (optional, Enter to skip):',
    axes: 'Axes of the call the project answers (Space to tick):',
    atLeastOneAxis: 'Tick at least one axis: it is an eligibility condition.',
    expenseLabel: (index) => `Expense no. ${index}: label (as on the quote):`,
    deduced: (reason) => `→ Suggested category: ${reason}.`,
    notDeduced: '→ The label does not tell the category: choose it.',
    category: 'Category of the expense:',
    excluded: 'not funded',
    amount: 'Amount excluding VAT (for example 2,400.50):',
    grantSoFar: (amount) => `→ Maximum grant so far: ${amount}.`,
    grantSoFarExcluded: (none, ifAdmitted) =>
      `→ Maximum grant: ${none}, this type of applicant is not eligible (${ifAdmitted} if it were).`,
    another: 'Add another expense?',
    requested: 'Grant requested from the Département (€):',
    analysis: 'Fill in the analysis criteria now (innovation, pooling…)?',
    criteria: {
      innovation: 'How is the project innovative for the territory?',
      accompagnement_usagers: 'How will users be supported?',
      mutualisation: 'Is the project pooled (EPCI, communes, partners)?',
      mode_projet: 'How is the project managed (project mode)?',
      replicabilite: 'Could the project be reproduced elsewhere?',
      association_usagers: 'How are users involved in its design?',
    },
    noTerminal:
      'dossier-check init asks questions and needs a terminal. Without one, write the dossier by hand from an example in the examples/ folder, then check it with dossier-check check.',
    aborted: 'Cancelled: no file was written.',
    overwrite: (file) => `File ${file} already exists. Replace it?`,
    notWritten: 'Nothing was written.',
    written: (file) => `Dossier written to ${file}. Here is its check:`,
    completeNothing: 'Nothing is missing from the dossier: no question to ask.',
    notCreatedBecause: (reason) => `The file was not created: ${reason}.`,
    checkLangOption: ' --lang en',
    closing: {
      ready: (file, lastDay, toVerify) =>
        toVerify === 0
          ? `The dossier ${file} can be filed as it is${lastDay ? `, by ${lastDay} at the latest` : ''}.`
          : `The dossier ${file} can be filed${lastDay ? `, by ${lastDay} at the latest` : ''}; ${stillToVerifyEn(toVerify)}.`,
      ineligible: (file) => `As it stands, the dossier ${file} is ineligible (reasons above): it will receive no grant.`,
      toFix: (file, blocking, toVerify) =>
        `${blocking === 1 ? '1 blocking problem' : `${blocking} blocking problems`} to fix in ${file} before filing it (listed above)${
          toVerify === 0 ? '' : `; ${stillToVerifyEn(toVerify)}`
        }.`,
      late: (file, lastDay, otherBlocking) =>
        `The dossier ${file} is late (deadline: ${lastDay}): it can receive no grant, unless its submission date is wrong.${
          otherBlocking === 0
            ? ''
            : ` ${otherBlocking === 1 ? '1 other blocking problem is' : `${otherBlocking} other blocking problems are`} listed above.`
        }`,
      checkAgain: (command) => `To check it again after a change: ${command}`,
    },
    users: 'Who will use this equipment?',
    usersUnknown: 'I do not know yet (the line stays “to verify”)',
    doubtKept: (reason) =>
      `→ Category not written: the line stays “to verify” (${reason}). It does not count in the maximum grant until the Département confirms it.`,
    fromStandardInput:
      'init --from completes a file, not standard input ("-"): the questions are asked on the terminal and the answers written into the file. Give the name of the file to complete.',
    fromWithTarget: (from, target) =>
      `init --from completes ${from} in place and writes no other file: ${target} would not be created. To work on a copy: cp ${from} ${target}, then dossier-check init --from ${target}. Nothing was written.`,
    fromSeveral: (count) =>
      `this file holds ${count > 1 ? `${count} dossiers` : 'a list of dossiers'}; init --from completes a file holding one dossier alone. Nothing was changed.`,
    fromEncoding: (encoding, at) =>
      at
        ? `this UTF-8 file holds bytes that are not UTF-8 (${at.octets} at line ${at.ligne}, column ${at.colonne}) the tool could not write back as they are. Nothing was changed: type that character again, save the file as UTF-8, then run again.`
        : `this file (${encoding}) holds bytes the tool could not write back as they are. Nothing was changed: save it as UTF-8, then run again.`,
    notAFile: (file) => `${file} is not a regular file (a folder?): give the name of the file to write.`,
    notWrittenBecause: (reason) => `The file was not changed: ${reason}.`,
    rereadDiffers: (paths) => `read back as check would read it, what would be written differs from the original at ${paths}`,
    changedMeanwhile: 'it changed on disk while the questions were asked',
    cannotEncode: (character, encoding) => `“${character}” cannot be written in ${encoding}, the file’s encoding`,
    cannotEdit: (path) => `${path} cannot be changed without touching the rest of the file`,
    yourAnswers: 'Your answers, to copy by hand:',
    // The submission date and the answers the check would block (filing-date.ts, answer-check.ts, complete.ts).
    filingDate: (lastDay) => `Submission date (DD/MM/YYYY; deadline: ${lastDay}):`,
    filingDeadlinePassed: (lastDay) =>
      `The call's deadline (${lastDay} at midnight) has passed: no date is offered, type the date the dossier is filed.`,
    keepLateDate: 'Keep this date? The dossier will be "ineligible" (late).',
    keepIneligible: 'Keep this answer? The dossier will be "ineligible".',
    completeUnchanged: 'The dossier was not changed. What still blocks it is in its check:',
  },
  rulesList: {
    or: 'or',
    figures: (rate, cap, lastDay, zone) =>
      `Grant: ${rate} of eligible expenses excl. VAT, capped at ${cap}. Deadline: ${lastDay} at midnight (${zone}).`,
    source: 'Source of the call',
    noClause: 'Comes from the dossier format, not from a clause of the call.',
    origins: {
      'financement-plan':
        'Comes from how a grant officer reads a financing plan, not from a clause of the call: an unbalanced plan is only a warning.',
    },
  },
  edition: {
    syntax: (detail) => `the file is not valid YAML (${detail})`,
    syntaxAt: (line, message) => `line ${line}: ${message}`,
    notMapping: 'the file must describe an edition (id:, titre:, aide:…), not a list or a single value',
    unknownBase: (id, ids) => `herite: unknown edition "${id}" (built-in editions: ${ids})`,
    missing: (path) => `${path}: missing`,
    type: (path, expected) => `${path}: ${expected} expected`,
    unknownKeys: (path, keys, suggestion) => `${path}: unknown key (${keys})${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
    tooSmall: (path, minimum) => `${path}: too small or too short (minimum ${minimum})`,
    tooBig: (path, maximum) => `${path}: too large (maximum ${maximum})`,
    choices: (path, values) => `${path}: possible values ${values}`,
    missingChoice: (path, values) => `${path}: missing (possible values: ${values})`,
    format: (path, what) => `${path}: expected format: ${what}`,
    unknownClause: (path, id) => `${path}: clause "${id}" is not in clauses`,
    unknownCategory: (path, id) => `${path}: category "${id}" is not in categories`,
    badZone: (path, zone) => `${path}: unknown time zone "${zone}" (for example Europe/Paris)`,
    duplicateId: (path, id, first) => `${path}: id "${id}" already given at ${first}, so this entry would never be read`,
    unknownNature: (path, nature, suggestion) =>
      `${path}: nature "${nature}" is not in natures${suggestion ? ` (did you mean ${suggestion}?)` : ''}`,
    unknownField: (path, field, suggestion, fields) =>
      `${path}: field "${field}" names no text or list of a dossier, so the criterion could never count${
        suggestion ? ` (did you mean ${suggestion}?)` : fields ? ` (possible fields: ${fields})` : ''
      }`,
    ownId: (base) => `id: an edition that inherits from another needs its own id (for example ${base}-bis)`,
    unknownRule: (path, rule, rules) => `${path}: unknown rule "${rule}" (rules: ${rules})`,
    requiredCategory: (path, id) => `${path}: category "${id}" is needed to classify expenses`,
    rateFraction: (path, percent) => `${path}: a rate is written in percent (${percent} for ${percent}%), not as a fraction`,
    standardVatNotListed: (path, percent) =>
      `${path}: the standard rate (${percent}) must be one of the rates of tauxTvaPourcent; add it to the list or give the list's standard rate`,
    rateDecimals: (path) => `${path}: at most two decimals (for example 72.5)`,
    badDay: (path, day) => `${path}: ${day} does not exist`,
    invalid: (file, count) => `Invalid règlement ${file} (${count} error${count > 1 ? 's' : ''}):`,
  },
  correspondance: {
    syntax: (detail) => `the file is not valid YAML (${detail})`,
    syntaxAt: (line, message) => `line ${line}: ${message}`,
    notMapping: 'a correspondence file describes columns (version:, dossiers:, depenses:, valeurs:), not a list or a single value',
    missing: (path) => `${path}: missing`,
    type: (path, expected) => `${path}: ${expected} expected`,
    unknownKey: (path, key, suggestion, keys) =>
      `${path}: unknown key "${key}"${suggestion ? ` (did you mean "${suggestion}"?)` : ` (possible keys: ${keys})`}`,
    notMappable: (path, field) =>
      `${path}: ${field} (a list of funders and amounts) cannot be read from an export in this version; remove this line and check other funding by hand`,
    tooSmall: (path, minimum) => `${path}: empty or too small (minimum ${minimum})`,
    tooBig: (path, maximum) => `${path}: too large (maximum ${maximum})`,
    version: (path) => `${path}: only version 1 of the correspondence format exists; write version: 1`,
    model: (path) => `${path}: the model must hold {n} (the expense's number) and {champ} (the field's name), e.g. "Dépense {n} – {champ}"`,
    format: (path, what) => `${path}: expected format: ${what}`,
    linesForm: (path) =>
      `${path}: give either a sheet of expense lines (colonnes, with jointure) or numbered columns (colonnes_numerotees), exactly one of them`,
    joinMissing: (path) => `${path}: a sheet of expense lines needs jointure (the title of the column holding the dossier's number)`,
    separatorNotList: (path, lists) => `${path}: a separator only applies to fields that are lists (${lists}); remove it`,
    unknownValue: (path, value, field, suggestion, values) =>
      `${path}: "${value}" is not a value of ${field}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; possible values: ${values}`,
    invalid: (file, count) => `Invalid correspondence file ${file} (${count} error${count > 1 ? 's' : ''}):`,
  },
  html: {
    title: 'Dossier check report',
    summary: 'Summary',
    totals: (count, requested, maximum) =>
      count === 0
        ? 'No dossier eligible or to complete: no grant can be awarded.'
        : `Over ${count === 1 ? 'the dossier eligible or to complete' : `the ${count} dossiers eligible or to complete`}: grant requested ${requested} · maximum grant possible ${maximum}.`,
    ineligibleRequests: (count, requested) =>
      count === 1
        ? `The ineligible dossier requests ${requested}: nothing can be granted to it.`
        : `The ${count} ineligible dossiers request ${requested}: nothing can be granted to them.`,
    byVerdict:
      'Dossiers by verdict: count, grant requested and maximum grant (ineligible or unreadable dossiers get nothing; the total is over the dossiers eligible or to complete)',
    count: 'Dossiers',
    requested: 'Grant requested',
    maximum: 'Maximum grant',
    chart: 'Expenses by category',
    chartTable: 'Amounts excluding VAT by category and status, over every readable dossier',
    amount: { eligible: 'Eligible', exclue: 'Excluded', 'a-verifier': 'To verify' },
    uncategorised: 'No category',
    dossiers: 'Dossiers',
    dossiersCaption: 'One dossier per row; click a column title to sort',
    details: 'Dossier details',
    why: 'Why',
    criteria: 'Criteria',
  },
  classify: {
    category: 'Category',
    status: 'Status',
    confidence: 'Confidence',
    words: 'Deciding words',
    why: 'Why',
    population: 'Population',
    inhabitants: (count) => `${count} inhabitants`,
    fromInsee: (commune, code, millesime) => `${commune}, INSEE code ${code}, Code officiel géographique ${millesime}`,
    fromOption: (option) => `given with ${option}`,
    noPopulation: 'not given (--insee CODE or --population N): obligations with a threshold are left to check',
  },
  xlsx: {
    sheets: { dossiers: 'Dossiers', lines: 'Lines', problems: 'Problems', totals: 'Totals' },
    dossiers: {
      file: 'Dossier',
      applicant: 'Applicant',
      siren: 'SIREN',
      verdict: 'Verdict',
      eligibleHt: 'Eligible base (excl. VAT)',
      maximum: 'Maximum grant',
      requested: 'Requested grant',
      blocking: 'Blocking',
      warnings: 'Warnings',
      criteria: 'Criteria documented',
      cost: 'Project cost excl. VAT',
      selfFinancing: 'Self-financing',
      balanced: 'Plan balanced',
      otherAids: 'Other aid',
      selfFinancingDeduced: 'Self-financing deduced',
    },
    answers: { yes: 'yes', no: 'no' },
    lines: {
      dossier: 'Dossier',
      index: 'No.',
      label: 'Label',
      amountHt: 'Amount excl. VAT',
      category: 'Category',
      status: 'Status',
      reason: 'Reason',
    },
    problems: {
      dossier: 'Dossier',
      gravity: 'Severity',
      code: 'Code',
      field: 'Field',
      position: 'Line:column or cell',
      column: 'Export column',
      message: 'Message',
      rule: 'Rule',
      clause: 'Clause',
    },
    totals: {
      set: 'Set',
      verdicts: 'Verdicts',
      dossiers: 'Dossiers',
      eligibleHt: 'Eligible base (excl. VAT)',
      requested: 'Requested grant',
      maximum: 'Maximum grant',
      maximumIfVerified: 'Maximum grant if the lines to verify are accepted',
      maximumIfAdmissible: 'Maximum grant if admissible',
      withoutRequest: 'Dossiers without a requested grant',
      provisional: 'Dossiers with a provisional maximum',
      grantable: 'Dossiers that can be granted',
      ineligible: 'Ineligible dossiers (for information)',
    },
  },
  usage: {
    binaryToTerminal: (format) =>
      `The ${format} format is a binary file: it cannot be shown in a terminal. Name the file to write, for example --output report.${format}.`,
    noInput: 'No dossier file (.yaml, .yml, .json) found. Name a file or a folder, for example: dossier-check check examples',
    noMatch: (pattern) => `No dossier file matches the pattern "${pattern}".`,
    notADossier: (path, kind) =>
      `${path} is not a dossier but ${
        {
          edition: 'an edition of the call (given with --reglement)',
          schema: 'a JSON Schema',
          correspondance: 'the correspondence file of a spreadsheet export (given with --colonnes)',
          outil: 'a tool’s configuration file (npm, TypeScript, CI, pre-commit…)',
        }[kind]
      }: skipped.`,
    notFound: (path) => `No such file or folder: ${path}`,
    badDate: (value) => `Invalid date "${value}" for --date: write it YYYY-MM-DD, the year with four digits, then the month and the day.`,
    outputEmpty: '--output needs the name of the report file, for example --output report.json.',
    outputFolderName: (file) =>
      `${file} ends with "/": that names a folder. Give the name of the report file, for example ${file}report.json.`,
    outputExists: (file) => `File ${file} already exists: add --force to replace it.`,
    outputIsInput: (file) =>
      `${file} is one of the files the check reads (a dossier, an export or its correspondence file): the report will not replace it, even with --force. Choose another file.`,
    outputNotAFile: (file) => `${file} is not a regular file (a folder?): give the name of the report file.`,
    badSize: (value) => `Invalid size "${value}" for --taille-max: give a number of MiB between 0.001 and 1024, for example 20.`,
    badAmount: (value, reason) =>
      `Amount "${value}" refused for --montant: ${reason ?? 'an amount is not negative'}. Write it as 2400 or "2 400,50".`,
    badPopulation: (value, option) =>
      `Unreadable population "${value}" for ${option}: write a whole number of inhabitants, at least 1, such as 3500.`,
    badVat: (value, rates) =>
      `VAT rate "${value}" refused for --taux-tva: write one of the call's rates, as a percent (${rates.join(', ')}), such as 20 or 5.5.`,
    badInsee: (reason) => `--insee: ${reason}`,
    populationTwice: (first, second) => `${first} and ${second} both give the population: give only one.`,
    internalError: 'Internal error in dossier-check: your dossier is not at fault. Please report it with the file and the command used.',
  },
  cli: {
    geographyVintage: (millesime) => `INSEE geographic code ${millesime}`,
    pageWritten: (file, size) =>
      `Page written: ${file} (${size}). It opens in a browser, with nothing installed and no connection: publish it or send it as it is.`,
    builtInEditions: (editions) => `Built-in editions: ${editions.join('; ')}`,
    geography: (vintage) => `Geography: ${vintage}`,
    systemError: (code) => (SYSTEM_ERRORS[code] ? `${SYSTEM_ERRORS[code]} (${code})` : `system error ${code}`),
    cannotRead: (path, reason) => `Cannot read ${path}: ${reason}.`,
    cannotWrite: (path, reason) => `Cannot write ${path}: ${reason}.`,
    folderMissing: (folder) => `folder ${folder} does not exist (create it, or choose another path)`,
    notAFolder: (path) => `${path} is not a folder`,
    createRefused: (code) => `the system will not create a file there (${code})`,
    isAFolder: 'it is a folder, not a file: give the name of a file',
    notRegular: 'it is not a regular file (a device, pipe or socket)',
    tooBig: (max) => `file over ${max}`,
    outputIncomplete: (reason) => `The output could not be written whole: ${reason}. What was written is incomplete.`,
    commandFirst: (command) => `. "${command}" is a command: write it before the options (dossier-check ${command} --lang en).`,
    commandMeant: (command) => ` (did you mean the command "${command}"?)`,
    exports: {
      colonnesOption:
        'read spreadsheet exports (.xlsx, .ods, .csv) with this correspondence file (YAML): which column feeds which field of the dossier',
      csvProblemsOption: 'with --format csv: one row per problem, with its cell for an export',
      colonnesMissing: (file) =>
        `${file} is a spreadsheet export: give with --colonnes the correspondence file that says which column feeds which field of the dossier, for example --colonnes correspondance.yaml.`,
      colonnesInvalid: (file, count) => `Invalid correspondence file ${file} (${count} error${count > 1 ? 's' : ''}):`,
      csvTablesTogether: '--csv-lignes and --csv-problemes give two different tables: choose one per report.',
    },
    prompts: {
      // The library's own English, kept as it is.
      keys: { navigate: 'navigate', select: 'select', submit: 'submit', all: 'all', invert: 'invert', space: 'space' },
      checkbox: { toggle: 'tick', all: 'a', invert: 'i' },
      messages: {
        'Invalid input': 'Answer refused',
        'You must select a valid value': 'Tick boxes from the list',
        'No results found': 'No results found: type another part of the name',
        'You must provide a valid value': 'Choose one of the suggestions in the list',
        'You must provide a value': 'An answer is needed',
        'At least one choice must be selected': 'Tick at least one box (space)',
      },
      yes: 'Yes',
      no: 'No',
      yesOrNo: 'Answer "y" (yes) or "n" (no)',
    },
    help: {
      description: (titre, organisme) =>
        `Checks applications to a call for projects. Edition applied by default: ${titre} (${organisme}); another one with --reglement FILE.`,
      titles: {
        'Usage:': 'Usage:',
        'Arguments:': 'Arguments:',
        'Options:': 'Options:',
        'Commands:': 'Commands:',
        'Global Options:': 'Global Options:',
      },
      commandPlaceholder: '[command]',
      choices: (values) => `choices: ${values}`,
      default: (value) => `default: ${value}`,
      separator: '; ',
      helpOption: 'print this help',
      helpCommand: 'print the help of a command',
      helpCommandArgument: 'command',
      version: 'print the version',
      hint: (command) => `(${command} --help for help)`,
    },
    commands: {
      reglement: 'apply another edition of the call, described in a YAML file (see examples/reglements/)',
      noColor: 'no colours',
      check: {
        description: 'check dossiers (.yaml, .yml, .json files, or folders holding them)',
        paths: 'files or folders to check',
        format: 'report format',
        lang: 'report language',
        date: 'submission date to check when the dossier gives none (default: today)',
        csvLines: 'with --format csv: one row per expense line',
        output: 'write the report to a file (all at once)',
        force: 'replace the --output file if it exists',
        failOn: 'gravity that fails (exit 1)',
        explain: 'under each problem and each expense, the rule and the clause of the call (text format)',
        maxSize: 'size past which a file is not read (default: 10)',
      },
      classify: {
        description: 'classify an expense label and say why',
        label: 'the label, in quotes',
        amount: 'HT amount of the line',
        population: 'population of the applicant commune: decides legal obligations with a threshold',
        insee: 'INSEE code of the applicant commune (or of a CCAS’s commune): its population is read from the official geography',
        populationAlias: 'same as --population',
        vat: "VAT rate of the line, as a percent (20, 5.5…): the unit price of accessories is judged including VAT; without it, the call's standard rate",
        beneficiaries: (values) => `who the line is for; choices: ${values} (or those of --reglement)`,
        format: 'answer format',
        lang: 'answer language',
      },
      rules: {
        description: 'print the call as the tool applies it: each rule, what it checks, its gravity and its clause',
        format: 'format',
        lang: 'language',
      },
      schema: {
        description: 'print the JSON Schema of dossiers (for editors)',
        lang: 'language of the title and description',
      },
      init: {
        description: 'build a dossier by answering questions, then check it',
        file: 'file to write',
        lang: 'language of the questions',
        from: 'complete an existing dossier: ask only what is missing',
      },
      page: {
        description: 'write the checking page: one HTML file that checks dossiers in the browser, sending nothing',
        output: 'HTML file to write',
        lang: 'language the page opens in (the other is one click away)',
        force: 'replace the file if it exists',
      },
      help: { lang: 'language of the help' },
    },
    values: {
      paths: 'paths',
      label: 'label',
      file: 'file',
      language: 'language',
      date: 'YYYY-MM-DD',
      gravity: 'gravity',
      mebibytes: 'MiB',
      amount: 'amount',
      number: 'number',
      insee: 'code',
      who: 'who',
      rate: 'rate',
    },
    errors: {
      prefix: 'error: ',
      missingArgument: (name) => `missing argument "${name}"`,
      optionMissingArgument: (flags) => `option "${flags}" needs a value`,
      missingMandatoryOption: (flags) => `option "${flags}" is required`,
      unknownOption: (flag) => `unknown option "${flag}"`,
      unknownCommand: (name) => `unknown command "${name}"`,
      excessArguments: (command, expected, got) =>
        expected === 0
          ? `"${command}" takes no argument (${got} given)`
          : `too many arguments for "${command}": ${expected} expected, ${got} given`,
      quoteTheLabel: 'a label of several words goes between quotes, for example: dossier-check classify "tablettes tactiles"',
      invalidChoice: (value, flags, choices) => `invalid value "${value}" for option "${flags}"; choices: ${choices}`,
      other: 'invalid command line',
    },
  },
};
