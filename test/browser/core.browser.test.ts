import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import { build, type RolldownOptions } from 'rolldown';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The embeddable core (src/index.ts) reads no file and needs no Node: bundled
 * for the browser platform, it checks the examples in a headless Chromium,
 * given the generated data by the page, and writes the CLI's JSON report.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
if (!CHROMIUM)
  console.warn('core.browser.test: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH): the browser test is skipped.');

const EXAMPLES = join(ROOT, 'examples');
const topExamples = () =>
  readdirSync(EXAMPLES)
    .filter((name) => statSync(join(EXAMPLES, name)).isFile())
    .sort()
    .map((name) => `examples/${name}`);
/** The départements the examples' applicants are in: a page gives the files of the ones it checks. */
const DEPARTEMENTS = ['42', '69'];

/** The core bundled for a web page, as the browser build config writes it. */
async function bundleCore(): Promise<string> {
  const config = join(ROOT, 'rolldown.browser.config.mjs');
  const { default: browserConfig } = (await import(pathToFileURL(config).href)) as {
    default: RolldownOptions & { input: string; output: object };
  };
  const file = join(mkdtempSync(join(tmpdir(), 'core-browser-')), 'dossier-check.js');
  await build({ ...browserConfig, cwd: ROOT, input: join(ROOT, browserConfig.input), output: { ...browserConfig.output, file } });
  return readFileSync(file, 'utf8');
}

describe('the core bundled for the browser', () => {
  let bundle: string;

  beforeAll(async () => {
    bundle = await bundleCore();
  });

  it('imports no Node built-in and reads no file', () => {
    // An ES module bundle keeps every import it could not resolve for the browser: it must have none.
    expect(bundle.match(/^import\b.*$/gm) ?? []).toEqual([]);
    expect(bundle).not.toMatch(/\bnode:[a-z_]+/);
    // (A comment of a dependency mentions `require(__dirname + …)`: only a module name required counts.)
    expect(bundle).not.toMatch(/\bcreateRequire\b|\brequire\(\s*["'`]/);
  });

  describe.skipIf(!CHROMIUM)('in Chromium', () => {
    let browser: Browser;

    beforeAll(async () => {
      // Playwright's own 30 s limits would fail a loaded machine; the test runner's limit stops a hang.
      browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'], timeout: 0 });
    });

    afterAll(async () => {
      await browser?.close();
    });

    it('checks the examples and writes the same JSON report as the CLI', async () => {
      const cli = spawnSync(
        process.execPath,
        // The files at the top of examples/, as the page is given them below.
        [join(ROOT, 'bin', 'dossier-check.js'), 'check', ...topExamples(), '--date', '2022-07-20', '-f', 'json'],
        {
          cwd: ROOT,
          encoding: 'utf8',
        },
      );
      expect(cli.status, cli.stderr).toBe(1);

      const territoire = join(ROOT, 'generated', 'territoire');
      const files = Object.fromEntries(
        ['meta.json', 'epci-departements.json', ...DEPARTEMENTS.map((code) => `departement-${code}.json`)].map((name) => [
          name,
          JSON.parse(readFileSync(join(territoire, name), 'utf8')) as unknown,
        ]),
      );
      const realWords = JSON.parse(readFileSync(join(ROOT, 'generated', 'classify', 'real-words.json'), 'utf8')) as string[];
      const dossiers = readdirSync(EXAMPLES)
        .filter((name) => statSync(join(EXAMPLES, name)).isFile())
        .sort()
        .map((name) => ({ name: `examples/${name}`, text: readFileSync(join(EXAMPLES, name), 'utf8') }));
      expect(dossiers).toHaveLength(13);

      const page = await browser.newPage();
      page.setDefaultTimeout(0);
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      // The page is served from a made-up origin: a module script needs one, and nothing reaches the network.
      await page.route('**/*', (route) => {
        const path = new URL(route.request().url()).pathname;
        if (path === '/dossier-check.js') return route.fulfill({ contentType: 'text/javascript', body: bundle });
        if (path === '/')
          return route.fulfill({
            contentType: 'text/html',
            body: '<!doctype html><script type="module">import * as core from "./dossier-check.js"; window.core = core;</script>',
          });
        return route.fulfill({ status: 404 });
      });
      await page.goto('http://dossier-check.test/');
      await page.waitForLoadState('load');
      expect(errors).toEqual([]);

      const json = await page.evaluate(
        ({ files, realWords, dossiers }) => {
          const core = (window as unknown as { core: typeof import('../../src/index.js') }).core;
          const geography = new core.GeneratedGeography((name) => {
            if (!(name in files)) throw new Error(`the page was not given ${name}`);
            return files[name];
          });
          const data = { geography, realWords: new Set(realWords) };
          const options = { lang: 'fr' as const, date: '2022-07-20', now: new Date('2022-07-20T12:00:00Z'), data };
          const reports = dossiers.flatMap(({ name, text }) => {
            const checked = core.checkFile(text, name, options);
            return 'dossiers' in checked ? checked.dossiers : [];
          });
          return core.FORMATTERS.json(core.buildReport(reports, 'fr', core.DEFAULT_EDITION, geography));
        },
        { files, realWords, dossiers },
      );
      expect(errors).toEqual([]);
      expect(JSON.parse(json)).toEqual(JSON.parse(cli.stdout));
      expect(json).toBe(cli.stdout);
    });
  });
});
