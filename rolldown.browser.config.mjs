// The embeddable core (src/index.ts, through tsc's dist/index.js) bundled for a
// web page: the proof that it reads no file and needs no Node built-in. The
// page passes the generated data in (see test/browser/core.browser.test.ts).
// Not part of `npm run build`: the test builds it when it runs.
export default {
  input: 'dist/index.js',
  platform: 'browser',
  resolve: {
    // csv-parse's ESM build for Node uses the global Buffer; its browser build brings its own.
    alias: { 'csv-parse/sync': 'csv-parse/browser/esm/sync' },
  },
  output: { file: 'dist/browser/dossier-check.js', format: 'esm' },
};
