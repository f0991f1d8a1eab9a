#!/usr/bin/env node
// Times `dossier-check check --format json` side by side with ajv-cli's
// schema-only validation of the same files (`ajv validate` against
// schema/dossier.schema.json), in one run, interleaved so that both meet the
// same machine load. Reports medians, ratios and peak memory (resident set,
// from GNU time when installed).
//
//   npm run bench                 # 1, 2 000 and 10 000 dossiers
//   npm run bench -- 500 5000     # other batch sizes
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const BATCHES = SIZES.length > 0 ? SIZES : [2000, 10000];
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
  const command = GNU_TIME ? [GNU_TIME, '-f', '%M', process.execPath, ...args] : [process.execPath, ...args];
  const start = process.hrtime.bigint();
  const result = spawnSync(command[0], command.slice(1), { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status === null || result.status > 1) throw new Error(`${args.join(' ')} failed:\n${result.stderr}`);
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
} finally {
  rmSync(work, { recursive: true, force: true });
}
