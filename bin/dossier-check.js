#!/usr/bin/env node
// Runs the bundle built by `npm run build` (rolldown.config.mjs), with Node's
// supported APIs only.
import module, { createRequire } from 'node:module';

// A stack trace is printed only with DOSSIER_CHECK_DEBUG: only then is it worth
// the start-up time of reading the bundle's source maps, so that it names
// src/**/*.ts rather than minified chunks.
if (process.env.DOSSIER_CHECK_DEBUG) process.setSourceMapsEnabled(true);

// Node 22.1 and later keep V8's compiled code of the bundle between runs, in
// Node's own cache directory (NODE_COMPILE_CACHE, or node-compile-cache in the
// OS temp folder): writable for every user even when the tool is installed
// read-only, and shared with other tools. It never throws; a cache that cannot
// be written only means a slower start. Node 20 compiles the bundle at each start.
module.enableCompileCache?.();

const { main } = createRequire(import.meta.url)('../dist/bundle/main.js');
process.exitCode = await main(process.argv);
