import { describe, expect, it } from 'vitest';
import { checkDossier } from '../helpers.js';
import { installedData } from '../../src/cli/checker-data.js';

/** The message of the problem at `path` when the dossier holds `line` under `section`. */
function messageAt(yaml: string, path: string): string | undefined {
  const report = checkDossier(yaml, 'd.yaml', { date: '2022-07-20', data: installedData });
  return report.problemes.find((problem) => problem.chemin === path)?.message;
}

describe('a refused date says why', () => {
  it.each([
    ['30/02/2022', 'n’existe pas'],
    ['07/21/2022', 'le jour vient d’abord'],
    ['21/07/22', 'l’année a deux chiffres'],
    ['21.07.2022', 'barres obliques'],
    ['21 juillet 2022', 'en chiffres'],
    ['2022-07-21T10:00', 'fuseau'],
    ['bientôt', 'en chiffres'],
    ['2022/07', 'forme de date inconnue'],
  ])('%j: %s', (value, reason) => {
    const message = messageAt(`depot:\n  date: "${value}"\n`, 'depot.date');
    expect(message).toContain(`« ${value} »`);
    expect(message).toContain(reason);
  });
});

describe('a refused VAT rate says why', () => {
  it.each([
    ['TVA 20', 'des mots'],
    ['-20', 'négatif'],
    ['20 / 5,5', 'un seul taux'],
    ['20 %%', 'caractère « % »'],
    ['', 'aucun taux'],
  ])('%j: %s', (value, reason) => {
    const message = messageAt(`depenses:\n  - libelle: PC\n    montant_ttc: 1200\n    taux_tva: "${value}"\n`, 'depenses.0.taux_tva');
    expect(message).toContain(reason);
  });
});
