import type { Dossier } from '../dossier/schema.js';
import type { Reglement } from '../reglement/types.js';
import type { CommuneLookup, Geography } from '../territoire/geography.js';
import type { ExpenseLine } from './expense-lines.js';
import type { GrantComputation } from './grant.js';
import type { Effet, Finding } from '../vocabulary.js';

export type ReferenceDateSource = 'depot' | 'option' | 'aujourdhui';

/** Everything a rule may read besides the dossier; rules never read the clock or files. */
export interface RuleContext {
  reglement: Reglement;
  /** The date the deadline is checked against, in the edition's time zone, and where it came from. */
  referenceDate: { date: string; source: ReferenceDateSource };
  lines: ExpenseLine[];
  grant: GrantComputation;
  geography: Geography;
  /** The applicant's commune (its seat, for a grouping), when porteur.code_insee is well formed. */
  seat?: CommuneLookup;
}

/** What a rule can report: blocking problems and the verdicts they lead to, warnings, notes. */
export interface Produces {
  bloquant?: Effet[];
  avertissement?: boolean;
  info?: boolean;
}

/** A rule as `dossier-check rules` lists it: its id and what it can report (its text is in the catalogues). */
export interface RuleDescription {
  id: string;
  produces: Produces;
}

/** A rule of the call: a pure function of the dossier, declared with its id (its clause is in the edition's data). */
export interface Rule extends RuleDescription {
  check(dossier: Dossier, context: RuleContext): Finding[];
}
