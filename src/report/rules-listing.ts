import { catalogue, type Lang } from '../i18n/index.js';
import type { Clause, Reglement } from '../reglement/types.js';
import { ALL_RULES } from '../rules/index.js';
import type { Produces } from '../rules/types.js';

/** The règlement as the tool applies it: its figures and, for each rule, what it checks and the clause it comes from. */
export interface RulesReport {
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
  /** What the rule checks, in the report's language. */
  verifie: string;
  produit: Produces;
  /** The clause of the call it enforces; none for reading and shape, which come from the dossier format. */
  clause?: Clause & { id: string };
}

export function buildRulesReport(reglement: Reglement, lang: Lang): RulesReport {
  const descriptions = catalogue(lang).rules;
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
        verifie: descriptions[rule.id] ?? rule.id,
        produit: rule.produces,
        ...(clause && clauseId ? { clause: { id: clauseId, ...clause } } : {}),
      };
    }),
  };
}
