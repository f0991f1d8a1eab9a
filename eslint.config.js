import { builtinModules } from 'node:module';
import js from '@eslint/js';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

/**
 * The folders of src/, top to bottom. A folder imports only from the rows
 * below its own (never from above, never from a neighbour on its row); the
 * files at the root of src/ (vocabulary.ts, dates.ts, fold.ts, memo.ts) are the
 * bottom row and import no folder; src/index.ts, the public entry point, is
 * the top beside cli/ and nothing imports it.
 */
const LAYERS = [
  ['cli'],
  ['page'],
  ['format', 'interactive'],
  ['engine'],
  ['report', 'edition'],
  ['rules', 'i18n', 'tableur'],
  ['parse', 'classify', 'territoire'],
  ['dossier'],
  ['reglement', 'money'],
];

/** A folder's override: it must not import the folders of its row or of the rows above. */
function layer(folder, forbidden) {
  const message = folder
    ? `src/${folder}/ imports only from the rows below its own in LAYERS (eslint.config.js).`
    : 'The files at the root of src/ are the bottom row of LAYERS (eslint.config.js): they import no folder.';
  return {
    files: folder ? [`src/${folder}/**/*.ts`] : ['src/*.ts'],
    ignores: ['src/index.ts'],
    rules: {
      // The typescript-eslint twin of the core's I/O ban below (one would replace the other); it sees type imports too.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: folder ? [{ name: '../index.js', message }] : [],
          patterns: forbidden.length > 0 ? [{ group: forbidden.map((name) => `**/${name}/*`), message }] : [],
        },
      ],
    },
  };
}

const layering = LAYERS.flatMap((row, index) => {
  const rowAndAbove = LAYERS.slice(0, index + 1).flat();
  return row.map((folder) =>
    layer(
      folder,
      rowAndAbove.filter((name) => name !== folder),
    ),
  );
}).concat(layer(undefined, LAYERS.flat()));

const NO_IO = 'The core reads no file and does no I/O and no colour: the CLI (src/cli/) reads, and passes data in (CheckOptions.data).';

/** What the core may not do besides imports: find files or load code at run time. */
const CORE_SYNTAX = [
  { selector: 'MetaProperty[meta.name="import"]', message: `import.meta locates files to read. ${NO_IO}` },
  { selector: 'ImportExpression', message: `A dynamic import loads a file at run time. ${NO_IO}` },
];

/** `lang === 'fr' ? '…' : '…'` puts words in code, where the parity of the catalogues cannot see them. */
const WORDS_IN_CODE = {
  selector: 'BinaryExpression[operator=/^[!=]==?$/] > Literal[value=/^(fr|en)$/]',
  message: 'Words by language belong in the catalogues (src/i18n/fr.ts, en.ts), not in a test of the language.',
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // The core is pure: only the command line prints.
      'no-console': 'error',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          // Every Node built-in, node:module's createRequire included: the core runs in a web page too.
          paths: builtinModules.map((name) => ({ name, message: NO_IO })),
          patterns: [
            { group: ['**/cli/*'], message: 'Nothing imports the CLI: the arrows point from cli to the core.' },
            { group: ['node:*', 'node:*/*', 'chalk'], message: NO_IO },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'The core reads no environment and never exits: pass values in from src/cli/.' },
        { name: 'require', message: NO_IO },
        { name: 'fetch', message: NO_IO },
      ],
      'no-restricted-syntax': ['error', ...CORE_SYNTAX, WORDS_IN_CODE],
    },
  },
  {
    // Where the words are: the catalogues, and how each language writes a date or an amount.
    files: ['src/i18n/**/*.ts', 'src/dates.ts', 'src/money/format.ts'],
    rules: { 'no-restricted-syntax': ['error', ...CORE_SYNTAX] },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', WORDS_IN_CODE] },
  },
  ...layering,
  {
    // Dossier text reaches most regular expressions of src/: each must run in linear time (a
    // backtracking one took 20 s on a 200 kB dossier). The plugin analyses every literal statically.
    files: ['src/**/*.ts'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': ['error', { report: 'potential', ignorePartial: false, ignoreSticky: false }],
    },
  },
  {
    files: ['src/cli/**', 'bin/**', 'test/**', 'bench/**'],
    languageOptions: { globals: { process: 'readonly', URL: 'readonly' } },
  },
  {
    // Tests print the figures they measure (classifier accuracy); benchmarks and build scripts print theirs.
    files: ['test/**', 'bench/**', 'scripts/**'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
    rules: { 'no-console': 'off' },
  },
);
