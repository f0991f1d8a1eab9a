import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainClassification } from '../../src/engine/classify-label.js';
import { installedData } from '../../src/cli/checker-data.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'dossier-check.js');

function classify(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, 'classify', ...args, '--format', 'json'], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' },
  });
  const answer =
    result.status === 0 ? (JSON.parse(result.stdout) as { motif_code: string; motif_parametres: Record<string, unknown> }) : undefined;
  return { code: result.status, stderr: result.stderr, answer };
}

/**
 * classify judges a line with the facts a dossier line gives check: its VAT
 * rate too, since the price per unit of accessories is judged TTC.
 */
describe('classify told the line’s VAT rate: --taux-tva', () => {
  it('converts the unit price at the line’s rate, as check does (450 € HT each: 495 € TTC at 10 %)', () => {
    const { code, answer } = classify('Supports antivol x2', '--montant', '900', '--taux-tva', '10');
    expect(code).toBe(0);
    expect(answer).toMatchObject({ motif_code: 'classe-accessoires', motif_parametres: { prixUnitaire: 495, quantite: 2 } });
    // Without it, the edition's standard rate: 540 € TTC each, above the threshold.
    expect(classify('Supports antivol x2', '--montant', '900').answer?.motif_code).toBe('classe-faible');
  });

  it('reads 5,5 written the French way', () => {
    expect(classify('Housses x10', '--montant', '100', '--taux-tva', '5,5').answer?.motif_parametres).toMatchObject({
      prixUnitaire: 10.55,
    });
  });

  it.each([
    ['5,5 %', 10.55],
    ['20%', 12],
  ])('reads %s with its per cent sign, as a dossier line’s taux_tva does', (rate, unitPrice) => {
    expect(classify('Housses x10', '--montant', '100', '--taux-tva', rate).answer?.motif_parametres).toMatchObject({
      prixUnitaire: unitPrice,
    });
  });

  it.each(['0.2', '55', 'vingt', '%'])('refuses %s, a rate the edition does not list, as a usage error', (rate) => {
    const { code, stderr } = classify('Housses x10', '--montant', '100', '--taux-tva', rate);
    expect(code).toBe(2);
    expect(stderr).toContain(`« ${rate} »`);
    expect(stderr).toContain('20, 10, 5,5, 2,1, 0');
  });

  it('the library takes the rate and the TTC amount as a dossier line gives them', () => {
    const answer = explainClassification('Supports antivol x2', { realWords: installedData.realWords, ttcCents: 99_000, tauxTva: 10 });
    expect(answer.motif).toMatchObject({ code: 'classe-accessoires', params: { prixUnitaire: 49_500 } });
  });
});
