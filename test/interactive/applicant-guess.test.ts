import { describe, expect, it } from 'vitest';
import { checkDossier } from '../../src/index.js';
import { draftToYaml } from '../../src/interactive/document.js';
import { interview } from '../../src/interactive/interview.js';
import { DEFAULT_EDITION } from '../../src/reglement/index.js';
import { answering, type Reply } from './script.js';
import { installedData } from '../../src/cli/checker-data.js';

/**
 * init proposes a category for each expense before check judges the file:
 * both must read the line with the same facts of the applicant (its
 * population, for obligations that start at a threshold), or the proposal
 * says one thing and the check another.
 */
const options = { lang: 'fr' as const, reglement: DEFAULT_EDITION, data: installedData, today: '2022-07-21' };

async function interviewOf(libelle: string, users?: string) {
  const prompter = answering((message) => {
    if (message.startsWith('Qui dépose')) return 'commune';
    if (message.startsWith('Votre commune')) return { search: 'montbri' };
    if (message.startsWith('Titre')) return 'Actes en ligne';
    if (message.startsWith('Description')) return '';
    if (message.startsWith('Axes')) return ['simplifier-le-quotidien'];
    if (message.startsWith('Dépense n°')) return libelle;
    if (/Qui utilisera/.test(message)) return users ?? '';
    if (message.startsWith('Catégorie')) return '';
    if (message.startsWith('Montant HT')) return '1 200,00';
    if (message.startsWith('Ajouter une autre')) return false;
    if (message.startsWith('Aide sollicitée')) return '';
    if (message.startsWith('Date de dépôt')) return '21/07/2022';
    if (message.startsWith('Renseigner maintenant')) return false;
    if (message.startsWith('Écrire le dossier')) return 'write';
    return undefined as Reply | undefined;
  });
  const draft = await interview(prompter, options);
  const text = draftToYaml(draft, { lang: 'fr', today: '2022-07-21' });
  return { said: prompter.said, report: checkDossier(text, 'dossier.yaml', { date: '2022-07-21', data: installedData }) };
}

describe('init’s proposed category is judged with the applicant’s population, as check judges the line', () => {
  it.each(['Publication électronique des actes de la commune', "Dématérialisation de l'instruction des autorisations d'urbanisme"])(
    '%s, for Montbrison (over 3 500 inhabitants)',
    async (libelle) => {
      const { said, report } = await interviewOf(libelle);
      const proposed = said.filter((text) => text.startsWith('→ Catégorie proposée'));
      expect(proposed.join('\n')).not.toMatch(/population du porteur n’est pas connue/);
      expect(proposed.join('\n')).toMatch(/obligation légale pour une commune de [\d\s\u202f\u00a0]+ habitants/);
      expect(report.depenses[0]).toMatchObject({ categorie: 'obligation-legale', statut: 'exclue' });
    },
  );
});
