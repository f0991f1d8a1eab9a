import { binarySize, type Catalogue, type Message, type Writer } from './catalogue.js';
import type { Params } from '../vocabulary.js';

/** A population read in the label, not given by the dossier: the officer checks it. */
const writtenPopulationFr = (p: Params): string =>
  p.populationLue === undefined ? '' : ` — population lue dans le libellé (« ${p.populationLue} ») : vérifiez-la`;

const SOURCES: Record<string, string> = {
  depot: 'date de dépôt du dossier',
  option: 'date donnée par --date',
  aujourdhui: 'date du jour',
};

/** The SIREN the official geography gives for the applicant's commune, when the check knows it. */
const communeSiren = (p: Params): string =>
  p.attendu === undefined ? '' : ` ; selon la géographie officielle, celui de la commune de ${p.commune} est "${p.attendu}"`;

/** The INSEE code of the commune whose SIREN the applicant gave, when the check knows it. */
const communeCode = (p: Params): string =>
  p.attendu === undefined ? '' : ` ; selon le SIREN donné, c’est la commune de ${p.commune}, code "${p.attendu}"`;

const AMOUNTS: Record<string, Message> = {
  type: () => 'ce n’est ni un nombre ni un texte : écrivez un seul montant, comme 2400 ou « 2 400,50 € »',
  'non-fini': () => 'ce n’est pas un nombre fini : écrivez le montant en chiffres',
  vide: () => 'aucun montant n’est écrit : indiquez-le en chiffres, ou retirez le champ s’il n’est pas encore connu',
  decimales: () => 'plus de deux décimales : un montant s’arrête aux centimes, comme 2 400,50',
  ambigu: () =>
    'impossible de savoir si le point ou la virgule sépare les milliers ou les centimes : écrivez 12 500 (milliers) ou 12,50 (centimes)',
  'trop-grand': () => 'trop de chiffres pour un montant : vérifiez la saisie',
  devise: () => 'ce montant n’est pas en euros : convertissez-le et écrivez-le en euros (€)',
  multiple: () => 'écrivez le montant entier en euros, sans k€ ni M€ : 12 000 et non 12 k€',
  pourcentage: () => 'c’est un pourcentage, pas un montant : écrivez le montant en euros',
  lettres: () =>
    'des mots accompagnent le montant : n’écrivez que le nombre, suivi si besoin de « € » ; les précisions vont dans le libellé',
  plusieurs: () => 'plusieurs montants : écrivez-en un seul (faites l’addition, ou une ligne de dépense par montant)',
  separateurs: () =>
    'séparateurs de milliers et de décimales mélangés ou mal placés : écrivez 1 234 567,89 (espaces entre les milliers, virgule avant les centimes)',
  groupes: () =>
    'chiffres mal groupés : les milliers se séparent par groupes de trois chiffres, comme 12 500,00 (ou s’agit-il de deux montants ?)',
  caractere: (p) => `caractère « ${p.detail} » inattendu : écrivez le montant en chiffres, comme 2 400,50 €`,
  'mention-ht': () => 'montant marqué HT là où le montant TTC est attendu : indiquez le montant toutes taxes comprises',
  'mention-ttc': () => 'montant marqué TTC là où le montant HT est attendu : indiquez le montant hors taxes',
  'mention-taxe': (p) => `ce montant n’est ni HT ni TTC : retirez la mention « ${p.detail} »`,
};

/** Why a VAT rate is refused (schema.ts). */
const RATE_ERRORS: Record<string, (p: Params) => string> = {
  vide: () => 'aucun taux n’est écrit',
  negatif: () => 'un taux de TVA n’est pas négatif',
  lettres: () => 'des mots accompagnent le taux : n’écrivez que le nombre, suivi si besoin de « % »',
  plusieurs: () => 'plusieurs taux : une ligne de dépense a un seul taux (une ligne par taux)',
  caractere: (p) => `caractère « ${p.detail} » inattendu`,
  chiffres: () => 'trop de chiffres ou de décimales pour un taux',
};

/** Why a date is refused (dates.ts, whyNotADate). */
/** A phrase that gives the edition's example commune, or nothing when the edition gives none. */
function withExample(w: Writer, phrase: (commune: { codeInsee: string; nom: string }) => string): string {
  const commune = w.exampleCommune();
  return commune ? phrase(commune) : '';
}

/** « de » before a place as French contracts it: « de la Loire », « du Rhône », « des Hauts-de-Seine ». */
function ofPlace(place: string): string {
  if (place.startsWith('le ')) return `du ${place.slice(3)}`;
  if (place.startsWith('les ')) return `des ${place.slice(4)}`;
  return `de ${place}`;
}

const DATE_ERRORS: Record<string, string> = {
  vide: 'aucune date n’est écrite',
  inexistante: 'ce jour n’existe pas dans le calendrier',
  inverse: 'le mois est écrit avant le jour, à l’anglaise ; en France, le jour vient d’abord',
  'annee-courte': 'l’année a deux chiffres : écrivez-la en entier, sur quatre chiffres',
  separateur: 'séparez le jour, le mois et l’année par des barres obliques',
  lettres: 'mois en lettres ou mots en trop : écrivez la date en chiffres',
  fuseau: 'une date avec une heure doit donner son fuseau (Z ou +02:00) ; sinon, n’écrivez que la date',
  format: 'forme de date inconnue',
};

/** System errors on reading a file, said in French. */
const SYSTEM_ERRORS: Record<string, string> = {
  EACCES: 'accès refusé',
  EPERM: 'opération non permise',
  ENOENT: 'fichier introuvable',
  EISDIR: 'c’est un répertoire',
  'TROP-PROFOND': 'plus de 32 niveaux de sous-dossiers',
  ELOOP: 'boucle de liens symboliques',
  EMFILE: 'trop de fichiers ouverts',
  EIO: 'erreur de lecture',
  ENOTDIR: 'un élément du chemin n’est pas un répertoire',
  EEXIST: 'le fichier existe déjà',
  EROFS: 'système de fichiers en lecture seule',
  ENOSPC: 'disque plein',
  EDQUOT: 'quota de disque dépassé',
  EFBIG: 'fichier trop grand pour le système',
  ENAMETOOLONG: 'nom trop long',
  ENFILE: 'trop de fichiers ouverts sur le système',
  EBUSY: 'fichier occupé',
  ETXTBSY: 'fichier occupé',
  ENXIO: 'périphérique absent',
  ENODEV: 'périphérique absent',
  EAGAIN: 'ressource temporairement indisponible',
  EPIPE: 'le lecteur est parti',
};

/**
 * The yaml package's error codes, said in French with their likeliest fix,
 * when no situation of yaml-diagnosis.ts was recognised.
 */
const YAML_ERRORS: Record<string, string> = {
  BAD_INDENT: 'indentation incorrecte : alignez chaque clé sur ses voisines de la même rubrique, avec des espaces (2 de plus par niveau)',
  TAB_AS_INDENT: 'tabulation dans l’indentation : remplacez-la par des espaces',
  DUPLICATE_KEY: 'clé en double : gardez-en une seule par rubrique',
  MULTIPLE_DOCS: 'plusieurs documents dans le même fichier (« --- ») : un seul dossier par fichier ici',
  MISSING_CHAR: 'caractère manquant : fermez le guillemet, le crochet ou l’accolade ouvert, ou ajoutez « : » après la clé',
  UNEXPECTED_TOKEN: 'élément inattendu : si la valeur contient des caractères spéciaux, mettez-la entre guillemets',
  BLOCK_AS_IMPLICIT_KEY: 'clé mal placée : si la valeur contient « : », mettez-la entre guillemets ; sinon vérifiez l’indentation',
  MULTILINE_IMPLICIT_KEY: 'clé sur plusieurs lignes : ajoutez « : » après la clé, ou écrivez la valeur sur une seule ligne',
  BAD_SCALAR_START: 'valeur qui commence par un caractère réservé : mettez-la entre guillemets',
  BAD_DQ_ESCAPE: 'barre oblique inverse « \\ » entre guillemets doubles : mettez la valeur entre apostrophes',
  BAD_ALIAS: 'valeur qui commence par « * » ou « & » : mettez-la entre guillemets',
  ALIAS_PROPS: 'valeur qui commence par « * » : mettez-la entre guillemets',
  BAD_PROP_ORDER: 'valeur qui commence par « & » ou « ! » : mettez-la entre guillemets',
  KEY_OVER_1024_CHARS: 'plus de 1 024 caractères avant « : » : un retour à la ligne manque-t-il ?',
  BLOCK_IN_FLOW: '« - » entre crochets : séparez les éléments par des virgules',
  MULTIPLE_ANCHORS: 'valeur qui commence par « & » : mettez-la entre guillemets',
  MULTIPLE_TAGS: 'valeur qui commence par « ! » : mettez-la entre guillemets',
  TAG_RESOLVE_FAILED: 'valeur qui commence par « ! » : mettez-la entre guillemets',
  BAD_DIRECTIVE: 'ligne qui commence par « % » : mettez la valeur entre guillemets',
  NON_STRING_KEY: 'clé qui n’est pas un simple mot : écrivez la clé seule avant « : »',
  BAD_COLLECTION_TYPE: 'liste ou rubrique mal écrite : partez d’un exemple du dossier examples/',
  IMPOSSIBLE: 'structure illisible : partez d’un exemple du dossier examples/',
  RESOURCE_EXHAUSTION: 'fichier trop complexe : écrivez les valeurs en toutes lettres, sans alias',
};

const plural = (count: unknown, word: string) => `${count} ${word}${Number(count) > 1 ? 's' : ''}`;

/** What the person most likely did (src/parse/yaml-diagnosis.ts), with the fix. */
const YAML_SITUATIONS: Record<string, (p: Params) => string> = {
  'deux-points': (p) =>
    `« : » dans la valeur de la ligne ${p.ligne} (« ${p.extrait} ») : YAML y voit une nouvelle clé. Mettez la valeur entre guillemets : ${p.correction}`,
  indentation: (p) =>
    `la ligne ${p.ligne} est indentée de ${plural(p.espaces, 'espace')}, ses voisines de ${p.attendu} (ligne ${p.voisine}) : ${Number(p.espaces) > Number(p.attendu) ? `retirez ${plural(Number(p.espaces) - Number(p.attendu), 'espace')}` : `ajoutez ${plural(Number(p.attendu) - Number(p.espaces), 'espace')}`} au début de la ligne ${p.ligne}.`,
  tabulation: (p) =>
    `tabulation au début de la ligne ${p.ligne} : YAML n’indente qu’avec des espaces. Remplacez la tabulation par des espaces, autant que sur les lignes voisines.`,
  'caractere-reserve': (p) =>
    `la valeur de la ligne ${p.ligne} commence par « ${p.caractere} », un caractère que YAML réserve. Mettez la valeur entre guillemets : ${p.correction}`,
  apostrophe: (p) =>
    `l’apostrophe au milieu de la valeur de la ligne ${p.ligne} ferme celle qui l’ouvre. Mettez la valeur entre guillemets doubles : ${p.correction}`,
  'guillemet-non-ferme': (p) =>
    `le guillemet ouvert ligne ${p.ligne} n’est jamais fermé. Fermez-le à la fin de la valeur : ${p.correction}`,
  'crochet-non-ferme': (p) =>
    `${p.crochet === '{' ? 'l’accolade « { » ouverte' : 'le crochet « [ » ouvert'} ligne ${p.ligne} n’est pas ${p.crochet === '{' ? 'fermée' : 'fermé'}. Fermez-${p.crochet === '{' ? 'la' : 'le'} sur la même ligne : ${p.correction}`,
  'texte-apres-guillemets': (p) =>
    `du texte suit la valeur entre guillemets ligne ${p.ligne}. Mettez toute la valeur entre guillemets : ${p.correction}`,
  'texte-apres-crochet': (p) =>
    `du texte suit « ] » ligne ${p.ligne} : YAML lit « [ … ] » comme une liste. Mettez toute la valeur entre guillemets : ${p.correction}`,
  'espace-apres-deux-points': (p) => `il manque une espace après « : » ligne ${p.ligne}. Écrivez : ${p.correction}`,
  'deux-points-manquant': (p) =>
    p.suite
      ? `la ligne ${p.ligne} (« ${p.extrait} ») n’a pas de « : ». Si elle continue la valeur de la ligne ${p.precedente}, écrivez la valeur sur une seule ligne : ${p.suite} — si c’est une clé, ajoutez « : » après elle : ${p.correction}`
      : `la ligne ${p.ligne} (« ${p.extrait} ») n’a pas de « : » après sa clé. Écrivez : ${p.correction}`,
  'cle-en-double': (p) =>
    `clé en double, « ${p.cle} » : elle apparaît deux fois dans la même rubrique (lignes ${p.premiere} et ${p.ligne}). Gardez-en une seule, ou renommez celle qui est en trop.`,
  'liste-mal-placee': (p) =>
    `un élément de liste (« - ») ligne ${p.ligne} suit une clé qui a déjà sa valeur. Placez la liste sous sa propre clé, plus indentée, ou retirez le tiret.`,
  'tiret-sur-la-ligne': (p) =>
    `« - » après « : » sur la ligne ${p.ligne}. Écrivez la liste entre crochets (${p.correction}), ou chaque élément sur sa propre ligne, précédé de « - ».`,
  'barre-inverse': (p) =>
    `barre oblique inverse « \\ » entre guillemets doubles ligne ${p.ligne} : YAML y attend un caractère spécial. Mettez la valeur entre apostrophes${p.correction ? ` : ${p.correction}` : '.'}`,
  'cle-trop-longue': (p) => `plus de 1 024 caractères avant « : » ligne ${p.ligne} : un retour à la ligne manque-t-il ?`,
  'tiret-entre-crochets': (p) =>
    `« - » entre crochets ligne ${p.ligne} : entre crochets, séparez les éléments par des virgules ; sinon retirez les crochets et mettez un élément par ligne.`,
};

