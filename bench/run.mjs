#!/usr/bin/env node
// Times `dossier-check check --format json` side by side with ajv-cli's
// schema-only validation of the same files (`ajv validate` against
// schema/dossier.schema.json), in one run, interleaved so that both meet the
// same machine load. Reports medians, ratios and peak memory (resident set,
// from GNU time when installed).
//
// Then the officer's case (issue 16): the same 2 000 dossiers as one
// spreadsheet export (a Dossiers sheet, 16 000 rows of Dépenses) checked with
// its correspondence file, to JSON and to an XLSX workbook, and as ODS (whose
// content.xml is the largest part to read), each against the YAML folder:
// goals at most 2 x the YAML time and under 300 MB.
//
//   npm run bench                 # 1, 2 000 and 10 000 dossiers, then the export of 2 000
//   npm run bench -- 500 5000     # other batch sizes (the export stays at 2 000)
//   npm run bench -- --export     # the export of 2 000 only
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeExport } from './export.mjs';
import { generate } from './generate.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** `npm run bench -- --export`: only the export of issue 16. */
const EXPORT_ONLY = process.argv.includes('--export');
const SIZES = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const BATCHES = SIZES.length > 0 ? SIZES : [2000, 10000];
/** The officer's export of issue 16: 2 000 dossiers, 16 000 expense rows. */
const EXPORT_SIZE = 2000;
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

const tools = {
  'dossier-check': (target) => [join(ROOT, 'bin', 'dossier-check.js'), 'check', target, '--format', 'json'],
  'ajv-cli': (target) => [
    join(ROOT, 'node_modules', 'ajv-cli', 'dist', 'index.js'),
    'validate',
    '--spec=draft2020',
    '--allow-union-types',
    '-s',
    join(ROOT, 'schema', 'dossier.schema.json'),
    '-d',
    target,
  ],
};

/** One run: wall time in ms, peak resident memory in MB (when GNU time is there). */
function measure(args) {
  const result = attempt(args);
  if (result.failure) throw new Error(`${args.join(' ')} failed:\n${result.failure}`);
  return result;
}

