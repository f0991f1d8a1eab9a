import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installedData } from '../../src/cli/checker-data.js';
import { nextStep } from '../../src/cli/next-step.js';
import { checkDossier } from '../../src/engine/check.js';
import { checkCommand, shellWord } from '../../src/interactive/document.js';
import type { DossierReport } from '../../src/report/types.js';

/**
 * init's closing words: what is left to do with the dossier and how to check
 * it again, from the report of the check it just printed.
 */
const ROOT = join(import.meta.dirname, '..', '..');

function reportOf(path: string): DossierReport {
  return checkDossier(readFileSync(join(ROOT, path)), path, { data: installedData, now: new Date('2022-07-20T10:00:00Z') });
}

const place = { file: 'dossier.yaml', command: 'dossier-check check dossier.yaml', lastDay: '2022-07-29' };

describe('the closing words of init', () => {
  it('say that an eligible dossier can be filed as it is, by the deadline, and how to check it again', () => {
    expect(nextStep(reportOf('test/fixtures/eligible.yaml'), place, 'fr')).toBe(
      'Le dossier dossier.yaml peut être déposé tel quel, au plus tard le 29/07/2022.\n' +
        'Pour le vérifier à nouveau après une modification : dossier-check check dossier.yaml',
    );
    expect(nextStep(reportOf('test/fixtures/eligible.yaml'), place, 'en')).toBe(
      'The dossier dossier.yaml can be filed as it is, by 2022-07-29 at the latest.\n' +
        'To check it again after a change: dossier-check check dossier.yaml',
    );
  });

  it('leave the deadline out when there is none to give', () => {
    expect(nextStep(reportOf('test/fixtures/eligible.yaml'), { ...place, lastDay: undefined }, 'fr').split('\n')[0]).toBe(
      'Le dossier dossier.yaml peut être déposé tel quel.',
    );
  });

  it('count the blocking problems left, listed above, and never say the dossier can be filed', () => {
    const incomplete = reportOf('examples/syndicat-a-completer.yaml');
    expect(incomplete.problemes.filter((problem) => problem.gravite === 'bloquant')).toHaveLength(2);
    const [state, again] = nextStep(incomplete, place, 'fr').split('\n');
    expect(state).toBe('Il reste 2 points bloquants à corriger dans dossier.yaml avant de le déposer (listés ci-dessus).');
    expect(again).toBe('Pour le vérifier à nouveau après une modification : dossier-check check dossier.yaml');
    expect(nextStep(incomplete, place, 'en').split('\n')[0]).toBe(
      '2 blocking problems to fix in dossier.yaml before filing it (listed above).',
    );
  });

  it('say a late dossier is late and can receive nothing, not that its date is to be corrected before filing it', () => {
    const late = nextStep(reportOf('test/fixtures/late.yaml'), place, 'fr');
    expect(late.split('\n')[0]).toBe(
      'Le dossier dossier.yaml est hors délai (date limite : 29/07/2022) : il ne peut recevoir aucune aide, sauf si sa date de dépôt n’est pas la bonne.',
    );
    expect(late).not.toContain('peut être déposé');
    expect(late).not.toContain('à corriger');
    expect(nextStep(reportOf('test/fixtures/late.yaml'), place, 'en').split('\n')[0]).toBe(
      'The dossier dossier.yaml is late (deadline: 2022-07-29): it can receive no grant, unless its submission date is wrong.',
    );
  });

  it('say that a dossier ineligible for another reason (an applicant the call excludes) will receive no grant as it stands', () => {
    const excluded = reportOf('examples/association-ineligible.yaml');
    expect(excluded.verdict).toBe('ineligible');
    expect(excluded.problemes.some((problem) => problem.code === 'depot-hors-delai')).toBe(false);
    expect(nextStep(excluded, place, 'fr').split('\n')[0]).toBe(
      'En l’état, le dossier dossier.yaml est inéligible (motifs ci-dessus) : il ne recevra pas d’aide.',
    );
    expect(nextStep(excluded, place, 'en').split('\n')[0]).toBe(
      'As it stands, the dossier dossier.yaml is ineligible (reasons above): it will receive no grant.',
    );
  });

  it('give the deadline only while it is still ahead: on the last day, not the day after', () => {
    const eligible = reportOf('test/fixtures/eligible.yaml');
    expect(nextStep(eligible, { ...place, today: '2022-07-29' }, 'fr').split('\n')[0]).toBe(
      'Le dossier dossier.yaml peut être déposé tel quel, au plus tard le 29/07/2022.',
    );
    expect(nextStep(eligible, { ...place, today: '2022-07-30' }, 'fr').split('\n')[0]).toBe(
      'Le dossier dossier.yaml peut être déposé tel quel.',
    );
  });

  it('say a file that could not be read has its problem to fix, not that it can be filed', () => {
    const unreadable = reportOf('test/fixtures/broken.yaml');
    expect(unreadable.verdict).toBe('illisible');
    expect(nextStep(unreadable, place, 'fr').split('\n')[0]).toBe(
      'Il reste 1 point bloquant à corriger dans dossier.yaml avant de le déposer (listé ci-dessus).',
    );
  });

  it('name the lines a person must still decide on', () => {
    const mixed = reportOf('examples/ccas-lignes-mixtes.yaml');
    expect(mixed.verdict).toBe('eligible');
    expect(nextStep(mixed, place, 'fr').split('\n')[0]).toBe(
      'Le dossier dossier.yaml peut être déposé, au plus tard le 29/07/2022 ; 1 dépense reste « à vérifier » (voir ci-dessus).',
    );
    expect(nextStep(mixed, place, 'en').split('\n')[0]).toBe(
      'The dossier dossier.yaml can be filed, by 2022-07-29 at the latest; 1 expense is still “to verify” (see above).',
    );
    const twoToVerify: DossierReport = {
      ...mixed,
      depenses: [...mixed.depenses, ...mixed.depenses.filter((line) => line.statut === 'a-verifier')],
    };
    expect(nextStep(twoToVerify, place, 'fr')).toContain('2 dépenses restent « à vérifier »');
    const blockedToo = reportOf('examples/syndicat-a-completer.yaml');
    expect(nextStep({ ...blockedToo, depenses: twoToVerify.depenses }, place, 'en').split('\n')[0]).toBe(
      '2 blocking problems to fix in dossier.yaml before filing it (listed above); 2 expenses are still “to verify” (see above).',
    );
  });
});

