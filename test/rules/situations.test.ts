import { describe, expect, it } from 'vitest';
import { baseDossier, check, codes } from '../helpers.js';
import { undeclared } from './conformance.js';

type Dossier = ReturnType<typeof baseDossier>;

interface Situation {
  name: string;
  change: (dossier: Dossier) => void;
  verdict: string;
  /** Codes that must be among the problems. */
  problems?: string[];
  /** Codes that must not be. */
  absent?: string[];
  maximum?: number;
  maximumIfVerified?: number;
}

const line = (montant_ht: number | string, categorie = 'equipement-numerique') => ({ libelle: 'ligne', montant_ht, categorie });

/** One table of situations of the call, each with the verdict a grant officer expects. */
const situations: Situation[] = [
  { name: 'a complete commune dossier', change: () => {}, verdict: 'eligible', maximum: 192_000, absent: ['date-depot-absente'] },

  // Applicant type (Conditions — Porteurs de projet)
  ...['commune', 'syndicat', 'ccas'].map((type) => ({
    name: `a ${type}`,
    change: (d: Dossier) => void (d.porteur.type = type),
    verdict: 'eligible',
  })),
  {
    name: 'an EPCI, with its own SIREN',
    change: (d) => void Object.assign(d.porteur, { type: 'epci', nom: 'Loire Forez Agglomération', siren: '200065886' }),
    verdict: 'eligible',
  },
  {
    name: 'a CIAS, accepted with a warning',
    change: (d) => void (d.porteur.type = 'cias'),
    verdict: 'eligible',
    problems: ['porteur-type-a-confirmer'],
  },
  ...['association', 'entreprise', 'departement', 'region', 'etat', 'etablissement-public', 'particulier', 'autre'].map((type) => ({
    name: `a ${type}`,
    change: (d: Dossier) => void (d.porteur.type = type),
    verdict: 'ineligible',
    problems: ['porteur-type-non-eligible'],
  })),
  { name: 'no applicant type', change: (d) => void delete d.porteur.type, verdict: 'a-completer', problems: ['porteur-type-manquant'] },
  {
    name: 'a mistyped applicant type',
    change: (d) => void (d.porteur.type = 'comune'),
    verdict: 'a-completer',
    problems: ['porteur-type-inconnu'],
  },

  // Territory
  {
    name: 'a commune outside the Loire',
    change: (d) => void (d.porteur.code_insee = '69123'),
    verdict: 'ineligible',
    problems: ['porteur-hors-territoire'],
  },
  {
    name: 'a Corsican code',
    change: (d) => void (d.porteur.code_insee = '2A004'),
    verdict: 'ineligible',
    problems: ['porteur-hors-territoire'],
  },
  {
    name: 'a postcode instead of an INSEE code',
    change: (d) => void (d.porteur.code_insee = '4260'),
    verdict: 'a-completer',
    problems: ['code-insee-invalide'],
  },
  { name: 'an INSEE code written as a number', change: (d) => void (d.porteur.code_insee = 42147), verdict: 'eligible' },
  { name: 'no INSEE code', change: (d) => void delete d.porteur.code_insee, verdict: 'a-completer', problems: ['code-insee-manquant'] },

  // SIREN
  { name: 'a SIREN with spaces', change: (d) => void (d.porteur.siren = '214 201 477'), verdict: 'eligible' },
  { name: 'a SIREN written as a number', change: (d) => void (d.porteur.siren = 214201477), verdict: 'eligible' },
  {
    name: 'a SIREN with a wrong check digit',
    change: (d) => void (d.porteur.siren = '214201478'),
    verdict: 'a-completer',
    problems: ['siren-cle-invalide'],
  },
  { name: 'a SIREN of 8 digits', change: (d) => void (d.porteur.siren = '21420147'), verdict: 'a-completer', problems: ['siren-format'] },
  {
    name: 'a SIRET instead of a SIREN',
    change: (d) => void (d.porteur.siren = '21420147700014'),
    verdict: 'a-completer',
    problems: ['siren-est-un-siret'],
  },
  { name: 'no SIREN', change: (d) => void delete d.porteur.siren, verdict: 'a-completer', problems: ['siren-manquant'] },

  // Axes
  { name: 'no axis', change: (d) => void delete d.projet.axes, verdict: 'ineligible', problems: ['axe-manquant'] },
  { name: 'an empty list of axes', change: (d) => void (d.projet.axes = []), verdict: 'ineligible', problems: ['axe-manquant'] },
  {
    name: 'only a mistyped axis: a value to correct',
    change: (d) => void (d.projet.axes = ['innovation']),
    verdict: 'a-completer',
    problems: ['axe-inconnu'],
  },
  {
    name: 'a mistyped axis beside a valid one',
    change: (d) => void d.projet.axes.push('responsabl'),
    verdict: 'eligible',
    problems: ['axe-inconnu'],
  },

  // Deadline: 29 July 2022 at midnight, Europe/Paris
  { name: 'filed on the last day', change: (d) => void (d.depot.date = '2022-07-29'), verdict: 'eligible' },
  { name: 'filed the day after', change: (d) => void (d.depot.date = '2022-07-30'), verdict: 'ineligible', problems: ['depot-hors-delai'] },
  {
    name: 'filed at 23:59 on the last day, Paris time',
    change: (d) => void (d.depot.date = '2022-07-29T23:59:59+02:00'),
    verdict: 'eligible',
  },
  {
    name: 'filed at 00:00 the next day, Paris time',
    change: (d) => void (d.depot.date = '2022-07-30T00:00:00+02:00'),
    verdict: 'ineligible',
  },
  {
    name: 'filed at 22:30 UTC on the 29th, already the 30th in Paris',
    change: (d) => void (d.depot.date = '2022-07-29T22:30:00Z'),
    verdict: 'ineligible',
  },
  { name: 'a date written the French way', change: (d) => void (d.depot.date = '29/07/2022'), verdict: 'eligible' },
  {
    name: 'a date that does not exist',
    change: (d) => void (d.depot.date = '2022-02-30'),
    verdict: 'a-completer',
    problems: ['date-invalide'],
  },

  // Expense lines and the grant: min(80 % × eligible HT, 25 000 €), rounded down to the cent
  { name: 'the cap exactly reached', change: (d) => void (d.depenses = [line(31_250)]), verdict: 'eligible', maximum: 2_500_000 },
  { name: 'one cent over the cap base', change: (d) => void (d.depenses = [line(31_250.01)]), verdict: 'eligible', maximum: 2_500_000 },
  { name: 'one cent under the cap base', change: (d) => void (d.depenses = [line(31_249.99)]), verdict: 'eligible', maximum: 2_499_999 },
  {
    name: 'far over the cap',
    change: (d) => void (d.depenses = [line(100_000), line(50_000, 'logiciel')]),
    verdict: 'eligible',
    maximum: 2_500_000,
  },
  // 80 % of 1 234,57 € = 987,656 €: rounded down to 987,65 €, never up.
  {
    name: 'cents rounded down',
    change: (d) => void ((d.depenses = [line(1234.57)]), (d.financement.aide_sollicitee = 987.65)),
    verdict: 'eligible',
    maximum: 98_765,
  },
  {
    name: 'one cent of base gives nothing',
    change: (d) => void ((d.depenses = [line(0.01)]), (d.financement.aide_sollicitee = 0)),
    verdict: 'eligible',
    maximum: 0,
  },
  {
    name: 'French amounts',
    change: (d) => void (d.depenses = [line('1 234,57 €'), line('2.000,00', 'formation')]),
    verdict: 'eligible',
    maximum: 258_765,
  },
  {
    name: 'excluded lines do not count',
    change: (d) => void d.depenses.push(line(10_000, 'mobilier'), line(5000, 'travaux')),
    verdict: 'eligible',
    maximum: 192_000,
    problems: ['depense-exclue'],
  },
  {
    name: 'an operating expense excluded whatever its category',
    change: (d) => void d.depenses.push({ ...line(900, 'logiciel'), nature: 'fonctionnement' }),
    verdict: 'eligible',
    maximum: 192_000,
  },
  {
    name: 'only excluded lines',
    change: (d) => void (d.depenses = [line(2400, 'mobilier'), line(900, 'fonctionnement')]),
    verdict: 'ineligible',
    problems: ['aucune-depense-eligible'],
  },
  {
    name: 'only lines whose users are not said',
    change: (d) => void (d.depenses = [{ libelle: 'PC', montant_ht: 2400 }]),
    verdict: 'a-completer',
    problems: ['aucune-depense-confirmee', 'depense-a-verifier'],
  },
  {
    name: 'a line to verify beside an eligible one',
    change: (d) => void d.depenses.push({ libelle: 'PC', montant_ht: 1000 }),
    verdict: 'eligible',
    maximum: 192_000,
    maximumIfVerified: 272_000,
    problems: ['depense-a-verifier'],
  },
  {
    name: 'a mistyped category, on a line whose words say nothing',
    change: (d) => void d.depenses.push(line(1000, 'equipment-numerique')),
    verdict: 'eligible',
    maximum: 192_000,
    problems: ['categorie-inconnue', 'depense-a-verifier'],
  },

  // Lines without a category, classified from their words
  {
    name: 'a perpetual licence, deduced eligible',
    change: (d) => void d.depenses.push({ libelle: 'Licence perpétuelle du logiciel de GED', montant_ht: 1000 }),
    verdict: 'eligible',
    maximum: 272_000,
    problems: ['categorie-deduite'],
  },
  {
    name: 'tablets lent to the public, deduced eligible',
    change: (d) => void (d.depenses = [{ libelle: '6 tablettes pour le prêt aux usagers de la médiathèque', montant_ht: 2400 }]),
    verdict: 'eligible',
    maximum: 192_000,
  },
  {
    name: 'a subscription, deduced excluded',
    change: (d) => void d.depenses.push({ libelle: 'Abonnement annuel à la plateforme de prise de RDV', montant_ht: 500 }),
    verdict: 'eligible',
    maximum: 192_000,
    problems: ['depense-exclue'],
  },
  {
    name: 'only tablets for the schools: excluded, nothing eligible',
    change: (d) => void (d.depenses = [{ libelle: 'Tablettes pour les classes de l’école élémentaire', montant_ht: 2400 }]),
    verdict: 'ineligible',
    problems: ['aucune-depense-eligible'],
  },
  {
    name: 'a declared category that the words contradict',
    change: (d) =>
      void d.depenses.push(line(5000, 'equipement-numerique'), { ...line(3000), libelle: '10 ordinateurs portables pour les agents' }),
    verdict: 'eligible',
    maximum: 592_000,
    maximumIfVerified: 832_000,
    problems: ['depense-a-verifier'],
  },
  {
    name: 'declared equipment for the agents',
    change: (d) => void d.depenses.push({ ...line(3000), libelle: 'ordinateurs portables', beneficiaires: 'agents' }),
    verdict: 'eligible',
    maximum: 192_000,
    problems: ['depense-a-verifier'],
  },
  {
    // Words pulling both ways with an excluded category ahead: to verify, but not in the upper figure.
    name: 'a line to verify whose likely category is excluded',
    change: (d) => void d.depenses.push({ libelle: 'Paramétrage du portail Chorus Pro', montant_ht: 1000 }),
    verdict: 'eligible',
    maximum: 192_000,
    maximumIfVerified: 192_000,
    problems: ['depense-a-verifier'],
  },
  { name: 'no expenses', change: (d) => void delete d.depenses, verdict: 'a-completer', problems: ['depenses-absentes'] },
  {
    name: 'a TTC-only line with its VAT rate: HT derived',
    change: (d) => void (d.depenses = [{ libelle: 'tablettes', montant_ttc: 2880, taux_tva: 20, categorie: 'equipement-numerique' }]),
    verdict: 'eligible',
    maximum: 192_000,
    problems: ['montant-ht-calcule'],
  },
  {
    // 1 000 € TTC at 5,5 %: 947,867… € HT, rounded to 947,87 €; 80 % = 758,296 → 758,29 €.
    name: 'a TTC-only line at 5,5 %',
    change: (d) =>
      void (
        (d.depenses = [{ libelle: 'formation', montant_ttc: '1 000,00 €', taux_tva: '5,5', categorie: 'formation' }]),
        (d.financement.aide_sollicitee = 758.29)
      ),
    verdict: 'eligible',
    maximum: 75_829,
  },
  {
    name: 'a TTC-only line without VAT rate',
    change: (d) => void d.depenses.push({ libelle: 'écrans', montant_ttc: 1200, categorie: 'equipement-numerique' }),
    verdict: 'a-completer',
    problems: ['taux-tva-manquant'],
  },
  {
    name: 'a line without any amount',
    change: (d) => void d.depenses.push({ libelle: 'écrans', categorie: 'equipement-numerique' }),
    verdict: 'a-completer',
    problems: ['montant-ht-manquant'],
  },
  {
    name: 'an ambiguous amount',
    change: (d) => void d.depenses.push(line('12.500')),
    verdict: 'a-completer',
    problems: ['montant-invalide'],
    absent: ['montant-ht-manquant'],
  },
  { name: 'a negative amount', change: (d) => void d.depenses.push(line(-100)), verdict: 'a-completer', problems: ['montant-negatif'] },
  {
    name: 'an amount of three decimals',
    change: (d) => void d.depenses.push(line(10.005)),
    verdict: 'a-completer',
    problems: ['montant-invalide'],
  },
  {
    name: 'HT and TTC that disagree',
    change: (d) => void d.depenses.push({ ...line(1000), montant_ttc: 1300, taux_tva: 20 }),
    verdict: 'eligible',
    problems: ['montant-ttc-incoherent'],
  },

  // Requested grant
  { name: 'requesting exactly the maximum', change: (d) => void (d.financement.aide_sollicitee = 1920), verdict: 'eligible' },
  {
    name: 'requesting one cent more',
    change: (d) => void (d.financement.aide_sollicitee = 1920.01),
    verdict: 'a-completer',
    problems: ['aide-sollicitee-excessive'],
  },
  { name: 'requesting less', change: (d) => void (d.financement.aide_sollicitee = '1 500 €'), verdict: 'eligible' },
  { name: 'no requested grant', change: (d) => void delete d.financement, verdict: 'a-completer', problems: ['aide-sollicitee-manquante'] },
  {
    name: 'a big project requesting 25 000 €',
    change: (d) => void ((d.depenses = [line(40_000)]), (d.financement.aide_sollicitee = 25_000)),
    verdict: 'eligible',
    maximum: 2_500_000,
  },

  // Several problems at once: the most serious effect wins
  {
    name: 'ineligible and incomplete at once',
    change: (d) => void ((d.porteur.type = 'association'), delete d.porteur.siren),
    verdict: 'ineligible',
    problems: ['porteur-type-non-eligible', 'siren-manquant'],
  },
];

