import { requestedGrant } from './aide.js';
import { eligibleExpenses, expenseAmount, expenseCategory } from './depenses.js';
import { submissionDeadline } from './depot.js';
import { applicantIdentity, applicantSiren, applicantTerritory, applicantType } from './porteur.js';
import { dossierCompleteness, projectAxes } from './projet.js';
import type { Rule, RuleDescription } from './types.js';

/** Every rule, in the order a grant officer reads a dossier. */
export const RULES: readonly Rule[] = [
  applicantType,
  applicantTerritory,
  applicantSiren,
  applicantIdentity,
  projectAxes,
  submissionDeadline,
  expenseAmount,
  expenseCategory,
  eligibleExpenses,
  requestedGrant,
  dossierCompleteness,
];

/** Reading the file and checking its shape come before the call's rules; they report too. */
const FORMAT_RULES: readonly RuleDescription[] = [
  { id: 'dossier-lecture', produces: { bloquant: ['illisible'], avertissement: true } },
  { id: 'dossier-format', produces: { bloquant: ['a-completer'], avertissement: true } },
];

/** Every rule that can report a problem, in the order they apply. */
export const ALL_RULES: readonly RuleDescription[] = [...FORMAT_RULES, ...RULES];
