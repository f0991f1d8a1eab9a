import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.mjs';
import { writeXlsxTo } from '../../src/cli/xlsx.js';
import type { Workbook } from '../../src/format/xlsx.js';
import { BIN, EXAMPLES } from './binary.js';

/**
 * The workbook is written as it is compressed, never held whole: exceljs's
 * in-memory workbook took some 200 kB a dossier (490 MB for 2 000), over the
 * bench's goal of 300 MB. Memory is compared between two sizes in one run, as
 * a ratio, never against a clock or a fixed number of bytes.
 */

/** The peak resident memory of `check … --format xlsx` in one thread, in kB, read by the process itself as it exits. */
function peakMemory(folder: string, output: string): number {
  const record = join(folder, 'peak.txt');
  const preload = join(folder, 'peak.cjs');
  writeFileSync(
    preload,
    `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(record)}, String(process.resourceUsage().maxRSS)));\n`,
  );
  const result = spawnSync(
    process.execPath,
    ['--require', preload, BIN, 'check', folder, '--date', '2022-07-20', '--format', 'xlsx', '-o', output],
    {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', DOSSIER_CHECK_THREADS: '1' },
    },
  );
  expect(result.status, result.stderr).toBeLessThanOrEqual(1);
  return Number(readFileSync(record, 'utf8'));
}

describe('check --format xlsx, memory', () => {
  it('barely grows with the dossiers: four times as many take less than 1.5 times the peak memory', () => {
    const peakFor = (count: number) => {
      const folder = mkdtempSync(join(tmpdir(), `xlsx-memory-${count}-`));
      generate(folder, count);
      return peakMemory(folder, join(mkdtempSync(join(tmpdir(), 'xlsx-memory-out-')), 'rapport.xlsx'));
    };
    const small = peakFor(200);
    const large = peakFor(800);
    // Measured: 116 MB and 137 MB (1.17); with exceljs's in-memory workbook, 145 MB and 254 MB (1.75).
    expect(large / small).toBeLessThan(1.5);
  }, 120_000);

  it('says nothing on standard error: the bundled zip library’s deprecated Buffer() call is not shown', () => {
    const output = join(mkdtempSync(join(tmpdir(), 'xlsx-quiet-')), 'rapport.xlsx');
    const result = spawnSync(
      process.execPath,
      [BIN, 'check', join(EXAMPLES, 'ccas-lignes-mixtes.yaml'), '--format', 'xlsx', '-o', output],
      {
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      },
    );
    expect(result.stderr).toBe('');
    expect(readFileSync(output).subarray(0, 2).toString('latin1')).toBe('PK');
  });
});

describe('writeXlsxTo', () => {
  const workbook = (rows: number): Workbook => ({
    sheets: [
      {
        name: 'Lignes',
        columns: [
          { title: 'Libellé', kind: 'text' },
          { title: 'Montant', kind: 'euros' },
        ],
        rows: Array.from({ length: rows }, (_, index) => [`ligne ${index} ${'x'.repeat(index % 50)}`, index + 0.1]),
      },
    ],
  });

  it('hands the file over in pieces as it is compressed', async () => {
    const chunks: number[] = [];
    await writeXlsxTo(workbook(20_000), (bytes) => chunks.push(bytes.length));
    expect(chunks.length).toBeGreaterThan(10);
  });

  it('stops at the first failure of the destination (a full disk) and throws it, writing nothing after it', async () => {
    const full = new Error('ENOSPC');
    let calls = 0;
    let afterFailure = 0;
    const writing = writeXlsxTo(workbook(20_000), () => {
      calls++;
      if (calls === 2) throw full;
      if (calls > 2) afterFailure++;
    });
    await expect(writing).rejects.toBe(full);
    expect(afterFailure).toBe(0);
  });
});
