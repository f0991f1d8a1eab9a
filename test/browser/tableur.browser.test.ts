import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { build, type RolldownOptions } from 'rolldown';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/tableur/read.js';
import type { WorkbookRead } from '../../src/tableur/workbook.js';

/**
 * The export readers (fflate, saxes, csv-parse) bundled for the browser, as
 * the core is (rolldown.browser.config.mjs, its csv-parse alias included),
 * read an XLSX and a CSV in a headless Chromium as Node reads them.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
if (!CHROMIUM)
  console.warn('tableur.browser.test: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH): the browser test is skipped.');

async function bundleReaders(): Promise<string> {
  const config = join(ROOT, 'rolldown.browser.config.mjs');
  const { default: browserConfig } = (await import(pathToFileURL(config).href)) as { default: RolldownOptions & { output: object } };
  const file = join(mkdtempSync(join(tmpdir(), 'tableur-browser-')), 'read.js');
  await build({ ...browserConfig, cwd: ROOT, input: join(ROOT, 'dist', 'tableur', 'read.js'), output: { ...browserConfig.output, file } });
  return readFileSync(file, 'utf8');
}

const LIMITS = { maxInflatedBytes: 16 * 1024 * 1024, maxCells: 100_000 };

/** A workbook read as plain data (Maps and Sets as arrays), to cross the page's boundary. */
function plain(read: WorkbookRead): unknown {
  return JSON.parse(JSON.stringify(read, (_, value: unknown) => (value instanceof Map || value instanceof Set ? [...value] : value)));
}

async function inputs(): Promise<{ name: string; bytes: number[]; format: 'xlsx' | 'csv' }[]> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Dossiers');
  sheet.addRow(['Dossier ID', 'Code INSEE', 'Montant HT', 'Déposé le', 'Formule']);
  sheet.addRow([1234, '01053', 2400.1, new Date(Date.UTC(2022, 6, 21)), { formula: 'C2*2', result: 4800.2 }]);
  sheet.getCell('D2').numFmt = 'dd/mm/yyyy';
  book.addWorksheet('Cachée').state = 'hidden';
  const xlsx = new Uint8Array(await book.xlsx.writeBuffer());
  // "Dépense 1 – montant" in Windows-1252: é is 0xE9, – is 0x96, € is 0x80.
  const csv = [...'N° de dossier;Dépense 1 – montant\r\n1234;"2 400,50 €"\r\n'].map((char) =>
    char === '–' ? 0x96 : char === '€' ? 0x80 : char.charCodeAt(0),
  );
  return [
    { name: 'export.xlsx', bytes: [...xlsx], format: 'xlsx' },
    { name: 'export.csv', bytes: csv, format: 'csv' },
  ];
}

describe('the export readers bundled for the browser', () => {
  let bundle: string;

  beforeAll(async () => {
    bundle = await bundleReaders();
  });

  it('import no Node built-in', () => {
    expect(bundle.match(/^import\b.*$/gm) ?? []).toEqual([]);
    expect(bundle).not.toMatch(/\bnode:[a-z_]+/);
    expect(bundle).not.toMatch(/\bcreateRequire\b|\brequire\(\s*["'`]/);
  });

  describe.skipIf(!CHROMIUM)('in Chromium', () => {
    let browser: Browser;

    beforeAll(async () => {
      browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'], timeout: 0 });
    });

    afterAll(async () => {
      await browser?.close();
    });

    it('read an XLSX and a Windows-1252 CSV as Node reads them', async () => {
      const files = await inputs();
      const page = await browser.newPage();
      page.setDefaultTimeout(0);
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.route('**/*', (route) => {
        const path = new URL(route.request().url()).pathname;
        if (path === '/read.js') return route.fulfill({ contentType: 'text/javascript', body: bundle });
        if (path === '/')
          return route.fulfill({
            contentType: 'text/html',
            body: '<!doctype html><script type="module">import * as readers from "./read.js"; window.readers = readers;</script>',
          });
        return route.fulfill({ status: 404 });
      });
      await page.goto('http://dossier-check.test/');
      // A module that fails to load (the Node build of csv-parse wants Buffer) is a page error, not a wait.
      await page.waitForLoadState('load');
      expect(errors).toEqual([]);
      const inBrowser = await page.evaluate(
        ({ files, limits }) => {
          const readers = (window as unknown as { readers: typeof import('../../src/tableur/read.js') }).readers;
          const asPlain = (value: unknown) =>
            JSON.parse(
              JSON.stringify(value, (_, inner: unknown) => (inner instanceof Map || inner instanceof Set ? [...inner] : inner)),
            ) as unknown;
          return files.map(({ name, bytes, format }) =>
            asPlain(readers.readWorkbook(new Uint8Array(bytes), format, name, { limits, expectedTitles: ['N° de dossier'] })),
          );
        },
        { files, limits: LIMITS },
      );
      expect(errors).toEqual([]);
      const inNode = files.map(({ name, bytes, format }) =>
        plain(readWorkbook(new Uint8Array(bytes), format, name, { limits: LIMITS, expectedTitles: ['N° de dossier'] })),
      );
      expect(inBrowser).toEqual(inNode);
      // And what Node read is the export: not two identical failures.
      expect(inNode.map((read) => (read as { ok: boolean }).ok)).toEqual([true, true]);
      expect(JSON.stringify(inNode)).toContain('"2 400,50 €"');
      expect(JSON.stringify(inNode)).toContain('"2022-07-21"');
    });
  });
});
