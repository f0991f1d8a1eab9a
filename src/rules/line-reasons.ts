import type { ParamKind } from './types.js';

/** What the classifier read: the category it chose, the words that decided, how sure it is (0 to 1). */
const CLASSIFIED = { categorie: 'id', mots: 'list', confiance: 'number' } as const satisfies Record<string, ParamKind>;

/** A legal obligation a libellé names (the edition's lexicon), in both languages, and the population it starts at. */
const OBLIGATION = {
  population: 'integer',
  // The population as the label wrote it ("4 600 hab."), when the dossier gave none and it was read there.
  populationLue: 'text',
  seuil: 'integer',
  obligationFr: 'text',
  obligationEn: 'text',
  sousLeSeuilFr: 'text',
  sousLeSeuilEn: 'text',
  conditionFr: 'text',
  conditionEn: 'text',
  // The edition presumes the condition met: why, and how the applicant may object.
  presomptionFr: 'text',
  presomptionEn: 'text',
  // The count of agents the label gives, when read there.
  agents: 'integer',
  source: 'text',
} as const satisfies Record<string, ParamKind>;

/**
 * Why an expense line has its status, by reason code (src/rules/expense-lines.ts,
 * src/classify/classifier.ts): the code is the message id in the catalogues'
 * `reasons`; the parameters are what the message and a JSON consumer read.
 */
export const LINE_REASONS: Readonly<Record<string, { params: Readonly<Record<string, ParamKind>> }>> = {
  'nature-exclue': { params: { nature: 'text' } },
  'nature-illisible': { params: { nature: 'text' } },
  'categorie-eligible': { params: { categorie: 'id' } },
  'categorie-exclue': { params: { categorie: 'id' } },
  // A declared eligible category the words of the line exclude: the classifier's reason, and the category declared.
  'categorie-contredite': { params: { ...CLASSIFIED, ...OBLIGATION, declaree: 'id' } },
  'classe-eligible': { params: CLASSIFIED },
  // Equipment no one uses at a desk or in a class (a sensor, a meter, an outdoor kiosk): eligible with no beneficiaires said.
  'classe-eligible-par-nature': { params: CLASSIFIED },
  'classe-exclue': { params: { ...CLASSIFIED, ...OBLIGATION } },
  'classe-obligation-sous-seuil': { params: { ...CLASSIFIED, ...OBLIGATION } },
  // A weak eligible reading of a line whose obligation does not bind the commune (below its population threshold).
  'classe-eligible-hors-obligation': { params: { ...CLASSIFIED, ...OBLIGATION } },
  'classe-obligation-population-inconnue': { params: { ...CLASSIFIED, ...OBLIGATION } },
  'classe-obligation-condition': { params: { ...CLASSIFIED, ...OBLIGATION } },
  'classe-obligation-a-confirmer': { params: { ...CLASSIFIED, ...OBLIGATION } },
  'classe-obligation-seuil-atteint': { params: { ...CLASSIFIED, ...OBLIGATION } },
  // A condition of the law the dossier does not give, but the edition presumes met (PayFiP's receipts; open data's agents).
  'classe-obligation-presumee': { params: { ...CLASSIFIED, ...OBLIGATION } },
  // A binding obligation named after a first item the lexicon does not know: `partieInconnue`, that item's words.
  'classe-obligation-partielle': { params: { ...CLASSIFIED, ...OBLIGATION, partieInconnue: 'text' } },
  'classe-aucun-signal': { params: {} },
  'classe-faible': { params: CLASSIFIED },
  'classe-conflit': { params: { ...CLASSIFIED, autre: 'id', motsAutre: 'list' } },
  'classe-destination-inconnue': { params: CLASSIFIED },
  // `declaree`: the eligible category the dossier gave the whole line.
  'classe-destination-mixte': { params: { ...CLASSIFIED, declaree: 'id' } },
  // A line listing items the call treats differently: `mots` names each item, `categories` the category of each, in order;
  // `declaree`, the eligible category the dossier gave the whole line.
  'classe-ligne-mixte': { params: { ...CLASSIFIED, categories: 'list', declaree: 'id' } },
  // `seuil`: the price per unit, TTC, under which accessories alone are an operating expense; `prixUnitaire`: the price
  // of one unit of the line, TTC, as computed; `quantite`: the count of units the label writes, if any.
  'classe-accessoires': { params: { ...CLASSIFIED, seuil: 'money', prixUnitaire: 'money', quantite: 'integer' } },
};
