import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../src/i18n/en.js';
import { fr } from '../src/i18n/fr.js';

const SRC = join(import.meta.dirname, '..', 'src');

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

/** Problem codes as the rules, the parser and the validator write them. */
function codesInSource(): string[] {
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
  const codes = new Set<string>();
  for (const file of files) {
    const text = readFileSync(join(SRC, file), 'utf8');
    for (const match of text.matchAll(/(?:blocking\('[a-z-]+', |warning\(|info\(|unreadable\()'([a-z0-9-]+)'/g)) codes.add(match[1]!);
    // zod's own issue code 'custom' is not ours.
    for (const match of text.matchAll(/code: '([a-z0-9-]+)'/g)) if (match[1] !== 'custom') codes.add(match[1]!);
  }
  return [...codes].sort();
}

describe('message catalogues', () => {
  it('have the same keys in French and English', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(fr).sort());
  });

  it('have a message for every problem code the code can raise', () => {
    const codes = codesInSource();
    expect(codes.length).toBeGreaterThan(40);
    const missing = codes.filter((code) => !fr.problems[code] && !fr.reasons[code]);
    expect(missing).toEqual([]);
  });

  it('describe every rule', async () => {
    const { loireConnect2022 } = await import('../src/reglement/loire-connect-2022.js');
    for (const rule of Object.keys(loireConnect2022.regles)) {
      expect(fr.rules[rule], rule).toBeTruthy();
      expect(en.rules[rule], rule).toBeTruthy();
    }
  });
});
