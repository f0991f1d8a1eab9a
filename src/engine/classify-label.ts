import { classifyLine } from '../classify/classifier.js';
import { DEFAULT_EDITION } from '../reglement/index.js';
import { acceptedVatHundredths } from '../rules/expense-lines.js';
import type { Clause, Reglement } from '../reglement/types.js';
import type { LineReason } from '../report/types.js';
import type { Lang } from '../vocabulary.js';

export interface ClassifyOptions {
  /**
   * Not read: the answer holds codes and values, in no language
   * (formatClassificationText and formatClassificationJson write it).
   * @deprecated
   */
  lang?: Lang;
  htCents?: number;
  /** The line's TTC amount, as a dossier line's montant_ttc. */
  ttcCents?: number;
  /** The line's VAT rate in percent, as a dossier line's taux_tva: a rate the edition does not list is not used. */
  tauxTva?: number;
  beneficiaires?: string;
  /** The applicant commune's population, for obligations that start at a threshold. */
  population?: number;
  /** Where that population came from, said in the answer. */
  populationSource?: PopulationSource;
  reglement?: Reglement;
  /** The real French words the classifier never corrects (generated/classify/real-words.json): the caller loads them. */
  realWords: ReadonlySet<string>;
}

/** Where the population of a `classify` came from: the official geography (`--insee`), or an option. */
export type PopulationSource = { source: 'insee'; code: string; commune: string; millesime: number } | { source: 'option'; option: string };

/** The answer to "which category is this line?", as plain data in no language. */
export interface ClassificationReport {
  libelle: string;
  categorie: string | null;
  statut: 'eligible' | 'exclue' | 'a-verifier';
  confiance: number;
  mots: string[];
  /** Why: a reason code (the catalogues' `reasons`) and its values. */
  motif: LineReason;
  clause: Clause | null;
  /** The population the line was judged with (undefined when the geography does not know it), or null when none was given. */
  population: { habitants: number | undefined; from: PopulationSource } | null;
}

/** Classifies one libellé as a dossier line would be, without a dossier around it. */
export function explainClassification(libelle: string, options: ClassifyOptions): ClassificationReport {
  const reglement = options.reglement ?? DEFAULT_EDITION;
  const vat = options.tauxTva === undefined ? undefined : acceptedVatHundredths(options.tauxTva, reglement);
  // The facts check has of a dossier line, read the same way.
  const result = classifyLine(
    {
      libelle,
      beneficiaires: options.beneficiaires,
      htCents: options.htCents,
      ...(options.ttcCents === undefined ? {} : { ttcCents: options.ttcCents }),
      ...(vat === undefined ? {} : { vatHundredths: vat }),
      population: options.population,
    },
    reglement,
    options.realWords,
  );
  const category = reglement.categories.find((candidate) => candidate.id === result.category);
  return {
    libelle,
    categorie: category?.id ?? null,
    statut: result.status,
    confiance: result.confidence,
    mots: result.words,
    motif: result.reason,
    clause: (category && reglement.clauses[category.clause]) ?? null,
    population: options.populationSource ? { habitants: options.population, from: options.populationSource } : null,
  };
}
