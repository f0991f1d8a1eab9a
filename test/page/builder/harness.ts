import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import type { Lang } from '../../../src/vocabulary.js';

/**
 * The page as `npm run build` writes it (dist/page/verifier.html), opened from
 * file:// in Chromium, in the language asked, with its clock fixed: the form
 * is tested where applicants use it, beside the checker part.
 */
const PAGE = join(import.meta.dirname, '..', '..', '..', 'dist', 'page', 'verifier.html');

export interface BuilderOptions {
  lang: Lang;
  /** The page's clock, ISO 8601. */
  now: string;
}

/**
 * A new page showing the builder, without Playwright's 30 s limits on each
 * step (a loaded machine breaks them).
 */
export async function openBuilder(
  browser: Browser,
  options: BuilderOptions & {
    viewport?: { width: number; height: number };
    /** Told of every request the page makes, its own file's first. */
    onRequest?: (url: string) => void;
  },
): Promise<Page> {
  if (!existsSync(PAGE)) throw new Error(`${PAGE} is missing: run npm run build`);
  const page = await browser.newPage({ acceptDownloads: true, ...(options.viewport ? { viewport: options.viewport } : {}) });
  page.setDefaultTimeout(0);
  if (options.onRequest) page.on('request', (request) => options.onRequest!(request.url()));
  await page.clock.setFixedTime(new Date(options.now));
  await page.goto(`${pathToFileURL(PAGE).href}${options.lang === 'fr' ? '' : `#lang=${options.lang}`}`);
  await page.locator('#builder form, #builder fieldset').first().waitFor();
  return page;
}