/** One run, or why it failed (exit code above 1: a usage error, an unreadable export, a crash). */
function attempt(args) {
  const command = GNU_TIME ? [GNU_TIME, '-f', '%M', process.execPath, ...args] : [process.execPath, ...args];
  const start = process.hrtime.bigint();
  const result = spawnSync(command[0], command.slice(1), { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status === null || result.status > 1) {
    // GNU time's last line is its own ("Command exited with non-zero status", then the size).
    const said = result.stderr.split('\n').filter((line) => line.trim() !== '' && !/^(Command exited|\d+$)/.test(line));
    return { failure: `exit ${result.status ?? result.signal}: ${said.slice(0, 2).join(' ').slice(0, 160)}` };
  }
  const kb = GNU_TIME ? Number(result.stderr.trim().split('\n').at(-1)) : NaN;
  return { ms, mb: kb / 1024 };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Runs both tools `runs` times, alternating, after one warm-up run each. */
function compare(label, targets, runs) {
  const samples = { 'dossier-check': [], 'ajv-cli': [] };
  for (const tool of Object.keys(tools)) measure(tools[tool](targets[tool]));
  for (let run = 0; run < runs; run++) {
    for (const tool of Object.keys(tools)) samples[tool].push(measure(tools[tool](targets[tool])));
  }
  const ours = samples['dossier-check'];
  const theirs = samples['ajv-cli'];
  const row = {
    label,
    oursMs: median(ours.map((s) => s.ms)),
    ajvMs: median(theirs.map((s) => s.ms)),
    oursMb: Math.max(...ours.map((s) => s.mb)),
    ajvMb: Math.max(...theirs.map((s) => s.mb)),
  };
  row.ratio = row.oursMs / row.ajvMs;
  return row;
}

const work = mkdtempSync(join(tmpdir(), 'dossier-check-bench-'));
try {
  if (!EXPORT_ONLY) {
    const rows = [];
    const single = join(work, 'single');
    const [file] = generate(single, 1);
    rows.push(compare('1 dossier', { 'dossier-check': file, 'ajv-cli': file }, 15));
    for (const size of BATCHES) {
      const folder = join(work, String(size));
      generate(folder, size);
      // Each tool is given the files its own way: a folder, and the glob ajv-cli expands itself.
      rows.push(compare(`${size} dossiers`, { 'dossier-check': folder, 'ajv-cli': join(folder, '*.yaml') }, 3));
    }

    const mb = (value) => (Number.isNaN(value) ? 'n/a' : `${value.toFixed(0)} MB`);
    console.log(`Node ${process.version}, ${rows.length} cases, medians (1 dossier: 15 runs; batches: 3 runs), peak resident memory`);
    console.log('');
    console.log('| case | dossier-check | ajv-cli (schema only) | ratio | peak memory dossier-check | peak memory ajv-cli |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const row of rows) {
      console.log(
        `| ${row.label} | ${row.oursMs.toFixed(0)} ms | ${row.ajvMs.toFixed(0)} ms | ${row.ratio.toFixed(2)} | ${mb(row.oursMb)} | ${mb(row.ajvMb)} |`,
      );
    }
    console.log('');
    const [first, ...batches] = rows;
    console.log(`Targets: one dossier at most 0.5 x ajv-cli: ${first.ratio <= 0.5 ? 'met' : 'NOT met'} (${first.ratio.toFixed(2)}).`);
    for (const row of batches) {
      console.log(`Targets: ${row.label} no slower than ajv-cli: ${row.ratio <= 1 ? 'met' : 'NOT met'} (${row.ratio.toFixed(2)}).`);
    }
    console.log('');
  }

  await benchExport(work);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/**
 * The officer's case: the YAML folder of EXPORT_SIZE dossiers, then the same
 * dossiers as one export, interleaved, 3 runs each after a warm-up. A case
 * that cannot run yet (no reader for its format) is shown with its reason.
 */
async function benchExport(work) {
  const size = EXPORT_SIZE;
  const yaml = join(work, `export-yaml-${size}`);
  generate(yaml, size);
  const { xlsx, colonnes, ods } = await writeExport(join(work, `export-${size}`), size);
  const report = join(work, 'rapport.xlsx');
  const bin = join(ROOT, 'bin', 'dossier-check.js');
  const toJson = ['--format', 'json'];
  const toXlsx = ['--format', 'xlsx', '--output', report, '--force'];
  // [label, arguments, the YAML case it is compared with]
  const cases = [
    ['YAML folder, --format json', [bin, 'check', yaml, ...toJson]],
    ['YAML folder, --format xlsx --output', [bin, 'check', yaml, ...toXlsx]],
    ['export.xlsx --colonnes, --format json', [bin, 'check', xlsx, '--colonnes', colonnes, ...toJson], 0],
    ['export.xlsx --colonnes, --format xlsx --output', [bin, 'check', xlsx, '--colonnes', colonnes, ...toXlsx], 1],
    ...(ods ? [['export.ods --colonnes, --format json', [bin, 'check', ods, '--colonnes', colonnes, ...toJson], 0]] : []),
  ];
  const samples = cases.map(() => []);
  const failures = cases.map(() => undefined);
  const runs = 3;
  for (let run = 0; run <= runs; run++) {
    cases.forEach(([, args], index) => {
      if (failures[index]) return;
      const result = attempt(args);
      if (result.failure) failures[index] = result.failure;
      else if (run > 0) samples[index].push(result); // run 0 warms up
    });
  }
  const medians = samples.map((list) => (list.length > 0 ? median(list.map((s) => s.ms)) : NaN));
  const mb = (value) => (Number.isNaN(value) ? 'n/a' : `${value.toFixed(0)} MB`);
  console.log(
    `The same ${size} dossiers (${size * 8} expense lines) as YAML files and as one export, medians of ${runs} interleaved runs` +
      (ods ? '' : ' (no ODS line: LibreOffice is not installed)'),
  );
  console.log('');
  console.log('| case | time | × YAML, same output (goal ≤ 2) | × YAML to JSON | peak memory (goal < 300 MB) |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  const verdicts = [];
  cases.forEach(([label, , baseline], index) => {
    if (failures[index]) {
      console.log(`| ${label} | not run: ${failures[index].replaceAll('|', '\\|')} | | | |`);
      verdicts.push(`${label}: not run`);
      return;
    }
    const peak = Math.max(...samples[index].map((s) => s.mb));
    const ratio = baseline === undefined ? undefined : medians[index] / medians[baseline];
    const toJsonRatio = (medians[index] / medians[0]).toFixed(2);
    console.log(
      `| ${label} | ${medians[index].toFixed(0)} ms | ${ratio === undefined ? '' : ratio.toFixed(2)} | ${toJsonRatio} | ${mb(peak)} |`,
    );
    if (ratio !== undefined)
      verdicts.push(
        `${label}: time ${ratio <= 2 ? 'met' : 'NOT met'} (${ratio.toFixed(2)} x), memory ${Number.isNaN(peak) ? 'not measured' : peak < 300 ? 'met' : 'NOT met'} (${mb(peak)})`,
      );
  });
  console.log('');
  for (const verdict of verdicts) console.log(`Targets: ${verdict}.`);
}
