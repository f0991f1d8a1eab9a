import { requestedGrant } from './aide.js';
import { eligibleExpenses, expenseAmount, expenseCategory } from './depenses.js';
import { submissionDeadline } from './depot.js';
import { applicantIdentity, applicantSiren, applicantTerritory, applicantType } from './porteur.js';
import { dossierCompleteness, projectAxes } from './projet.js';
import type { Rule } from './types.js';

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
