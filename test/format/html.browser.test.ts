import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The HTML report in a real headless Chromium (Debian's package, installed by
 * .ci/run): readable without JavaScript, sortable with it, self-contained,
 * accessible, and a screenshot (UPDATE_SCREENSHOT=1 rewrites docs/rapport-html.png).
 */
const ROOT = join(import.meta.dirname, '..', '..');
const TOP_EXAMPLES = readdirSync(join(ROOT, 'examples'))
  .filter((name) => statSync(join(ROOT, 'examples', name)).isFile())
  .map((name) => `examples/${name}`);
const CHROMIUM = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
if (!CHROMIUM)
  console.warn('html.browser.test: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH): the browser tests are skipped.');

describe.skipIf(!CHROMIUM)('the HTML report in Chromium', () => {
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'html-')), 'rapport.html');
    const run = spawnSync(
      process.execPath,
      // The dossiers at the top of examples/ (not the twins of examples/exports/): the screenshot in docs/ shows theirs.
      [join(ROOT, 'bin', 'dossier-check.js'), 'check', ...TOP_EXAMPLES, '--date', '2022-07-20', '-f', 'html', '-o', file],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(1);
    url = pathToFileURL(file).href;
    // Playwright's own 30 s limits would fail a loaded machine; the test runner's limit stops a hang.
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'], timeout: 0 });
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** A page without Playwright's 30 s limits on each step, which a loaded machine can break. */
  async function openPage(options: Parameters<Browser['newPage']>[0] = {}) {
    const page = await browser.newPage(options);
    page.setDefaultTimeout(0);
    return page;
  }

  it('reads whole without JavaScript, and asks for nothing over the network', async () => {
    const page = await openPage({ javaScriptEnabled: false });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(url);
    expect(await page.title()).toBe('Appel à partenariat 2022 « Loire Connect » — 13 dossiers');
    expect(await page.locator('#dossiers tbody tr').count()).toBe(13);
    expect(await page.locator('article').count()).toBe(13);
    // Over the 10 eligible or to complete: requested 3 720 + 6 360 + 6 929,84 + 12 704,40 + 25 000 + 18 000 (the syndicat asks nothing)
    // + 9 024 + 7 480 + 19 200 (the three financing plans), maximum 4 239,92 + 9 840 + 6 929,84 + 12 704,40 + 25 000 + 18 702,40
    // + 6 200 + 9 024 + 7 480 + 19 200; the 3 ineligible ask 7 708 + 10 102,40 + 11 916,80.
    await expect(page.locator('.totals').textContent()).resolves.toBe(
      'Sur les 10 dossiers éligibles ou à compléter : aide sollicitée 108 418,24 € · aide maximale possible 119 320,56 €. ' +
        'Les 3 dossiers inéligibles sollicitent 29 727,20 € : rien ne peut leur être accordé.',
    );
    expect(requested.every((address) => address.startsWith('file:'))).toBe(true);
    await page.close();
  });

  it('sorts the table of dossiers by a column, as numbers', async () => {
    const page = await openPage();
    await page.goto(url);
    const header = page.locator('#dossiers thead th').nth(4);
    await header.locator('button').click();
    await header.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    const first = await page.locator('#dossiers tbody tr').first().locator('td').nth(3).textContent();
    expect(first).toBe('25 000,00 €');
    // An ineligible dossier can receive nothing: 0, sorted last.
    const last = await page.locator('#dossiers tbody tr').last().locator('td').nth(3).textContent();
    expect(last).toBe('0,00 €');
    await page.close();
  });

  it('is accessible: captions and scopes, a labelled chart, a language, contrasted text', async () => {
    const page = await openPage();
    await page.goto(url);
    const audit = await page.evaluate(() => {
      const luminance = (colour: string) => {
        const [r, g, b] = colour
          .match(/\d+(\.\d+)?/g)!
          .slice(0, 3)
          .map(Number)
          .map((value) => {
            const channel = value / 255;
            return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
          });
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const contrast = (element: Element) => {
        const style = getComputedStyle(element);
        const [light, dark] = [luminance(style.color), luminance(style.backgroundColor)].sort((a, b) => b - a);
        return (light! + 0.05) / (dark! + 0.05);
      };
      return {
        lang: document.documentElement.lang,
        tablesWithoutCaption: [...document.querySelectorAll('table')].filter((table) => !table.caption?.textContent?.trim()).length,
        headersWithoutScope: [...document.querySelectorAll('thead th, tbody th, tfoot th')].filter((th) => !th.getAttribute('scope'))
          .length,
        chart:
          document.querySelector('svg')?.getAttribute('role') === 'img' && !!document.querySelector('svg')?.getAttribute('aria-labelledby'),
        lowestBadgeContrast: Math.min(...[...document.querySelectorAll('.verdict, .status')].map(contrast)),
      };
    });
    expect(audit.lang).toBe('fr');
    expect(audit.tablesWithoutCaption).toBe(0);
    expect(audit.headersWithoutScope).toBe(0);
    expect(audit.chart).toBe(true);
    expect(audit.lowestBadgeContrast).toBeGreaterThanOrEqual(4.5);
    await page.close();
  });

  it('renders to a screenshot', async () => {
    const page = await openPage({ viewport: { width: 1280, height: 1600 } });
    await page.goto(url);
    const png = await page.screenshot();
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1280);
    expect(png.length).toBeGreaterThan(50_000);
    if (process.env.UPDATE_SCREENSHOT === '1') writeFileSync(join(ROOT, 'docs', 'rapport-html.png'), png);
    await page.close();
  });
});
