import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CLASSIFIER_CATEGORIES } from '../../src/classify/classifier.js';
import { installedData } from '../../src/cli/checker-data.js';
import { loadEdition } from '../../src/edition/load.js';
import { checkDossier, renderProblem, type DossierReport, type Problem } from '../../src/index.js';
import { summarizeEdition } from '../../src/report/build.js';
import { completeDossier } from '../../src/interactive/complete.js';
import { draftToYaml } from '../../src/interactive/document.js';
import { DossierSource } from '../../src/interactive/source.js';
import { interview } from '../../src/interactive/interview.js';
import { EDITIONS } from '../../src/reglement/index.js';
import type { Reglement } from '../../src/reglement/types.js';
import { ALL_RULES } from '../../src/rules/index.js';
import { answering } from '../interactive/script.js';
import { runBinary } from './binary.js';

/**
 * A fictitious edition of another département (the Rhône, 69: 60 %, 15 000 €,
 * 14 March 2025 at midnight in Martinique time), checked through the real
 * binary in every format and built with init: its figures everywhere, and
 * no word of the Loire nor of 2022 in anything the tool says.
 */
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'editions');
const EDITION = join(FIXTURES, 'rhone.reglement.yaml');
const dossier = (name: string) => join(FIXTURES, 'rhone', `${name}.yaml`);
const RHONE_DOSSIERS = ['villeurbanne', 'villefranche-agglo', 'centre-social-en-retard', 'syndicat-a-confirmer'].map(dossier);
const FORMATS = ['text', 'json', 'csv', 'github', 'sarif', 'junit', 'html'] as const;
/** The vintage of the official geography, which the JSON report states (geographie.millesime): a fact of the data, not of the call. */
const GEOGRAPHY_VINTAGE = installedData.geography.source.millesime;

const LEFTOVER = /loire|2022/i;

function rhone(): Reglement {
  const context = { builtIns: EDITIONS, ruleIds: ALL_RULES.map((rule) => rule.id), requiredCategories: CLASSIFIER_CATEGORIES };
  const loaded = loadEdition(readFileSync(EDITION, 'utf8'), context, 'fr');
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  return loaded.reglement;
}

/** The lines of an output that name the Loire or 2022, to show in a failure. */
function leftovers(output: string): string[] {
  return output.split('\n').filter((line) => LEFTOVER.test(line));
}

/** `--date`: the day used for a dossier whose own date is unreadable, so that no output depends on today. */
function check(args: string[]) {
  return runBinary(['check', '--reglement', EDITION, '--date', '2025-03-01', ...args]);
}

/** A problem's message as the CLI writes it, with the Rhône edition's words. */
function said(problem: Problem, dossier: DossierReport, lang: 'fr' | 'en' = 'fr'): string {
  return renderProblem(problem, dossier, summarizeEdition(rhone()), lang);
}

