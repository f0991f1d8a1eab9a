import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The applicants' page (dist/page/verifier.html, written by `npm run build`)
 * in a real headless Chromium: it asks nothing of the network, checks each
 * example as the CLI does, re-checks as the text is edited, works with the
 * keyboard alone and passes an axe-core audit in both languages; and a
 * screenshot (UPDATE_SCREENSHOT=1 rewrites docs/verifier.png).
 */
const ROOT = join(import.meta.dirname, '..', '..');
const PAGE = join(ROOT, 'dist', 'page', 'verifier.html');
const EXAMPLES = join(ROOT, 'examples');
const TOP_EXAMPLES = readdirSync(EXAMPLES)
  .filter((name) => statSync(join(EXAMPLES, name)).isFile())
  .sort();
const CHROMIUM = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
if (!CHROMIUM)
  console.warn('page.browser.test: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH): the browser tests are skipped.');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** The day the CLI is given with --date, and the page's clock at noon in Paris that day. */
const DAY = '2022-07-20';
const NOON = new Date(`${DAY}T10:00:00Z`);

interface CliProblem {
  gravite: string;
  code: string;
  message: string;
  position?: { ligne: number };
}
interface CliDossier {
  fichier: string;
  verdict: string;
  aide?: { maximale: number };
  problemes: CliProblem[];
}

