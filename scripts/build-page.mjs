#!/usr/bin/env node
/**
 * Writes the applicants' page for the built-in edition, dist/page/verifier.html,
 * with the same function and the same files as `dossier-check page`
 * (src/cli/page-input.ts, src/page/assemble.ts). Run by `npm run build`, after
 * tsc and the bundle of the page's script (rolldown.page.config.mjs).
 */
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { readPageInput } = await import('../dist/cli/page-input.js');
const { assemblePage } = await import('../dist/page/assemble.js');
const { DEFAULT_EDITION } = await import('../dist/reglement/index.js');

const html = assemblePage(readPageInput(DEFAULT_EDITION, 'fr'));
const file = join(root, 'dist', 'page', 'verifier.html');
writeFileSync(file, html);
console.log(`dist/page/verifier.html: ${(Buffer.byteLength(html) / 1024 / 1024).toFixed(2)} MiB`);
