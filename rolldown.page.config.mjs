// The applicants' page's script (src/page/main.ts, through tsc's dist/page/main.js)
// as one classic script for the browser, minified: scripts/build-page.mjs and
// `dossier-check page` put it inline in the page (src/page/assemble.ts).
export default {
  input: 'dist/page/main.js',
  platform: 'browser',
  resolve: {
    // csv-parse's ESM build for Node uses the global Buffer; its browser build brings its own.
    alias: { 'csv-parse/sync': 'csv-parse/browser/esm/sync' },
  },
  output: { file: 'dist/page/app.js', format: 'iife', minify: true },
};
