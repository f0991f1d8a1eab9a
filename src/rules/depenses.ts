import { unknownChoice } from '../dossier/did-you-mean.js';
import { acceptedVatHundredths, likelyVatRate, ttcFromHt } from './expense-lines.js';
import { blocking, info, warning, type Finding } from '../vocabulary.js';
import type { Rule } from './types.js';

/** The call pays a share of HT amounts: each line needs one, given or derivable from TTC and VAT. */
export const expenseAmount: Rule = {
  id: 'depense-montant',
  produces: { bloquant: ['a-completer'], avertissement: true, info: true },
  check(_dossier, { lines, reglement }) {
    const findings: Finding[] = [];
    for (const line of lines) {
      const { montant_ht: ht, montant_ttc: ttc, taux_tva: rate } = line.input;
      const path = `depenses.${line.index}`;
      const vat = rate === undefined ? undefined : acceptedVatHundredths(rate, reglement);
      if (rate !== undefined && vat === undefined) {
        // A rate France does not apply: never used. It blocks only when the HT amount depends on it.
        const likely = likelyVatRate(rate, reglement);
        const params = { valeur: rate, probable: likely?.rate, erreur: likely?.slip, valeurs: reglement.tauxTvaPourcent.join(';') };
        const blocks = line.amountSource === 'absent' && ttc !== undefined;
        findings.push(
          blocks
            ? blocking('a-completer', 'taux-tva-inconnu', `${path}.taux_tva`, params)
            : warning('taux-tva-inconnu', `${path}.taux_tva`, params),
        );
      }
      if (line.amountSource === 'absent') {
        if (ttc !== undefined && rate === undefined)
          findings.push(blocking('a-completer', 'taux-tva-manquant', `${path}.taux_tva`, { ttc }));
        else if (ttc === undefined) findings.push(blocking('a-completer', 'montant-ht-manquant', `${path}.montant_ht`));
      } else if (line.amountSource === 'calcule') {
        findings.push(info('montant-ht-calcule', `${path}.montant_ttc`, { ttc, taux: vat, ht: line.htCents }));
      } else if (ht !== undefined && ttc !== undefined && vat !== undefined && Math.abs(ttcFromHt(ht, vat) - ttc) > 1) {
        findings.push(warning('montant-ttc-incoherent', `${path}.montant_ttc`, { ht, ttc, taux: vat, attendu: ttcFromHt(ht, vat) }));
      } else if (ht !== undefined && ttc !== undefined && vat === undefined && ttc < ht) {
        // No VAT rate makes TTC smaller than HT: the two amounts are likely swapped, and the grant is computed on the HT.
        findings.push(warning('montant-ttc-inferieur-ht', `${path}.montant_ht`, { ht, ttc }));
      }
      if (line.htCents === 0) findings.push(warning('montant-nul', `${path}.montant_ht`));
    }
    return findings;
  },
};

/** Each line's category and nature, as the call admits or excludes them. */
export const expenseCategory: Rule = {
  id: 'depense-categorie',
  produces: { avertissement: true, info: true },
  check(_dossier, { lines, reglement }) {
    const findings: Finding[] = [];
    const categoryIds = reglement.categories.map((category) => category.id);
    const beneficiaryIds = reglement.beneficiaires.map((beneficiary) => beneficiary.id);
    for (const line of lines) {
      const path = `depenses.${line.index}`;
      const { nature, beneficiaires, categorie } = line.input;
      if (categorie !== undefined && !categoryIds.includes(categorie)) {
        findings.push(warning('categorie-inconnue', `${path}.categorie`, unknownChoice(categorie, categoryIds)));
      }
      if (nature !== undefined && !reglement.natures.includes(nature)) {
        findings.push(warning('nature-inconnue', `${path}.nature`, unknownChoice(nature, reglement.natures)));
      }
      if (beneficiaires !== undefined && !beneficiaryIds.includes(beneficiaires)) {
        findings.push(warning('beneficiaires-inconnus', `${path}.beneficiaires`, unknownChoice(beneficiaires, beneficiaryIds)));
      }
      const reason = { motif: line.reason.code, ...line.reason.params };
      // An unreadable nature is already explained, at its own field, by nature-inconnue.
      if (line.status === 'a-verifier' && line.reason.code !== 'nature-illisible')
        findings.push({ ...warning('depense-a-verifier', `${path}.categorie`, reason), clause: line.clause });
      else if (line.status === 'exclue') findings.push({ ...info('depense-exclue', path, reason), clause: line.clause });
      else if (line.origin === 'deduite' && line.status === 'eligible')
        findings.push({ ...info('categorie-deduite', `${path}.libelle`, reason), clause: line.clause });
    }
    return findings;
  },
};

/** "Les dépenses éligibles sont uniquement…": a project with none of them gets nothing. */
export const eligibleExpenses: Rule = {
  id: 'depenses-eligibles',
  produces: { bloquant: ['ineligible', 'a-completer'] },
  check(_dossier, { lines, reglement }) {
    if (lines.length === 0) return [blocking('a-completer', 'depenses-absentes', 'depenses')];
    if (lines.some((line) => line.status === 'eligible')) return [];
    // Lines still to verify may turn out eligible: say what to do, not "ineligible".
    if (lines.some((line) => line.status === 'a-verifier')) return [blocking('a-completer', 'aucune-depense-confirmee', 'depenses')];
    const funded = reglement.categories.filter((category) => category.eligible).map((category) => category.id);
    return [blocking('ineligible', 'aucune-depense-eligible', 'depenses', { categories: funded.join(',') })];
  },
};
