// The command-line tool as one bundle: Node would otherwise resolve, read and
// compile some 400 small modules (zod alone is 300) at every start, which
// made a single check take 0.4 s. tsc's output in dist/ stays the library and
// what the unit tests' sources compile to; the bundle is built from it.
export default {
  input: 'dist/cli/main.js',
  platform: 'node',
  output: {
    dir: 'dist/bundle',
    format: 'esm',
    minify: true,
    // The bundle sits two levels below the package root, like dist/cli/main.js:
    // its relative paths to package.json and generated/ stay right.
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
    cleanDir: true,
  },
};
