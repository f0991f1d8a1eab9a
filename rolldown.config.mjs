// The command-line tool as one bundle: Node would otherwise resolve, read and
// compile some 400 small modules (zod alone is 300) at every start, which
// made a single check take 0.4 s. tsc's output in dist/ stays the library and
// what the unit tests' sources compile to; the bundle is built from it.
//
// CommonJS, loaded by bin/dossier-check.js: compiled with vm.Script from the
// code cache that scripts/code-cache.mjs writes next to it (cleanDir removes
// that cache with the bundle it was made from), or with require. Its source
// maps lead back to src/**/*.ts; Node reads them only with DOSSIER_CHECK_DEBUG.
import { existsSync, readFileSync } from 'node:fs';

export default {
  input: { main: 'dist/cli/main.js', worker: 'dist/cli/worker.js' },
  platform: 'node',
  output: {
    dir: 'dist/bundle',
    format: 'cjs',
    minify: true,
    sourcemap: true,
    // The bundle sits two levels below the package root, like dist/cli/main.js:
    // its relative paths to package.json, generated/ and worker.js stay right.
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
    cleanDir: true,
  },
  plugins: [
    {
      name: 'typescript-source-maps',
      // tsc's own maps (tsconfig.json: sourceMap), read with its output so that the
      // bundle's map leads back to src/**/*.ts rather than to dist/**/*.js.
      load(id) {
        if (!id.endsWith('.js') || !existsSync(`${id}.map`)) return null;
        return { code: readFileSync(id, 'utf8'), map: readFileSync(`${id}.map`, 'utf8') };
      },
    },
    {
      name: 'commonjs-folder',
      // The package is "type": "module"; the bundle's .js files are CommonJS.
      generateBundle() {
        this.emitFile({ type: 'asset', fileName: 'package.json', source: '{ "type": "commonjs" }\n' });
      },
    },
  ],
};
