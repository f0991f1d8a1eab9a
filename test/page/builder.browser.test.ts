import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { parse } from 'yaml';
import { catalogue } from '../../src/i18n/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installedData } from '../../src/cli/checker-data.js';
import { draftToYaml } from '../../src/interactive/document.js';
import { interview } from '../../src/interactive/interview.js';
import { DEFAULT_EDITION } from '../../src/reglement/index.js';
import { answering, type Reply } from '../interactive/script.js';
import { openBuilder } from './builder/harness.js';

/**
 * The "Build a dossier" form of the applicants' page (issue 20) in headless
 * Chromium, from file://: filled with the mouse or the keyboard alone, the
 * dossier it downloads is one the CLI checks with the verdict and maximum the
 * form showed; an accessibility audit finds nothing; nothing goes over the network.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
if (!CHROMIUM)
  console.warn('builder.browser.test: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH): the browser tests are skipped.');

/** Before the deadline (29 July 2022): today, offered as the submission date, is on time. */
const NOW = '2022-07-20T10:00:00Z';
const TABLETS = '6 tablettes tactiles pour le prêt aux usagers de la médiathèque';
const TRAINING = 'Formation des habitants aux démarches en ligne';

interface CliDossier {
  verdict: string;
  aide: { maximale: number; sollicitee: number };
  depenses: { statut: string }[];
}

/** The downloaded file as `check` reads it: the built CLI, JSON report. */
function checkWithCli(file: string): CliDossier {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'dossier-check.js'), 'check', file, '-f', 'json'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(run.stderr).toBe('');
  return (JSON.parse(run.stdout) as { dossiers: CliDossier[] }).dossiers[0]!;
}

/** What the form says of the dossier it would download: the verdict and the maximum, in cents. */
async function shown(page: Page): Promise<{ verdict?: string; maximumCents?: number; text: string }> {
  return page.locator('.db-verdict').evaluate((element: HTMLElement) => ({
    verdict: element.dataset.verdict,
    maximumCents: element.dataset.maximumCents === undefined ? undefined : Number(element.dataset.maximumCents),
    text: element.textContent ?? '',
  }));
}

async function download(page: Page, activate: () => Promise<void>): Promise<{ file: string; name: string; text: string }> {
  const [downloaded] = await Promise.all([page.waitForEvent('download'), activate()]);
  const file = join(mkdtempSync(join(tmpdir(), 'builder-download-')), downloaded.suggestedFilename());
  await downloaded.saveAs(file);
  return { file, name: downloaded.suggestedFilename(), text: readFileSync(file, 'utf8') };
}

