import type { Lang } from '../vocabulary.js';
import type { Clause, Reglement } from '../reglement/types.js';
import { ALL_RULES } from '../rules/index.js';
import type { Produces } from '../rules/types.js';

/** The règlement as the tool applies it: its figures and, for each rule, what it checks and the clause it comes from. */
export interface RulesReport {
  /** The language formatters write it in; the listing itself is in none (what each rule checks is in the catalogues, by its id). */
  lang: Lang;
  reglement: {
    id: string;
    titre: string;
    organisme: string;
    source: string;
    tauxPourcent: number;
    plafondCentimes: number;
    dernierJour: string;
    fuseau: string;
  };
  regles: RuleEntry[];
}

export interface RuleEntry {
  id: string;
  produit: Produces;
  /** The clause of the call it enforces; none for reading and shape, which come from the dossier format. */
  clause?: Clause & { id: string };
}

export function buildRulesReport(reglement: Reglement, lang: Lang): RulesReport {
  return {
    lang,
    reglement: {
      id: reglement.id,
      titre: reglement.titre,
      organisme: reglement.organisme,
      source: reglement.source,
      tauxPourcent: reglement.aide.tauxPourcent,
      plafondCentimes: reglement.aide.plafondCentimes,
      dernierJour: reglement.dateLimite.dernierJour,
      fuseau: reglement.dateLimite.fuseau,
    },
    regles: ALL_RULES.map((rule) => {
      const clauseId = reglement.regles[rule.id]?.clause;
      const clause = clauseId === undefined ? undefined : reglement.clauses[clauseId];
      return {
        id: rule.id,
        produit: rule.produces,
        ...(clause && clauseId ? { clause: { id: clauseId, ...clause } } : {}),
      };
    }),
  };
}
