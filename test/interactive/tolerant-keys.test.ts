import { describe, expect, it } from 'vitest';
import { checkDossier } from '../../src/index.js';
import { DossierSource } from '../../src/interactive/source.js';
import { installedData } from '../../src/cli/checker-data.js';

/**
 * `check` reads `Porteur:` as `porteur:`; an answer of `init --from` to
 * `porteur.type` must go into that section, not into a second `porteur:`
 * that would hide the applicant's own (an unknown key once `porteur` exists).
 */
const TEXT = [
  'Porteur:',
  '  nom: Commune de Montbrison',
  '  Code INSEE: "42147"',
  '  siren: "214201477"',
  'projet:',
  '  titre: Tablettes',
  '  axes: [simplifier-le-quotidien]',
  'Dépenses:',
  '  - libelle: 6 tablettes tactiles',
  '    categorie: equipement-numerique',
  'financement:',
  '  aide_sollicitee: 1920',
  'depot:',
  '  date: 2022-07-21',
  '',
].join('\n');

function open(text: string): DossierSource {
  const opened = DossierSource.open(new TextEncoder().encode(text), 'dossier.yaml');
  if (!opened.ok) throw new Error(opened.reason);
  return opened.source;
}

describe('init --from under keys read by tolerant matching', () => {
  it('reads a field under a key spelled otherwise', () => {
    expect(open(TEXT).getIn(['porteur', 'code_insee'])).toBe('42147');
  });

  it('writes an answer into the section as written', () => {
    const doc = open(TEXT);
    doc.setIn(['porteur', 'type'], 'commune');
    doc.setIn(['depenses', 0, 'montant_ht'], 2400);
    const rewritten = doc.rewrite();
    if (!rewritten.ok) throw new Error(rewritten.reason);
    const completed = new TextDecoder().decode(rewritten.bytes);
    expect(completed).not.toMatch(/^porteur:/m);
    expect(completed).not.toMatch(/^depenses:/m);
    expect(completed).toContain('Porteur:\n  nom: Commune de Montbrison');
    const after = checkDossier(completed, 'dossier.yaml', { date: '2022-07-20', data: installedData });
    expect(after.problemes.filter((problem) => problem.gravite === 'bloquant')).toEqual([]);
    expect(after.porteur).toMatchObject({ nom: 'Commune de Montbrison', type: 'commune', code_insee: '42147' });
    expect(after.verdict).toBe('eligible');
  });
});
