import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { installedData } from '../../src/cli/checker-data.js';
import { parseAmount } from '../../src/money/amount.js';
import { DEFAULT_EDITION } from '../../src/reglement/index.js';
import { evaluateExpenseLines } from '../../src/rules/expense-lines.js';

/** A label of a blind round: written by someone given the call and the dossier format, never the lexicon. */
interface BlindLabel {
  libelle: string;
  /** A category id, or `a-scinder` for a line that mixes items the call treats differently. */
  categorie: string;
  parts?: string[];
  montant_ht?: number | string;
  beneficiaires?: string;
  /** The commune's population, when a legal obligation depends on it. */
  population?: number;
}

/** What issue 18 measures on a blind round; "right" is against the labeller's answer. */
export interface BlindFigures {
  total: number;
  /** Lines of one item (not `a-scinder`): their decision and category are measured. */
  single: number;
  /** Single lines given the right status (eligible / excluded). */
  rightDecision: number;
  rightCategory: number;
  /** Single lines left to verify. */
  toVerify: number;
  /** An excluded line called eligible: money promised that will not come. */
  falseEligible: string[];
  /** An eligible line called excluded: money the applicant loses. */
  falseExcluded: string[];
  mixed: number;
  /** Mixed lines given one firm status for the whole amount instead of « à vérifier ». */
  mixedFirm: string[];
}

const eligible = new Set(DEFAULT_EDITION.categories.filter((category) => category.eligible).map((category) => category.id));

/** Each label goes through the same path as a dossier line without a category. */
export function measureBlind(file: string): BlindFigures {
  const labels = parse(readFileSync(join(import.meta.dirname, file), 'utf8')) as BlindLabel[];
  const figures: BlindFigures = {
    total: labels.length,
    single: 0,
    rightDecision: 0,
    rightCategory: 0,
    toVerify: 0,
    falseEligible: [],
    falseExcluded: [],
    mixed: 0,
    mixedFirm: [],
  };
  for (const label of labels) {
    const amount = label.montant_ht === undefined ? undefined : parseAmount(label.montant_ht);
    const [line] = evaluateExpenseLines(
      {
        depenses: [{ libelle: label.libelle, montant_ht: amount?.ok ? amount.cents : undefined, beneficiaires: label.beneficiaires }],
      },
      DEFAULT_EDITION,
      installedData.realWords,
      label.population === undefined ? {} : { population: label.population },
    );
    if (label.categorie === 'a-scinder') {
      figures.mixed += 1;
      if (line!.status !== 'a-verifier') figures.mixedFirm.push(label.libelle);
      continue;
    }
    figures.single += 1;
    const shouldBeEligible = eligible.has(label.categorie);
    if (line!.category?.id === label.categorie) figures.rightCategory += 1;
    if (line!.status === 'a-verifier') figures.toVerify += 1;
    if ((line!.status === 'eligible') === shouldBeEligible && line!.status !== 'a-verifier') figures.rightDecision += 1;
    if (line!.status === 'eligible' && !shouldBeEligible) figures.falseEligible.push(label.libelle);
    if (line!.status === 'exclue' && shouldBeEligible) figures.falseExcluded.push(label.libelle);
  }
  return figures;
}

/** The figures as the docs' table gives them, for `npm test`'s output. */
export function describeFigures(file: string, figures: BlindFigures): string {
  const percent = (count: number, of: number) => `${((100 * count) / of).toFixed(1)} %`;
  return (
    `${file}: ${figures.total} libellés (${figures.single} simples, ${figures.mixed} mixtes) — ` +
    `bonne décision ${figures.rightDecision} (${percent(figures.rightDecision, figures.single)}), ` +
    `bonne catégorie ${figures.rightCategory} (${percent(figures.rightCategory, figures.single)}), ` +
    `à vérifier ${figures.toVerify} (${percent(figures.toVerify, figures.single)}), ` +
    `faux éligibles ${figures.falseEligible.length}, faux exclus ${figures.falseExcluded.length}, ` +
    `mixtes avec un statut ferme ${figures.mixedFirm.length}`
  );
}