/** Presses Tab until the focused element's label (or a button's text) holds `name`: the keyboard alone, no click. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let presses = 0; presses < 80; presses++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const active = document.activeElement as HTMLInputElement | null;
      return active?.labels?.[0]?.textContent ?? active?.textContent ?? '';
    });
    if (focused.includes(name)) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

/** The axe-core audit of the page as it is: every rule axe runs by default, best practices included. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: join(ROOT, 'node_modules', 'axe-core', 'axe.min.js') });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (context: Document) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }
    ).axe;
    return (await axe.run(document)).violations;
  });
  return violations.map(({ id, nodes }) => `${id}: ${nodes.map(({ target }) => JSON.stringify(target)).join(' ')}`);
}

describe.skipIf(!CHROMIUM)('the dossier builder of the page, in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    // Playwright's own 30 s limits would fail a loaded machine; the test runner's limit stops a hang.
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'], timeout: 0 });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('filled for a commune of the Loire with two lines, downloads a dossier check finds eligible with the maximum shown, and asks nothing of the network', async () => {
    const requested: string[] = [];
    const page = await openBuilder(browser, { lang: 'fr', now: NOW, onRequest: (url) => requested.push(url) });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    await page.getByLabel('commune — éligible').check();
    await page.getByRole('combobox', { name: 'Votre commune (tapez une partie du nom) :' }).fill('montbri');
    await page.getByRole('option', { name: 'Montbrison (42147)' }).click();
    await page.getByLabel('Titre du projet :').fill('Bornes interactives en mairie annexe');
    await page.getByLabel('Simplifier le quotidien', { exact: false }).check();
    await page.getByLabel('Dépense n° 1 : libellé').fill(TABLETS);
    await expect(page.locator('#db1-line1-proposal').textContent()).resolves.toMatch(/^→ Catégorie proposée : « équipement numérique »/);
    await page.getByRole('group', { name: 'Dépense n° 1', exact: true }).getByLabel('Montant HT').fill('2 400,00');
    await page.getByRole('button', { name: 'Ajouter une dépense' }).click();
    await page.getByLabel('Dépense n° 2 : libellé').fill(TRAINING);
    await page.getByRole('group', { name: 'Dépense n° 2', exact: true }).getByLabel('Montant HT').fill('1 200,50');

    // 80 % of 2 400 + 1 200,50 HT, as init says it after each line; offered as the request.
    await expect(page.locator('.db-grant').textContent()).resolves.toBe('Aide maximale à ce stade : 2 880,40 €.');
    await expect(page.getByLabel('Aide sollicitée auprès du Département (€) :').inputValue()).resolves.toBe('2 880,40');
    await expect(page.getByLabel('Date de dépôt', { exact: false }).inputValue()).resolves.toBe('20/07/2022');
    const form = await shown(page);
    expect(form).toMatchObject({ verdict: 'eligible', maximumCents: 288040 });
    expect(form.text).toBe('Le dossier tel qu’il sera téléchargé : ÉLIGIBLE, aide maximale 2 880,40 €.');

    const file = await download(page, () => page.getByRole('button', { name: 'Télécharger le dossier (YAML)' }).click());
    expect(file.name).toBe('dossier-commune-de-montbrison.yaml');
    expect(file.text.startsWith('# Dossier de candidature')).toBe(true);
    expect(parse(file.text)).toEqual({
      porteur: { type: 'commune', nom: 'Commune de Montbrison', siren: '214201477', code_insee: '42147' },
      projet: { titre: 'Bornes interactives en mairie annexe', axes: ['simplifier-le-quotidien'] },
      depenses: [
        { libelle: TABLETS, montant_ht: 2400, categorie: 'equipement-numerique' },
        { libelle: TRAINING, montant_ht: 1200.5, categorie: 'formation' },
      ],
      financement: { aide_sollicitee: 2880.4 },
      depot: { date: '2022-07-20' },
    });
    const cli = checkWithCli(file.file);
    expect(cli.verdict).toBe(form.verdict);
    expect(Math.round(cli.aide.maximale * 100)).toBe(form.maximumCents);

    // The same text, opened in the checker part of the page, which finds the same verdict and maximum.
    await page.getByRole('button', { name: 'Ouvrir dans le vérificateur' }).click();
    await page.locator('#report .dossier').waitFor();
    await expect(page.locator('#dossier-text').inputValue()).resolves.toBe(file.text);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('dossier-text');
    const inChecker = page.locator('#report .dossier');
    await expect(inChecker.getAttribute('data-verdict')).resolves.toBe('eligible');
    await expect(inChecker.getAttribute('data-maximum-cents')).resolves.toBe('288040');
    await expect(page.locator('#report').textContent()).resolves.toContain(file.name);

    expect(errors).toEqual([]);
    expect(requested.length).toBeGreaterThan(0); // the page itself: the listener sees requests at all
    expect(requested.filter((url) => !url.startsWith('file:') && !url.startsWith('blob:'))).toEqual([]);
    await page.close();
  });
  it('keeps every answer when the page changes language, and writes the same dossier', async () => {
    const page = await openBuilder(browser, { lang: 'fr', now: NOW });
    await page.getByLabel('commune — éligible').check();
    await page.getByRole('combobox', { name: 'Votre commune (tapez une partie du nom) :' }).fill('montbri');
    await page.getByRole('option', { name: 'Montbrison (42147)' }).click();
    await page.getByLabel('Titre du projet :').fill('Bornes interactives en mairie annexe');
    await page.getByLabel('Simplifier le quotidien', { exact: false }).check();
    await page.getByLabel('Dépense n° 1 : libellé').fill(TABLETS);
    await page.getByRole('group', { name: 'Dépense n° 1', exact: true }).getByLabel('Montant HT').fill('2 400,00');
    await page.getByRole('button', { name: 'Ajouter une dépense' }).click();
    await page.getByLabel('Dépense n° 2 : libellé').fill(TRAINING);
    await page.getByRole('group', { name: 'Dépense n° 2', exact: true }).getByLabel('Montant HT').fill('1 200,50');
    const before = await download(page, () => page.getByRole('button', { name: 'Télécharger le dossier (YAML)' }).click());

    await page.locator('#lang-switch').click();
    await page.getByRole('heading', { name: 'Build a dossier' }).waitFor();
    // Counted, not waited for: an emptied form has no commune field to wait on.
    await expect(page.locator('#build input[type=radio]:checked').count()).resolves.toBe(1);
    await expect(page.getByRole('combobox', { name: 'Your commune', exact: false }).inputValue()).resolves.toBe('Montbrison (42147)');
    await expect(page.getByLabel('Project title', { exact: false }).inputValue()).resolves.toBe('Bornes interactives en mairie annexe');
    await expect(page.locator('#build input[type=checkbox][value="simplifier-le-quotidien"]').isChecked()).resolves.toBe(true);
    await expect(page.locator('#build fieldset.db-line').count()).resolves.toBe(2);
    await expect(page.locator('.db-grant').textContent()).resolves.toMatch(/2,880\.40|2 880[.,]40/);
    const after = await download(page, () => page.getByRole('button', { name: 'Download the dossier (YAML)', exact: false }).click());
    // The same answers, now with the header and comments in English.
    expect(parse(after.text)).toEqual(parse(before.text));
    await page.close();
  });

  it('is completed with the keyboard alone, and the dossier downloaded is the one check finds eligible with the maximum shown', async () => {
    const page = await openBuilder(browser, { lang: 'fr', now: NOW });
    // The first applicant type (commune) is checked with Space; the commune is found with the arrows and Enter.
    await tabTo(page, 'commune — éligible');
    await page.keyboard.press('Space');
    await tabTo(page, 'Votre commune');
    await page.keyboard.type('st just st ramb');
    await expect(page.locator('[role=listbox]').first().isVisible()).resolves.toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.locator('#db1-commune').inputValue()).resolves.toBe('Saint-Just-Saint-Rambert (42279)');
    await tabTo(page, 'Titre du projet');
    await page.keyboard.type('Espace numérique à la médiathèque');
    await tabTo(page, 'simplifier le quotidien');
    await page.keyboard.press('Space');
    await tabTo(page, 'Dépense n° 1 : libellé');
    await page.keyboard.type('Ordinateurs portables pour les ateliers des usagers');
    await tabTo(page, 'Montant HT');
    await page.keyboard.type('3 000');
    await tabTo(page, 'Ajouter une dépense');
    await page.keyboard.press('Enter');
    // The new line's label has the focus.
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('db1-line2-libelle');
    await page.keyboard.type('Logiciel de réservation des postes');
    await tabTo(page, 'Montant HT');
    await page.keyboard.type('1 000');
    // A third line, added then deleted: the focus goes back to the line before.
    await tabTo(page, 'Ajouter une dépense');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('db1-line3-libelle');
    await tabTo(page, 'Supprimer la dépense n° 3');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('db1-line2-libelle');
    await expect(page.locator('.db-line').count()).resolves.toBe(2);

    const form = await shown(page);
    // 80 % of 4 000 HT.
    expect(form).toMatchObject({ verdict: 'eligible', maximumCents: 320000 });
    await tabTo(page, 'Télécharger le dossier');
    const file = await download(page, () => page.keyboard.press('Enter'));
    const cli = checkWithCli(file.file);
    expect(cli.verdict).toBe('eligible');
    expect(Math.round(cli.aide.maximale * 100)).toBe(form.maximumCents);
    expect(Math.round(cli.aide.sollicitee * 100)).toBe(form.maximumCents);
    expect(cli.depenses.map(({ statut }) => statut)).toEqual(['eligible', 'eligible']);
    await page.close();
  });

  it('says what is missing where it is, and takes the focus to a summary with a link to each field', async () => {
    const page = await openBuilder(browser, { lang: 'fr', now: NOW });
    await page.getByRole('button', { name: 'Télécharger le dossier (YAML)' }).click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('db1-summary');
    const summary = await page.locator('.db-summary li').allTextContents();
    expect(summary).toContain('Cochez au moins un axe : c’est une condition d’éligibilité.');
    expect(summary).toContain('Il faut au moins une dépense : écrivez son libellé, tel que sur le devis.');
    await page.getByRole('link', { name: 'Cochez au moins un axe', exact: false }).click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('db1-axes-0');
    await page.close();
  });

  it.each(['fr', 'en'] as const)('passes an axe-core audit (%s): empty, with its errors, and filled', async (lang) => {
    const page = await openBuilder(browser, { lang, now: NOW, viewport: { width: 375, height: 800 } });
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#db1-download').click();
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#db1-type-0').check();
    await page.locator('#db1-commune').fill('montbri');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await page.locator('#db1-line1-libelle').fill(TABLETS);
    await page.locator('#db1-line1-amount').fill('oops');
    expect(await axeViolations(page)).toEqual([]);
    // On a phone, nothing is wider than the screen.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await page.close();
  });

  it('speaks English when the page does', async () => {
    const page = await openBuilder(browser, { lang: 'en', now: NOW });
    // One heading names the part, the page's (the form adds none of its own).
    await expect(page.getByRole('heading', { name: 'Build a dossier' }).count()).resolves.toBe(1);
    await page.locator('#db1-type-0').check();
    await page.getByRole('combobox', { name: 'Your commune', exact: false }).fill('montbri');
    await page.keyboard.press('Enter');
    await page.locator('#db1-line1-libelle').fill('Tablets lent to the library users');
    await expect(page.locator('#db1-line1-proposal').textContent()).resolves.toMatch(/^→ Suggested category: /);
    await page.close();
  });
  it('asks who uses an equipment when that decides, and writes the file init writes for the same answers, under a header of its own', async () => {
    const page = await openBuilder(browser, { lang: 'fr', now: NOW });
    await page.locator('#db1-type-0').check();
    await page.locator('#db1-commune').fill('montbri');
    await page.keyboard.press('Enter');
    await page.getByLabel('Titre du projet :').fill('Équipement de la médiathèque');
    await page.getByLabel('simplifier le quotidien').check();
    await page.locator('#db1-line1-libelle').fill('Vidéoprojecteur et écran');
    const users = page.getByLabel('Qui utilisera cet équipement ?');
    await expect(users.isVisible()).resolves.toBe(true);
    await page.locator('#db1-line1-amount').fill('1500');
    // Not known: the line stays to verify and counts for nothing.
    await users.selectOption({ label: 'je ne sais pas encore (la ligne restera « à vérifier »)' });
    await expect(page.locator('.db-grant').textContent()).resolves.toBe('Aide maximale à ce stade : 0,00 €.');
    await users.selectOption({ label: 'le public (usagers)' });
    await expect(page.locator('.db-grant').textContent()).resolves.toBe('Aide maximale à ce stade : 1 200,00 €.');
    const file = await download(page, () => page.locator('#db1-download').click());
    await page.close();

    const t = catalogue('fr').interview;
    const answers: [string, Reply][] = [
      [t.type, 'commune'],
      [t.commune, { search: 'montbri' }],
      [t.title, 'Équipement de la médiathèque'],
      [t.description, ''],
      [t.axes, ['simplifier-le-quotidien']],
      [t.expenseLabel(1), 'Vidéoprojecteur et écran'],
      [t.users, 'usagers'],
      [t.category, ''],
      [t.amount, '1500'],
      [t.another, false],
      [t.requested, ''],
      [t.filingDate('29/07/2022'), ''],
      [t.analysis, false],
      [catalogue('fr').interviewSummary.next, 'write'],
    ];
    const prompter = answering((message) => answers.find(([question]) => question === message)?.[1]);
    const draft = await interview(prompter, { lang: 'fr', reglement: DEFAULT_EDITION, data: installedData, today: '2022-07-20' });
    // The same file as init's, but for its header, which says the page made it and how to check it again without a command.
    expect(file.text).toBe(draftToYaml(draft, { lang: 'fr', today: '2022-07-20', reglement: DEFAULT_EDITION, madeBy: 'page' }));
    const initText = draftToYaml(draft, { lang: 'fr', today: '2022-07-20', reglement: DEFAULT_EDITION });
    const body = (text: string) => text.slice(text.indexOf('\nporteur:'));
    expect(body(file.text)).toBe(body(initText));
    expect(file.text).toMatch(
      /^# Dossier de candidature : .*\n# créé avec la page de vérification de dossier-check le 2022-07-20\.\n# Pour le vérifier à nouveau : ouvrez-le dans la page, partie « Vérifier un dossier »\.\n/,
    );
    expect(file.text).not.toContain('dossier-check init');
    expect(checkWithCli(file.file)).toMatchObject({ verdict: 'eligible', aide: { maximale: 1200, sollicitee: 1200 } });
  });
  it('after the deadline offers no date, says a late one in the check’s words, and downloads it only once kept: the verdict check gives', async () => {
    const page = await openBuilder(browser, { lang: 'fr', now: '2022-08-10T10:00:00Z' });
    await expect(page.locator('#db1-date').inputValue()).resolves.toBe('');
    await expect(page.getByText('La date limite de l’appel (29/07/2022 à minuit) est passée', { exact: false }).count()).resolves.toBe(1);
    // An EPCI and its seat, found among its members.
    await page.getByLabel('EPCI (intercommunalité) — éligible').check();
    await page.locator('#db1-epci').fill('roannais');
    await page.keyboard.press('Enter');
    await page.locator('#db1-seat').fill('roanne');
    await expect(page.getByRole('option').allTextContents()).resolves.toContain('Roanne (42187)');
    await page.getByRole('option', { name: 'Roanne (42187)' }).click();
    await page.getByLabel('Titre du projet :').fill('Tablettes pour les médiathèques');
    await page.getByLabel('simplifier le quotidien').check();
    await page.locator('#db1-line1-libelle').fill(TABLETS);
    await page.locator('#db1-line1-amount').fill('2 000');
    await page.locator('#db1-date').fill('05/08/2022');
    const late = page.locator('.db-warning', { hasText: 'hors délai' });
    await expect(late.count()).resolves.toBeGreaterThan(0);
    await page.locator('#db1-download').click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('db1-summary');
    await page.getByLabel('Garder cette date ? Le dossier sera « inéligible » (hors délai).').check();
    const form = await shown(page);
    expect(form.verdict).toBe('ineligible');
    const file = await download(page, () => page.locator('#db1-download').click());
    expect(parse(file.text)).toMatchObject({ porteur: { type: 'epci', code_insee: '42187' }, depot: { date: '2022-08-05' } });
    const cli = checkWithCli(file.file);
    expect(cli.verdict).toBe(form.verdict);
    expect(Math.round(cli.aide.maximale * 100)).toBe(form.maximumCents);
    // The request offered is what the lines are worth, kept right for when the date is corrected (as init offers it).
    expect(cli.aide.sollicitee).toBe(1600);
    await page.close();
  });
});
