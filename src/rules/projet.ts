import { dayIn } from '../dates.js';
import { unknownChoice } from '../dossier/did-you-mean.js';
import { blocking, warning, type Finding } from '../vocabulary.js';
import type { Rule } from './types.js';

/** "Pour être éligible, les projets devront répondre à l'un des trois axes prioritaires." */
export const projectAxes: Rule = {
  id: 'projet-axes',
  produces: { bloquant: ['ineligible', 'a-completer'], avertissement: true },
  check(dossier, { reglement }) {
    const ids = reglement.axes.map((axis) => axis.id);
    const given = (dossier.projet?.axes ?? []).map((value, index) => ({ value, index }));
    const valid = given.filter(({ value }) => value !== undefined && ids.includes(value));
    const unknown = given.filter(({ value }) => value !== undefined && !ids.includes(value));
    if (given.length === 0) return [blocking('ineligible', 'axe-manquant', 'projet.axes', { valeurs: ids.join(', ') })];
    // A mistyped axis is a value to correct, not a project outside the call.
    return unknown.map(({ value, index }): Finding => {
      const params = unknownChoice(value!, ids);
      return valid.length > 0
        ? warning('axe-inconnu', `projet.axes.${index}`, params)
        : blocking('a-completer', 'axe-inconnu', `projet.axes.${index}`, params);
    });
  },
};

/** Fields that do not decide eligibility but that the Département needs to read the dossier. */
export const dossierCompleteness: Rule = {
  id: 'dossier-completude',
  produces: { avertissement: true },
  check(dossier, { reglement }) {
    const findings: Finding[] = [];
    if (!dossier.porteur?.nom?.trim()) findings.push(warning('porteur-nom-manquant', 'porteur.nom'));
    if (!dossier.projet?.titre?.trim()) findings.push(warning('projet-titre-manquant', 'projet.titre'));
    const zone = reglement.dateLimite.fuseau;
    const debut = dossier.projet?.debut && dayIn(dossier.projet.debut, zone);
    const fin = dossier.projet?.fin && dayIn(dossier.projet.fin, zone);
    // YYYY-MM-DD days of the same zone: text order is date order.
    if (debut && fin && fin < debut) findings.push(warning('projet-dates-inversees', 'projet.fin', { debut, fin }));
    return findings;
  },
};
