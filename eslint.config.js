import js from '@eslint/js';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

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
          patterns: [
            { group: ['**/cli/*'], message: 'Nothing imports the CLI: the arrows point from cli to the core.' },
            {
              group: ['node:fs', 'node:fs/*', 'fs', 'node:child_process', 'chalk'],
              message: 'The core does no I/O and no colour: do it in src/cli/.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'The core reads no environment and never exits: pass values in from src/cli/.' },
      ],
    },
  },
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
