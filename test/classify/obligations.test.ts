import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../src/classify/classifier.js';
import { installedData } from '../../src/cli/checker-data.js';
import { DEFAULT_EDITION } from '../../src/reglement/index.js';
import { baseDossier, check } from '../helpers.js';

const lexique = DEFAULT_EDITION.lexique;
const obligationWords = lexique.categories['obligation-legale']!;

describe('the legal digital obligations the lexicon knows', () => {
  it('knows every obligation of the domain notes, with its threshold or its doubt', () => {
    const byName = (fragment: string) => lexique.obligations.find((law) => law.obligation.fr.includes(fragment));
    expect(byName('saisine par voie électronique')).toBeDefined();
    expect(byName('urbanisme')).toMatchObject({ seuilHabitants: 3500, sousLeSeuil: expect.anything() });
    expect(byName('données publiques')).toMatchObject({ seuilHabitants: 3500, conditionInconnue: { fr: '50 agents' } });
    expect(byName('RGAA')).toBeDefined();
    expect(byName('Chorus Pro')).toBeDefined();
    expect(byName('marchés publics')).toBeDefined();
    expect(byName('PES V2')).toBeDefined();
    expect(byName('@CTES')).toMatchObject({ aConfirmer: true });
    expect(byName('publication électronique des actes')).toMatchObject({ seuilHabitants: 3500 });
    expect(byName('PayFiP')).toMatchObject({ conditionInconnue: expect.anything() });
  });

  it('names each obligation by words of the obligation-legale category', () => {
    const strong = new Set([...(obligationWords.decisifs ?? []), ...obligationWords.forts, ...(obligationWords.indices ?? [])]);
    for (const law of lexique.obligations) {
      for (const terme of law.termes) expect(strong, `${terme} (${law.obligation.fr})`).toContain(terme);
    }
  });

  it('ties every strong word of obligation-legale to an obligation, so that its threshold is always read', () => {
    const termes = new Set(lexique.obligations.flatMap((law) => law.termes));
    for (const word of [...(obligationWords.decisifs ?? []), ...obligationWords.forts]) expect(termes, word).toContain(word);
  });

  it('reads each term of an obligation as that obligation', () => {
    for (const law of lexique.obligations) {
      for (const terme of law.termes) {
        expect(classifyLine({ libelle: terme, population: 50_000 }, DEFAULT_EDITION, installedData.realWords).category, terme).toBe(
          'obligation-legale',
        );
      }
    }
  });
});

describe('obligations and excluded things in a dossier', () => {
  const withLine = (libelle: string, porteur: Record<string, string> = {}) => {
    const dossier = baseDossier();
    dossier.porteur = { ...dossier.porteur, ...porteur };
    dossier.depenses = [...dossier.depenses, { libelle, montant_ht: 5000 }];
    return check(dossier);
  };

  it('adds nothing to the grant for desks bought for the computers of an EPN', () => {
    const report = withLine("Bureaux pour ordinateurs de l'espace public numérique");
    expect(report.depenses[1]).toMatchObject({ categorie: 'mobilier', statut: 'exclue' });
    // 80 % of the 2 400 € of tablets, and nothing of the 5 000 € of desks (it used to add 4 000 €).
    expect(report.aide?.maximumCents).toBe(192_000);
  });

  it('reads the population of the applicant commune from the official geography', () => {
    const line = 'Module de publication électronique des actes';
    // Montbrison, 15 943 inhabitants: bound.
    expect(withLine(line).depenses[1]).toMatchObject({ categorie: 'obligation-legale', statut: 'exclue' });
    // Aboën, 462 inhabitants: not bound, the line is no obligation.
    expect(withLine(line, { code_insee: '42001', siren: '214200016', nom: 'Commune d’Aboën' }).depenses[1]!.statut).not.toBe('exclue');
    // Open data: 3 500 inhabitants and 50 agents, which the dossier does not give: presumed from 10 000 inhabitants.
    const openData = withLine('Mise en ligne des données publiques, obligation de la loi pour une République numérique').depenses[1]!;
    expect(openData).toMatchObject({ categorie: 'obligation-legale', statut: 'exclue' });
    expect(openData.why).toContain('50 agents');
    expect(openData.why).toContain('10 000 habitants');
  });
});
