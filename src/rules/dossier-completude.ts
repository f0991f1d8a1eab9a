import { dayIn } from '../dates.js';
import { warning, type Finding } from '../vocabulary.js';
import { defineRule, type CodeOf, type ProblemSpecs } from './types.js';

const problems = {
  'porteur-nom-manquant': { avertissement: true, params: {} },
  'projet-titre-manquant': { avertissement: true, params: {} },
  'projet-dates-inversees': { avertissement: true, params: { debut: 'date', fin: 'date' } },
} as const satisfies ProblemSpecs;

/** Fields that do not decide eligibility but that the Département needs to read the dossier. */
export const dossierCompleteness = defineRule({
  id: 'dossier-completude',
  meta: { problems },
  check(dossier, { reglement }) {
    const findings: Finding<CodeOf<typeof problems>>[] = [];
    if (!dossier.porteur?.nom?.trim()) findings.push(warning('porteur-nom-manquant', 'porteur.nom'));
    if (!dossier.projet?.titre?.trim()) findings.push(warning('projet-titre-manquant', 'projet.titre'));
    const zone = reglement.dateLimite.fuseau;
    const debut = dossier.projet?.debut && dayIn(dossier.projet.debut, zone);
    const fin = dossier.projet?.fin && dayIn(dossier.projet.fin, zone);
    // YYYY-MM-DD days of the same zone: text order is date order.
    if (debut && fin && fin < debut) findings.push(warning('projet-dates-inversees', 'projet.fin', { debut, fin }));
    return findings;
  },
});