describe('an edition of another département, checked end to end', () => {
  it('applies its rate, cap, deadline and zone, its applicant types and its territory', () => {
    const { code, stdout, stderr } = check([...RHONE_DOSSIERS, '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.reglement.id).toBe('rhone-numerique-2025');
    const byFile = Object.fromEntries(report.dossiers.map((found: { fichier: string }) => [found.fichier.split('/').pop(), found]));
    // 30 000 € eligible: 60 % is 18 000 €, capped at 15 000 €.
    expect(byFile['villeurbanne.yaml']).toMatchObject({
      verdict: 'eligible',
      aide: {
        assiette_eligible_ht: 30_000,
        taux: 0.6,
        aide_avant_plafond: 18_000,
        plafond: 15_000,
        plafond_applique: true,
        maximale: 15_000,
      },
    });
    // 8 000 € eligible (the desks are furniture): 60 % is 4 800 €.
    expect(byFile['villefranche-agglo.yaml']).toMatchObject({
      verdict: 'eligible',
      aide: { assiette_eligible_ht: 8_000, maximale: 4_800, plafond_applique: false },
    });
    // Filed on 15 March at 0:30 in Martinique (5:30 in Paris): one day late.
    const late = byFile['centre-social-en-retard.yaml'];
    expect(late.verdict).toBe('ineligible');
    expect(late.problemes.find((problem: { code: string }) => problem.code === 'depot-hors-delai').message).toBe(
      'Dépôt le 15/03/2025 (date de dépôt du dossier), après la date limite du 14/03/2025 à minuit (America/Martinique) : la candidature est hors délai.',
    );
    // 14 March at 23:30 in Martinique is 15 March in Paris: on time, counted in the edition's zone.
    expect(byFile['villeurbanne.yaml'].problemes.map((problem: { code: string }) => problem.code)).not.toContain('depot-hors-delai');
    // A type the edition accepts once confirmed: said without the built-in edition's reason (the CIAS as twin of the CCAS).
    const syndicate = byFile['syndicat-a-confirmer.yaml'];
    expect(syndicate.problemes.find((problem: { code: string }) => problem.code === 'porteur-type-a-confirmer').message).toBe(
      'L’appel ne cite pas le syndicat mixte parmi les porteurs : il n’est accepté que sous réserve. Faites-le confirmer par le Département avant le dépôt.',
    );
    // Its date has a two-digit year: the example given is the edition's last day.
    expect(syndicate.problemes.find((problem: { code: string }) => problem.code === 'date-invalide').message).toBe(
      'Date « 14/03/25 » refusée : l’année a deux chiffres : écrivez-la en entier, sur quatre chiffres. Écrivez-la AAAA-MM-JJ (2025-03-14) ou JJ/MM/AAAA (14/03/2025).',
    );
    // 6 000 € TTC at 20 %: 5 000 € HT, 60 % of it.
    expect(syndicate.aide).toMatchObject({ assiette_eligible_ht: 5_000, maximale: 3_000 });
  });

  it('says nothing of the Loire nor of 2022 in the xlsx workbook either, in French and in English', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'rhone-xlsx-'));
    for (const lang of ['fr', 'en']) {
      const file = join(folder, `rapport-${lang}.xlsx`);
      const { code, stderr } = check([...RHONE_DOSSIERS, '--format', 'xlsx', '--lang', lang, '-o', file]);
      expect(code, lang).toBe(1);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
      const cells: string[] = book.worksheets.map((sheet) => sheet.name);
      for (const sheet of book.worksheets) sheet.eachRow((row) => row.eachCell((cell) => void cells.push(String(cell.value))));
      const output = cells.join('\n');
      expect(output, lang).toContain('villeurbanne');
      expect(leftovers(output + stderr), lang).toEqual([]);
    }
  });

  it('says nothing of the Loire nor of 2022, in any format, in French and in English', () => {
    const runs = [
      ...FORMATS.map((format) => ['--format', format]),
      ['--format', 'csv', '--csv-lignes'],
      ['--explain'],
      ['--explain', '--lang', 'en'],
      ['--format', 'html', '--lang', 'en'],
    ];
    for (const args of runs) {
      const { code, stdout, stderr } = check([...RHONE_DOSSIERS, ...args]);
      expect(code, args.join(' ')).toBe(1);
      let output = stdout;
      if (args.includes('json')) {
        const report = JSON.parse(stdout);
        expect(report.geographie.millesime).toBe(GEOGRAPHY_VINTAGE);
        delete report.geographie.millesime;
        output = JSON.stringify(report);
      }
      expect(output.length, args.join(' ')).toBeGreaterThan(200);
      expect(leftovers(output + stderr), args.join(' ')).toEqual([]);
    }
    // Every report names the edition's figures: its deadline in its zone, its rate and cap.
    const text = check([dossier('villeurbanne'), '--explain']).stdout;
    expect(text).toContain('15 000,00 €');
    expect(text).toContain('60 %');
    for (const command of [['rules'], ['rules', '--format', 'json'], ['schema'], ['rules', '--lang', 'en']]) {
      const { code, stdout, stderr } = runBinary([...command, '--reglement', EDITION]);
      expect(code, command.join(' ')).toBe(0);
      expect(leftovers(stdout + stderr), command.join(' ')).toEqual([]);
    }
    const rules = runBinary(['rules', '--reglement', EDITION]).stdout;
    expect(rules).toContain('14/03/2025 à minuit (America/Martinique)');
  });

  it('classifies a label for the edition: classify -b takes its beneficiaries and refuses those of another edition', () => {
    const excluded = runBinary(['classify', 'Ordinateurs portables', '-b', 'colleges', '--reglement', EDITION, '-f', 'json']);
    expect(excluded.code).toBe(0);
    expect(JSON.parse(excluded.stdout)).toMatchObject({ categorie: 'equipement-interne', statut: 'exclue' });
    const other = runBinary(['classify', 'Ordinateurs portables', '-b', 'usagers', '--reglement', EDITION]);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain(
      'valeur « usagers » invalide pour l’option « -b, --beneficiaires <qui> » ; valeurs possibles : habitants, personnel, colleges',
    );
    // The built-in edition's values stay as they were.
    expect(runBinary(['classify', 'Ordinateurs portables', '-b', 'usagers', '-f', 'json']).code).toBe(0);
  });

  it('refuses a commune of the Loire as outside the territory, naming only its own département', () => {
    const { code, stdout } = check([dossier('montbrison-hors-territoire'), '--format', 'json']);
    expect(code).toBe(1);
    const [found] = JSON.parse(stdout).dossiers;
    expect(found.verdict).toBe('ineligible');
    const outside = found.problemes.find((problem: { code: string }) => problem.code === 'porteur-hors-territoire');
    expect(outside.message).toBe(
      'Montbrison (42147) est dans le département Loire (42), hors du Rhône (69) : l’appel ne concerne que les collectivités de ce territoire.',
    );
    // The département of the commune is the only Loire said.
    const text = check([dossier('montbrison-hors-territoire'), '--explain']).stdout;
    expect(leftovers(text.replaceAll('département Loire (42)', ''))).toEqual([]);
  });

  it('builds a dossier with init for the edition: its types, beneficiaries, criteria and deadline', async () => {
    const reglement = rhone();
    const prompter = answering((message) => {
      const replies: [string, unknown][] = [
        ['Qui dépose', 'municipalite'],
        ['Votre commune', { search: 'villeurb' }],
        ['Titre du projet', 'Tablettes en prêt'],
        ['Description', ''],
        ['Axes', ['inclusion']],
        ['Dépense n°', 'Ordinateurs portables'],
        ['Qui utilisera', 'habitants'],
        ['Catégorie', ''],
        ['Montant HT', '30 000'],
        ['autre dépense', false],
        ['Aide sollicitée', ''],
        ['Date de dépôt', ''],
        ['critères', true],
        ['innovant', 'Un prêt de portables inédit dans la commune.'],
        ['mutualisé', ''],
        ['Écrire le dossier', 'write'],
      ];
      return replies.find(([question]) => message.includes(question))?.[1] as never;
    });
    const draft = await interview(prompter, { lang: 'fr', reglement, data: installedData, today: '2025-03-14' });
    expect(draft).toMatchObject({
      appel: 'rhone-numerique-2025',
      porteur: { type: 'municipalite', nom: 'Commune de Villeurbanne', siren: '216902668', code_insee: '69266' },
      depenses: [{ libelle: 'Ordinateurs portables', beneficiaires: 'habitants', categorie: 'equipement-numerique', montant_ht: 30_000 }],
      // 60 % of 30 000 €, capped at 15 000 €, offered as the request.
      financement: { aide_sollicitee: 15_000 },
      depot: { date: '2025-03-14' },
      analyse: { innovation: 'Un prêt de portables inédit dans la commune.' },
    });
    // The edition's two criteria were asked, not the six of the built-in edition.
    expect(prompter.asked.filter((question) => /innovant|mutualisé|reproduit|usagers/.test(question))).toEqual([
      'En quoi le projet est-il innovant pour le territoire ?',
      'Le projet est-il mutualisé (EPCI, communes, acteurs) ?',
    ]);
    expect(prompter.said).toContain('→ Aide maximale à ce stade : 15 000,00 €.');
    const text = draftToYaml(draft, { lang: 'fr', today: '2025-03-14', reglement, reglementFile: 'rhone.reglement.yaml' });
    expect(text).toContain('Appel à projets 2025 « Rhône Numérique » (édition fictive) (Département du Rhône)');
    expect(text).toContain('dossier-check check --reglement rhone.reglement.yaml <ce fichier>');
    expect(leftovers([...prompter.asked, ...prompter.said, text].join('\n'))).toEqual([]);
    expect(parse(text)).toEqual(draft);
    expect(checkDossier(text, 'dossier.yaml', { reglement, data: installedData }).verdict).toBe('eligible');
  });

  it('completes a dossier of the edition (init --from): a commune type gets the SIREN of the commune chosen', async () => {
    const reglement = rhone();
    const text = readFileSync(dossier('villeurbanne'), 'utf8')
      .replace(/\n {2}siren: .*/, '')
      .replace(/\n {2}code_insee: .*/, '');
    const before = checkDossier(text, 'dossier.yaml', { reglement, data: installedData });
    const opened = DossierSource.open(new TextEncoder().encode(text), 'dossier.yaml');
    if (!opened.ok) throw new Error(opened.reason);
    const prompter = answering((message) => (message.startsWith('Commune du siège') ? { search: 'villeurb' } : undefined));
    const answered = await completeDossier(prompter, opened.source, before, { lang: 'fr', reglement, data: installedData });
    // One question, two answers: the commune of a `municipalite` gives its SIREN.
    expect(prompter.asked).toHaveLength(1);
    expect(answered).toBe(2);
    const rewritten = opened.source.rewrite();
    if (!rewritten.ok) throw new Error(rewritten.reason);
    const completed = parse(new TextDecoder().decode(rewritten.bytes));
    expect(completed.porteur).toMatchObject({ siren: '216902668', code_insee: '69266' });
  });

  it('gives a commune of the edition as the example of a code and a name', () => {
    const text = readFileSync(dossier('villeurbanne'), 'utf8')
      .replace(/\n {2}nom: .*/, '')
      .replace(/\n {2}code_insee: .*/, '');
    for (const lang of ['fr', 'en'] as const) {
      const report = checkDossier(text, 'dossier.yaml', { reglement: rhone(), data: installedData, lang });
      const messages = report.problemes.map((problem) => said(problem, report, lang)).join('\n');
      expect(messages).toContain('"69266"');
      expect(messages).toContain('Commune de Villeurbanne');
      expect(messages).not.toMatch(/42218|Saint-Étienne|Montbrison/);
    }
    // Without a SIREN: with Villeurbanne's, the message gives the code that SIREN leads to (known-answers.test.ts), not an example.
    const malformed = readFileSync(dossier('villeurbanne'), 'utf8')
      .replace('"69266"', '"6926"')
      .replace(/\n {2}siren: .*/, '');
    const report = checkDossier(malformed, 'dossier.yaml', { reglement: rhone(), data: installedData });
    expect(
      said(
        report.problemes.find((problem) => problem.code === 'code-insee-invalide')!,
        report,
      ),
    ).toBe(
      'Code INSEE « 6926 » mal formé : il a 5 caractères, par exemple "69266" (Villeurbanne). Ne le confondez pas avec le code postal.',
    );
  });

  it('gives an example date of the edition, never of 2022, when a date is refused', () => {
    const { stdout } = check([dossier('villeurbanne'), '--format', 'json']);
    expect(JSON.parse(stdout).dossiers[0].verdict).toBe('eligible');
    const typo = readFileSync(dossier('villeurbanne'), 'utf8').replace('2025-03-14T23:30:00-04:00', '31/02/2025');
    const report = checkDossier(typo, 'dossier.yaml', { reglement: rhone(), data: installedData });
    const refused = report.problemes.find((problem) => problem.code === 'date-invalide');
    expect(said(refused!, report)).toContain('Écrivez-la AAAA-MM-JJ (2025-03-14) ou JJ/MM/AAAA (14/03/2025).');
    const english = checkDossier(typo, 'dossier.yaml', { reglement: rhone(), data: installedData, lang: 'en' });
    expect(leftovers(english.problemes.map((problem) => said(problem, english, 'en')).join('\n'))).toEqual([]);
  });
});
