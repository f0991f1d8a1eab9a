import type { Lang } from '../vocabulary.js';

/**
 * The page's own words, in both languages. What the CLI already says (verdicts,
 * problems, reasons, the report's headings) comes from src/i18n's catalogues.
 */
export interface PageTexts {
  /** The document's title. */
  title: (titre: string) => string;
  heading: string;
  intro: (titre: string, organisme: string) => string;
  privacy: string;
  /** Said when the browser runs no script: the page can do nothing then. */
  noScript: string;
  /** The switch to the other language, written in that language, and what it does for a screen reader. */
  otherLanguage: { name: string; lang: Lang; label: string };
  check: {
    heading: string;
    pick: string;
    drop: string;
    textLabel: string;
    textHelp: string;
    reportHeading: string;
    empty: string;
    /** What the live region says after each check. */
    announce: (file: string, verdict: string, maximum: string | undefined) => string;
    maximum: string;
    goToLine: (line: number) => string;
    /** Under the text: the lines the problems point at, for those who do not see the marks. */
    linesAtFault: (lines: readonly number[]) => string;
    noLineAtFault: string;
    spreadsheet: (file: string) => string;
    unreadable: (file: string, reason: string) => string;
    /** The name a text typed in the page is checked under. */
    typedFileName: string;
  };
  build: { heading: string };
  footer: (edition: string, geography: string, version: string) => string;
}

const fr: PageTexts = {
  title: (titre) => `Vérifier un dossier — ${titre}`,
  heading: 'Vérifier un dossier de candidature',
  intro: (titre, organisme) => `${titre} · ${organisme}`,
  privacy:
    'Le dossier reste sur votre ordinateur : cette page ne l’envoie nulle part et fonctionne sans connexion. Les règles, messages et montants sont ceux de l’outil dossier-check.',
  noScript:
    'Cette page vérifie les dossiers avec JavaScript, que ce navigateur n’exécute pas : activez-le pour cette page, ou ouvrez-la dans un autre navigateur.',
  otherLanguage: { name: 'English', lang: 'en', label: 'Read this page in English' },
  check: {
    heading: 'Vérifier un dossier',
    pick: 'Choisir un dossier (fichier YAML ou JSON)',
    drop: 'ou déposez le fichier sur cette zone.',
    textLabel: 'Texte du dossier',
    textHelp: 'Vous pouvez corriger le texte ici : la vérification reprend pendant la saisie. Les lignes en cause sont marquées d’un ▶.',
    reportHeading: 'Rapport',
    empty: 'Aucun dossier vérifié pour l’instant : choisissez ou déposez un fichier, ou écrivez le dossier dans la zone de texte.',
    announce: (file, verdict, maximum) => `${file} : ${verdict}.${maximum === undefined ? '' : ` Aide maximale : ${maximum}.`}`,
    maximum: 'Aide maximale',
    goToLine: (line) => `Aller à la ligne ${line}`,
    linesAtFault: (lines) => `Lignes en cause : ${lines.join(', ')}.`,
    noLineAtFault: 'Aucune ligne en cause.',
    spreadsheet: (file) =>
      `${file} est un export de tableur : cette page ne lit que les dossiers YAML ou JSON. Un export se vérifie avec la commande dossier-check check --colonnes.`,
    unreadable: (file, reason) => `${file} n’a pas pu être lu : ${reason}.`,
    typedFileName: 'dossier.yaml',
  },
  build: { heading: 'Construire un dossier' },
  footer: (edition, geography, version) =>
    `Édition appliquée : ${edition}. Géographie officielle : ${geography}. dossier-check ${version}.`,
};

const en: PageTexts = {
  title: (titre) => `Check a dossier — ${titre}`,
  heading: 'Check an application dossier',
  intro: (titre, organisme) => `${titre} · ${organisme}`,
  privacy:
    'The dossier stays on your computer: this page sends it nowhere and works offline. The rules, messages and amounts are those of the dossier-check tool.',
  noScript:
    'This page checks dossiers with JavaScript, which this browser does not run: allow it for this page, or open the page in another browser.',
  otherLanguage: { name: 'Français', lang: 'fr', label: 'Lire cette page en français' },
  check: {
    heading: 'Check a dossier',
    pick: 'Choose a dossier (YAML or JSON file)',
    drop: 'or drop the file on this area.',
    textLabel: 'Text of the dossier',
    textHelp: 'You can correct the text here: it is checked again as you type. The lines at fault are marked with a ▶.',
    reportHeading: 'Report',
    empty: 'No dossier checked yet: choose or drop a file, or write the dossier in the text area.',
    announce: (file, verdict, maximum) => `${file}: ${verdict}.${maximum === undefined ? '' : ` Maximum grant: ${maximum}.`}`,
    maximum: 'Maximum grant',
    goToLine: (line) => `Go to line ${line}`,
    linesAtFault: (lines) => `Lines at fault: ${lines.join(', ')}.`,
    noLineAtFault: 'No line at fault.',
    spreadsheet: (file) =>
      `${file} is a spreadsheet export: this page reads YAML or JSON dossiers only. An export is checked with the command dossier-check check --colonnes.`,
    unreadable: (file, reason) => `${file} could not be read: ${reason}.`,
    typedFileName: 'dossier.yaml',
  },
  build: { heading: 'Build a dossier' },
  footer: (edition, geography, version) => `Edition applied: ${edition}. Official geography: ${geography}. dossier-check ${version}.`,
};

const TEXTS: Record<Lang, PageTexts> = { fr, en };

export function pageTexts(lang: Lang): PageTexts {
  return TEXTS[lang];
}
