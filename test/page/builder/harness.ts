import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build } from 'rolldown';
import type { Lang } from '../../../src/vocabulary.js';

/**
 * The dossier builder of the page (src/page/builder/) in a one-file HTML page
 * of its own, opened from file:// in Chromium: the form bundled for the
 * browser with the Loire's geography and the real words inline, as the page
 * will hold them. The one place to point at the real page once it exists.
 */
const ROOT = join(import.meta.dirname, '..', '..', '..');
const ENTRY = join(import.meta.dirname, 'entry.ts');

let bundled: Promise<string> | undefined;

/** The form and the code it calls, bundled once per test file. */
function bundle(): Promise<string> {
  bundled ??= (async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'builder-bundle-')), 'builder.js');
    await build({
      cwd: ROOT,
      input: ENTRY,
      platform: 'browser',
      resolve: { extensionAlias: { '.js': ['.ts', '.js'] } },
      output: { file, format: 'iife' },
    });
    return readFileSync(file, 'utf8');
  })();
  return bundled;
}

/** The generated data the Loire edition reads: the page inlines the same files. */
function pageData(): { files: Record<string, unknown>; realWords: string[] } {
  const territoire = join(ROOT, 'generated', 'territoire');
  const files = Object.fromEntries(
    ['meta.json', 'epci-departements.json', 'departement-42.json'].map((name) => [
      name,
      JSON.parse(readFileSync(join(territoire, name), 'utf8')) as unknown,
    ]),
  );
  const realWords = JSON.parse(readFileSync(join(ROOT, 'generated', 'classify', 'real-words.json'), 'utf8')) as string[];
  return { files, realWords };
}

/** A script's text inside <script>: nothing in it can close the element. */
const inScript = (text: string) => text.replaceAll('</', '<\\/');

export interface BuilderOptions {
  lang: Lang;
  /** The page's clock, ISO 8601. */
  now: string;
}

/**
 * A new page showing the builder, opened from a file:// URL, without
 * Playwright's 30 s limits on each step (a loaded machine breaks them).
 * `window.builderTest.opened` lists what it asked the checker to open.
 */
export async function openBuilder(
  browser: Browser,
  options: BuilderOptions & {
    viewport?: { width: number; height: number };
    /** Told of every request the page makes, its own file's first. */
    onRequest?: (url: string) => void;
  },
): Promise<Page> {
  const given = { lang: options.lang, now: options.now, ...pageData(), opened: [] };
  const html = `<!doctype html>
<html lang="${options.lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>dossier-check</title></head>
<body><main><h1>dossier-check</h1><div id="builder"></div></main>
<script>window.builderTest = ${inScript(JSON.stringify(given))};</script>
<script>${inScript(await bundle())}</script>
</body></html>`;
  const file = join(mkdtempSync(join(tmpdir(), 'builder-page-')), 'builder.html');
  writeFileSync(file, html);
  const page = await browser.newPage({ acceptDownloads: true, ...(options.viewport ? { viewport: options.viewport } : {}) });
  page.setDefaultTimeout(0);
  if (options.onRequest) page.on('request', (request) => options.onRequest!(request.url()));
  await page.goto(pathToFileURL(file).href);
  return page;
}