/** zod's type names, said in French. */
/** What an edition field expects, said with its agreement (« une liste attendue »). */
const EDITION_TYPES: Record<string, string> = {
  string: 'un texte attendu',
  number: 'un nombre attendu',
  boolean: 'vrai ou faux (true/false) attendu',
  object: 'un ensemble de champs attendu',
  array: 'une liste attendue',
  record: 'un ensemble de champs attendu',
};

/** How to turn the shape written into the shape expected, by "expected/written". */
const SHAPE_FIXES: Record<string, string> = {
  'array/object':
    'Écrivez chaque élément sur sa propre ligne, en retrait sous cette rubrique et précédé de « - » (un seul « - » par élément, devant son premier champ).',
  'array/string': 'Écrivez ses éléments entre crochets, [premier, second], ou chacun sur sa propre ligne, en retrait et précédé de « - ».',
  'object/array': 'Retirez les « - » devant ses champs : ils s’écrivent « clé: valeur », en retrait sous cette rubrique.',
};

const TYPES: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  object: 'un ensemble de champs (clé: valeur)',
  array: 'une liste',
  'number|string': 'un nombre ou un texte',
  boolean: 'vrai ou faux',
  null: 'vide',
};

/** After a project's cost: the lines whose HT amount was derived from TTC, so that the reader knows it is still HT. */
function ttcNote(lines: unknown): string {
  const count = Number(lines ?? 0);
  if (count === 0) return '';
  return count === 1 ? ' ; 1 ligne a son HT calculé du TTC' : ` ; ${count} lignes ont leur HT calculé du TTC`;
}

/** After "lower the request": the self-financing the dossier gives must grow by as much, or the plan no longer balances. */
function rebalanceFr(p: Params): string {
  return p.reequilibrer
    ? ', et augmentez d’autant l’autofinancement (ou une autre aide) pour que le plan de financement reste équilibré'
    : '';
}

/** The edition's VAT rates ("20;10;5.5"), as "20 %, 10 % ou 5,5 %". */
function rateList(rates: unknown, w: Writer): string {
  const written = String(rates)
    .split(';')
    .map((rate) => w.percent(Number(rate)));
  return written.length > 1 ? `${written.slice(0, -1).join(', ')} ou ${written[written.length - 1]}` : written.join('');
}

/** Expense lines a person must still decide on, as the closing words of init say it. */
function stillToVerifyFr(count: number): string {
  return count === 1 ? '1 dépense reste « à vérifier » (voir ci-dessus)' : `${count} dépenses restent « à vérifier » (voir ci-dessus)`;
}

