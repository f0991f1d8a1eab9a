import type { ApplicantAttachment, Reglement } from './types.js';

/** What the edition says an applicant type is; undefined for a type it does not list. */
export function attachmentOf(reglement: Reglement, type: string | undefined): ApplicantAttachment | undefined {
  return type === undefined ? undefined : reglement.typesPorteur.find((candidate) => candidate.id === type)?.rattachement;
}

/** Legal obligations bind by the population of a commune: that of the applicant, or of the commune a CCAS belongs to. */
export function takesCommunePopulation(attachment: ApplicantAttachment | undefined): boolean {
  return attachment === 'commune' || attachment === 'etablissement-communal';
}
