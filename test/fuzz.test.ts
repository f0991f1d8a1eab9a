import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { random } from '../bench/generate.mjs';
import { checkDossiers } from '../src/index.js';
import { runs, SEED } from './fast-check.js';
import { installedData } from '../src/cli/checker-data.js';
import { readable } from './helpers.js';
import { undeclared } from './rules/conformance.js';

/**
 * Broken copies of the examples, byte by byte: each must end with a verdict
 * and explained problems, never an exception. Case n is always the same
 * mutation; each run takes the next CASES cases from the run's seed (which
 * follows the commit, see fast-check.ts), so that commits explore new ones.
 * A failure names its case, which FUZZ_CASE=n replays alone.
 */
const EXAMPLES = join(import.meta.dirname, '..', 'examples');
const sources = readdirSync(EXAMPLES)
  .filter((name) => /\.(ya?ml|json)$/.test(name))
  .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(EXAMPLES, name))) }));

const CASES = runs(3_000);
const VERDICTS = new Set(['eligible', 'a-completer', 'ineligible', 'illisible']);
const encoder = new TextEncoder();
const TOKENS = [
  ': ',
  '- ',
  '"',
  "'",
  '#',
  '\t',
  '\n',
  '\r\n',
  '---\n',
  '[',
  ']',
  '{',
  '}',
  '&a ',
  '*a',
  '!!int ',
  '|',
  '>',
  ',',
  '~',
  '\\',
  '€',
  '\u00e9',
  '\u202e',
  '\u0000',
  '\ufeff',
  '1e999',
  '-',
  '99999999999999999999',
  '2022-02-30',
  '__proto__: ',
].map((token) => encoder.encode(token));

/** One to four changes: a byte replaced, a range deleted or doubled, a token inserted, the end cut off. */
function mutate(bytes: Uint8Array, next: () => number): Uint8Array {
  let current = bytes;
  const changes = 1 + Math.floor(next() * 4);
  for (let change = 0; change < changes; change++) {
    const at = Math.floor(next() * (current.length + 1));
    const length = 1 + Math.floor(next() * 40);
    const kind = Math.floor(next() * 5);
    const before = current.subarray(0, at);
    const after = current.subarray(at);
    if (kind === 0 && at < current.length) {
      current = current.slice();
      current[at] = Math.floor(next() * 256);
    } else if (kind === 1) current = concat(before, current.subarray(at + length));
    else if (kind === 2) current = concat(before, current.subarray(at, at + length), after);
    else if (kind === 3) current = concat(before, TOKENS[Math.floor(next() * TOKENS.length)]!, after);
    else current = before;
  }
  return current;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const result = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    result.set(part, offset);
    offset += part.length;
  }
  return result;
}

describe('fuzzing the examples', () => {
  it(`gives ${CASES} mutated dossiers a verdict and explained problems`, () => {
    const only = process.env.FUZZ_CASE === undefined ? undefined : Number(process.env.FUZZ_CASE);
    const verdicts = new Map<string, number>();
    const start = performance.now();
    const first = only ?? SEED;
    for (let index = first; index < (only === undefined ? first + CASES : only + 1); index++) {
      const next = random(index);
      const source = sources[index % sources.length]!;
      const bytes = mutate(source.bytes, next);
      const context = `case ${index} (FUZZ_CASE=${index}), from ${source.name}`;
      let reports;
      try {
        reports = checkDossiers(bytes, source.name, { now: new Date('2022-07-20T10:00:00Z'), data: installedData });
      } catch (error) {
        throw new Error(`${context}: ${(error as Error).stack}`);
      }
      expect(reports.length, context).toBeGreaterThan(0);
      const lineCount = bytes.reduce((count, byte) => count + (byte === 10 ? 1 : 0), 1);
      for (const report of reports) {
        // What each rule declares it can report (src/rules/<rule id>.ts) is what it reports: code, gravité, effet, parameters.
        expect(undeclared(report), context).toEqual([]);
        expect(VERDICTS.has(report.verdict), context).toBe(true);
        verdicts.set(report.verdict, (verdicts.get(report.verdict) ?? 0) + 1);
        if (report.verdict !== 'eligible') {
          expect(
            report.problemes.some((problem) => problem.gravite === 'bloquant' && problem.effet === report.verdict),
            context,
          ).toBe(true);
        }
        for (const problem of readable(report, index % 2 ? 'en' : 'fr').problemes) {
          expect(problem.message, context).not.toMatch(/undefined|NaN|\[object |^$/);
          if (problem.position) {
            expect(problem.position.ligne, context).toBeGreaterThanOrEqual(1);
            expect(problem.position.ligne, context).toBeLessThanOrEqual(lineCount);
            expect(problem.position.colonne, context).toBeGreaterThanOrEqual(1);
          }
        }
      }
    }
    const seconds = (performance.now() - start) / 1000;
    console.log(
      `fuzz: cases ${first} to ${first + CASES - 1} in ${seconds.toFixed(1)} s, verdicts ${JSON.stringify(Object.fromEntries(verdicts))}`,
    );
    // Every kind of outcome is reached: the mutations are neither all harmless nor all fatal.
    if (only === undefined) expect(verdicts.size).toBe(4);
  });
});
