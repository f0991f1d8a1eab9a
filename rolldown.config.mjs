// The command-line tool as one bundle: Node would otherwise resolve, read and
// compile some 400 small modules (zod alone is 300) at every start, which
// made a single check take 0.4 s. tsc's output in dist/ stays the library and
// what the unit tests' sources compile to; the bundle is built from it.
//
// CommonJS, so that bin/dossier-check.js can hand V8 a code cache of it
// (scripts/compile-cache.mjs): Node 20 has no compile cache for ES modules.
export default {
  input: { main: 'dist/cli/main.js', worker: 'dist/cli/worker.js' },
  platform: 'node',
  output: {
    dir: 'dist/bundle',
    format: 'cjs',
    minify: true,
    // The bundle sits two levels below the package root, like dist/cli/main.js:
    // its relative paths to package.json, generated/ and worker.js stay right.
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
    cleanDir: true,
  },
  plugins: [
    {
      name: 'commonjs-folder',
      // The package is "type": "module"; the bundle's .js files are CommonJS.
      generateBundle() {
        this.emitFile({ type: 'asset', fileName: 'package.json', source: '{ "type": "commonjs" }\n' });
      },
    },
  ],
};
