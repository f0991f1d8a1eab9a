import { describe, expect, it } from 'vitest';
import { installedData } from '../../src/cli/checker-data.js';
import { checkDossier } from '../../src/index.js';
import { renderProblem } from '../../src/format/messages.js';
import { answerJudge, plainDossier, refusedByCheck } from '../../src/interactive/answer-check.js';
import { answerChecks, euros } from '../../src/interactive/answers.js';
import { DEFAULT_EDITION } from '../../src/reglement/index.js';

/**
 * The generic check of an answer, for init's interview as for init --from:
 * the dossier so far with the answer in it, checked by `check` itself.
 */
const soFar = {
  porteur: { type: 'commune', nom: 'Commune de Boën-sur-Lignon', code_insee: '42019', siren: '214200198' },
  projet: { titre: 'Tablettes', axes: ['simplifier-le-quotidien'] },
  depenses: [{ libelle: '6 tablettes tactiles pour le prêt aux usagers', montant_ht: 2400, categorie: 'equipement-numerique' }],
  depot: { date: '2022-07-21' },
};
const options = { lang: 'fr' as const, reglement: DEFAULT_EDITION, data: installedData };

describe('an answer tried on a dossier being built (init)', () => {
  const judge = answerJudge(
    plainDossier(() => soFar),
    options,
  );

  it('refuses a request above the maximum with the check’s message, and takes the maximum', () => {
    const validate = refusedByCheck(judge, ['financement', 'aide_sollicitee'], (typed) => euros(typed));
    const text = JSON.stringify({ ...soFar, financement: { aide_sollicitee: 2000 } });
    const report = checkDossier(text, 'dossier.json', { data: installedData });
    const problem = report.problemes.find((found) => found.code === 'aide-sollicitee-excessive')!;
    expect(validate('2 000')).toBe(renderProblem(problem, report, DEFAULT_EDITION, 'fr'));
    expect(validate('1 920')).toBe(true);
  });

  it('refuses another commune’s SIREN, and keeps the dossier so far as it was', () => {
    const validate = refusedByCheck(judge, ['porteur', 'siren'], (typed) => typed);
    expect(validate('214202798')).toContain('c’est celui de Saint-Just-Saint-Rambert');
    expect(validate('214200198')).toBe(true);
    expect(soFar.porteur.siren).toBe('214200198');
  });

  it('writes an answer under a section or a line not there yet', () => {
    const text = plainDossier(() => ({ porteur: {} })).textWith(['depenses', 0, 'montant_ht'], 10);
    expect(JSON.parse(text)).toEqual({ porteur: {}, depenses: [{ montant_ht: 10 }] });
  });
});

describe('the checks of an amount where it is typed (init and init --from)', () => {
  it('refuse an amount past the largest a dossier may hold, with the check’s message', () => {
    const text = 'depenses:\n  - libelle: Tablettes\n    montant_ht: 99999999999\n';
    const report = checkDossier(text, 'dossier.yaml', { data: installedData });
    const problem = report.problemes.find((found) => found.code === 'montant-excessif')!;
    const message = renderProblem(problem, report, DEFAULT_EDITION, 'fr');
    const check = answerChecks('fr', DEFAULT_EDITION);
    expect(check.amountHt('99 999 999 999')).toBe(message);
    expect(check.amount('99 999 999 999')).toBe(message);
    expect(check.amount('100 000 000')).toBe(true);
  });
});
