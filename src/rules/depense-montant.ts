import { acceptedVatHundredths, likelyVatRate, ttcFromHt } from './expense-lines.js';
import { blocking, info, warning, type Finding } from '../vocabulary.js';
import { defineRule, type CodeOf, type ProblemSpecs } from './types.js';

const problems = {
  // Blocking only when the HT amount depends on the rate; `valeurs`: the edition's rates, joined by ";".
  'taux-tva-inconnu': {
    bloquant: ['a-completer'],
    avertissement: true,
    params: { valeur: 'number', probable: 'number', erreur: 'id', valeurs: 'list' },
  },
  'taux-tva-manquant': { bloquant: ['a-completer'], params: { ttc: 'money' } },
  'montant-ht-manquant': { bloquant: ['a-completer'], params: {} },
  'montant-ht-calcule': { info: true, params: { ttc: 'money', taux: 'vat', ht: 'money' } },
  'montant-ttc-incoherent': { avertissement: true, params: { ht: 'money', ttc: 'money', taux: 'vat', attendu: 'money' } },
  'montant-ttc-inferieur-ht': { avertissement: true, params: { ht: 'money', ttc: 'money' } },
  'montant-nul': { avertissement: true, params: {} },
} as const satisfies ProblemSpecs;

/** The call pays a share of HT amounts: each line needs one, given or derivable from TTC and VAT. */
export const expenseAmount = defineRule({
  id: 'depense-montant',
  meta: { problems },
  check(_dossier, { lines, reglement }) {
    const findings: Finding<CodeOf<typeof problems>>[] = [];
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
});