export const fr: Catalogue = {
  amounts: AMOUNTS,
  dates: DATE_ERRORS,
  problems: {
    'fichier-vide': () => 'Le fichier est vide. Partez d’un exemple du dossier examples/ et complétez-le.',
    'plusieurs-dossiers': (p) =>
      `Le fichier contient ${p.nombre} dossiers séparés par « --- » alors qu’un seul est attendu ici. Mettez chaque dossier dans son propre fichier (dossier-check check, lui, les vérifie tous).`,
    'liste-vide': () => 'Le fichier contient une liste vide : aucun dossier à vérifier. Mettez-y au moins un dossier.',
    'trop-de-dossiers': (p) =>
      `Le fichier contient ${p.nombre} dossiers, plus que les ${p.max} acceptés dans un seul fichier : découpez-le en plusieurs fichiers.`,
    'trop-de-depenses': (p) =>
      `Le dossier compte ${p.nombre} lignes de dépenses, plus que les ${p.max} qu’un dossier peut avoir : il n’est pas vérifié. Regroupez les dépenses par nature (une ligne par devis ou par équipement).`,
    'problemes-similaires-nombreux': (p, w) =>
      `Et ${w.integer(p.nombre)} autres problèmes du même type (${p.code}) dans ${p.chemin}, comme en ${w.field(p.exemple)}, non détaillés un à un : corrigez-les comme ceux ci-dessus, puis vérifiez de nouveau.`,
    'cles-inconnues-nombreuses': (p) =>
      `Et ${p.nombre} autres rubriques inconnues, ignorées elles aussi : le fichier est-il bien un dossier ? Partez d’un exemple du dossier examples/.`,
    'depenses-sans-dossier': (p) =>
      `${Number(p.nombre) === 1 ? 'Le fichier contient une ligne de dépense (libelle, montant_ht…)' : `Le fichier contient une liste de ${p.nombre} lignes de dépenses (libelle, montant_ht…)`} mais pas de dossier : il manque la rubrique depenses: qui ${Number(p.nombre) === 1 ? 'la contient' : 'les contient'}, et le reste du dossier (porteur:, projet:, financement:, depot:). ${p.syntaxe === 'json' ? `Mettez ${Number(p.nombre) === 1 ? 'cette ligne' : 'ces lignes'} dans un objet, sous "depenses": [ … ], à côté de "porteur", "projet", "financement" et "depot" : partez de l’exemple examples/epci-roannais.json.` : `Placez ${Number(p.nombre) === 1 ? 'cette ligne' : 'ces lignes'} sous une ligne « depenses: », en retrait et ${Number(p.nombre) === 1 ? 'précédée' : 'chacune précédée'} de « - », puis ajoutez les autres rubriques : partez d’un exemple du dossier examples/, ou lancez dossier-check init.`}`,
    'depense-hors-dossier': () =>
      'Cet élément de la liste est une ligne de dépense (libelle, montant_ht…), pas un dossier : sa place est sous la rubrique depenses: d’un dossier. Le plus souvent, son retrait l’a sortie du dossier qui la précède : alignez son « - » sur ceux des autres lignes de depenses:.',
    'dossier-sous-cle': (p) =>
      `Le dossier est rangé sous la rubrique « ${p.cle} », que le format ne connaît pas : ses rubriques (porteur, projet, depenses, financement…) doivent être au premier niveau du fichier. Retirez ce niveau : supprimez la ligne « ${p.cle}: » et retirez un cran de retrait aux lignes suivantes.`,
    'dossiers-sous-cle': (p) =>
      `Le fichier range une liste de ${p.nombre} dossiers sous la rubrique « ${p.cle} », que le format ne connaît pas : dossier-check lit une liste de dossiers placée au premier niveau du fichier. Retirez ce niveau (le fichier doit commencer par la liste), ou mettez chaque dossier dans son propre fichier.`,
    'racine-invalide': (p) =>
      `Le fichier contient ${p.trouve === 'liste' ? 'une liste' : 'une valeur seule'} au lieu d’un dossier. Un dossier commence par les rubriques porteur:, projet:, depenses:, financement:.`,
    'yaml-invalide': (p) =>
      `Le fichier n’est pas un YAML valide : ${YAML_SITUATIONS[String(p.situation)]?.(p) ?? `${YAML_ERRORS[String(p.cause)] ?? 'erreur de syntaxe'}. Corrigez la syntaxe à la position indiquée (indentation en espaces, « : » après chaque clé).`}`,
    'commentaires-dans-valeurs-nombreux': (p, w) =>
      `Et ${w.integer(p.nombre)} autres valeurs coupées par « # », non détaillées une à une : mettez entre guillemets les valeurs qui contiennent « # ».`,
    'commentaire-dans-valeur': (p) =>
      `« ${p.commentaire} » est lu comme un commentaire, et la valeur s’arrête à « ${p.valeur} ». S’il fait partie de la valeur, mettez-la entre guillemets : ${p.correction}`,
    'json-invalide': (p) =>
      p.yaml
        ? 'Le fichier .json est écrit en YAML (clés ou textes sans guillemets doubles, commentaires, virgule finale…), que les outils JSON ne liront pas. Renommez-le en .yaml, ou mettez chaque clé et chaque texte entre guillemets doubles.'
        : `Le fichier n’est pas un JSON valide${p.caractere ? ` : caractère « ${p.caractere} » inattendu` : ''}${p.fin ? ' : le texte s’arrête trop tôt (accolade, crochet ou guillemet fermant oublié ?)' : ''}${p.cause === 'DUPLICATE_KEY' ? ' : clé en double' : ''}. Corrigez la syntaxe à la position indiquée (guillemets doubles, virgule entre les éléments, pas de virgule finale).`,
    'alias-excessifs': (p) =>
      `Le fichier utilise plus de ${p.max} valeurs par alias YAML : il n’est pas lu, par sécurité. Écrivez les valeurs en toutes lettres.`,
    'imbrication-excessive': (p) =>
      `Le fichier est imbriqué sur plus de ${p.max} niveaux : ce n’est pas un dossier. Vérifiez qu’il s’agit du bon fichier.`,
    'fichier-trop-volumineux': (p) =>
      `Fichier de plus de ${binarySize(Number(p.max), 'fr')} : au-delà de la limite, il n’est pas lu. Vérifiez le fichier ; si c’est bien un dossier ou un export, relevez la limite avec --taille-max (en Mio).`,
    'fichier-non-regulier': () =>
      'Ce n’est pas un fichier ordinaire (périphérique, tube ou socket) : il n’est pas lu. Indiquez un fichier de dossier.',
    'fichier-illisible': (p) =>
      `Le fichier ne peut pas être lu (${SYSTEM_ERRORS[String(p.erreur)] ?? p.erreur}). Vérifiez son chemin et ses droits d’accès.`,
    'dossier-illisible': (p) =>
      `Ce répertoire ne peut pas être parcouru (${SYSTEM_ERRORS[String(p.erreur)] ?? p.erreur}) : les dossiers qu’il contient ne sont pas vérifiés. Vérifiez ses droits d’accès.`,
    'encodage-converti': (p) =>
      `Fichier encodé en ${p.encodage} et non en UTF-8 : il a été converti. Enregistrez-le en UTF-8 pour éviter les erreurs d’accents.`,
    'octet-non-utf8': (p) =>
      `Octet${String(p.octets).includes(' ') ? 's' : ''} ${p.octets} hors UTF-8 dans un fichier UTF-8 (un caractère collé depuis un autre logiciel ?) : lu comme « ${p.caractere} ». Vérifiez ce caractère, retapez-le et enregistrez le fichier en UTF-8.`,
    'octets-non-utf8-nombreux': (p, w) =>
      `Et ${w.integer(p.nombre)} autres octets hors UTF-8, non détaillés un à un : enregistrez le fichier en UTF-8 depuis votre éditeur, puis vérifiez de nouveau.`,
    // Spreadsheet exports (src/tableur/read.ts).
    'classeur-illisible': (p) =>
      `Le fichier ne se lit pas comme un classeur XLSX, ODS ou CSV${p.partie ? ` (partie ${p.partie})` : ''}${p.ligne ? ` (ligne ${p.ligne})` : ''} : il est peut-être incomplet (téléchargement interrompu) ou abîmé. Rouvrez-le dans votre tableur et enregistrez-le de nouveau au format .xlsx, .ods ou .csv. (Détail technique, en anglais : ${p.detail}.)`,
    'classeur-sans-correspondance': () =>
      'Ce fichier est un classeur (XLSX, ODS ou XLS), pas un dossier : il se lit avec son fichier de correspondance, donné par --colonnes (par exemple --colonnes correspondance.yaml).',
    'classeur-chiffre': () =>
      'Classeur .xls ou protégé par un mot de passe : il ne peut pas être lu. Ouvrez-le dans votre tableur et enregistrez-le au format .xlsx (ou .ods), sans mot de passe.',
    'archive-trop-grande': (p) =>
      `Une fois décompressé, le classeur ferait ${binarySize(Number(p.taille), 'fr')}, plus que la limite de ${binarySize(Number(p.max), 'fr')} (16 fois --taille-max) : il n’est pas lu. Vérifiez le fichier ; si c’est bien un export, relevez la limite avec --taille-max (en Mio).`,
    'archive-trop-de-fichiers': (p, w) =>
      `Le classeur contient plus de ${w.integer(p.max)} fichiers internes : ce n’est pas un export de tableur, il n’est pas lu. Vérifiez qu’il s’agit du bon fichier.`,
    'trop-de-cellules': (p, w) =>
      `Le classeur contient plus de ${w.integer(p.max)} cellules remplies : il n’est pas lu. Vérifiez qu’une valeur n’a pas été recopiée sur des lignes ou colonnes entières, ou découpez l’export.`,
    'xml-dtd-refusee': (p) =>
      `La partie ${p.partie} du classeur déclare un DOCTYPE (des entités XML), ce qu’aucun tableur n’écrit et qui peut servir à une attaque : le fichier n’est pas lu. Réexportez le classeur depuis la plateforme ou votre tableur.`,
    'ligne-csv-trop-longue': (p, w) =>
      `Ligne ${p.ligne} : un enregistrement du CSV dépasse ${w.integer(p.max)} caractères (un guillemet jamais refermé ?) : le fichier n’est pas lu. Vérifiez les guillemets autour de cette ligne.`,
    'liens-externes': (p, w) =>
      `Le classeur contient ${w.integer(p.nombre)} lien${Number(p.nombre) > 1 ? 's' : ''} vers d’autres fichiers, jamais suivi${Number(p.nombre) > 1 ? 's' : ''} : les valeurs lues sont celles enregistrées dans le classeur. Si elles doivent être à jour, ouvrez-le dans votre tableur, mettez à jour les liaisons et enregistrez-le.`,
    'cle-corrigee': (p) =>
      `Rubrique « ${p.cle} » lue comme « ${p.correcte} ». Écrivez « ${p.correcte} » pour que tous les outils la reconnaissent.`,
    'cle-inconnue': (p, w) => `Rubrique « ${p.cle} » inconnue, elle est ignorée${w.didYouMean(p.suggestion)}.`,
    'type-invalide': (p) =>
      `Cette valeur doit être ${TYPES[String(p.attendu)] ?? p.attendu}, pas ${TYPES[String(p.recu)] ?? p.recu}. ${SHAPE_FIXES[`${p.attendu}/${p.recu}`] ?? 'Corrigez-la.'}`,
    'montant-invalide': (p, w) =>
      `Montant${p.valeur === undefined ? '' : ` « ${p.valeur} »`} refusé : ${AMOUNTS[String(p.raison)]?.(p, w) ?? p.raison}.`,
    'montant-mention-taxe': (p) =>
      p.attendu === 'HT'
        ? `Montant marqué ${p.mention} dans montant_ht, qui attend le montant hors taxes (l’aide se calcule sur le HT). Indiquez ici le montant HT, ou mettez ce montant dans montant_ttc avec taux_tva pour que le HT soit calculé.`
        : p.attendu === 'TTC'
          ? `Montant marqué ${p.mention} dans montant_ttc, qui attend le montant toutes taxes comprises. Mettez ce montant dans montant_ht, ou indiquez ici le montant TTC.`
          : `Montant marqué ${p.mention} : ce montant n’est ni HT ni TTC. Retirez la mention « ${p.mention} ».`,
    'montant-negatif': () => 'Un montant ne peut pas être négatif. Indiquez-le en valeur positive.',
    'montant-excessif': (p, w) => `Montant supérieur à ${w.money(p.max)} : sans doute une erreur de saisie. Vérifiez-le.`,
    'taux-tva-invalide': (p) =>
      `Taux de TVA${p.valeur === undefined ? '' : ` « ${p.valeur} »`} refusé${p.raison === undefined ? '' : ` : ${RATE_ERRORS[String(p.raison)]?.(p) ?? p.raison}`}. Indiquez-le en pourcentage, par exemple 20, 10 ou 5,5.`,
    'date-invalide': (p, w) =>
      `Date « ${p.valeur} » refusée : ${DATE_ERRORS[String(p.raison)] ?? 'date invalide ou inexistante'}. Écrivez-la AAAA-MM-JJ (${w.lastDay()}) ou JJ/MM/AAAA (${w.lastDay().split('-').reverse().join('/')}).`,
    'structure-invalide': () => 'La structure du dossier est inutilisable. Partez d’un exemple du dossier examples/.',
    'appel-inconnu': (p) => `Appel « ${p.valeur} » inconnu : le dossier est vérifié selon « ${p.applique} ». Appels connus : ${p.valeurs}.`,
    'porteur-type-manquant': (p) => `Le type de porteur manque. Indiquez porteur.type : ${p.valeurs}.`,
    'porteur-type-inconnu': (p, w) =>
      `Type de porteur « ${p.valeur} » inconnu${w.didYouMean(p.suggestion)}. Valeurs possibles : ${p.valeurs}.`,
    'porteur-type-non-eligible': (p, w) =>
      `Un porteur de type « ${w.applicantType(p.type)} » n’est pas éligible : dans ${w.territory()}, l’appel ne concerne que ces porteurs : ${String(p.valeurs).split(',').map(w.applicantType).join(', ')}. Le projet doit être porté par l’un d’eux.`,
    'porteur-type-a-confirmer': (p, w) =>
      `L’appel ne cite pas le ${w.applicantType(p.type)} parmi les porteurs : ${w.applicantNote(p.type) ?? 'il n’est accepté que sous réserve'}. Faites-le confirmer par le Département avant le dépôt.`,
    'code-insee-manquant': (p, w) =>
      `Le code INSEE de la commune du porteur (son siège pour un groupement) manque. Indiquez porteur.code_insee${p.attendu !== undefined ? communeCode(p) : withExample(w, (commune) => `, par exemple "${commune.codeInsee}"`)}.`,
    'code-insee-invalide': (p, w) =>
      `Code INSEE « ${p.valeur} » mal formé : il a 5 caractères${p.attendu !== undefined ? communeCode(p) : withExample(w, (commune) => `, par exemple "${commune.codeInsee}" (${commune.nom})`)}. Ne le confondez pas avec le code postal.`,
    'porteur-hors-territoire': (p, w) =>
      `${p.nom} (${p.valeur}) est dans le département ${p.departementNom ?? p.departement} (${p.departement}), hors ${ofPlace(w.territory())} : l’appel ne concerne que les collectivités de ce territoire.`,
    'code-insee-inconnu': (p) =>
      `Le code INSEE « ${p.valeur} » n’existe pas dans le Code officiel géographique ${p.millesime}${communeCode(p)}. Vérifiez-le : ce n’est pas le code postal.`,
    'code-insee-ancien': (p) =>
      `Le code « ${p.valeur} »${p.ancienNom ? ` (${p.ancienNom})` : ''} est celui d’une ancienne commune, aujourd’hui ${p.nom} (${p.code}) : le dossier est vérifié pour ${p.nom}. Indiquez porteur.code_insee: "${p.code}".`,
    'siren-autre-commune': (p) =>
      `Le SIREN « ${p.valeur} » n’est pas celui de ${p.nom} (${p.attendu})${p.autre ? ` : c’est celui de ${p.autre}` : ''}. Indiquez le SIREN de la commune qui dépose le dossier, ou vérifiez porteur.code_insee.`,
    'nom-non-officiel': (p) =>
      `Le nom « ${p.nom} » ne correspond pas au nom officiel « ${p.officiel} ». Écrivez le nom officiel, ou vérifiez le code INSEE et le SIREN.`,
    'siren-epci-inconnu': (p) =>
      `Le SIREN « ${p.valeur} » n’est celui d’aucun EPCI à fiscalité propre de la liste officielle ${p.millesime}${p.commune ? ` : c’est celui de la commune de ${p.commune}` : ''}. Indiquez le SIREN de l’EPCI, ou le type de porteur qui convient (commune, syndicat…).`,
    'epci-en-partie-hors-territoire': (p, w) =>
      `${p.nom} n’a que ${p.dedans} de ses ${p.total} communes membres dans ${w.territory()} : il est éligible, mais le projet doit servir ce territoire ; dites-le dans le dossier.`,
    'siege-hors-epci': (p) =>
      `${p.commune} (porteur.code_insee) n’est pas membre de ${p.nom} : indiquez le code INSEE de la commune siège de l’EPCI.`,
    'siren-manquant': (p) =>
      `Le SIREN du porteur manque. Indiquez porteur.siren (9 chiffres), tel qu’il figure sur l’avis de situation SIRENE${communeSiren(p)}.`,
    'siren-est-un-siret': (p) => `« ${p.valeur} » est un SIRET (14 chiffres). Indiquez le SIREN, ses 9 premiers chiffres : "${p.siren}".`,
    'siren-format': (p) => `SIREN « ${p.valeur} » mal formé : il a exactement 9 chiffres (les espaces sont permis)${communeSiren(p)}.`,
    'siren-cle-invalide': (p) =>
      `SIREN « ${p.valeur} » invalide : sa clé de contrôle ne correspond pas. Vérifiez chaque chiffre sur l’avis de situation SIRENE${communeSiren(p)}.`,
    'axe-manquant': (p) =>
      `Le projet ne répond à aucun axe prioritaire de l’appel. Indiquez dans projet.axes au moins un de : ${p.valeurs}.`,
    'axe-inconnu': (p, w) => `Axe « ${p.valeur} » inconnu${w.didYouMean(p.suggestion)}. Axes de l’appel : ${p.valeurs}.`,
    'porteur-nom-manquant': (_p, w) =>
      `Le nom du porteur manque. Indiquez porteur.nom${withExample(w, (commune) => `, par exemple « Commune de ${commune.nom} »`)}.`,
    'projet-titre-manquant': () => 'Le titre du projet manque. Indiquez projet.titre.',
    'projet-dates-inversees': (p, w) =>
      `Le projet finit (${w.date(p.fin)}) avant de commencer (${w.date(p.debut)}). Vérifiez projet.debut et projet.fin.`,
    'date-depot-absente': (p, w) =>
      `Pas de date de dépôt dans le dossier : le délai est vérifié à la ${SOURCES[String(p.source)]}, ${w.date(p.date)}. Indiquez depot.date pour vérifier une autre date.`,
    'depot-hors-delai': (p, w) =>
      `Dépôt le ${w.date(p.date)} (${SOURCES[String(p.source)]}), après la date limite du ${w.date(p.limite)} à minuit (${p.fuseau}) : la candidature est hors délai.`,
    'taux-tva-manquant': (p, w) =>
      `Seul le montant TTC (${w.money(p.ttc)}) est indiqué : l’aide se calcule sur le HT. Indiquez montant_ht, ou taux_tva pour que le HT soit calculé.`,
    'taux-tva-inconnu': (p, w) =>
      `Taux de TVA de ${w.percent(Number(p.valeur))} : ce n’est pas un taux appliqué en France${p.probable === undefined ? '' : `, probablement ${w.percent(Number(p.probable))} (${p.erreur === 'fraction' ? 'écrit en fraction' : 'virgule oubliée'})`}. Aucun montant HT n’est calculé avec ce taux. Indiquez taux_tva en pourcentage : ${rateList(p.valeurs, w)}.`,
    'montant-ht-manquant': () => 'Le montant HT de la dépense manque. Indiquez montant_ht, ou montant_ttc et taux_tva.',
    'montant-ht-calcule': (p, w) =>
      `Montant HT calculé : ${w.money(p.ttc)} TTC à ${w.vat(p.taux)} de TVA = ${w.money(p.ht)} HT. Indiquez montant_ht s’il diffère (arrondis du devis).`,
    'montant-ttc-incoherent': (p, w) =>
      `Le TTC indiqué (${w.money(p.ttc)}) ne correspond pas au HT (${w.money(p.ht)}) à ${w.vat(p.taux)} de TVA, qui donne ${w.money(p.attendu)}. Le HT est retenu ; vérifiez le devis.`,
    'montant-ttc-inferieur-ht': (p, w) =>
      `Le HT indiqué (${w.money(p.ht)}) dépasse le TTC (${w.money(p.ttc)}) : les deux montants sont sans doute inversés. Le HT est retenu pour l’aide ; vérifiez montant_ht et montant_ttc sur le devis.`,
    'montant-nul': () => 'Dépense d’un montant nul. Indiquez son montant ou retirez la ligne.',
    'nature-inconnue': (p, w) =>
      `Nature « ${p.valeur} » inconnue${w.didYouMean(p.suggestion)} : la ligne est à vérifier et ne compte pas dans l’aide. Valeurs possibles : ${p.valeurs}.`,
    'beneficiaires-inconnus': (p, w) =>
      `Bénéficiaires « ${p.valeur} » inconnus${w.didYouMean(p.suggestion)}, valeur ignorée. Valeurs possibles : ${p.valeurs}.`,
    'categorie-inconnue': (p, w) =>
      `Catégorie « ${p.valeur} » inconnue${w.didYouMean(p.suggestion)} : la ligne est classée d’après son libellé. Catégories : ${p.valeurs}.`,
    'depense-a-verifier': (p, w) =>
      `Ligne à vérifier : ${w.reason(p.motif, p)}. Elle ne compte pas dans l’aide maximale tant que sa catégorie n’est pas confirmée : indiquez categorie (et beneficiaires pour un équipement).`,
    'categorie-deduite': (p, w) => `Catégorie déduite : ${w.reason(p.motif, p)}. Indiquez categorie si elle est autre.`,
    'depense-exclue': (p, w) => `Dépense non retenue (${w.reason(p.motif, p)}) : elle ne compte pas dans l’assiette de l’aide.`,
    'depenses-absentes': () =>
      'Le dossier ne contient aucune dépense. Listez les dépenses du projet dans depenses:, avec libelle et montant_ht.',
    'aucune-depense-confirmee': () =>
      'Aucune dépense n’est reconnue éligible : les lignes à vérifier pourraient l’être. Indiquez leur catégorie pour que l’aide soit calculée.',
    'aucune-depense-eligible': (p, w) =>
      `Aucune dépense éligible : l’appel ne finance que des investissements de ces catégories : ${String(p.categories).split(',').map(w.category).join(', ')}.`,
    'aide-sollicitee-manquante': (p, w) =>
      p.ineligible
        ? `Le montant de l’aide sollicitée manque. Indiquez financement.aide_sollicitee (au plus ${w.money(p.maximale)} d’après les dépenses éligibles, si le dossier était recevable).`
        : `Le montant de l’aide sollicitée manque. Indiquez financement.aide_sollicitee (au plus ${w.money(p.maximale)} d’après les dépenses éligibles).`,
    'aide-sollicitee-excessive': (p, w) =>
      p.ineligible
        ? `L’aide sollicitée (${w.money(p.sollicitee)}) dépasse l’aide maximale si le dossier était recevable (${w.money(p.maximale)}) ; inéligible, il ne peut rien recevoir. Ramenez aussi financement.aide_sollicitee à ${w.money(p.maximale)} au plus.`
        : Number(p.sollicitee) <= Number(p.maximaleSiRetenues)
          ? `L’aide sollicitée (${w.money(p.sollicitee)}) dépasse l’aide maximale confirmée (${w.money(p.maximale)}), mais pas celle qui compterait les lignes à vérifier (${w.money(p.maximaleSiRetenues)}). Indiquez la catégorie de ces lignes, ou ramenez financement.aide_sollicitee à ${w.money(p.maximale)}${rebalanceFr(p)}.`
          : `L’aide sollicitée (${w.money(p.sollicitee)}) dépasse l’aide maximale (${w.money(p.maximale)}). Ramenez financement.aide_sollicitee à ${w.money(p.maximale)} au plus${rebalanceFr(p)}.`,
    'financement-desequilibre': (p, w) => {
      const cost = `${w.money(p.cout)} HT, total de toutes les dépenses : éligibles, exclues et à vérifier${ttcNote(p.lignesTtc)}`;
      if (p.sansAutofinancement)
        return `Plan de financement déséquilibré : les aides (aide sollicitée et autres aides : ${w.money(p.ressources)}) dépassent de ${w.money(p.ecart)} le coût du projet (${cost}), sans même d’autofinancement. Vérifiez les montants des aides (financement) et des dépenses.`;
      return p.sens === 'excedent'
        ? `Plan de financement déséquilibré : les ressources (aide sollicitée, autres aides et autofinancement : ${w.money(p.ressources)}) dépassent de ${w.money(p.ecart)} le coût du projet (${cost}). Réduisez l’autofinancement (financement.autofinancement) ou une aide pour que le total égale le coût, à 1 € près.`
        : `Plan de financement déséquilibré : les ressources (aide sollicitée, autres aides et autofinancement : ${w.money(p.ressources)}) sont inférieures de ${w.money(p.ecart)} au coût du projet (${cost}). Augmentez l’autofinancement (financement.autofinancement) ou ajoutez l’aide manquante pour que le total égale le coût, à 1 € près.`;
    },
    'autofinancement-deduit': (p, w) =>
      `Autofinancement non indiqué : il est lu comme le reste du coût, ${w.money(p.autofinancement)} = ${w.money(p.cout)} HT (toutes les dépenses${ttcNote(p.lignesTtc)}) − ${w.money(p.aides)} d’aides. Indiquez financement.autofinancement pour le confirmer.`,
    'autre-aide-financeur-manquant': (p, w) =>
      `Autre aide sans financeur${p.montant !== undefined ? ` (${w.money(p.montant)})` : ''} : indiquez financeur, par exemple « État (DETR) », « Région » ou « Europe (FEDER) ».`,
    'autre-aide-montant-manquant': (p) =>
      `Montant manquant pour l’autre aide${p.financeur !== undefined ? ` « ${p.financeur} »` : ''} : indiquez montant (0 si elle n’est pas encore demandée). Sans lui, le plan de financement n’est pas vérifié.`,
    'autofinancement-insuffisant': (p, w) =>
      `L’autofinancement${p.deduit ? ' (déduit du plan)' : ''} de ${w.money(p.autofinancement)} ne fait que ${w.percent(Number(p.part) / 100)} des financements publics du projet (${w.money(p.total)} : autofinancement et ${w.money(p.aides)} d’aides, chaque autre aide comptée comme publique). Le CGCT (art. L1111-10 III) demande au porteur, maître d’ouvrage, au moins ${w.percent(Number(p.minimum) / 100)}. ${p.deduit ? 'Le coût restant le même, réduisez les aides (aide sollicitée ou autres aides) et indiquez l’autofinancement (financement.autofinancement)' : 'Augmentez l’autofinancement ou réduisez les aides'} ; des dérogations existent (décision du préfet, calamités publiques, monuments protégés, certains programmes européens) : si le projet en bénéficie, joignez-la au dossier.`,
    'plafond-non-atteint': (p, w) =>
      `Le plafond de ${w.money(p.plafond)} n’est pas atteint : il faudrait ${w.money(p.complement)} de dépenses éligibles HT en plus (${w.money(p.base)} au total, contre ${w.money(p.assiette)} retenus). Seules des dépenses éligibles du projet comptent${p.aVerifier === undefined ? '' : ` : les ${w.money(p.aVerifier)} HT de lignes à vérifier en feront partie si elles sont jugées éligibles`}.`,
    'aide-sollicitee-inferieure': (p, w) =>
      p.limiteAutofinancement
        ? `L’aide sollicitée (${w.money(p.sollicitee)}) est inférieure à l’aide maximale (${w.money(p.maximale)}) : vous pouvez solliciter jusqu’à ${w.money(p.jusqua)} en réduisant d’autant l’autofinancement, qui reste alors d’au moins 20 % des financements publics (CGCT art. L1111-10 III).`
        : `L’aide sollicitée (${w.money(p.sollicitee)}) est inférieure à l’aide maximale (${w.money(p.maximale)}) : vous pouvez solliciter jusqu’à ${w.money(p.jusqua)}, en ajustant le plan de financement.`,
    // Reading a spreadsheet export through its correspondence file (export-lecture).
    'feuille-introuvable': (p) =>
      p.feuille
        ? `Le classeur n’a pas de feuille « ${p.feuille} »${p.suggestion ? ` (vouliez-vous dire « ${p.suggestion} » ?)` : ''} : ses feuilles sont ${p.feuilles}. Corrigez le nom de la feuille dans le fichier de correspondance.`
        : `Le classeur n’a pas d’autre feuille que celle des dossiers (feuilles : ${p.feuilles}). Nommez la feuille des dépenses (depenses.feuille) dans le fichier de correspondance.`,
    'colonne-introuvable': (p) =>
      `Aucune colonne « ${p.colonne} » dans la ligne ${p.ligne} des titres${p.feuille ? ` de la feuille ${p.feuille}` : ''}${p.suggestion ? ` (vouliez-vous dire « ${p.suggestion} » ?)` : ''}. Titres trouvés : ${p.colonnes || 'aucun'}. Corrigez le titre dans le fichier de correspondance, ou sa ligne (ligne_titres).`,
    'titres-introuvables': (p) =>
      p.colonnes
        ? `La ligne ${p.ligne}${p.feuille ? ` de la feuille ${p.feuille}` : ''} ne contient aucun des titres du fichier de correspondance (titres trouvés : ${p.colonnes}) : ce n’est pas l’export qu’il décrit, ou les titres sont sur une autre ligne. Vérifiez le fichier (un CSV se sépare par « ; », « , » ou une tabulation) et la ligne des titres (ligne_titres).`
        : `La ligne ${p.ligne}${p.feuille ? ` de la feuille ${p.feuille}` : ''} est vide : le fichier de correspondance y attend les titres des colonnes. Vérifiez que le fichier est bien l’export, et la ligne des titres (ligne_titres).`,
    'colonne-en-double': (p) =>
      `Plusieurs colonnes s’intitulent « ${p.colonne} »${p.feuille ? ` dans la feuille ${p.feuille}` : ''} (${p.cellules}) : on ne sait pas laquelle lire. Renommez l’une d’elles dans l’export.`,
    'colonnes-numerotees-introuvables': (p) =>
      `Aucun titre de colonne ne suit le modèle « ${p.modele} » : les dépenses ne peuvent pas être lues. Recopiez dans le modèle un titre de l’export en y remplaçant le numéro par {n} et le nom du champ par {champ}.`,
    'depense-sans-dossier-export': (p, w) =>
      p.identifiant === ''
        ? 'Une ligne de dépense n’a pas de numéro de dossier : elle n’est comptée dans aucun dossier. Indiquez le numéro du dossier auquel elle appartient.'
        : `${p.nombre === 1 ? 'Une ligne de dépense porte' : `${w.integer(p.nombre)} lignes de dépense portent`} le numéro de dossier « ${p.identifiant} », qu’aucun dossier de l’export ne porte : ${p.nombre === 1 ? 'elle n’est comptée' : 'elles ne sont comptées'} dans aucun dossier. Corrigez le numéro, ou ajoutez le dossier à l’export.`,
    'identifiant-manquant': (p) =>
      `Ce dossier n’a pas de numéro (ligne ${p.ligne}) : il est nommé par sa ligne. Vérifiez l’export : ses dépenses éventuelles ne peuvent pas lui être rattachées.`,
    'identifiant-en-double': (p, w) =>
      p.lignes === undefined
        ? `Le numéro de dossier « ${p.identifiant} » est porté par ${w.integer(p.nombre)} lignes de dossiers ; chacune garde ses propres dépenses. Vérifiez qu’il ne s’agit pas d’un doublon de l’export.`
        : `Le numéro de dossier « ${p.identifiant} » est porté par ${w.integer(p.nombre)} lignes de dossiers : ${p.lignes === 1 ? 'la ligne de dépense qui le porte ne peut être rattachée' : `les ${w.integer(p.lignes)} lignes de dépenses qui le portent ne peuvent être rattachées`} à aucun d’eux et ne sont pas comptées. Donnez à chaque dossier son propre numéro dans l’export.`,
    'formule-sans-valeur': (p) =>
      `Cellule calculée par une formule (${p.formule || 'formule'}) sans valeur enregistrée : l’outil ne calcule pas les formules. Ouvrez l’export dans un tableur, enregistrez-le, ou copiez-collez la valeur à la place de la formule.`,
    'cellule-erreur': (p) =>
      `La cellule affiche une erreur du tableur (${p.valeur}) : sa valeur est inutilisable. Corrigez la formule ou saisissez la valeur.`,
    'date-nombre': (p, w) =>
      `Date écrite comme un nombre (${p.valeur}) : lue comme le ${w.date(p.date)}, en jours du tableur. Vérifiez-la, et mettez la colonne au format date dans l’export.`,
    'code-complete': (p) =>
      `Code « ${p.valeur} » saisi comme un nombre : le zéro du début s’est perdu, lu « ${p.code} ». Vérifiez-le, et mettez la colonne au format texte dans l’export.`,
    'cellules-fusionnees': (p) =>
      `Cellules fusionnées (${p.plage}) : la valeur « ${p.valeur} » vaut pour chacune. Vérifiez que c’est bien le cas, ou défusionnez-les dans l’export.`,
    'feuille-masquee': (p) => `La feuille « ${p.feuille} » est masquée dans le classeur : elle a été lue comme les autres.`,
    'ligne-masquee': (p) => `La ligne ${p.ligne} est masquée dans le classeur : elle a été lue comme les autres.`,
  },
  reasons: {
    'nature-exclue': () => 'dépense de fonctionnement, hors appel',
    'nature-illisible': (p) => `nature « ${p.nature} » illisible`,
    'categorie-eligible': (p, w) => `catégorie « ${w.category(p.categorie)} », éligible`,
    'categorie-exclue': (p, w) => `catégorie « ${w.category(p.categorie)} », exclue par l’appel`,
    'categorie-contredite': (p, w) =>
      `déclarée « ${w.category(p.declaree)} », mais le libellé relève de « ${w.category(p.categorie)} », exclue par l’appel (${w.words(p.mots)})`,
    'classe-eligible': (p, w) =>
      `« ${w.category(p.categorie)} » d’après le libellé (${w.words(p.mots)} ; confiance ${w.percent(Math.round(Number(p.confiance) * 100))})`,
    'classe-eligible-par-nature': (p, w) =>
      `« ${w.category(p.categorie)} » d’après le libellé (${w.words(p.mots)} ; confiance ${w.percent(Math.round(Number(p.confiance) * 100))}) : un équipement sans utilisateurs (capteur, compteur, affichage, borne extérieure…) sert le territoire, nul besoin de préciser beneficiaires`,
    'classe-exclue': (p, w) => `« ${w.category(p.categorie)} » d’après le libellé (${w.words(p.mots)}), exclue par l’appel`,
    'classe-obligation-sous-seuil': (p, w) =>
      p.sousLeSeuilFr === undefined
        ? `${p.obligationFr} n’est obligatoire qu’à partir de ${w.integer(p.seuil)} habitants, et la commune en compte ${w.integer(p.population)} (${w.words(p.mots)}) : ce n’est pas une obligation pour elle ; indiquez la catégorie de ce que la ligne achète${writtenPopulationFr(p)}`
        : `${p.obligationFr} n’est obligatoire qu’à partir de ${w.integer(p.seuil)} habitants, et la commune en compte ${w.integer(p.population)} (${w.words(p.mots)}) : la ligne peut être éligible si elle va au-delà de ${p.sousLeSeuilFr}${writtenPopulationFr(p)}`,
    'classe-eligible-hors-obligation': (p, w) =>
      `« ${w.category(p.categorie)} » d’après le libellé (${w.words(p.mots)}) : ${p.obligationFr} n’est obligatoire qu’à partir de ${w.integer(p.seuil)} habitants, et la commune en compte ${w.integer(p.population)} ; ce qu’elle choisit d’offrir n’est pas exclu comme obligation légale${writtenPopulationFr(p)}`,
    'classe-obligation-population-inconnue': (p, w) =>
      `obligation légale dès ${w.integer(p.seuil)} habitants (${p.obligationFr}, ${p.source} ; ${w.words(p.mots)}), et la population du porteur n’est pas connue : exclue par l’appel s’il atteint ce seuil, sauf si la ligne va au-delà`,
    'classe-obligation-condition': (p, w) =>
      `${p.obligationFr} (${p.source}) s’impose ${p.seuil === undefined ? '' : `dès ${w.integer(p.seuil)} habitants et `}à partir de ${p.conditionFr}, ce que le dossier ne dit pas (${w.words(p.mots)}) : exclue par l’appel si le porteur y est soumis, sauf si la ligne va au-delà`,
    'classe-obligation-presumee': (p, w) =>
      `obligation légale (${p.obligationFr}, ${p.source} ; ${w.words(p.mots)}), exclue par l’appel : elle s’impose ${p.seuil === undefined ? '' : `dès ${w.integer(p.seuil)} habitants et `}à partir de ${p.conditionFr}, ${p.presomptionFr}${writtenPopulationFr(p)}`,
    'classe-obligation-a-confirmer': (p, w) =>
      `peut-être une obligation légale (${p.obligationFr}, ${p.source} ; ${w.words(p.mots)}), à confirmer : exclue par l’appel si elle s’impose au porteur`,
    'classe-obligation-seuil-atteint': (p, w) =>
      `obligation légale pour une commune de ${w.integer(p.population)} habitants${p.agents === undefined ? '' : ` et ${w.integer(p.agents)} agents (lus dans le libellé)`} (${p.obligationFr}, dès ${w.integer(p.seuil)} habitants${p.agents === undefined ? '' : ` et ${p.conditionFr}`} ; ${w.words(p.mots)}), exclue par l’appel${writtenPopulationFr(p)}`,
    'classe-obligation-partielle': (p, w) =>
      `la ligne nomme une obligation légale (${p.obligationFr} ; ${w.words(p.mots)}), exclue par l’appel, et « ${p.partieInconnue} », que le classement ne reconnaît pas : scindez-la en une ligne par élément, chacune avec son montant, plutôt qu’une exclusion de tout le montant`,
    'classe-aucun-signal': () => 'aucun mot du libellé ne désigne une catégorie de l’appel',
    'classe-faible': (p, w) => `peut-être « ${w.category(p.categorie)} », mais les indices sont faibles (${w.words(p.mots)})`,
    'classe-ligne-mixte': (p, w) =>
      `la ligne réunit des éléments que l’appel traite différemment (${w.words(p.mots)}) : scindez-la en une ligne par élément, chacune avec son montant, plutôt qu’un seul statut pour tout le montant`,
    'classe-conflit': (p, w) =>
      `le libellé évoque à la fois « ${w.category(p.categorie)} » (${w.words(p.mots)}) et « ${w.category(p.autre)} » (${w.words(p.motsAutre)})`,
    'classe-destination-inconnue': (p, w) =>
      `équipement numérique (${w.words(p.mots)}) dont les utilisateurs ne sont pas précisés : éligible pour le public, exclu pour ${w.internalUsers()}`,
    'classe-destination-mixte': (p, w) =>
      `équipement numérique destiné à la fois au public et ${w.internalUsers('a')} (${w.words(p.mots)}) : scindez la ligne en une pour le public et une pour ${w.internalUsers()}, chacune avec son montant`,
    'classe-accessoires': (p, w) =>
      `accessoires seuls (${w.words(p.mots)}) à ${w.money(p.prixUnitaire)} TTC l’unité${p.quantite === undefined ? '' : ` (${w.integer(p.quantite)} unités)`}, moins de ${w.money(p.seuil)} TTC par unité : plutôt du fonctionnement, sauf s’ils protègent un équipement du projet`,
  },
  rules: {
    'dossier-lecture': 'Le fichier se lit comme un dossier (YAML ou JSON).',
    'export-lecture': 'Un export de tableur se lit par son fichier de correspondance : ses feuilles, ses colonnes, ses numéros de dossier.',
    'dossier-format': 'Chaque rubrique du dossier a la forme attendue.',
    'porteur-type': 'Le porteur est une collectivité, un groupement ou un CCAS.',
    'porteur-territoire': 'Le porteur existe et est dans le territoire de l’appel (Code officiel géographique).',
    'porteur-siren': 'Le SIREN du porteur est présent et valide.',
    'porteur-identite': 'Le SIREN et le nom du porteur sont ceux de la commune ou de l’EPCI officiels.',
    'projet-axes': 'Le projet répond à au moins un axe prioritaire.',
    'depot-delai': 'Le dossier est déposé au plus tard à la date limite.',
    'depense-montant': 'Chaque dépense a un montant HT.',
    'depense-categorie': 'Chaque dépense est d’une catégorie éligible.',
    'depenses-eligibles': 'Le projet comporte au moins une dépense éligible.',
    'aide-sollicitee': 'L’aide sollicitée ne dépasse pas l’aide maximale.',
    'dossier-completude': 'Le dossier nomme son porteur et son projet.',
    'financement-plan':
      'Le plan de financement est équilibré (aide sollicitée + autres aides + autofinancement = coût HT de toutes les dépenses, à 1 € près) et nomme chaque autre financeur avec son montant.',
    'financement-autofinancement': 'Le porteur finance au moins 20 % des financements publics de son projet (CGCT art. L1111-10 III).',
    'financement-conseil': 'Conseils : les dépenses éligibles qui atteindraient le plafond, une aide sollicitée inférieure au maximum.',
  },
  verdicts: { eligible: 'ÉLIGIBLE', 'a-completer': 'À COMPLÉTER', ineligible: 'INÉLIGIBLE', illisible: 'ILLISIBLE' },
  statuses: { eligible: 'éligible', exclue: 'exclue', 'a-verifier': 'à vérifier' },
  gravities: { bloquant: 'bloquant', avertissement: 'avertissement', info: 'info' },
  language: {
    thousandsSeparator: ' ',
    quote: (text) => `« ${text} »`,
    didYouMean: (suggestion) => ` (vouliez-vous dire « ${suggestion} » ?)`,
    or: ' ou ',
    // « à » as French contracts it before an article.
    forName: (name) => (name.startsWith('les ') ? `aux ${name.slice(4)}` : name.startsWith('le ') ? `au ${name.slice(3)}` : `à ${name}`),
    authorityItself: (afterFor) => `${afterFor ? 'à ' : ''}la collectivité elle-même`,
  },
  ui: {
    colon: ' : ',
    applicant: 'Porteur',
    project: 'Projet',
    axes: 'Axes',
    referenceDate: (source) => `Date de dépôt retenue (${SOURCES[source] ?? source})`,
    referenceDateUnusable: 'Date de dépôt',
    referenceDateUnusableValue: 'illisible (voir les problèmes), le délai n’est donc pas vérifié',
    expenses: 'Dépenses',
    noExpenses: 'Aucune dépense lisible.',
    moreLines: (count) => `… et ${count} autres lignes : le rapport JSON (--format json) les donne toutes.`,
    columns: { index: 'n°', label: 'Libellé', amountHt: 'Montant HT', category: 'Catégorie', status: 'Statut' },
    listItem: {
      depenses: (n) => `dépense n° ${n}`,
      'financement.autres_aides': (n) => `autre aide n° ${n}`,
      'projet.axes': (n) => `axe n° ${n}`,
      'projet.communes_associees': (n) => `commune associée n° ${n}`,
    },
    derivedFromTtc: '(calculé du TTC)',
    uncategorised: '—',
    grant: 'Calcul de l’aide',
    eligibleBase: 'Assiette éligible',
    beforeTax: 'HT',
    capApplied: (cap) => `Plafond de ${cap} appliqué`,
    capNotReached: (cap) => `Plafond de ${cap} non atteint`,
    capReached: (cap) => `Plafond de ${cap} atteint`,
    maximum: 'Aide maximale',
    provisional: (lines) => `provisoire : ${lines === 1 ? '1 ligne n’a' : `${lines} lignes n’ont`} pas de montant HT`,
    upTo: (amount) => `jusqu’à ${amount} si les lignes à vérifier sont retenues`,
    forInformation: 'pour information : le dossier est inéligible',
    maximumIfVerified: (toVerify) => `si les lignes à vérifier (${toVerify} HT) sont retenues`,
    ineligibleGetsNothing: 'le dossier est inéligible : aucune aide',
    ifAdmissible: 'si le dossier était recevable',
    requested: 'Aide sollicitée',
    problems: (count) => (count === 1 ? '1 problème' : `${count} problèmes`),
    noProblem: 'Aucun problème.',
    clause: 'Règlement',
    rule: 'règle',
    summary: (c) =>
      `${c.total} dossier${c.total > 1 ? 's' : ''} : ${c.eligible} éligible${c.eligible > 1 ? 's' : ''}, ${c.aCompleter} à compléter, ${c.ineligible} inéligible${c.ineligible > 1 ? 's' : ''}, ${c.illisible} illisible${c.illisible > 1 ? 's' : ''}.`,
    progress: (done, total) => `Vérification : ${done}/${total} fichiers…`,
    batch: {
      columns: {
        file: 'Fichier',
        applicant: 'Porteur',
        verdict: 'Verdict',
        eligibleHt: 'Éligible HT',
        maximum: 'Aide max.',
        requested: 'Sollicitée',
        blocking: 'Bloq.',
        warnings: 'Avert.',
      },
      total: 'Total',
      grantableTotal: 'Total éligibles ou à compléter',
      ineligibleTotal: 'Inéligibles (aucune aide)',
      unreadableTotal: 'Illisibles',
      withoutRequest: (count) =>
        count === 1
          ? 'Sollicitée : 1 dossier éligible ou à compléter n’indique pas d’aide sollicitée ; le total ne le compte pas.'
          : `Sollicitée : ${count} dossiers éligibles ou à compléter n’indiquent pas d’aide sollicitée ; le total ne les compte pas.`,
      provisional: (count) =>
        `Aide max. : provisoire pour ${count === 1 ? '1 dossier' : `${count} dossiers`} (une ligne sans montant HT) ; le total peut augmenter.`,
      dossiers: (count) => `${count} dossier${count > 1 ? 's' : ''}`,
      detailHint: 'Rapport détaillé d’un dossier, avec les clauses de l’appel : dossier-check check FICHIER',
    },
    whyLines: 'Pourquoi chaque ligne',
    criteria: (documented, total) => `Critères d’analyse : ${documented} sur ${total} documentés`,
    criteriaAdvice: '(conseils pour renforcer la candidature, sans effet sur le verdict)',
    toDocument: (fields) => `à décrire dans ${fields}`,
    or: ' ou ',
    edition: 'Règlement appliqué',
    missing: '(non renseigné)',
    law: 'Loi',
    financing: {
      heading: 'Plan de financement',
      cost: (fromTtc) =>
        `Coût du projet (toutes les dépenses, HT${fromTtc > 0 ? ` ; ${fromTtc === 1 ? '1 ligne calculée' : `${fromTtc} lignes calculées`} du TTC` : ''})`,
      unknown: 'inconnu',
      requested: 'Aide sollicitée (Département)',
      unnamedFunder: (n) => `Autre aide n° ${n} (financeur non indiqué)`,
      selfFinancing: 'Autofinancement',
      declared: 'déclaré',
      deduced: 'déduit : le reste du coût',
      resources: 'Total des ressources',
      balanced: 'équilibré',
      unbalanced: (gap, excess) =>
        excess ? `déséquilibré : ${gap} de plus que le coût` : `déséquilibré : il manque ${gap} pour couvrir le coût`,
      notJudged: 'non vérifié : un montant manque ou n’a pas pu être lu',
      selfShare: 'Part de l’autofinancement dans les financements publics',
      selfShareValue: (share, minimum) => `${share} (minimum ${minimum}, CGCT art. L1111-10 III)`,
    },
  },
  schema: {
    title: (titre) => `Dossier de candidature — ${titre}`,
    description: 'Format des dossiers lus par dossier-check, décrit champ par champ dans docs/dossier.md.',
  },
  interviewSummary: {
    heading: 'Récapitulatif avant d’écrire le dossier :',
    applicant: (nom, siren, codeInsee) => `  Porteur : ${nom} (SIREN ${siren}, code INSEE ${codeInsee})`,
    project: (titre) => `  Projet : ${titre}`,
    description: (text) => `  Description : ${text}`,
    axes: (axes) => `  Axes : ${axes}`,
    expenses: '  Dépenses :',
    expense: (index, libelle, category, amount, status) => `    ${index}. ${libelle} — ${category} — ${amount} HT — ${status}`,
    noCategory: 'catégorie à choisir',
    statuses: {
      eligible: 'éligible, compte dans l’aide',
      'a-verifier': 'à vérifier par le Département, ne compte pas dans l’aide maximale',
      exclue: 'non financée par l’appel',
    },
    maximum: (amount) => `  Aide maximale : ${amount}`,
    maximumExcluded: (none) => `  Aide maximale : ${none} (ce type de porteur n’est pas éligible)`,
    maximumLate: (none, ifAdmissible) =>
      `  Aide maximale : ${none} (hors délai : aucune aide ; ${ifAdmissible} si le dossier était recevable)`,
    requested: (amount) => `  Aide sollicitée : ${amount}`,
    date: (date) => `  Date de dépôt : ${date}`,
    dateLate: (date, lastDay) => `  Date de dépôt : ${date} — après la date limite du ${lastDay} : hors délai`,
    analysis: '  Critères d’analyse :',
    analysisText: (criterion, text) => `    ${criterion} : ${text}`,
    next: 'Écrire le dossier, ou modifier une réponse ?',
    write: 'Écrire le dossier',
    changeApplicant: (nom) => `Modifier le porteur (${nom})`,
    changeTitle: 'Modifier le titre du projet',
    changeDescription: 'Modifier la description',
    changeAxes: 'Modifier les axes',
    changeExpense: (index, libelle) => `Modifier la dépense n° ${index} (${libelle})`,
    deleteExpense: (index, libelle) => `Supprimer la dépense n° ${index} (${libelle})`,
    addExpense: 'Ajouter une dépense',
    changeRequested: 'Modifier l’aide sollicitée',
    changeDate: 'Modifier la date de dépôt',
    changeAnalysis: 'Modifier les critères d’analyse',
    confirmDelete: (index, libelle) => `Supprimer la dépense n° ${index} (${libelle}) ?`,
    lastExpense: '→ C’est la seule dépense, et un dossier en demande au moins une : modifiez-la, ou ajoutez-en une autre avant.',
    expenseLabelOrEnd: (index) => `Dépense n° ${index} : libellé (tel que sur le devis ; Entrée sans rien écrire pour finir la liste) :`,
    atLeastOneExpense: 'Il faut au moins une dépense : écrivez son libellé, tel que sur le devis.',
    maximumChanged: (before, after) => `→ L’aide maximale passe de ${before} à ${after}.`,
    requestWasMaximum: '→ Vous demandiez l’aide maximale : le nouveau maximum vous est proposé.',
    requestAboveMaximum: (requested) =>
      `→ L’aide sollicitée (${requested}) dépasse maintenant l’aide maximale, ce que la vérification bloquerait : le nouveau maximum vous est proposé.`,
  },
  interview: {
    answers: {
      required: 'Une réponse est nécessaire.',
      negativeAmount: 'Un montant n’est pas négatif : écrivez-le sans signe.',
      amountRefused: (reason) => `Montant refusé : ${reason}.`,
      dateRefused: (reason, example) => `Date refusée : ${reason}. Écrivez JJ/MM/AAAA, par exemple ${example}.`,
    },
    fileHeader: (edition, today, check) =>
      ` Dossier de candidature : ${edition},\n créé par dossier-check init le ${today}.\n Pour le vérifier à nouveau : ${check} <ce fichier>`,
    pageFileHeader: (edition, today) =>
      ` Dossier de candidature : ${edition},\n créé avec la page de vérification de dossier-check le ${today}.\n Pour le vérifier à nouveau : ouvrez-le dans la page, partie « Vérifier un dossier ».`,
    type: 'Qui dépose le dossier ?',
    eligibility: { eligible: 'éligible', 'a-confirmer': 'à confirmer avec le Département', 'non-eligible': 'non éligible à cet appel' },
    notEligible: 'Attention : ce type de porteur n’est pas éligible à l’appel. Le dossier sera « inéligible ».',
    commune: 'Votre commune (tapez une partie du nom) :',
    communePrefix: 'Commune de ',
    epci: 'Votre intercommunalité (tapez une partie du nom) :',
    seat: 'Commune du siège (tapez une partie du nom) :',
    name: 'Nom du porteur :',
    siren: 'SIREN du porteur (9 chiffres) :',
    title: 'Titre du projet :',
    description: 'Description du projet (facultatif, Entrée pour passer) :',
    axes: 'Axes de l’appel auxquels répond le projet (Espace pour cocher) :',
    atLeastOneAxis: 'Cochez au moins un axe : c’est une condition d’éligibilité.',
    expenseLabel: (index) => `Dépense n° ${index} : libellé (tel que sur le devis) :`,
    deduced: (reason) => `→ Catégorie proposée : ${reason}.`,
    notDeduced: '→ Le libellé ne permet pas de deviner la catégorie : choisissez-la.',
    category: 'Catégorie de la dépense :',
    excluded: 'non financée',
    amount: 'Montant HT (par exemple 2 400,50) :',
    grantSoFar: (amount) => `→ Aide maximale à ce stade : ${amount}.`,
    grantSoFarExcluded: (none, ifAdmitted) =>
      `→ Aide maximale : ${none}, ce type de porteur n’est pas éligible (${ifAdmitted} s’il l’était).`,
    another: 'Ajouter une autre dépense ?',
    requested: 'Aide sollicitée auprès du Département (€) :',
    analysis: 'Renseigner maintenant les critères d’analyse (innovation, mutualisation…) ?',
    criteria: {
      innovation: 'En quoi le projet est-il innovant pour le territoire ?',
      accompagnement_usagers: 'Comment les usagers seront-ils accompagnés ?',
      mutualisation: 'Le projet est-il mutualisé (EPCI, communes, acteurs) ?',
      mode_projet: 'Comment le projet est-il piloté (mode projet) ?',
      replicabilite: 'Le projet peut-il être reproduit ailleurs ?',
      association_usagers: 'Comment les usagers sont-ils associés à la réflexion ?',
    },
    noTerminal:
      'dossier-check init pose des questions et a besoin d’un terminal. Sans terminal, écrivez le dossier à la main en partant d’un exemple du dossier examples/, puis vérifiez-le avec dossier-check check.',
    aborted: 'Abandon : aucun fichier n’a été écrit.',
    overwrite: (file) => `Le fichier ${file} existe déjà. Le remplacer ?`,
    notWritten: 'Rien n’a été écrit.',
    written: (file) => `Dossier écrit dans ${file}. Voici sa vérification :`,
    completeNothing: 'Rien ne manque au dossier : aucune question à poser.',
    notCreatedBecause: (reason) => `Le fichier n’a pas été créé : ${reason}.`,
    checkLangOption: '',
    closing: {
      ready: (file, lastDay, toVerify) =>
        toVerify === 0
          ? `Le dossier ${file} peut être déposé tel quel${lastDay ? `, au plus tard le ${lastDay}` : ''}.`
          : `Le dossier ${file} peut être déposé${lastDay ? `, au plus tard le ${lastDay}` : ''} ; ${stillToVerifyFr(toVerify)}.`,
      ineligible: (file) => `En l’état, le dossier ${file} est inéligible (motifs ci-dessus) : il ne recevra pas d’aide.`,
      toFix: (file, blocking, toVerify) =>
        `Il reste ${blocking === 1 ? '1 point bloquant' : `${blocking} points bloquants`} à corriger dans ${file} avant de le déposer (${
          blocking === 1 ? 'listé' : 'listés'
        } ci-dessus)${toVerify === 0 ? '' : ` ; ${stillToVerifyFr(toVerify)}`}.`,
      late: (file, lastDay, otherBlocking) =>
        `Le dossier ${file} est hors délai (date limite : ${lastDay}) : il ne peut recevoir aucune aide, sauf si sa date de dépôt n’est pas la bonne.${
          otherBlocking === 0
            ? ''
            : ` Il reste aussi ${otherBlocking === 1 ? '1 autre point bloquant, listé' : `${otherBlocking} autres points bloquants, listés`} ci-dessus.`
        }`,
      checkAgain: (command) => `Pour le vérifier à nouveau après une modification : ${command}`,
    },
    users: 'Qui utilisera cet équipement ?',
    usersUnknown: 'je ne sais pas encore (la ligne restera « à vérifier »)',
    doubtKept: (reason) =>
      `→ Catégorie non inscrite : la ligne reste « à vérifier » (${reason}). Elle ne compte pas dans l’aide maximale tant que le Département ne l’a pas confirmée.`,
    fromStandardInput:
      'init --from complète un fichier, pas l’entrée standard (« - ») : les questions se posent au terminal et les réponses s’écrivent dans le fichier. Donnez le nom du fichier à compléter.',
    fromWithTarget: (from, target) =>
      `init --from complète ${from} sur place et n’écrit aucun autre fichier : ${target} ne serait pas créé. Pour travailler sur une copie : cp ${from} ${target}, puis dossier-check init --from ${target}. Rien n’a été écrit.`,
    fromSeveral: (count) =>
      `ce fichier contient ${count > 1 ? `${count} dossiers` : 'une liste de dossiers'} ; init --from complète un fichier qui ne contient qu’un dossier, seul. Rien n’a été modifié.`,
    fromEncoding: (encoding, at) =>
      at
        ? `ce fichier UTF-8 contient des octets hors UTF-8 (${at.octets} ligne ${at.ligne}, colonne ${at.colonne}) que l’outil ne saurait pas réécrire à l’identique. Rien n’a été modifié : retapez ce caractère, enregistrez le fichier en UTF-8, puis relancez.`
        : `ce fichier (${encoding}) contient des octets que l’outil ne saurait pas réécrire à l’identique. Rien n’a été modifié : enregistrez-le en UTF-8, puis relancez.`,
    notAFile: (file) => `${file} n’est pas un fichier ordinaire (un répertoire ?) : donnez le nom du fichier à écrire.`,
    notWrittenBecause: (reason) => `Le fichier n’a pas été modifié : ${reason}.`,
    rereadDiffers: (paths) => `relu comme check le lirait, ce qui serait écrit diffère de l’original sur ${paths}`,
    changedMeanwhile: 'il a changé sur le disque pendant les questions',
    cannotEncode: (character, encoding) => `« ${character} » ne s’écrit pas en ${encoding}, l’encodage du fichier`,
    cannotEdit: (path) => `${path} ne peut pas être modifié sans toucher au reste du fichier`,
    yourAnswers: 'Vos réponses, à reporter à la main :',
    // The submission date and the answers the check would block (filing-date.ts, answer-check.ts, complete.ts).
    filingDate: (lastDay) => `Date de dépôt (JJ/MM/AAAA ; date limite : ${lastDay}) :`,
    filingDeadlinePassed: (lastDay) =>
      `La date limite de l’appel (${lastDay} à minuit) est passée : aucune date n’est proposée, tapez celle du dépôt du dossier.`,
    keepLateDate: 'Garder cette date ? Le dossier sera « inéligible » (hors délai).',
    keepIneligible: 'Garder cette réponse ? Le dossier sera « inéligible ».',
    completeUnchanged: 'Le dossier n’a pas été modifié. Ce qui le bloque encore est indiqué dans sa vérification :',
  },
  rulesList: {
    or: 'ou',
    figures: (rate, cap, lastDay, zone) =>
      `Aide : ${rate} des dépenses éligibles HT, plafonnée à ${cap}. Date limite : ${lastDay} à minuit (${zone}).`,
    source: 'Source de l’appel',
    noClause: 'Vient du format des dossiers, pas d’une clause de l’appel.',
    origins: {
      'financement-plan':
        'Vient de la lecture d’un plan de financement par un instructeur, pas d’une clause de l’appel : un plan déséquilibré n’est qu’un avertissement.',
    },
  },
  edition: {
    syntax: (detail) => `le fichier n’est pas un YAML valide (${detail})`,
    syntaxAt: (line, message) => `ligne ${line} : ${message}`,
    notMapping: 'le fichier doit décrire une édition (id:, titre:, aide:…), pas une liste ni une valeur seule',
    unknownBase: (id, ids) => `herite : édition « ${id} » inconnue (éditions intégrées : ${ids})`,
    missing: (path) => `${path} : champ manquant`,
    type: (path, expected) => `${path} : ${EDITION_TYPES[expected] ?? `${expected} attendu`}`,
    unknownKeys: (path, keys, suggestion) =>
      `${path} : clé inconnue (${keys})${suggestion ? ` (vouliez-vous dire « ${suggestion} » ?)` : ''}`,
    tooSmall: (path, minimum) => `${path} : trop petit ou trop court (minimum ${minimum})`,
    tooBig: (path, maximum) => `${path} : trop grand (maximum ${maximum})`,
    choices: (path, values) => `${path} : valeurs possibles ${values}`,
    missingChoice: (path, values) => `${path} : champ manquant (valeurs possibles : ${values})`,
    format: (path, what) => `${path} : format attendu : ${what}`,
    unknownClause: (path, id) => `${path} : clause « ${id} » absente de clauses`,
    unknownCategory: (path, id) => `${path} : catégorie « ${id} » absente de categories`,
    badZone: (path, zone) => `${path} : fuseau horaire « ${zone} » inconnu (par exemple Europe/Paris)`,
    duplicateId: (path, id, first) => `${path} : identifiant « ${id} » déjà donné en ${first}, cette entrée ne serait jamais lue`,
    unknownNature: (path, nature, suggestion) =>
      `${path} : nature « ${nature} » absente de natures${suggestion ? ` (vouliez-vous dire ${suggestion} ?)` : ''}`,
    unknownField: (path, field, suggestion, fields) =>
      `${path} : le champ « ${field} » ne désigne aucun texte ni aucune liste d’un dossier, le critère ne serait jamais compté${
        suggestion ? ` (vouliez-vous dire ${suggestion} ?)` : fields ? ` (champs possibles : ${fields})` : ''
      }`,
    ownId: (base) => `id : une édition qui hérite d’une autre doit avoir son propre identifiant (par exemple ${base}-bis)`,
    unknownRule: (path, rule, rules) => `${path} : règle « ${rule} » inconnue (règles : ${rules})`,
    requiredCategory: (path, id) => `${path} : la catégorie « ${id} » est nécessaire au classement des dépenses`,
    rateFraction: (path, percent) => `${path} : un taux s’écrit en pourcentage (${percent} pour ${percent} %), pas en fraction`,
    standardVatNotListed: (path, percent) =>
      `${path} : le taux normal (${percent}) doit être un des taux de tauxTvaPourcent ; ajoutez-le à la liste ou donnez le taux normal de la liste`,
    rateDecimals: (path) => `${path} : au plus deux décimales (par exemple 72.5)`,
    badDay: (path, day) => `${path} : le ${day} n’existe pas`,
    invalid: (file, count) => `Règlement ${file} invalide (${count} erreur${count > 1 ? 's' : ''}) :`,
  },
  correspondance: {
    syntax: (detail) => `le fichier n’est pas un YAML valide (${detail})`,
    syntaxAt: (line, message) => `ligne ${line} : ${message}`,
    notMapping:
      'le fichier de correspondance doit décrire les colonnes (version:, dossiers:, depenses:, valeurs:), pas une liste ni une valeur seule',
    missing: (path) => `${path} : champ manquant`,
    type: (path, expected) => `${path} : ${EDITION_TYPES[expected] ?? `${expected} attendu`}`,
    unknownKey: (path, key, suggestion, keys) =>
      `${path} : clé inconnue « ${key} »${suggestion ? ` (vouliez-vous dire « ${suggestion} » ?)` : ` (clés possibles : ${keys})`}`,
    notMappable: (path, field) =>
      `${path} : ${field} (une liste de financeurs et de montants) ne peut pas être lu d’un export dans cette version ; retirez cette ligne et vérifiez les autres aides à la main`,
    tooSmall: (path, minimum) => `${path} : vide ou trop petit (minimum ${minimum})`,
    tooBig: (path, maximum) => `${path} : trop grand (maximum ${maximum})`,
    version: (path) => `${path} : seule la version 1 du format de correspondance existe ; écrivez version: 1`,
    model: (path) =>
      `${path} : le modèle doit contenir {n} (le numéro de la dépense) et {champ} (le nom du champ), par exemple « Dépense {n} – {champ} »`,
    format: (path, what) => `${path} : format attendu : ${what}`,
    linesForm: (path) =>
      `${path} : donnez soit une feuille de dépenses (colonnes, avec jointure), soit des colonnes numérotées (colonnes_numerotees), l’un des deux exactement`,
    joinMissing: (path) => `${path} : une feuille de dépenses demande jointure (le titre de la colonne qui porte le numéro du dossier)`,
    separatorNotList: (path, lists) => `${path} : un séparateur ne sert qu’aux champs qui sont des listes (${lists}) ; retirez-le`,
    unknownValue: (path, value, field, suggestion, values) =>
      `${path} : « ${value} » n’est pas une valeur de ${field}${suggestion ? ` (vouliez-vous dire « ${suggestion} » ?)` : ''} ; valeurs possibles : ${values}`,
    invalid: (file, count) => `Fichier de correspondance ${file} invalide (${count} erreur${count > 1 ? 's' : ''}) :`,
  },
  html: {
    title: 'Rapport de vérification des dossiers',
    summary: 'Synthèse',
    totals: (count, requested, maximum) =>
      count === 0
        ? 'Aucun dossier éligible ou à compléter : aucune aide ne peut être accordée.'
        : `Sur ${count === 1 ? 'le dossier éligible ou à compléter' : `les ${count} dossiers éligibles ou à compléter`} : aide sollicitée ${requested} · aide maximale possible ${maximum}.`,
    ineligibleRequests: (count, requested) =>
      count === 1
        ? `Le dossier inéligible sollicite ${requested} : rien ne peut lui être accordé.`
        : `Les ${count} dossiers inéligibles sollicitent ${requested} : rien ne peut leur être accordé.`,
    byVerdict:
      'Dossiers par verdict : nombre, aide sollicitée et aide maximale (les dossiers inéligibles ou illisibles ne reçoivent rien ; le total porte sur les dossiers éligibles ou à compléter)',
    count: 'Dossiers',
    requested: 'Aide sollicitée',
    maximum: 'Aide maximale',
    chart: 'Dépenses par catégorie',
    chartTable: 'Montants HT par catégorie et par statut, tous dossiers lisibles confondus',
    amount: { eligible: 'Éligible', exclue: 'Exclue', 'a-verifier': 'À vérifier' },
    uncategorised: 'Sans catégorie',
    dossiers: 'Dossiers',
    dossiersCaption: 'Un dossier par ligne ; cliquez sur un titre de colonne pour trier',
    details: 'Détail des dossiers',
    why: 'Pourquoi',
    criteria: 'Critères',
  },
  classify: {
    category: 'Catégorie',
    status: 'Statut',
    confidence: 'Confiance',
    words: 'Mots décisifs',
    why: 'Pourquoi',
    population: 'Population',
    inhabitants: (count) => `${count} habitants`,
    fromInsee: (commune, code, millesime) => `${commune}, code INSEE ${code}, Code officiel géographique ${millesime}`,
    fromOption: (option) => `donnée avec ${option}`,
    noPopulation: 'non donnée (--insee CODE ou --population N) : les obligations à seuil restent à vérifier',
  },
  xlsx: {
    sheets: { dossiers: 'Dossiers', lines: 'Lignes', problems: 'Problèmes', totals: 'Totaux' },
    dossiers: {
      file: 'Dossier',
      applicant: 'Porteur',
      siren: 'SIREN',
      verdict: 'Verdict',
      eligibleHt: 'Assiette éligible HT',
      maximum: 'Aide maximale',
      requested: 'Aide sollicitée',
      blocking: 'Bloquants',
      warnings: 'Avertissements',
      criteria: 'Critères documentés',
      cost: 'Coût du projet HT',
      selfFinancing: 'Autofinancement',
      balanced: 'Plan équilibré',
      otherAids: 'Autres aides',
      selfFinancingDeduced: 'Autofinancement déduit',
    },
    answers: { yes: 'oui', no: 'non' },
    lines: {
      dossier: 'Dossier',
      index: 'N°',
      label: 'Libellé',
      amountHt: 'Montant HT',
      category: 'Catégorie',
      status: 'Statut',
      reason: 'Motif',
    },
    problems: {
      dossier: 'Dossier',
      gravity: 'Gravité',
      code: 'Code',
      field: 'Champ',
      position: 'Ligne:colonne ou cellule',
      column: 'Colonne de l’export',
      message: 'Message',
      rule: 'Règle',
      clause: 'Clause',
    },
    totals: {
      set: 'Ensemble',
      verdicts: 'Verdicts',
      dossiers: 'Dossiers',
      eligibleHt: 'Assiette éligible HT',
      requested: 'Aide sollicitée',
      maximum: 'Aide maximale',
      maximumIfVerified: 'Aide maximale si les lignes à vérifier sont retenues',
      maximumIfAdmissible: 'Aide maximale si recevable',
      withoutRequest: 'Dossiers sans aide sollicitée',
      provisional: 'Dossiers au maximum provisoire',
      grantable: 'Dossiers pouvant être aidés',
      ineligible: 'Dossiers inéligibles (pour information)',
    },
  },
  usage: {
    binaryToTerminal: (format) =>
      `Le format ${format} est un fichier binaire : il ne s’affiche pas dans un terminal. Donnez le fichier à écrire, par exemple --output rapport.${format}.`,
    noInput:
      'Aucun fichier de dossier (.yaml, .yml, .json) trouvé. Indiquez un fichier ou un répertoire, par exemple : dossier-check check examples',
    noMatch: (pattern) => `Aucun fichier de dossier ne correspond au motif « ${pattern} ».`,
    notADossier: (path, kind) =>
      `${path} n’est pas un dossier mais ${
        {
          edition: 'une édition de l’appel (elle se donne avec --reglement)',
          schema: 'un schéma JSON',
          correspondance: 'un fichier de correspondance d’un export de tableur (il se donne avec --colonnes)',
          outil: 'un fichier de configuration d’outil (npm, TypeScript, CI, pre-commit…)',
        }[kind]
      } : ignoré.`,
    notFound: (path) => `Fichier ou répertoire introuvable : ${path}`,
    badDate: (value) =>
      `Date « ${value} » invalide pour --date : écrivez-la AAAA-MM-JJ, l’année sur quatre chiffres, puis le mois et le jour.`,
    outputEmpty: '--output demande le nom du fichier du rapport, par exemple --output rapport.json.',
    outputFolderName: (file) =>
      `${file} se termine par « / » : c’est un nom de répertoire. Donnez le nom du fichier du rapport, par exemple ${file}rapport.json.`,
    outputExists: (file) => `Le fichier ${file} existe déjà : ajoutez --force pour le remplacer.`,
    outputIsInput: (file) =>
      `${file} est un des fichiers que la vérification lit (un dossier, un export ou son fichier de correspondance) : le rapport ne le remplacera pas, même avec --force. Choisissez un autre fichier.`,
    outputNotAFile: (file) => `${file} n’est pas un fichier ordinaire (un répertoire ?) : donnez le nom du fichier du rapport.`,
    badSize: (value) => `Taille « ${value} » invalide pour --taille-max : indiquez un nombre de Mio entre 0,001 et 1024, par exemple 20.`,
    badAmount: (value, reason) =>
      `Montant « ${value} » refusé pour --montant : ${reason ?? 'un montant n’est pas négatif'}. Écrivez-le comme 2400 ou « 2 400,50 ».`,
    badPopulation: (value, option) =>
      `Population « ${value} » illisible pour ${option} : écrivez un nombre entier d’habitants, au moins 1, comme 3500.`,
    badVat: (value, rates) =>
      `Taux de TVA « ${value} » refusé pour --taux-tva : écrivez un des taux de l’appel, en pourcentage (${rates.map((rate) => String(rate).replace('.', ',')).join(', ')}), comme 20 ou 5,5.`,
    badInsee: (reason) => `--insee : ${reason}`,
    populationTwice: (first, second) => `${first} et ${second} donnent tous deux la population : n’en indiquez qu’une.`,
    internalError:
      'Erreur interne de dossier-check : ce n’est pas votre dossier qui est en cause. Merci de la signaler avec le fichier et la commande utilisés.',
  },
  cli: {
    geographyVintage: (millesime) => `Code officiel géographique ${millesime}`,
    pageWritten: (file, size) =>
      `Page écrite : ${file} (${size}). Elle s’ouvre dans un navigateur, sans installation ni connexion : publiez-la ou envoyez-la telle quelle.`,
    builtInEditions: (editions) => `Éditions intégrées : ${editions.join(' ; ')}`,
    geography: (vintage) => `Géographie : ${vintage}`,
    systemError: (code) => (SYSTEM_ERRORS[code] ? `${SYSTEM_ERRORS[code]} (${code})` : `erreur système ${code}`),
    cannotRead: (path, reason) => `Impossible de lire ${path} : ${reason}.`,
    cannotWrite: (path, reason) => `Impossible d’écrire ${path} : ${reason}.`,
    folderMissing: (folder) => `le répertoire ${folder} n’existe pas (créez-le, ou choisissez un autre chemin)`,
    notAFolder: (path) => `${path} n’est pas un répertoire`,
    createRefused: (code) => `le système refuse d’y créer un fichier (${code})`,
    isAFolder: 'c’est un répertoire, pas un fichier : donnez le nom d’un fichier',
    notRegular: 'ce n’est pas un fichier ordinaire (périphérique, tube ou socket)',
    tooBig: (max) => `fichier de plus de ${max}`,
    outputIncomplete: (reason) => `La sortie n’a pas pu être écrite en entier : ${reason}. Ce qui a été écrit est incomplet.`,
    commandFirst: (command) => `. « ${command} » est une commande : écrivez-la avant les options (dossier-check ${command} --lang en).`,
    commandMeant: (command) => ` (vouliez-vous dire la commande « ${command} » ?)`,
    exports: {
      colonnesOption:
        'lit les exports de tableur (.xlsx, .ods, .csv) avec ce fichier de correspondance (YAML) : quelle colonne remplit quel champ du dossier',
      csvProblemsOption: 'avec --format csv : une ligne par problème, avec sa cellule pour un export',
      colonnesMissing: (file) =>
        `${file} est un export de tableur : indiquez avec --colonnes le fichier de correspondance qui dit quelle colonne remplit quel champ du dossier, par exemple --colonnes correspondance.yaml.`,
      colonnesInvalid: (file, count) => `Fichier de correspondance ${file} invalide (${count} erreur${count > 1 ? 's' : ''}) :`,
      csvTablesTogether: '--csv-lignes et --csv-problemes donnent deux tables différentes : choisissez-en une par rapport.',
    },
    prompts: {
      keys: { navigate: 'naviguer', select: 'choisir', submit: 'valider', all: 'tout', invert: 'inverser', space: 'espace' },
      checkbox: { toggle: 'cocher', all: 't', invert: 'i' },
      messages: {
        'Invalid input': 'Réponse refusée',
        'You must select a valid value': 'Cochez des cases de la liste',
        'No results found': 'Aucun résultat : tapez une autre partie du nom',
        'You must provide a valid value': 'Choisissez une des propositions de la liste',
        'You must provide a value': 'Une réponse est nécessaire',
        'At least one choice must be selected': 'Cochez au moins une case (espace)',
      },
      yes: 'Oui',
      no: 'Non',
      yesOrNo: 'Répondez « o » (oui) ou « n » (non)',
    },
    help: {
      description: (titre, organisme) =>
        `Vérifie les dossiers de candidature à un appel à projets. Édition appliquée par défaut : ${titre} (${organisme}) ; une autre avec --reglement FICHIER.`,
      titles: {
        'Usage:': 'Utilisation :',
        'Arguments:': 'Arguments :',
        'Options:': 'Options :',
        'Commands:': 'Commandes :',
        'Global Options:': 'Options communes :',
      },
      commandPlaceholder: '[commande]',
      choices: (values) => `valeurs : ${values}`,
      default: (value) => `par défaut : ${value}`,
      separator: ' ; ',
      helpOption: 'affiche l’aide',
      helpCommand: 'affiche l’aide d’une commande',
      helpCommandArgument: 'commande',
      version: 'affiche la version',
      hint: (command) => `(${command} --help pour l’aide)`,
    },
    commands: {
      reglement: 'applique une autre édition de l’appel, décrite dans un fichier YAML (voir examples/reglements/)',
      noColor: 'sans couleurs',
      check: {
        description: 'vérifie des dossiers (fichiers .yaml, .yml, .json, ou dossiers qui en contiennent)',
        paths: 'fichiers ou dossiers à vérifier',
        format: 'format du rapport',
        lang: 'langue du rapport',
        date: 'date de dépôt à vérifier quand le dossier n’en donne pas (par défaut : aujourd’hui)',
        csvLines: 'avec --format csv : une ligne par dépense',
        output: 'écrit le rapport dans un fichier (en une fois)',
        force: 'remplace le fichier de --output s’il existe',
        failOn: 'gravité qui fait échouer (code 1)',
        explain: 'sous chaque problème et chaque dépense, la règle et la clause de l’appel (format text)',
        maxSize: 'taille au-delà de laquelle un fichier n’est pas lu (par défaut : 10)',
      },
      classify: {
        description: 'classe un libellé de dépense et dit pourquoi',
        label: 'le libellé, entre guillemets',
        amount: 'montant HT de la ligne',
        population: 'population de la commune qui dépose : décide des obligations légales à seuil',
        insee: 'code INSEE de la commune qui dépose (ou de celle d’un CCAS) : sa population est lue dans le Code officiel géographique',
        populationAlias: 'comme --population',
        vat: 'taux de TVA de la ligne, en pourcentage (20, 5,5…) : le prix unitaire des accessoires se juge TTC ; sans lui, le taux normal de l’appel',
        beneficiaries: (values) => `bénéficiaires de la ligne ; valeurs : ${values} (ou celles de --reglement)`,
        format: 'format de la réponse',
        lang: 'langue de la réponse',
      },
      rules: {
        description: 'affiche le règlement tel que l’outil l’applique : chaque règle, ce qu’elle vérifie, sa gravité et sa clause',
        format: 'format',
        lang: 'langue',
      },
      schema: {
        description: 'affiche le JSON Schema des dossiers (pour les éditeurs)',
        lang: 'langue du titre et de la description',
      },
      init: {
        description: 'crée un dossier en répondant à des questions, puis le vérifie',
        file: 'fichier à écrire',
        lang: 'langue des questions',
        from: 'complète un dossier existant : ne demande que ce qui manque',
      },
      page: {
        description: 'écrit la page de vérification : un seul fichier HTML qui vérifie les dossiers dans le navigateur, sans rien envoyer',
        output: 'fichier HTML à écrire',
        lang: 'langue dans laquelle la page s’ouvre (l’autre reste à un clic)',
        force: 'remplace le fichier s’il existe',
      },
      help: { lang: 'langue de l’aide' },
    },
    values: {
      paths: 'chemins',
      label: 'libellé',
      file: 'fichier',
      language: 'langue',
      date: 'AAAA-MM-JJ',
      gravity: 'gravite',
      mebibytes: 'Mio',
      amount: 'montant',
      number: 'nombre',
      insee: 'code',
      who: 'qui',
      rate: 'taux',
    },
    errors: {
      prefix: 'erreur : ',
      missingArgument: (name) => `il manque l’argument « ${name} »`,
      optionMissingArgument: (flags) => `l’option « ${flags} » attend une valeur`,
      missingMandatoryOption: (flags) => `l’option « ${flags} » est obligatoire`,
      unknownOption: (flag) => `option inconnue « ${flag} »`,
      unknownCommand: (name) => `commande inconnue « ${name} »`,
      excessArguments: (command, expected, got) =>
        expected === 0
          ? `« ${command} » ne prend pas d’argument (${got} donné${got > 1 ? 's' : ''})`
          : `trop d’arguments pour « ${command} » : ${expected} attendu${expected > 1 ? 's' : ''}, ${got} donnés`,
      quoteTheLabel: 'un libellé de plusieurs mots s’écrit entre guillemets, par exemple : dossier-check classify "tablettes tactiles"',
      invalidChoice: (value, flags, choices) => `valeur « ${value} » invalide pour l’option « ${flags} » ; valeurs possibles : ${choices}`,
      other: 'ligne de commande invalide',
    },
  },
};