describe('the command that checks the dossier again', () => {
  it('is the one the written file’s header gives, with the file', () => {
    expect(checkCommand({ lang: 'fr' }, 'dossier.yaml')).toBe('dossier-check check dossier.yaml');
    expect(checkCommand({ lang: 'fr', reglementFile: 'rhone.reglement.yaml' }, 'dossiers/villeurbanne.yaml')).toBe(
      'dossier-check check --reglement rhone.reglement.yaml dossiers/villeurbanne.yaml',
    );
    expect(checkCommand({ lang: 'fr', reglementFile: 'rhone.reglement.yaml' })).toBe(
      'dossier-check check --reglement rhone.reglement.yaml',
    );
  });

  it('asks check for English when the questions were in English', () => {
    expect(checkCommand({ lang: 'en' }, 'dossier.yaml')).toBe('dossier-check check --lang en dossier.yaml');
  });

  it('writes each path as one word of a shell line', () => {
    expect(shellWord('dossier-boën_2022.yaml')).toBe('dossier-boën_2022.yaml');
    expect(shellWord('C:\\Dossiers\\mairie.yaml')).toBe('C:\\Dossiers\\mairie.yaml');
    expect(shellWord('Mes documents/dossier (1).yaml')).toBe('"Mes documents/dossier (1).yaml"');
    expect(shellWord('l’appel $2022.yaml')).toBe("'l’appel $2022.yaml'");
    expect(shellWord("it's $here.yaml")).toBe("'it'\\''s $here.yaml'");
  });
});
