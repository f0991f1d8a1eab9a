import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_RULES, LINE_REASONS, SHARED_PROBLEMS } from '../../src/rules/index.js';
import { producesOf } from '../../src/rules/types.js';

const ROOT = join(import.meta.dirname, '..', '..');

describe('a rule is one module', () => {
  it.each(ALL_RULES.map((rule) => [rule.id, rule] as const))('%s lives in src/rules/<its id>.ts', async (id, rule) => {
    const file = join(ROOT, 'src', 'rules', `${id}.ts`);
    expect(existsSync(file), file).toBe(true);
    const module = (await import(file)) as Record<string, unknown>;
    expect(Object.values(module)).toContain(rule);
  });

  it('declares each problem it can report, and derives what `rules` lists from them', () => {
    for (const rule of ALL_RULES) {
      expect(Object.keys(rule.meta.problems).length, rule.id).toBeGreaterThan(0);
      expect(rule.produces, rule.id).toEqual(producesOf(rule.meta.problems));
      for (const [code, spec] of Object.entries(rule.meta.problems)) {
        expect(spec.bloquant?.length || spec.avertissement || spec.info, `${rule.id} ${code}`).toBeTruthy();
      }
    }
  });

  it('gives each code to one rule only', () => {
    const codes = [...ALL_RULES.flatMap((rule) => Object.keys(rule.meta.problems)), ...Object.keys(SHARED_PROBLEMS)];
    expect(codes.length).toBeGreaterThan(70);
    expect(codes.filter((code, index) => codes.indexOf(code) !== index)).toEqual([]);
    expect(Object.keys(LINE_REASONS).filter((code) => codes.includes(code))).toEqual([]);
  });
});