describe('the règlement applied to typical situations', () => {
  it.each(situations)('$name → $verdict', ({ change, verdict, problems = [], absent = [], maximum, maximumIfVerified }) => {
    const dossier = baseDossier();
    change(dossier);
    const report = check(dossier);
    expect(report.verdict, JSON.stringify(report.problemes, null, 1)).toBe(verdict);
    // Every problem and every line reason is one its rule declares, with the gravité and the parameters declared.
    expect(undeclared(report)).toEqual([]);
    expect(codes(report)).toEqual(expect.arrayContaining(problems));
    for (const code of absent) expect(codes(report)).not.toContain(code);
    if (maximum !== undefined) expect(report.aide?.maximumCents).toBe(maximum);
    if (maximumIfVerified !== undefined) expect(report.aide?.maximumIfVerifiedCents).toBe(maximumIfVerified);
  });
});

describe('every blocking problem', () => {
  it('names the field at fault and the verdict it leads to', () => {
    for (const { change } of situations) {
      const dossier = baseDossier();
      change(dossier);
      for (const problem of check(dossier).problemes.filter((p) => p.gravite === 'bloquant')) {
        expect(problem.chemin).not.toBe('');
        expect(problem.effet).toMatch(/^(a-completer|ineligible)$/);
        expect(problem.message).not.toMatch(/^\[/);
      }
    }
  });
});
