import { classifyLine } from '../classify/classifier.js';
import { catalogue, writer, type Lang } from '../i18n/index.js';
import { DEFAULT_EDITION } from '../reglement/index.js';
import type { Clause, Reglement } from '../reglement/types.js';

export interface ClassifyOptions {
  lang?: Lang;
  htCents?: number;
  beneficiaires?: string;
  /** The applicant commune's population, for obligations that start at a threshold. */
  population?: number;
  reglement?: Reglement;
  /** The real French words the classifier never corrects (generated/classify/real-words.json): the caller loads them. */
  realWords: ReadonlySet<string>;
}

/** The answer to "which category is this line?", as plain data. */
export interface ClassificationReport {
  lang: Lang;
  libelle: string;
  categorie: string | null;
  categorieLibelle: string | null;
  statut: 'eligible' | 'exclue' | 'a-verifier';
  confiance: number;
  mots: string[];
  motif: string;
  clause: Clause | null;
}

/** Classifies one libellé as a dossier line would be, without a dossier around it. */
export function explainClassification(libelle: string, options: ClassifyOptions): ClassificationReport {
  const lang = options.lang ?? 'fr';
  const reglement = options.reglement ?? DEFAULT_EDITION;
  const result = classifyLine(
    { libelle, beneficiaires: options.beneficiaires, htCents: options.htCents, population: options.population },
    reglement,
    options.realWords,
  );
  const category = reglement.categories.find((candidate) => candidate.id === result.category);
  return {
    lang,
    libelle,
    categorie: category?.id ?? null,
    categorieLibelle: category?.libelle[lang] ?? null,
    statut: result.status,
    confiance: result.confidence,
    mots: result.words,
    motif: catalogue(lang).reasons[result.reason.code]?.(result.reason.params, writer(lang, reglement)) ?? result.reason.code,
    clause: (category && reglement.clauses[category.clause]) ?? null,
  };
}
