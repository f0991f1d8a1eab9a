#!/usr/bin/env node
// Runs the bundle built by `npm run build` (rolldown.config.mjs), with Node's
// supported, documented APIs only (node:vm, node:module), in one of three ways:
//
// - DOSSIER_CHECK_DEBUG set: loaded by Node's own require with source maps on,
//   so that a stack trace names src/**/*.ts. Only then: reading the maps costs
//   start-up time.
// - A code cache of the bundle for this very Node (dist/bundle/*.<node>.v8cache,
//   written by `npm run build`, see scripts/code-cache.mjs): each file is compiled
//   by vm.Script from V8's cached code, which holds the functions a check runs,
//   not only the top level. A single check starts about a fifth sooner. The cache
//   is only read, so a read-only install is served; V8 refuses a cache that does
//   not fit (cachedDataRejected) and the file then compiles as usual.
// - Otherwise (a Node other than the one that built the package): Node's own
//   compile cache where Node has it (22.1 and later), else the plain bundle.
import module, { createRequire } from 'node:module';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const BUNDLE = fileURLToPath(new URL('../dist/bundle/', import.meta.url));
const MAIN = join(BUNDLE, 'main.js');
/** V8 accepts a code cache only from the same V8 build and flags: one cache file per Node version and machine type. */
const cacheOf = (file) => `${file}.node-${process.version}-${process.arch}.v8cache`;

/** The bundle's files compiled here, for DOSSIER_CHECK_WRITE_CACHE (scripts/code-cache.mjs). */
const compiled = [];

/**
 * Loads a CommonJS file of the bundle as Node would, compiled from its code
 * cache when there is one. Its own relative requires (the bundle's other
 * chunks) come here too; anything else (Node's built-ins) goes to Node.
 */
function loadWithCache(file, loaded = new Map()) {
  const known = loaded.get(file);
  if (known) return known.exports;
  const cjsModule = { exports: {} };
  loaded.set(file, cjsModule);
  let cachedData;
  try {
    cachedData = readFileSync(cacheOf(file));
  } catch {
    // No cache for this file (init's prompts are not run by the build's check): compiled as usual.
  }
  const source = readFileSync(file, 'utf8');
  // The parameters Node gives every CommonJS module (see "The module wrapper" in Node's documentation).
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new vm.Script(wrapped, { filename: file, cachedData });
  compiled.push({ file, script });
  const nodeRequire = createRequire(file);
  const require = (id) => (id.startsWith('./') ? loadWithCache(join(dirname(file), id), loaded) : nodeRequire(id));
  script.runInThisContext().call(cjsModule.exports, cjsModule.exports, require, cjsModule, file, dirname(file));
  return cjsModule.exports;
}

/**
 * Node's compile cache (Node 22.1+), in Node's default folder (node-compile-cache
 * in the OS temp folder: writable for every user even when the tool is installed
 * read-only). Only once that folder is known to exist and be writable: some
 * Nodes (24) loop for ever creating a cache folder where mkdir answers ENOENT
 * under an existing parent, as in /proc. A cache that cannot be used only means
 * a slower start.
 */
function enableNodeCompileCache() {
  if (typeof module.enableCompileCache !== 'function' || process.env.NODE_COMPILE_CACHE) return;
  const folder = join(tmpdir(), 'node-compile-cache');
  try {
    // Not recursive: the temp folder itself must already be there.
    mkdirSync(folder);
  } catch (error) {
    if (error?.code !== 'EEXIST') return;
  }
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    return;
  }
  module.enableCompileCache(folder);
}

function loadMain() {
  if (process.env.DOSSIER_CHECK_DEBUG) {
    process.setSourceMapsEnabled(true);
    return createRequire(import.meta.url)(MAIN);
  }
  if (existsSync(cacheOf(MAIN)) || process.env.DOSSIER_CHECK_WRITE_CACHE === '1') return loadWithCache(MAIN);
  enableNodeCompileCache();
  return createRequire(import.meta.url)(MAIN);
}

const { main } = loadMain();
process.exitCode = await main(process.argv);

if (process.env.DOSSIER_CHECK_WRITE_CACHE === '1') {
  // After the run, so that the cache holds the functions it compiled, not only each file's top level.
  for (const { file, script } of compiled) {
    try {
      writeFileSync(cacheOf(file), script.createCachedData());
    } catch (error) {
      process.stderr.write(`dossier-check: no code cache written for ${file} (${error.message}); the tool works without it.\n`);
    }
  }
}
