import type { Lang } from '../../vocabulary.js';

/**
 * The words of the page's form that init does not already say (init's are in
 * catalogue(lang).interview and are reused as they are): both languages, always.
 */
export interface BuilderMessages {
  intro: string;
  applicantLegend: string;
  projectLegend: string;
  expensesLegend: string;
  requestLegend: string;
  analysisLegend: string;
  expenseLegend: (index: number) => string;
  chooseCategory: string;
  /** The combobox: how many were found, and how to choose one. */
  found: (count: number) => string;
  noneFound: string;
  chosen: (name: string) => string;
  chooseInList: string;
  removeExpense: (index: number) => string;
  expenseRemoved: (index: number) => string;
  expenseAdded: (index: number) => string;
  maximumOffered: (amount: string) => string;
  optional: string;
  errorsHeading: (count: number) => string;
  checkHeading: string;
  verdict: (verdict: string, maximum: string) => string;
  incomplete: (count: number) => string;
  download: string;
  openInChecker: string;
  downloaded: (file: string) => string;
  nothingSent: string;
}

const fr: BuilderMessages = {
  intro:
    'Répondez aux questions ci-dessous, puis téléchargez le dossier : il est créé sur cet ordinateur, rien n’est envoyé. Les champs sans la mention « facultatif » sont nécessaires.',
  applicantLegend: 'Porteur du projet',
  projectLegend: 'Projet',
  expensesLegend: 'Dépenses (montants hors taxes, tels que sur les devis)',
  requestLegend: 'Aide sollicitée et dépôt',
  analysisLegend: 'Critères d’analyse (facultatif)',
  expenseLegend: (index) => `Dépense n° ${index}`,
  chooseCategory: '— choisissez une catégorie —',
  found: (count) =>
    count === 1 ? '1 résultat : Entrée pour le choisir.' : `${count} résultats : flèches haut et bas pour parcourir, Entrée pour choisir.`,
  noneFound: 'Aucun résultat : vérifiez l’orthographe ou tapez moins de lettres.',
  chosen: (name) => `Choisi : ${name}.`,
  chooseInList: 'Tapez une partie du nom, puis choisissez dans la liste.',
  removeExpense: (index) => `Supprimer la dépense n° ${index}`,
  expenseRemoved: (index) => `Dépense n° ${index} supprimée.`,
  expenseAdded: (index) => `Dépense n° ${index} ajoutée.`,
  maximumOffered: (amount) => `Aide maximale pour ces dépenses : ${amount}, proposée comme aide sollicitée.`,
  optional: 'facultatif',
  errorsHeading: (count) =>
    count === 1
      ? 'Le dossier ne peut pas encore être créé : 1 réponse à corriger'
      : `Le dossier ne peut pas encore être créé : ${count} réponses à corriger`,
  checkHeading: 'Vérification du dossier',
  verdict: (verdict, maximum) => `Le dossier tel qu’il sera téléchargé : ${verdict}, aide maximale ${maximum}.`,
  incomplete: (count) =>
    count === 1
      ? 'Il reste 1 réponse à donner ou à corriger avant de télécharger le dossier.'
      : `Il reste ${count} réponses à donner ou à corriger avant de télécharger le dossier.`,
  download: 'Télécharger le dossier (YAML)',
  openInChecker: 'Ouvrir dans le vérificateur',
  downloaded: (file) => `Dossier enregistré sous le nom ${file}, dans le dossier des téléchargements.`,
  nothingSent: 'Rien n’a été envoyé : le fichier est créé par cette page, sur cet ordinateur.',
};

const en: BuilderMessages = {
  intro:
    'Answer the questions below, then download the dossier: it is created on this computer, nothing is sent. Fields not marked “optional” are required.',
  applicantLegend: 'Applicant',
  projectLegend: 'Project',
  expensesLegend: 'Expenses (amounts excluding VAT, as on the quotes)',
  requestLegend: 'Grant requested and submission',
  analysisLegend: 'Analysis criteria (optional)',
  expenseLegend: (index) => `Expense no. ${index}`,
  chooseCategory: '— choose a category —',
  found: (count) => (count === 1 ? '1 result: Enter to choose it.' : `${count} results: up and down arrows to browse, Enter to choose.`),
  noneFound: 'No result: check the spelling or type fewer letters.',
  chosen: (name) => `Chosen: ${name}.`,
  chooseInList: 'Type part of the name, then choose in the list.',
  removeExpense: (index) => `Delete expense no. ${index}`,
  expenseRemoved: (index) => `Expense no. ${index} deleted.`,
  expenseAdded: (index) => `Expense no. ${index} added.`,
  maximumOffered: (amount) => `Maximum grant for these expenses: ${amount}, offered as the grant requested.`,
  optional: 'optional',
  errorsHeading: (count) =>
    count === 1
      ? 'The dossier cannot be created yet: 1 answer to correct'
      : `The dossier cannot be created yet: ${count} answers to correct`,
  checkHeading: 'Check of the dossier',
  verdict: (verdict, maximum) => `The dossier as it will be downloaded: ${verdict}, maximum grant ${maximum}.`,
  incomplete: (count) =>
    count === 1
      ? '1 answer is still to give or correct before the dossier can be downloaded.'
      : `${count} answers are still to give or correct before the dossier can be downloaded.`,
  download: 'Download the dossier (YAML)',
  openInChecker: 'Open in the checker',
  downloaded: (file) => `Dossier saved as ${file}, in the downloads folder.`,
  nothingSent: 'Nothing was sent: the file is created by this page, on this computer.',
};

const MESSAGES: Record<Lang, BuilderMessages> = { fr, en };

export function builderMessages(lang: Lang): BuilderMessages {
  return MESSAGES[lang];
}
