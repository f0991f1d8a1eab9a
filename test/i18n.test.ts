import { describe, expect, it } from 'vitest';
import { en } from '../src/i18n/en.js';
import { fr } from '../src/i18n/fr.js';
import { ALL_RULES, LINE_REASONS, SHARED_PROBLEMS } from '../src/rules/index.js';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

/** Every problem code a rule declares (src/rules/<rule id>.ts, meta.problems), and those every rule shares. */
const DECLARED_CODES = [...ALL_RULES.flatMap((rule) => Object.keys(rule.meta.problems)), ...Object.keys(SHARED_PROBLEMS)].sort();
const REASON_CODES = Object.keys(LINE_REASONS).sort();
const RULE_IDS = ALL_RULES.map((rule) => rule.id).sort();

describe('message catalogues', () => {
  it('have the same keys in French and English', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(fr).sort());
  });

  it.each([
    ['fr', fr],
    ['en', en],
  ] as const)('%s: a message for every problem code a rule declares, and none for a code no rule declares', (_lang, catalogue) => {
    expect(DECLARED_CODES.length).toBeGreaterThan(70);
    expect(Object.keys(catalogue.problems).sort()).toEqual(DECLARED_CODES);
  });

  it.each([
    ['fr', fr],
    ['en', en],
  ] as const)('%s: a message for every reason of an expense line, and none for an undeclared one', (_lang, catalogue) => {
    expect(REASON_CODES.length).toBeGreaterThan(15);
    expect(Object.keys(catalogue.reasons).sort()).toEqual(REASON_CODES);
  });

  it.each([
    ['fr', fr],
    ['en', en],
  ] as const)('%s: what each rule checks, for every rule and no other', (_lang, catalogue) => {
    expect(Object.keys(catalogue.rules).sort()).toEqual(RULE_IDS);
    for (const id of RULE_IDS) expect(catalogue.rules[id]?.trim(), id).toBeTruthy();
  });

  it('describe every rule an edition gives a clause to', async () => {
    const { loireConnect2022 } = await import('../src/reglement/loire-connect-2022.js');
    for (const rule of Object.keys(loireConnect2022.regles)) expect(RULE_IDS, rule).toContain(rule);
  });
});
