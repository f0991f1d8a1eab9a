import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/**
 * The reports of every example, pinned. When a change alters them, review the
 * diff, then rewrite them on purpose with `npm run golden:update`.
 */
const ROOT = join(import.meta.dirname, '..');
const GOLDEN = join(ROOT, 'test', 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const examples = readdirSync(join(ROOT, 'examples')).filter((name) => /\.(ya?ml|json)$/.test(name));

const variants = [
  { suffix: '.txt', args: [] as string[] },
  { suffix: '.en.txt', args: ['--lang', 'en'] },
  { suffix: '.json', args: ['--format', 'json'] },
];

const exec = promisify(execFile);

async function report(example: string, args: string[]): Promise<{ stdout: string; code: number }> {
  // A fixed date: the examples without depot.date must not change verdict with the calendar.
  const command = [
    join(ROOT, 'bin', 'dossier-check.js'),
    'check',
    `examples/${example}`.replace(/\/$/, ''),
    '--date',
    '2022-07-20',
    '--no-color',
    ...args,
  ];
  try {
    const { stdout } = await exec(process.execPath, command, { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    return { stdout, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; code: number };
    return { stdout: failed.stdout, code: failed.code };
  }
}

describe.concurrent('golden reports of the examples', () => {
  it('covers at least eight examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(8);
  });

  for (const example of examples) {
    for (const { suffix, args } of variants) {
      it(`${example}${suffix}`, async () => {
        const { stdout, code } = await report(example, args);
        const verdictLine = `exit ${code}\n`;
        const file = join(GOLDEN, `${example}${suffix}`);
        if (UPDATE || !existsSync(file)) {
          if (!UPDATE) throw new Error(`No golden file ${file}: run npm run golden:update and review it.`);
          writeFileSync(file, verdictLine + stdout);
        }
        expect(verdictLine + stdout).toBe(readFileSync(file, 'utf8'));
      });
    }
  }
});

/** The batch formats on the whole examples folder, as a grant officer or a CI job would run them. */
const batches = [
  { file: 'examples.txt', args: [] as string[] },
  { file: 'examples.en.txt', args: ['--lang', 'en'] },
  { file: 'examples.csv', args: ['--format', 'csv'] },
  { file: 'examples.lignes.csv', args: ['--format', 'csv', '--csv-lignes'] },
  { file: 'examples.problemes.csv', args: ['--format', 'csv', '--csv-problemes'] },
  { file: 'examples.junit.xml', args: ['--format', 'junit'] },
  { file: 'examples.sarif.json', args: ['--format', 'sarif'] },
  { file: 'examples.github.txt', args: ['--format', 'github'] },
  { file: 'examples.html', args: ['--format', 'html'] },
];

describe.concurrent('golden batch reports of the examples folder', () => {
  for (const { file, args } of batches) {
    it(file, async () => {
      const { stdout, code } = await report('', args);
      const golden = join(GOLDEN, file);
      const actual = `exit ${code}\n${stdout}`;
      if (UPDATE) writeFileSync(golden, actual);
      expect(actual).toBe(readFileSync(golden, 'utf8'));
    });
  }
});

/** The example exports, read through their correspondence files: every problem at its cell. */
const exportRuns = [
  ['export-plateforme.xlsx', 'correspondance-plateforme.yaml'],
  ['export-plateforme.ods', 'correspondance-plateforme.yaml'],
  ['export-plateforme.csv', 'correspondance-csv.yaml'],
].flatMap(([file, correspondence]) => {
  const check = ['check', `examples/exports/${file!}`, '--colonnes', `examples/exports/${correspondence!}`, '--no-color'];
  const variants = [
    { suffix: '.txt', args: [] as string[] },
    { suffix: '.json', args: ['--format', 'json'] },
    { suffix: '.problemes.csv', args: ['--format', 'csv', '--csv-problemes'] },
    // The ODS names the same cells as the XLSX: its annotations would say nothing more.
    ...(file!.endsWith('.ods')
      ? []
      : [
          { suffix: '.github.txt', args: ['--format', 'github'] },
          { suffix: '.sarif.json', args: ['--format', 'sarif'] },
        ]),
  ];
  return variants.map(({ suffix, args }) => ({ file: `${file!}${suffix}`, args: [...check, ...args] }));
});

/** The other commands a user reads: the règlement as applied, a check with --explain, the exports. */
const commands = [
  ...exportRuns,
  { file: 'rules.txt', args: ['rules', '--no-color'] },
  { file: 'rules.en.txt', args: ['rules', '--lang', 'en', '--no-color'] },
  { file: 'rules.json', args: ['rules', '--format', 'json'] },
  {
    file: 'ccas-lignes-mixtes.explain.txt',
    args: ['check', 'examples/ccas-lignes-mixtes.yaml', '--explain', '--date', '2022-07-20', '--no-color'],
  },
];

describe.concurrent('golden outputs of the other commands', () => {
  for (const { file, args } of commands) {
    it(file, async () => {
      let stdout: string;
      let code = 0;
      try {
        ({ stdout } = await exec(process.execPath, [join(ROOT, 'bin', 'dossier-check.js'), ...args], {
          cwd: ROOT,
          env: { ...process.env, NO_COLOR: '1' },
        }));
      } catch (error) {
        ({ stdout, code } = error as { stdout: string; code: number });
      }
      const golden = join(GOLDEN, file);
      const actual = `exit ${code}\n${stdout}`;
      if (UPDATE || !existsSync(golden)) {
        if (!UPDATE) throw new Error(`No golden file ${golden}: run npm run golden:update and review it.`);
        writeFileSync(golden, actual);
      }
      expect(actual).toBe(readFileSync(golden, 'utf8'));
    });
  }
});
