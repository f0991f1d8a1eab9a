import { describe, expect, it } from 'vitest';
import { checkDossier } from '../../src/index.js';
import { completeDossier } from '../../src/interactive/complete.js';
import { DossierSource } from '../../src/interactive/source.js';
import { interview } from '../../src/interactive/interview.js';
import { DEFAULT_EDITION } from '../../src/reglement/index.js';
import { answering } from './script.js';
import { installedData } from '../../src/cli/checker-data.js';

/**
 * An applicant the call does not admit can receive nothing (the report says 0):
 * init must not show, nor offer to request, the grant its lines would be worth.
 */
const options = { lang: 'fr' as const, reglement: DEFAULT_EDITION, data: installedData, today: '2022-07-21' };

async function interviewAs(type: string) {
  const offered: string[] = [];
  const prompter = answering((message) => {
    if (message.startsWith('Qui dépose')) return type;
    if (message.startsWith('Votre commune')) return { search: 'montbri' };
    if (message.startsWith('Nom')) return 'Repair’Num';
    if (message.startsWith('Commune du siège')) return { search: 'montbri' };
    if (message.startsWith('SIREN')) return '214201477';
    if (message.startsWith('Titre')) return 'Tablettes pour la médiathèque';
    if (message.startsWith('Description')) return '';
    if (message.startsWith('Axes')) return ['simplifier-le-quotidien'];
    if (message.startsWith('Dépense n°')) return '6 tablettes tactiles pour les usagers de la médiathèque';
    if (message.startsWith('Catégorie')) return '';
    if (message.startsWith('Montant HT')) return '2 400';
    if (message.startsWith('Ajouter une autre')) return false;
    if (message.startsWith('Aide sollicitée')) return '';
    if (message.startsWith('Date de dépôt')) return '21/07/2022';
    if (message.startsWith('Renseigner maintenant')) return false;
    if (message.startsWith('Écrire le dossier')) return 'write';
    return undefined;
  });
  const draft = await interview(prompter, options);
  offered.push(String((draft.financement as { aide_sollicitee?: unknown } | undefined)?.aide_sollicitee));
  return { said: prompter.said, requested: offered[0] };
}

describe('init for an applicant the call does not admit', () => {
  it('shows 0 as the grant so far, with the figure if it were admitted, and offers 0 as the request', async () => {
    const { said, requested } = await interviewAs('association');
    // 80 % of 2 400 € = 1 920 €, which an association cannot receive.
    const grantLines = said.filter((text) => text.startsWith('→ Aide'));
    expect(grantLines).toHaveLength(1);
    expect(grantLines[0]).toContain('0,00 €');
    expect(grantLines[0]).toContain('1 920,00 €');
    expect(grantLines[0]).toMatch(/n’est pas éligible|inéligible/);
    expect(requested).toBe('0');
  });

  it('still shows and offers the grant to a commune', async () => {
    const { said, requested } = await interviewAs('commune');
    expect(said.filter((text) => text.startsWith('→ Aide'))).toEqual(['→ Aide maximale à ce stade : 1 920,00 €.']);
    expect(requested).toBe('1920');
  });
});

describe('init --from for an applicant the call does not admit', () => {
  it('offers 0 as the request, not what the lines would be worth', async () => {
    const text = [
      'porteur: { nom: Repair’Num, type: association, siren: "214201477", code_insee: "42147" }',
      'projet: { titre: Atelier de réparation, axes: [responsable] }',
      'depenses:',
      '  - { libelle: 6 tablettes tactiles pour les usagers de la médiathèque, montant_ht: 2400, categorie: equipement-numerique }',
      'depot: { date: 2022-07-21 }',
      '',
    ].join('\n');
    const before = checkDossier(text, 'dossier.yaml', { date: '2022-07-21', data: installedData });
    expect(before.verdict).toBe('ineligible');
    // The lines are worth 1 920 € to an admitted applicant; this one can receive nothing.
    expect(before.aide?.maximumCents).toBe(192_000);
    const opened = DossierSource.open(new TextEncoder().encode(text), 'dossier.yaml');
    if (!opened.ok) throw new Error(opened.reason);
    const defaults: unknown[] = [];
    // The type is blocking, so it is asked again: the applicant keeps it.
    const prompter = answering((message) =>
      message.startsWith('Qui dépose') ? 'association' : message.startsWith('Aide sollicitée') ? '' : undefined,
    );
    const input = prompter.input;
    prompter.input = async (question) => {
      defaults.push(question.default);
      return input(question);
    };
    await completeDossier(prompter, opened.source, before, options);
    expect(prompter.asked.at(-1)).toBe('Aide sollicitée auprès du Département (€) :');
    expect(defaults).toEqual(['0,00']);
  });
});