describe.skipIf(!CHROMIUM)('the applicants’ page in Chromium', () => {
  let browser: Browser;
  let url: string;
  let cli: CliDossier[];

  beforeAll(async () => {
    expect(existsSync(PAGE), 'npm run build writes dist/page/verifier.html').toBe(true);
    url = pathToFileURL(PAGE).href;
    const run = spawnSync(
      process.execPath,
      [join(ROOT, 'bin', 'dossier-check.js'), 'check', ...TOP_EXAMPLES.map((name) => `examples/${name}`), '--date', DAY, '-f', 'json'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(1);
    cli = (JSON.parse(run.stdout) as { dossiers: CliDossier[] }).dossiers;
    // Playwright's own 30 s limits would fail a loaded machine; the test runner's limit stops a hang.
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'], timeout: 0 });
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** The page opened with its clock fixed, every request and error it makes recorded. */
  async function openPage(address = url, options: Parameters<Browser['newPage']>[0] = {}) {
    const page = await browser.newPage(options);
    page.setDefaultTimeout(0);
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.clock.setFixedTime(NOON);
    await page.goto(address);
    await page.locator('#dossier-text').waitFor();
    return { page, requests, errors };
  }

  /** How many checks the page has run: each shows its report, then counts. */
  const checks = async (page: Page) => Number((await page.locator('#check').getAttribute('data-checks')) ?? 0);
  const checked = (page: Page, count: number) =>
    page.waitForFunction((n) => Number(document.querySelector('#check')?.getAttribute('data-checks')) >= n, count);

  async function pick(page: Page, name: string) {
    const before = await checks(page);
    await page.setInputFiles('#dossier-file', join(EXAMPLES, name));
    await checked(page, before + 1);
  }

  it('opened from file://, asks for nothing but itself, and its policy forbids any fetch', async () => {
    const { page, requests, errors } = await openPage();
    const failed: string[] = [];
    const finished: string[] = [];
    page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText}`));
    page.on('requestfinished', (request) => finished.push(request.url()));
    await pick(page, 'commune-hors-loire.yaml');
    expect(requests).toEqual([url]);
    // The browser itself refuses: a fetch or an image the page's code (or a dossier) might ask for is blocked by the CSP.
    const refused = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
      const outcome = await fetch('https://example.org/').then(
        () => 'fetched',
        () => 'refused',
      );
      const image = new Image();
      await new Promise((resolve) => {
        image.onerror = resolve;
        image.onload = resolve;
        image.src = 'https://example.org/pixel.png';
      });
      return { outcome, violations };
    });
    expect(refused.outcome).toBe('refused');
    expect(refused.violations).toEqual(expect.arrayContaining(['connect-src', 'img-src']));
    // The image is announced, then refused before it leaves: Chromium's error for the policy ("csp").
    expect(failed).toEqual(['https://example.org/pixel.png csp']);
    expect(finished).toEqual([]);
    expect(errors.filter((error) => !/Content Security Policy|Failed to fetch/.test(error))).toEqual([]);
    await page.close();
  });

  it('says, in a browser that runs no script, that it needs one', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    page.setDefaultTimeout(0);
    await page.goto(url);
    await expect(page.locator('main').textContent()).resolves.toContain('activez-le pour cette page');
    await page.close();
  });

  it('served by a web server, asks for nothing but itself', async () => {
    const context = await browser.newContext();
    const html = readFileSync(PAGE, 'utf8');
    await context.route('**/*', (route) =>
      new URL(route.request().url()).pathname === '/verifier.html'
        ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: html })
        : route.fulfill({ status: 404 }),
    );
    const page = await context.newPage();
    page.setDefaultTimeout(0);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.clock.setFixedTime(NOON);
    await page.goto('http://departement.test/verifier.html');
    await pick(page, 'epci-roannais.json');
    expect(requests).toEqual(['http://departement.test/verifier.html']);
    await context.close();
  });

  it('gives each example the CLI’s verdict, maximum, messages and lines at fault', async () => {
    const { page, errors } = await openPage();
    expect(TOP_EXAMPLES).toHaveLength(13);
    for (const name of TOP_EXAMPLES) {
      await pick(page, name);
      const expected = cli.find((dossier) => dossier.fichier === `examples/${name}`)!;
      const shown = page.locator('.dossier');
      await expect(shown.count(), name).resolves.toBe(1);
      expect(await shown.getAttribute('data-verdict'), name).toBe(expected.verdict);
      const maximum = expected.aide === undefined ? '' : String(Math.round(expected.aide.maximale * 100));
      expect(await shown.getAttribute('data-maximum-cents'), name).toBe(maximum);
      const problems = await page.locator('.dossier ul.problems > li').allTextContents();
      expect(problems, name).toHaveLength(expected.problemes.length);
      expected.problemes.forEach((problem, index) => expect(problems[index], `${name}: ${problem.code}`).toContain(problem.message));
      const faults = expected.problemes
        .filter((problem) => problem.gravite !== 'info' && problem.position)
        .map((problem) => problem.position!.ligne);
      const marked = (await page
        .locator('.ln.fault')
        .evaluateAll((lines) => lines.map((line) => Number(line.getAttribute('data-line'))))) as number[];
      expect(marked, name).toEqual([...new Set(faults)].sort((a, b) => a - b));
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a dossier’s text as text: markup in it makes no element and runs nothing', async () => {
    const { page, errors } = await openPage();
    const text = readFileSync(join(EXAMPLES, 'commune-mediation.yaml'), 'utf8');
    const markup = '<img src=x onerror="window.pwned = 1">';
    const hostile = text.replace(/^( {2}nom: ).*$/m, `$1'${markup}'`).replace(/^( {2}titre: ).*$/m, `$1'${markup}'`);
    expect(hostile.split(markup)).toHaveLength(3);
    const before = await checks(page);
    await page.locator('#dossier-text').fill(hostile);
    await checked(page, before + 1);
    expect(await page.locator('#report img').count()).toBe(0);
    expect(await page.locator('#report').textContent()).toContain(markup);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('checks each dossier of a file that holds several, as the CLI does', async () => {
    const { page } = await openPage();
    const first = readFileSync(join(EXAMPLES, 'commune-mediation.yaml'), 'utf8');
    const second = readFileSync(join(EXAMPLES, 'commune-hors-loire.yaml'), 'utf8');
    const both = `${first.replace(/\n*$/, '\n')}---\n${second}`;
    const file = join(mkdtempSync(join(tmpdir(), 'page-several-')), 'deux.yaml');
    writeFileSync(file, both);
    const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'dossier-check.js'), 'check', file, '--date', DAY, '-f', 'json'], {
      encoding: 'utf8',
    });
    const expected = (JSON.parse(run.stdout) as { dossiers: CliDossier[] }).dossiers;
    expect(expected.map((dossier) => dossier.verdict)).toEqual(['eligible', 'ineligible']);
    const before = await checks(page);
    await page.setInputFiles('#dossier-file', file);
    await checked(page, before + 1);
    expect(await page.locator('.dossier').evaluateAll((shown) => shown.map((one) => one.getAttribute('data-verdict')))).toEqual(
      expected.map((dossier) => dossier.verdict),
    );
    // The Rhône applicant's line is a line of the second dossier, counted in the whole file.
    const line = both.split('\n').findIndex((row, index) => index > first.split('\n').length && /^\s*code_insee:/.test(row)) + 1;
    expect(await page.locator('.ln.fault').evaluateAll((lines) => lines.map((row) => Number(row.getAttribute('data-line'))))).toContain(
      line,
    );
    await page.close();
  });

  it('checks a file dropped on it', async () => {
    const { page } = await openPage();
    const text = readFileSync(join(EXAMPLES, 'commune-mediation.yaml'), 'utf8');
    const before = await checks(page);
    const transfer = await page.evaluateHandle((content) => {
      const data = new DataTransfer();
      data.items.add(new File([content], 'commune-mediation.yaml', { type: 'application/yaml' }));
      return data;
    }, text);
    await page.dispatchEvent('#drop-zone', 'drop', { dataTransfer: transfer });
    await checked(page, before + 1);
    const expected = cli.find((dossier) => dossier.fichier === 'examples/commune-mediation.yaml')!;
    expect(await page.locator('.dossier').getAttribute('data-verdict')).toBe(expected.verdict);
    expect(await page.locator('#dossier-text').inputValue()).toBe(text);
    await page.close();
  });

  it('checks the text again as it is edited', async () => {
    const { page } = await openPage();
    await pick(page, 'commune-mediation.yaml');
    expect(await page.locator('.dossier').getAttribute('data-verdict')).toBe('eligible');
    expect(await page.locator('.ln.fault').count()).toBe(0);
    const text = await page.locator('#dossier-text').inputValue();
    // The applicant becomes Lyon: outside the Loire, ineligible, its code_insee line marked.
    const before = await checks(page);
    const moved = text.replace(/code_insee: ["']?\d{5}["']?/, 'code_insee: "69123"');
    expect(moved).not.toBe(text);
    await page.locator('#dossier-text').fill(moved);
    await checked(page, before + 1);
    expect(await page.locator('.dossier').getAttribute('data-verdict')).toBe('ineligible');
    const line = moved.split('\n').findIndex((row) => row.includes('code_insee: "69123"')) + 1;
    expect(await page.locator('.ln.fault').evaluateAll((lines) => lines.map((row) => row.getAttribute('data-line')))).toContain(
      String(line),
    );
    await expect(page.locator('#verdict-live').textContent()).resolves.toMatch(/INÉLIGIBLE/);
    await page.close();
  });

  it('is used with the keyboard alone: write a dossier, hear its verdict, go to a line at fault, change language', async () => {
    const { page } = await openPage();
    // From the top of the page: the language switch, the file picker, the text area.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('lang-switch');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('dossier-file');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('dossier-text');
    const before = await checks(page);
    await page.keyboard.insertText(readFileSync(join(EXAMPLES, 'commune-hors-loire.yaml'), 'utf8'));
    await page.keyboard.type(' ');
    await checked(page, before + 1);
    await expect(page.locator('#verdict-live').textContent()).resolves.toBe('dossier.yaml : INÉLIGIBLE. Aide maximale : 0,00 €.');
    // Tab leaves the text area (a textarea keeps no Tab) for the report: its tables (regions that scroll), then
    // the button of the first problem at a line.
    let button: string | undefined;
    for (let tabs = 0; tabs < 10 && !/^Aller/.test(button ?? ''); tabs++) {
      await page.keyboard.press('Tab');
      button = await page.evaluate(() => (document.activeElement?.tagName === 'BUTTON' ? (document.activeElement.textContent ?? '') : ''));
    }
    expect(button).toMatch(/^Aller à la ligne (\d+)$/);
    const line = Number(/(\d+)$/.exec(button!)![1]);
    await page.keyboard.press('Enter');
    const caret = await page.evaluate(() => {
      const area = document.activeElement as HTMLTextAreaElement;
      return { id: area.id, line: area.value.slice(0, area.selectionStart).split('\n').length };
    });
    expect(caret).toEqual({ id: 'dossier-text', line });
    // Back to the switch: Shift+Tab twice, Enter; the page speaks English and keeps the text.
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('dossier-file');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('lang-switch');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('lang-switch');
    await expect(page.locator('#verdict-live').textContent()).resolves.toBe('dossier.yaml: INELIGIBLE. Maximum grant: €0.00.');
    expect(new URL(page.url()).hash).toBe('#lang=en');
    await page.close();
  });

  it.each([['#lang=en'], ['?lang=en']])('opens in English when asked with %s', async (ask) => {
    const { page } = await openPage(`${url}${ask}`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('h1').textContent()).toBe('Check an application dossier');
    await pick(page, 'commune-hors-delai.yaml');
    const expected = cli.find((dossier) => dossier.fichier === 'examples/commune-hors-delai.yaml')!;
    expect(await page.locator('.dossier').getAttribute('data-verdict')).toBe(expected.verdict);
    expect(await page.locator('.dossier h3').textContent()).toMatch(/^INELIGIBLE /);
    await page.close();
  });

  it.each([
    ['fr', ['the', 'and', 'file', 'check', 'dossiers', 'text', 'your', 'report', 'build']],
    ['en', ['le', 'les', 'du', 'et', 'fichier', 'vérifier', 'texte', 'votre', 'rapport', 'construire']],
  ])('speaks %s only in its own words (the dossier’s and the edition’s aside)', async (lang, foreign) => {
    const { page } = await openPage(`${url}#lang=${lang}`);
    await pick(page, 'commune-hors-loire.yaml');
    const own = await page
      .locator('h1, #privacy, #drop-zone, .source > label, .help, #report-title, #build-title, #lang-switch')
      .allTextContents();
    // The tool's name is the same in both.
    const words = own
      .join(' ')
      .replaceAll('dossier-check', '')
      .toLowerCase()
      .split(/[^\p{L}]+/u);
    expect(words.filter((word) => foreign.includes(word))).toEqual([]);
    await page.close();
  });

  it.each([['fr'], ['en']])('passes an axe-core audit (%s), with a report shown, on a computer and on a phone', async (lang) => {
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 375, height: 740 },
    ]) {
      const { page } = await openPage(`${url}#lang=${lang}`, { viewport });
      await pick(page, 'commune-plan-desequilibre.yaml');
      // Inline scripts are what the page's policy allows: axe is one.
      await page.addScriptTag({ content: AXE });
      const results = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe;
        return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
      });
      expect(
        (results.violations as { id: string; nodes: { target: unknown }[] }[]).map((violation) => ({
          id: violation.id,
          targets: violation.nodes.map((node) => node.target),
        })),
        `${lang} ${viewport.width}px`,
      ).toEqual([]);
      // Readable on a phone: nothing wider than the screen but the tables and the text area, which scroll.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${lang} ${viewport.width}px`).toBe(0);
      await page.close();
    }
  });

  it('renders to a screenshot', async () => {
    const { page } = await openPage(url, { viewport: { width: 1280, height: 1120 } });
    await pick(page, 'commune-plan-desequilibre.yaml');
    // The text area at the first line at fault, as its button shows it; the page itself back at its top.
    await page.locator('.goto').first().click();
    await page.evaluate(() => window.scrollTo(0, 0));
    const png = await page.screenshot();
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1280);
    if (process.env.UPDATE_SCREENSHOT === '1') writeFileSync(join(ROOT, 'docs', 'verifier.png'), png);
    await page.close();
  });
});
