#!/usr/bin/env node
// Runs the bundle built by `npm run build` (rolldown.config.mjs), compiled
// from V8's code cache when scripts/compile-cache.mjs could write one for this
// Node: a single check starts about 50 ms sooner. Without a cache, or with one
// from another Node version (V8 rejects it), the bundle compiles as usual.
import Module, { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const bundle = fileURLToPath(new URL('../dist/bundle/', import.meta.url));
const writeCache = process.env.DOSSIER_CHECK_WRITE_CACHE === '1';
const compiled = [];
const compile = Module.prototype._compile;

Module.prototype._compile = function (content, filename, ...rest) {
  // Anything else goes to Node's own loader with every argument (newer Nodes pass a module format too).
  if (!filename.startsWith(bundle)) return compile.call(this, content, filename, ...rest);
  let cachedData;
  try {
    cachedData = readFileSync(`${filename}.v8cache`);
  } catch {
    // No cache yet: compile as usual.
  }
  const script = new vm.Script(Module.wrap(content), { filename, cachedData });
  if (writeCache) compiled.push([filename, script]);
  const wrapper = script.runInThisContext({ displayErrors: true });
  return run(this, wrapper, filename);
};

/** What Node's own loader does with a compiled module wrapper: give it its require, module and exports. */
function run(module, wrapper, filename) {
  const require = (id) => module.require(id);
  require.resolve = (request, options) => Module._resolveFilename(request, module, false, options);
  require.cache = Module._cache;
  return wrapper.call(module.exports, module.exports, require, module, filename, dirname(filename));
}

const { main } = createRequire(import.meta.url)('../dist/bundle/main.js');
process.exitCode = await main(process.argv);
for (const [filename, script] of compiled) writeFileSync(`${filename}.v8cache`, script.createCachedData());
